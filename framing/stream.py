"""The report paragraph by paragraph, for output that need not hold the whole report (``-f jsonl``).

``stream`` yields each ParagraphReport as soon as it is made and keeps only the document totals (counts, the
sentences' tones and labels, the flags): memory grows with the flags, not with every sentence, score and
record of the article. What a paragraph cannot know before the end — the repeated lemmas of the whole
article (``Report.repetitions``) — comes with the totals: a streamed paragraph's ``repeated`` is 0.

It uses the same steps as ``report.build_report`` (segmentation, the same flags, scores and tone per
sentence); tests/test_robust.py checks that both give the same paragraphs and summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from framing.forms import analysis_form
from framing.lexicon import Flag, Lexicon
from framing.quotes import quotation_spans
from framing.read import Document
from framing.repetition import repetitions
from framing.report import (
    REPETITION,
    UNATTRIBUTED,
    ModelInfo,
    ParagraphReport,
    Report,
    _in_original,
    _quotation_test,
    _sentence,
)
from framing.segment import segment, source_name
from framing.sentiment import SentimentModel
from framing.tokens import word_count


@dataclass(slots=True)
class Totals:
    """What the summary of a document needs, gathered paragraph by paragraph."""

    paragraphs: int = 0
    headings: int = 0
    tones: list[float] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    words: int = 0
    flags: list[Flag] = field(default_factory=list)
    source: str | None = None

    def add(self, paragraph: ParagraphReport) -> None:
        self.paragraphs += paragraph.kind == "body"
        self.headings += paragraph.kind == "heading"
        if paragraph.kind == "source":
            self.source = self.source or source_name(paragraph.span)
        else:
            self.words += paragraph.words
        self.tones += [s.tone for s in paragraph.sentences]
        self.labels.update(s.label for s in paragraph.sentences)
        self.flags += paragraph.flags

    def summary(self, lexicon: Lexicon) -> dict[str, Any]:
        """The same fields and values as the JSON report's ``summary`` (framing/schema.py)."""
        from framing.schema import rounded

        repeated = repetitions(self.flags, lexicon)
        techniques = Counter(t for f in self.flags for t in f.techniques)
        if repeated:
            techniques[REPETITION] += sum(len(r.places) for r in repeated)
        density = 100 * len(self.flags) / self.words if self.words else 0.0
        return {
            "tone": rounded(sum(self.tones) / len(self.tones) if self.tones else 0.0),
            "paragraphs": self.paragraphs,
            "headings": self.headings,
            "sentences": len(self.tones),
            "words": self.words,
            "labels": dict(self.labels.most_common()),
            "flags": len(self.flags),
            "flags_per_100_words": rounded(density, 2),
            "quoted_flags": sum(1 for f in self.flags if f.quoted),
            "categories": dict(Counter(f.category for f in self.flags).most_common()),
            "techniques": dict(techniques.most_common()),
            "repetitions": [
                {
                    "lemma": r.lemma,
                    "count": len(r.places),
                    "places": [{"start": a, "end": b, "text": t} for a, b, t in r.places],
                }
                for r in repeated
            ],
            "unattributed": [
                {"start": f.start, "end": f.end, "text": f.text, "rule": f.rule}
                for f in self.flags
                if f.category == UNATTRIBUTED
            ],
            "source": self.source,
        }


def stream(
    document: Document, model: SentimentModel, lexicon: Lexicon, totals: Totals, *, lexicon_tone: bool = True
) -> Iterator[ParagraphReport]:
    """Each paragraph's report in turn (``repeated`` 0), its totals added to ``totals`` as it goes."""
    alpha = model.lexicon_alpha if lexicon_tone else None
    text, offsets = analysis_form(document.text)
    in_quotation = _quotation_test(quotation_spans(text))
    info = ModelInfo(model.name, str(model.path), model.sha256, model.labels, alpha)
    body_number, line, counted_to = 0, 1, 0
    for paragraph in segment(text):
        sentence_flags = [
            [replace(f, quoted=True) if in_quotation(f.start) else f for f in lexicon.flags(s.text, s.start)]
            for s in paragraph.sentences
        ]
        scores = model.score([s.text for s in paragraph.sentences])
        if paragraph.kind == "body":
            body_number += 1
        line += text.count("\n", counted_to, paragraph.span.start)
        counted_to = paragraph.span.start
        report = ParagraphReport(
            index=body_number if paragraph.kind == "body" else None,
            position=paragraph.position,
            line=line,
            kind=paragraph.kind,
            span=paragraph.span,
            sentences=tuple(
                _sentence(sentence, score, flags, alpha)
                for sentence, score, flags in zip(paragraph.sentences, scores, sentence_flags, strict=True)
            ),
            flags=tuple(f for flags in sentence_flags for f in flags),
            words=sum(word_count(s.text) for s in paragraph.sentences),
        )
        if text is not document.text:
            (report,) = _in_original(Report(document, info, (report,)), offsets).paragraphs
        totals.add(report)
        yield report
