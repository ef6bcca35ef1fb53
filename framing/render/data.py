"""The report as data files: the JSON document CI users parse, and the per-paragraph CSV."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from framing.report import REPETITION, ParagraphReport, Report, Summary, repeated_in
from framing.schema import rounded


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False) + "\n"  # compact: the C encoder, 10x faster


def render_jsonl(items: Iterable[ParagraphReport | Summary]) -> Iterator[str]:
    """One compact JSON line per paragraph (``"type": "paragraph"``, the fields of ``paragraphs[]``), then
    one for the document (``"type": "summary"``, with ``schema``, ``document``, ``model``, ``summary``)."""
    from framing.schema import SCHEMA_VERSION, closing_data, paragraph_data

    for item in items:
        if isinstance(item, ParagraphReport):
            yield json.dumps({"type": "paragraph", **paragraph_data(item)}, ensure_ascii=False)
        else:
            data = {"type": "summary", "schema": SCHEMA_VERSION, **closing_data(item)}
            yield json.dumps(data, ensure_ascii=False)


def render_csv(report: Report) -> str:
    """One row per paragraph, the columns of the table report."""
    return _csv([_row(p) for p in report.paragraphs])


def render_csv_stream(items: Iterable[ParagraphReport | Summary]) -> str:
    """``render_csv`` of a stream (framing/stream.py): the rows are made as the paragraphs come, holding their
    text and flags but not their sentences; each paragraph's Repetition count, known at the end, is added
    from the summary."""
    rows, spans, techniques = [], [], []
    for item in items:
        if isinstance(item, Summary):
            for number, count in enumerate(repeated_in(spans, item.repetitions)):
                if count:
                    techniques[number][REPETITION] += count
                    rows[number]["techniques"] = _techniques(techniques[number])
            continue
        rows.append(_row(item))
        spans.append(item.span)
        techniques.append(item.techniques)
    return _csv(rows)


def _row(p: ParagraphReport) -> dict[str, Any]:
    return {
        "index": p.index,
        "position": p.position,
        "line": p.line,
        "kind": p.kind,
        "start": p.span.start,
        "end": p.span.end,
        "sentences": len(p.sentences),
        "words": p.words,
        "tone": rounded(p.tone),
        "label": p.label,
        "flags": len(p.flags),
        "flags_per_100_words": rounded(p.flags_per_100_words, 2),
        "flagged": "; ".join(f"{f.text} [{f.category}]" for f in p.flags),
        "techniques": _techniques(p.techniques),
        "text": p.span.text,
    }


def _techniques(counts: Counter[str]) -> str:
    return "; ".join(f"{t} {n}" for t, n in counts.most_common())


def _csv(rows: list[dict[str, Any]]) -> str:
    import pandas as pd

    return pd.DataFrame(rows).astype({"index": "Int64"}).to_csv(index=False)
