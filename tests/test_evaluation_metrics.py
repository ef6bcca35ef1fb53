"""Classification scores: the figures every model card and `framing model evaluate` report."""

from __future__ import annotations

import pytest

from framing.evaluation.metrics import classification_scores, majority_baseline


@pytest.mark.parametrize(
    ("gold", "predicted", "macro_f1", "accuracy"),
    [
        (["positive", "negative", "neutral"], ["positive", "negative", "neutral"], 1.0, 1.0),
        (
            ["positive", "positive", "neutral", "neutral"],
            ["positive", "neutral", "neutral", "neutral"],
            0.4889,
            0.75,
        ),  # (2/3 + 0 + 0.8) / 3
        (["negative", "negative"], ["positive", "positive"], 0.0, 0.0),
    ],
)
def test_scores(gold, predicted, macro_f1, accuracy) -> None:
    scores = classification_scores(gold, predicted)
    assert (scores["macro_f1"], scores["accuracy"]) == (macro_f1, accuracy)
    assert sum(map(sum, scores["confusion_matrix"]["matrix"])) == len(gold)


def test_majority_baseline_answers_the_most_frequent_label() -> None:
    scores = majority_baseline(["neutral", "neutral", "negative"])
    assert scores["confusion_matrix"]["matrix"][2] == [0, 0, 2]  # every neutral predicted neutral
    assert scores["accuracy"] == 0.6667


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError, match="2 gold labels but 1 predictions"):
        classification_scores(["neutral", "neutral"], ["neutral"])
