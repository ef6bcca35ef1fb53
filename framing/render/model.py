"""Text for the model commands: the model card summary and evaluation tables."""

from __future__ import annotations

from tabulate import tabulate

from framing.evaluation.sentiment import Evaluation
from framing.sentiment import DOSTOEVSKY_LABELS, SentimentModel


def confusion_table(scores: dict) -> str:
    matrix = scores["confusion_matrix"]
    rows = [
        (f"gold {label}", *counts) for label, counts in zip(matrix["labels"], matrix["matrix"], strict=True)
    ]
    return tabulate(rows, headers=("", *(f"pred {label}" for label in matrix["labels"])))


def per_class_table(scores: dict) -> str:
    rows = [
        (label, c["precision"], c["recall"], c["f1"], c["support"])
        for label, c in scores["per_class"].items()
    ]
    return tabulate(rows, headers=("label", "precision", "recall", "F1", "support"), floatfmt=".3f")


def render_evaluation(model: SentimentModel, results: list[Evaluation], combined: bool) -> str:
    source = f"the model nudged by the lexicon (α={model.lexicon_alpha:g})" if combined else "the model alone"
    parts = [
        f"Model: {model.name} ({model.path}), labels: {', '.join(model.labels)}",
        f"Labels from: {source}",
    ]
    for result in results:
        parts += [
            "",
            f"== {result.name}: {result.sentences} sentences",
            f"macro-F1 {result.scores['macro_f1']:.3f} (majority-class baseline "
            f"{result.baseline['macro_f1']:.3f}), accuracy {result.scores['accuracy']:.3f}",
            "",
            per_class_table(result.scores),
            "",
            confusion_table(result.scores),
        ]
    return "\n".join(parts) + "\n"


def render_model_info(model: SentimentModel) -> str:
    card = model.card
    missing = [label for label in DOSTOEVSKY_LABELS if label not in model.labels]
    lines = [
        f"name:      {model.name}",
        f"path:      {model.path}",
        f"sha256:    {model.sha256}",
        f"size:      {model.path.stat().st_size:,} bytes",
        f"labels:    {', '.join(model.labels)}" + (f" (no {'/'.join(missing)})" if missing else ""),
    ]
    if not card:
        lines.append("card:      none (no model card beside the file; scores unknown)")
        return "\n".join(lines) + "\n"
    for data in card.get("training_data", []):
        count = f", {data['sentences']} sentences" if data.get("sentences") else ""
        lines.append(f"trained:   {data.get('name', '?')} ({data.get('licence', 'licence unknown')}){count}")
    held_out = card.get("held_out")
    if held_out:
        lines += [
            f"held-out:  macro-F1 {held_out['macro_f1']:.3f}, accuracy {held_out['accuracy']:.3f} "
            f"on {held_out['n']} sentences never seen in training",
            "",
            per_class_table(held_out),
            "",
            confusion_table(held_out),
        ]
    return "\n".join(lines) + "\n"
