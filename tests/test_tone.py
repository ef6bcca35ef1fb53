"""Lexicon-aware tone: flags' polarity nudges the model's probabilities; negators flip, downtoners halve."""

from __future__ import annotations

import math

import pytest

from framing.lexicon import Entry, Flag
from framing.tone import combine, polar_weights


def _flag(polarity: str, modifier: str | None = None) -> Flag:
    entry = Entry("слово", "test", "Тест.", (), polarity, (), "framing", "test.lex", 1)
    return Flag(0, 5, "слово", entry, modifier=modifier)


@pytest.mark.parametrize(
    ("flags", "weights"),
    [
        ([], (0.0, 0.0)),
        ([_flag("positive")], (1.0, 0.0)),
        ([_flag("negative"), _flag("negative")], (0.0, 2.0)),
        ([_flag("positive", "negated")], (0.0, 1.0)),  # «не дружба»: a positive word negated
        ([_flag("negative", "downtoned")], (0.0, 0.5)),  # «почти провал»
        ([_flag("none")], (0.0, 0.0)),  # a certainty marker has no polarity
    ],
)
def test_polar_weights(flags: list[Flag], weights: tuple[float, float]) -> None:
    assert polar_weights(flags) == weights


def test_combine_raises_the_odds_of_the_flagged_polarity() -> None:
    scores = {"positive": 0.2, "negative": 0.2, "neutral": 0.6}
    nudged = combine(scores, (1.0, 0.0), alpha=1.0)
    assert math.isclose(sum(nudged.values()), 1.0)
    assert nudged["positive"] / nudged["neutral"] == pytest.approx(math.e * 0.2 / 0.6)
    assert combine(scores, (0.0, 0.0), alpha=1.0) is scores  # no polar flag: nothing to weigh
