"""The document summary as (label, value) pairs in the interface language: every view prints the same facts.

In English, ``f"{label + ':':<14}{value}"`` is the summary the table report has always printed.
"""

from __future__ import annotations

from framing.glossary import name
from framing.language import Lang, plural, tr
from framing.positions import LineIndex
from framing.report import ParagraphReport, Summary
from framing.sentiment import DOSTOEVSKY_LABELS


def signed(value: float | None) -> str:
    """A tone as the reports show it: ``+0.84``, or nothing when there is none (a tone that rounds to zero
    is ``+0.00``, never ``-0.00``)."""
    if value is None:
        return ""
    shown = f"{value:+.2f}"
    return "+0.00" if shown == "-0.00" else shown


def paragraph_number(paragraph: ParagraphReport) -> str:
    """The table's № column: the body paragraph's number, ``H`` for a heading, ``S`` for the source line."""
    if paragraph.index is not None:
        return str(paragraph.index)
    return {"heading": "H", "source": "S"}[paragraph.kind]


def paragraph_name(paragraph: ParagraphReport, lang: Lang) -> str:
    """``¶3`` for a body paragraph, else its kind in the interface language."""
    return f"¶{paragraph.index}" if paragraph.index is not None else tr(f"kind_{paragraph.kind}", lang)


def label_name(label: str | None, lang: Lang) -> str:
    """A sentiment label in the interface language (labels a model invents stay as they are)."""
    if not label:
        return ""
    return tr(f"label_{label}", lang) if label in DOSTOEVSKY_LABELS else label


def summary_items(summary: Summary, lang: Lang = "en") -> list[tuple[str, str]]:
    """The document summary, one fact a pair."""
    missing = [label for label in DOSTOEVSKY_LABELS if label not in summary.model.labels]
    labels = ", ".join(label_name(label, lang) for label in summary.model.labels)
    if missing:
        labels += tr("model_missing", lang, missing="/".join(missing))
    counts = ", ".join(f"{label_name(label, lang)} {n}" for label, n in summary.label_counts.most_common())
    alpha = summary.model.lexicon_alpha
    none = tr("none", lang)
    lines = LineIndex(summary.document.text)
    unattributed = [
        f"«{f.text}» ({tr('line_at', lang, line=lines.line(f.start))})" for f in summary.unattributed
    ]
    repeated = [f"«{r.lemma}» ×{len(r.places)}" for r in summary.repetitions]
    document = tr(
        "document_value",
        lang,
        name=summary.document.name,
        encoding=summary.document.encoding,
        paragraphs=plural(summary.paragraphs, lang, "n_paragraphs"),
        headings=plural(summary.headings, lang, "n_headings"),
        sentences=plural(summary.sentences, lang, "n_sentences"),
        words=plural(summary.words, lang, "n_words"),
    )
    return [
        (tr("document", lang), document),
        (tr("model", lang), tr("model_value", lang, name=summary.model.name, labels=labels)),
        (
            tr("tone_from", lang),
            tr("tone_lexicon", lang, alpha=f"{alpha:g}") if alpha is not None else tr("tone_model", lang),
        ),
        (tr("overall_tone", lang), tr("overall_value", lang, tone=signed(summary.tone), counts=counts)),
        (
            tr("flags", lang),
            tr(
                "flags_value",
                lang,
                flags=len(summary.flags),
                density=f"{summary.flags_per_100_words:.1f}",
                quoted=len(summary.quoted),
            ),
        ),
        (
            tr("categories", lang),
            ", ".join(f"{name('category', c, lang)} {n}" for c, n in summary.categories.most_common())
            or none,
        ),
        (
            tr("techniques", lang),
            ", ".join(f"{name('technique', t, lang)} {n}" for t, n in summary.techniques.most_common())
            or none,
        ),
        (tr("repeated", lang), ", ".join(repeated) or tr("no_repeated", lang)),
        (tr("unattributed", lang), ", ".join(unattributed) or none),
        (tr("source", lang), summary.source or tr("no_source", lang)),
    ]


def summary_lines(summary: Summary, lang: Lang = "en") -> list[str]:
    """The summary as aligned ``Label:  value`` lines."""
    items = summary_items(summary, lang)
    width = max(14, *(len(label) + 2 for label, _ in items))
    return [f"{label + ':':<{width}}{value}" for label, value in items]
