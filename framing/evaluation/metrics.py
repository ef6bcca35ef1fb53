"""Classification scores over positive / negative / neutral: the figures every model card and
``framing model evaluate`` report. Stdlib only (the training script imports it too)."""

from __future__ import annotations

from collections import Counter
from statistics import fmean

from framing.evaluation.datasets import LABELS


def classification_scores(gold: list[str], predicted: list[str], labels: tuple[str, ...] = LABELS) -> dict:
    """Macro-F1, accuracy, per-class precision/recall/F1/support and the confusion matrix (rows: gold)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = Counter(zip(gold, predicted, strict=True))
    per_class = {}
    for label in labels:
        true_positive = pairs[label, label]
        predicted_as = sum(n for (_, p), n in pairs.items() if p == label)
        support = sum(n for (g, _), n in pairs.items() if g == label)
        precision = true_positive / predicted_as if predicted_as else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    return {
        "macro_f1": round(fmean(c["f1"] for c in per_class.values()), 4),
        "accuracy": round(sum(pairs[label, label] for label in labels) / len(gold), 4) if gold else 0.0,
        "per_class": per_class,
        "confusion_matrix": {
            "labels": list(labels),
            "rows": "gold",
            "columns": "predicted",
            "matrix": [[pairs[g, p] for p in labels] for g in labels],
        },
        "n": len(gold),
    }


def majority_baseline(gold: list[str], labels: tuple[str, ...] = LABELS) -> dict:
    """Scores of always answering the most frequent gold label."""
    majority = Counter(gold).most_common(1)[0][0] if gold else labels[-1]
    return classification_scores(gold, [majority] * len(gold), labels)
