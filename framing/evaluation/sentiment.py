"""Evaluate a sentiment model on a labelled file (RuSentNE TSV or RuOpinionNE JSON lines)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from framing.evaluation.datasets import LabelledSentence, held_out_split, read_labelled
from framing.evaluation.metrics import LABELS, classification_scores, majority_baseline
from framing.lexicon import Lexicon
from framing.sentiment import SentimentModel, dominant
from framing.tone import combine, polar_weights


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores of a model on a file, with the majority-class baseline on the same sentences."""

    name: str
    sentences: int
    scores: dict
    baseline: dict


def predict(
    model: SentimentModel, sentences: list[LabelledSentence], lexicon: Lexicon | None = None
) -> list[str]:
    """A label per sentence over positive/negative/neutral, as the report would give it: from the model, or
    nudged by the lexicon when one is given and the model card calibrated the weight. dostoevsky's
    speech/skip count as neutral: neither expresses a polarity."""
    alpha = model.lexicon_alpha if lexicon is not None else None
    predicted = []
    for sentence, scores in zip(sentences, model.score([s.text for s in sentences]), strict=True):
        if lexicon is not None and alpha is not None:
            scores = combine(scores, polar_weights(lexicon.flags(sentence.text)), alpha)
        label = dominant(scores)
        predicted.append(label if label in LABELS else "neutral")
    return predicted


def evaluate(
    model: SentimentModel, sentences: list[LabelledSentence], name: str, lexicon: Lexicon | None = None
) -> Evaluation:
    gold = [s.label for s in sentences]
    predicted = predict(model, sentences, lexicon)
    return Evaluation(name, len(sentences), classification_scores(gold, predicted), majority_baseline(gold))


def evaluations(model: SentimentModel, path: Path, lexicon: Lexicon | None = None) -> list[Evaluation]:
    """The whole file, and — since the bundled model was trained on part of these sets — its held-out part."""
    sentences = read_labelled(path)
    if not model.card.get("split"):
        return [evaluate(model, sentences, f"all sentences of {path.name}", lexicon)]
    note = "most were training data: not a fair score"
    results = [evaluate(model, sentences, f"all sentences of {path.name} ({note})", lexicon)]
    _, held_out = held_out_split(sentences)
    if held_out:
        results.append(evaluate(model, held_out, "held-out part (never seen in training)", lexicon))
    return results
