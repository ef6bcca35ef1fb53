"""The terminal report (tabulate): one row per paragraph, then a document summary; also its Markdown twin."""

from __future__ import annotations

from tabulate import tabulate

from framing.lexicon import Flag
from framing.positions import LineIndex
from framing.report import ParagraphReport, Report
from framing.sentiment import DOSTOEVSKY_LABELS

HEADERS = ("№", "kind", "sent.", "tone", "label", "flags/100w", "flagged phrases [category]", "techniques")
PHRASES_WIDTH = 58
TECHNIQUES_WIDTH = 30


def _number(paragraph: ParagraphReport) -> str:
    return (
        str(paragraph.index)
        if paragraph.index is not None
        else {"heading": "H", "source": "S"}[paragraph.kind]
    )


def _tone(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f}"


def _phrase(flag: Flag) -> str:
    mark = f" ({flag.modifier}: {flag.modifier_text})" if flag.modifier else ""
    quoted = " (quoted)" if flag.quoted else ""
    return f"«{flag.text}» [{flag.category}]{mark}{quoted}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _rows(report: Report, separator: str) -> list[tuple]:
    return [
        (
            _number(p),
            p.kind,
            len(p.sentences) if p.kind != "source" else "",
            _tone(p.tone),
            p.label or "",
            f"{p.flags_per_100_words:.1f}" if p.kind != "source" else "",
            separator.join(_phrase(f) for f in p.flags) if p.kind != "source" else p.span.text,
            separator.join(f"{t} {n}" for t, n in p.techniques.most_common()),
        )
        for p in report.paragraphs
    ]


def summary_lines(report: Report) -> list[str]:
    """The document summary, one fact a line."""
    body = sum(1 for p in report.paragraphs if p.kind == "body")
    headings = sum(1 for p in report.paragraphs if p.kind == "heading")
    missing = [label for label in DOSTOEVSKY_LABELS if label not in report.model.labels]
    labels = ", ".join(report.model.labels)
    if missing:
        labels += f" (this model has no {'/'.join(missing)} labels)"
    counts = ", ".join(f"{label} {n}" for label, n in report.label_counts.most_common())
    lines = [
        f"Document:     {report.document.name} ({report.document.encoding}): {_count(body, 'paragraph')}, "
        f"{_count(headings, 'heading')}, {_count(len(report.sentences), 'sentence')}, "
        f"{_count(report.words, 'word')}",
        f"Model:        {report.model.name}; labels: {labels}",
        "Tone from:    "
        + (
            f"the model, nudged by the flags' polarity (α={report.model.lexicon_alpha:g})"
            if report.model.lexicon_alpha is not None
            else "the model alone"
        ),
        f"Overall tone: {_tone(report.tone)} (sentences: {counts})",
        f"Flags:        {len(report.flags)} ({report.flags_per_100_words:.1f} per 100 words; "
        f"{len(report.quoted)} inside quotations)",
        "Categories:   " + (", ".join(f"{c} {n}" for c, n in report.categories.most_common()) or "none"),
        "Techniques:   " + (", ".join(f"{t} {n}" for t, n in report.techniques.most_common()) or "none"),
    ]
    lines_of = LineIndex(report.document.text)
    unattributed = [f"«{f.text}» (line {lines_of.line(f.start)})" for f in report.unattributed]
    repeated = [f"«{r.lemma}» ×{len(r.places)}" for r in report.repetitions]
    lines.append("Repeated:     " + (", ".join(repeated) or "no evaluative lemma three times or more"))
    lines.append("Unattributed: " + (", ".join(unattributed) or "none"))
    lines.append("Source:       " + (report.source or "no source line"))
    return lines


def render_table(report: Report) -> str:
    table = tabulate(
        _rows(report, "\n"),
        headers=HEADERS,
        tablefmt="simple_grid",
        maxcolwidths=[None, None, None, None, None, None, PHRASES_WIDTH, TECHNIQUES_WIDTH],
        disable_numparse=True,
    )
    return table + "\n\n" + "\n".join(summary_lines(report)) + "\n"


def render_markdown(report: Report) -> str:
    table = tabulate(_rows(report, "<br>"), headers=HEADERS, tablefmt="github", disable_numparse=True)
    summary = "\n".join(f"- {line}" for line in summary_lines(report))
    return f"# {report.document.name}\n\n{table}\n\n## Summary\n\n{summary}\n"
