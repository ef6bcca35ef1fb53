"""SARIF 2.1.0: one rule per lexicon category (and per document rule), results with regions.

Columns are UTF-16 code units, SARIF's default ``columnKind``, stated in the run; ``endColumn`` is the column
after the last character, as SARIF defines it. Files that could not be checked are tool notifications with
``executionSuccessful`` false.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from framing import __version__
from framing.gate.run import CheckRun
from framing.positions import LineIndex
from framing.render.findings import DOCUMENT_RULE_TITLES

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"suggestion": "note", "warning": "warning", "error": "error"}


def _rules(run: CheckRun) -> list[dict[str, Any]]:
    rules = []
    for category, title in sorted(run.titles.items()):
        rules.append(
            {
                "id": category,
                "name": category,
                "shortDescription": {"text": title or category},
                "fullDescription": {
                    "text": f"{title or category}: framing or evaluative language of the lexicon category "
                    f"'{category}'. Each result says why its phrase frames the story and offers a neutral "
                    "wording."
                },
                "help": {
                    "text": f"Read the flagged phrase in context and consider the neutral wording. "
                    f"`framing lexicon show {category}` lists every entry of this category; "
                    f"`framing explain {category}` explains it."
                },
            }
        )
    for rule, title in DOCUMENT_RULE_TITLES.items():
        rules.append(
            {
                "id": f"document:{rule}",
                "name": rule,
                "shortDescription": {"text": title},
                "fullDescription": {"text": f"{title}: a limit on the whole document (framing check)."},
                "help": {
                    "text": f"Set the limit or the level of '{rule}' in .framing.toml or on the command line."
                },
            }
        )
    return rules


def sarif_data(run: CheckRun) -> dict[str, Any]:
    rules = _rules(run)
    rule_index = {rule["id"]: number for number, rule in enumerate(rules)}
    results, notifications = [], []
    for result in run.files:
        uri = PurePath(result.name).as_posix()
        if result.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": result.error},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        index = LineIndex(result.text)
        for finding in result.shown:
            rule_id = finding.rule if finding.rule.startswith("document:") else finding.category
            region: dict[str, Any] = {
                "startLine": index.line(finding.start),
                "startColumn": index.column(finding.start, "utf-16"),
            }
            if finding.end > finding.start:
                region |= {
                    "endLine": index.line(finding.end),
                    "endColumn": index.column(finding.end, "utf-16"),
                    "snippet": {"text": finding.text},
                }
            item: dict[str, Any] = {
                "ruleId": rule_id,
                "level": SARIF_LEVEL[finding.level],
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
                "properties": {"entry": finding.rule, "neutral": list(finding.neutral)},
            }
            if rule_id in rule_index:
                item["ruleIndex"] = rule_index[rule_id]
            results.append(item)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "framing",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "utf16CodeUnits",
                "results": results,
                "invocations": [
                    {"executionSuccessful": not run.errored, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }


def render_sarif(run: CheckRun) -> str:
    return json.dumps(sarif_data(run), ensure_ascii=False, indent=1) + "\n"
