"""Evaluate a lexicon on labelled sentences: do evaluative sentences carry more flags than neutral ones?"""

from __future__ import annotations

from dataclasses import dataclass

from framing.evaluation.datasets import LabelledSentence
from framing.evaluation.metrics import LABELS
from framing.lexicon import Lexicon
from framing.tokens import word_count


@dataclass(frozen=True, slots=True)
class FlagDensity:
    """Lexicon flags per 100 words over the sentences of one gold label."""

    label: str
    sentences: int
    words: int
    flags: int

    @property
    def per_100_words(self) -> float:
        return 100 * self.flags / self.words if self.words else 0.0


def flag_density(lexicon: Lexicon, sentences: list[LabelledSentence]) -> list[FlagDensity]:
    """Flags per 100 words for each gold label: evaluative sentences should carry clearly more."""
    totals = {label: [0, 0, 0] for label in LABELS}
    for sentence in sentences:
        total = totals[sentence.label]
        total[0] += 1
        total[1] += word_count(sentence.text)
        total[2] += len(lexicon.flags(sentence.text))
    return [FlagDensity(label, *totals[label]) for label in LABELS]
