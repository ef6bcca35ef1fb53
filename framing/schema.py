"""The report as plain JSON-ready data: the stable interface CI users and scripts parse.

Field names are an interface: changes are additive within a schema version.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing.lexicon import Flag
from framing.read import Document
from framing.report import ModelInfo, ParagraphReport, Report, SentenceReport, Summary

SCHEMA_VERSION = 1


def rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def shown_path(path: str) -> str:
    """A data file's path for a JSON report that may travel: relative to the working directory when it lies
    below it, else the file name alone for framing's bundled data (the model, the lexicons), else as given."""
    return _shown_path(path, os.getcwd())


@lru_cache(maxsize=256)
def _shown_path(path: str, cwd: str) -> str:
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(Path(cwd).resolve()))
    except (ValueError, OSError):
        pass
    package = Path(__file__).resolve().parent
    if resolved.is_relative_to(package) or resolved.parent == package.parent / "lexicons":
        return resolved.name
    return os.fspath(path)


def flag_data(flag: Flag) -> dict[str, Any]:
    """A flag, and the flags nested in it (counted once with it) as ``alternatives`` of the same shape."""
    data = _flag_fields(flag)
    data["alternatives"] = [_flag_fields(f) for f in flag.alternatives]
    return data


def _flag_fields(flag: Flag) -> dict[str, Any]:
    return {
        "start": flag.start,
        "end": flag.end,
        "text": flag.text,
        "rule": flag.rule,
        "category": flag.category,
        "explanation": flag.explanation,
        "neutral": list(flag.neutral),
        "polarity": flag.polarity,
        "techniques": list(flag.techniques),
        "modifier": flag.modifier,
        "modifier_text": flag.modifier_text,
        "quoted": flag.quoted,
        "lexicon": {
            "file": shown_path(flag.entry.path),
            "line": flag.entry.line,
            "source": flag.entry.source,
        },
    }


def sentence_data(sentence: SentenceReport) -> dict[str, Any]:
    return {
        "start": sentence.span.start,
        "end": sentence.span.end,
        "text": sentence.span.text,
        "scores": {label: rounded(p) for label, p in sentence.scores.items()},
        "model_scores": {label: rounded(p) for label, p in sentence.model_scores.items()},
        "label": sentence.label,
        "tone": rounded(sentence.tone),
    }


def paragraph_data(paragraph: ParagraphReport) -> dict[str, Any]:
    return {
        "index": paragraph.index,
        "position": paragraph.position,
        "line": paragraph.line,
        "kind": paragraph.kind,
        "start": paragraph.span.start,
        "end": paragraph.span.end,
        "text": paragraph.span.text,
        "words": paragraph.words,
        "tone": rounded(paragraph.tone),
        "label": paragraph.label,
        "flags_per_100_words": rounded(paragraph.flags_per_100_words, 2),
        "techniques": dict(paragraph.techniques.most_common()),
        "sentences": [sentence_data(s) for s in paragraph.sentences],
        "flags": [flag_data(f) for f in paragraph.flags],
    }


def summary_fields(summary: Summary) -> dict[str, Any]:
    """The JSON ``summary``: the same for a whole report and a stream (framing/stream.py)."""
    flags, repetitions = summary.flags, summary.repetitions
    return {
        "tone": rounded(summary.tone),
        "paragraphs": summary.paragraphs,
        "headings": summary.headings,
        "sentences": summary.sentences,
        "words": summary.words,
        "labels": dict(summary.label_counts.most_common()),
        "flags": len(flags),
        "flags_per_100_words": rounded(summary.flags_per_100_words, 2),
        "quoted_flags": len(summary.quoted),
        "categories": dict(summary.categories.most_common()),
        "techniques": dict(summary.techniques.most_common()),
        "repetitions": [
            {
                "lemma": r.lemma,
                "count": len(r.places),
                "places": [{"start": a, "end": b, "text": t} for a, b, t in r.places],
            }
            for r in repetitions
        ],
        "unattributed": [
            {"start": f.start, "end": f.end, "text": f.text, "rule": f.rule} for f in summary.unattributed
        ],
        "source": summary.source,
    }


def closing_data(summary: Summary) -> dict[str, Any]:
    """What a stream ends with: the document, the model and the summary, as the JSON report has them."""
    return {
        "document": document_data(summary.document),
        "model": model_data(summary.model),
        "summary": summary_fields(summary),
    }


def document_data(document: Document) -> dict[str, Any]:
    return {"name": document.name, "encoding": document.encoding, "characters": len(document.text)}


def model_data(model: ModelInfo) -> dict[str, Any]:
    return {
        "name": model.name,
        "path": shown_path(model.path),
        "sha256": model.sha256,
        "labels": list(model.labels),
        "lexicon_alpha": model.lexicon_alpha,
    }


def report_data(report: Report) -> dict[str, Any]:
    """The whole report as JSON-ready data; these field names are a stable interface."""
    return {
        "schema": SCHEMA_VERSION,
        "document": document_data(report.document),
        "model": model_data(report.model),
        "paragraphs": [paragraph_data(p) for p in report.paragraphs],
        "summary": summary_fields(report.summary),
    }
