"""The report paragraph by paragraph, for output that need not hold the whole report (``-f jsonl``,
``-f text``, ``check``).

``stream`` yields each ParagraphReport as soon as it is made (report.paragraph_reports, the steps
build_report takes), then the document's Summary. It keeps only the document totals: counts, the sentences'
tones and labels, the flags. Memory grows with the flags, not with every sentence, score and record of the
article. What a paragraph cannot know before the end (the repeated lemmas of the whole article) comes with
the summary: a streamed paragraph's ``repeated`` is 0. tests/test_robust.py checks that the summary is the
whole report's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from framing.lexicon import Flag, Lexicon
from framing.markup import masked
from framing.read import Document
from framing.repetition import repetitions
from framing.report import ModelInfo, ParagraphReport, Summary, mean, model_info, paragraph_reports
from framing.segment import source_name
from framing.sentiment import SentimentModel


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

    def summary(self, document: Document, model: ModelInfo, lexicon: Lexicon) -> Summary:
        """The summary a whole report of the document would have (``Report.summary``)."""
        return Summary(
            document=document,
            model=model,
            paragraphs=self.paragraphs,
            headings=self.headings,
            sentences=len(self.tones),
            words=self.words,
            tone=mean(self.tones) if self.tones else 0.0,
            label_counts=self.labels,
            flags=tuple(self.flags),
            repetitions=tuple(repetitions(self.flags, lexicon, masked(document))),
            source=self.source,
        )


def stream(
    document: Document, model: SentimentModel, lexicon: Lexicon, *, lexicon_tone: bool = True
) -> Iterator[ParagraphReport | Summary]:
    """Each paragraph's report in turn, then the document's Summary."""
    totals = Totals()
    for paragraph in paragraph_reports(document, model, lexicon, lexicon_tone=lexicon_tone):
        totals.add(paragraph)
        yield paragraph
    yield totals.summary(document, model_info(model, lexicon_tone), lexicon)
