"""The report as data files: the JSON document CI users parse, and the per-paragraph CSV."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from framing.report import ParagraphReport, Report, Summary
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
    import pandas as pd

    rows = [
        {
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
            "techniques": "; ".join(f"{t} {n}" for t, n in p.techniques.most_common()),
            "text": p.span.text,
        }
        for p in report.paragraphs
    ]
    return pd.DataFrame(rows).astype({"index": "Int64"}).to_csv(index=False)
