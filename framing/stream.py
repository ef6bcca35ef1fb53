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

from collections.abc import Iterator

from framing.lexicon import Lexicon
from framing.markup import masked
from framing.read import Document
from framing.repetition import repetitions
from framing.report import ParagraphReport, Summary, Totals, model_info, paragraph_reports
from framing.sentiment import SentimentModel


def stream(
    document: Document, model: SentimentModel, lexicon: Lexicon, *, lexicon_tone: bool = True
) -> Iterator[ParagraphReport | Summary]:
    """Each paragraph's report in turn, then the document's Summary."""
    totals = Totals()
    for paragraph in paragraph_reports(document, model, lexicon, lexicon_tone=lexicon_tone):
        totals.add(paragraph)
        yield paragraph
    repeated = repetitions(totals.flags, lexicon, masked(document))
    yield totals.summary(document, model_info(model, lexicon_tone), repeated)
