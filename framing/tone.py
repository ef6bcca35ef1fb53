"""Lexicon-aware tone: the model's probabilities nudged by the polarity of the flags in the same sentence.

In the spirit of VADER's rules: each positive flag multiplies the odds of `positive` by e^α, each negative
flag those of `negative`; a negator in front («не», «без», «вряд ли») flips a flag, a downtoner («почти»)
halves it. α comes from the model card (``lexicon_tone.alpha``), where ``train/lexicon_tone.py`` puts it
after measuring on held-out data that the combination helps; a model without it is used alone.
"""

from __future__ import annotations

import math

from framing.lexicon import Flag
from framing.sentiment import Scores

MODIFIER_EFFECT = {None: 1.0, "negated": -1.0, "downtoned": 0.5}
POLARITY_SIGN = {"positive": 1.0, "negative": -1.0}


def polar_weights(flags: list[Flag]) -> tuple[float, float]:
    """(positive, negative) evidence of a sentence's flags after negation and downtoning."""
    positive = negative = 0.0
    for flag in flags:
        sign = POLARITY_SIGN.get(flag.polarity, 0.0) * MODIFIER_EFFECT[flag.modifier]
        positive += max(sign, 0.0)
        negative += max(-sign, 0.0)
    return positive, negative


def combine(scores: Scores, weights: tuple[float, float], alpha: float) -> Scores:
    """Probabilities (summing to one) after weighting positive/negative by e^(α·evidence)."""
    if weights == (0.0, 0.0):
        return scores  # no polar flag: nothing to weigh, and most sentences have none
    adjusted = dict(scores)
    if "positive" in adjusted:
        adjusted["positive"] *= math.exp(alpha * weights[0])
    if "negative" in adjusted:
        adjusted["negative"] *= math.exp(alpha * weights[1])
    total = sum(adjusted.values())
    return {label: value / total for label, value in adjusted.items()}
