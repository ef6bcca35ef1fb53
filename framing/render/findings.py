"""The CI gate's outputs: human (the line, the span underlined), ``line``, JSON, JSON lines for reviewdog,
GitHub workflow annotations, and the final tally. SARIF lives in ``sarif.py``.

Each format counts columns in its own unit: characters for human, ``line`` and GitHub (GitHub documents no
unit; characters match what it highlights for Cyrillic), UTF-8 bytes for reviewdog (its format says so).
"""

from __future__ import annotations

import json
from typing import Any

from framing import __version__
from framing.gate.findings import Finding
from framing.gate.run import CheckRun, FileResult
from framing.positions import LineIndex
from framing.render.text import printable

SCHEMA_VERSION = 1
WINDOW = 100  # characters of a long line shown around a finding
GITHUB_COMMAND = {"suggestion": "notice", "warning": "warning", "error": "error"}
REVIEWDOG_SEVERITY = {"suggestion": "INFO", "warning": "WARNING", "error": "ERROR"}
DOCUMENT_RULE_TITLES = {
    "density": "Too many flagged phrases per 100 words",
    "tone": "Overall tone beyond the limit",
    "unattributed": "Too many unattributed claims",
    "repetition": "An evaluative word repeated too often",
}


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _neutral(finding: Finding) -> str:
    return f" Neutral: {'; '.join(finding.neutral)}." if finding.neutral else ""


def tally(run: CheckRun) -> str:
    """Files checked, failed and errored; findings by level."""
    levels = run.levels
    files = len(run.files)
    return (
        f"{_plural(files, 'file')} checked: {len(run.failed)} failed, {len(run.errored)} errored, "
        f"{files - len(run.failed) - len(run.errored)} passed. Findings: "
        + ", ".join(_plural(levels[level], level) for level in ("error", "warning", "suggestion"))
        + (
            f" ({_plural(sum(f.baselined for f in run.files), 'finding')} in the baseline)"
            if any(f.baselined for f in run.files)
            else ""
        )
        + "\n"
    )


def render_line(run: CheckRun) -> str:
    """``file:line:col: level rule: message``, one finding a line, errors as ``file: error: …``, then the
    tally."""
    lines = []
    for result in run.files:
        if result.error:
            lines.append(f"{result.name}: error: {result.error}")  # a place an editor's parser skips
            continue
        index = LineIndex(result.text)
        for finding in result.shown:
            line, column = index.position(finding.start)
            lines.append(
                f"{result.name}:{line}:{column}: {finding.level} {finding.rule}: "
                f"{printable(finding.message)}{_neutral(finding)}"
            )
    return "".join(f"{line}\n" for line in lines) + tally(run)


def _excerpt(index: LineIndex, finding: Finding) -> list[str]:
    """The finding's line (a window of it, when long) with the span underlined."""
    line, column = index.position(finding.start)
    text = printable(index.line_text(line).expandtabs(1))
    start = column - 1
    width = max(1, min(finding.end - finding.start, len(text) - start)) if finding.end > finding.start else 0
    left = max(0, min(start - WINDOW // 3, len(text) - WINDOW))
    shown = text[left : left + WINDOW]
    prefix = "…" if left else ""
    suffix = "…" if left + WINDOW < len(text) else ""
    marker = " " * (len(prefix) + start - left) + "^" * min(width, WINDOW - (start - left))
    return [f"    {prefix}{shown}{suffix}", f"    {marker}"] if width else []


def render_human(run: CheckRun) -> str:
    """Per file: each finding's place, level, rule and message, the line with the span underlined, and the
    neutral wording; then the tally."""
    blocks = []
    for result in run.files:
        if result.error:
            blocks.append(f"{result.name}\n  error: {result.error}\n")
            continue
        if not result.shown:
            continue
        index = LineIndex(result.text)
        lines = [result.name]
        for finding in result.shown:
            line, column = index.position(finding.start)
            lines.append(f"  {line}:{column}  {finding.level}  {finding.rule}")
            lines.append(f"    {printable(finding.message)}")
            lines += _excerpt(index, finding)
            if finding.neutral:
                lines.append(f"    → {'; '.join(finding.neutral)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + ("\n" if blocks else "") + tally(run)


def finding_data(finding: Finding, index: LineIndex) -> dict[str, Any]:
    line, column = index.position(finding.start)
    end_line, end_column = index.position(finding.end)
    return {
        "rule": finding.rule,
        "category": finding.category,
        "level": finding.level,
        "message": finding.message,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": finding.start,
        "end": finding.end,
        "text": finding.text,
        "neutral": list(finding.neutral),
    }


def file_data(result: FileResult) -> dict[str, Any]:
    index = LineIndex(result.text)
    return {
        "error": result.error,
        "failed": result.failed,
        "flags_per_100_words": None if result.error else round(result.density, 2),
        "tone": None if result.error else round(result.tone, 4),
        "baselined": result.baselined,
        "findings": [finding_data(f, index) for f in result.shown],
    }


def render_json(run: CheckRun) -> str:
    """One document per run, keyed by file (columns in characters, 1-based; offsets in characters)."""
    data = {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "framing", "version": __version__},
        "files": {result.name: file_data(result) for result in run.files},
        "summary": {
            "files": len(run.files),
            "failed": len(run.failed),
            "errored": len(run.errored),
            "findings": dict(run.levels),
            "exit_code": run.exit_code,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def render_rdjsonl(run: CheckRun) -> str:
    """reviewdog's rdjsonl: one Diagnostic a line, columns in UTF-8 bytes, end exclusive."""
    lines = []
    for result in run.files:
        if result.error:
            continue  # reviewdog has no place for a file that could not be read; the exit code says it
        index = LineIndex(result.text)

        def position(offset: int) -> dict[str, int]:
            return {"line": index.line(offset), "column": index.column(offset, "utf-8")}  # noqa: B023

        for finding in result.shown:
            diagnostic: dict[str, Any] = {
                "message": finding.message + _neutral(finding),
                "location": {
                    "path": result.name,
                    "range": {"start": position(finding.start), "end": position(finding.end)},
                },
                "severity": REVIEWDOG_SEVERITY[finding.level],
                "source": {"name": "framing"},
                "code": {"value": finding.rule},
            }
            lines.append(json.dumps(diagnostic, ensure_ascii=False))
    return "".join(f"{line}\n" for line in lines)


def _escape(value: str, *, property_value: bool = False) -> str:
    """GitHub workflow-command escaping."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def _command(kind: str, properties: dict[str, Any], message: str) -> str:
    joined = ",".join(
        f"{key}={_escape(str(value), property_value=True)}" for key, value in properties.items()
    )
    return f"::{kind} {joined}::{_escape(message)}\n"


def render_github(run: CheckRun, max_per_file: int = 10) -> str:
    """Workflow annotations: at most ``max_per_file`` per file (GitHub shows only ten of a kind per step),
    then one annotation saying how many were left out; a file that could not be checked is an error."""
    out = []
    for result in run.files:
        if result.error:
            out.append(_command("error", {"file": result.name, "title": "framing"}, result.error))
            continue
        index = LineIndex(result.text)
        for finding in result.shown[:max_per_file]:
            line, column = index.position(finding.start)
            end_line, end_column = index.position(finding.end)
            properties = {"file": result.name, "line": line, "col": column}
            if finding.end > finding.start:
                properties |= {"endLine": end_line, "endColumn": end_column}
            properties["title"] = f"framing {finding.rule}"
            out.append(
                _command(GITHUB_COMMAND[finding.level], properties, finding.message + _neutral(finding))
            )
        left_out = len(result.shown) - max_per_file
        if left_out > 0:
            message = (
                f"{_plural(left_out, 'more finding')} not shown as annotations "
                f"(run `framing check {result.name}` or use --format sarif to see them all)"
            )
            out.append(_command("notice", {"file": result.name, "title": "framing"}, message))
    return "".join(out)


def step_summary(run: CheckRun) -> str:
    """A Markdown table for ``$GITHUB_STEP_SUMMARY``: one row per file."""
    rows = [
        "| file | result | flags / 100 words | errors | warnings | suggestions |",
        "|---|---|---|---|---|---|",
    ]
    for result in run.files:
        if result.error:
            rows.append(f"| `{result.name}` | could not be checked: {result.error} | | | | |")
            continue
        counts = {level: sum(1 for f in result.shown if f.level == level) for level in GITHUB_COMMAND}
        verdict = "failed" if result.failed else "passed"
        rows.append(
            f"| `{result.name}` | {verdict} | {result.density:.1f} | {counts['error']} | {counts['warning']} "
            f"| {counts['suggestion']} |"
        )
    return "### framing check\n\n" + "\n".join(rows) + "\n\n" + tally(run)
