"""Evaluate a sentiment model on a labelled file (RuSentNE TSV or RuOpinionNE JSON lines)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from framing.datasets import LabelledSentence, held_out_split, read_ruopinionne, read_rusentne
from framing.errors import FramingError
from framing.lexicon import Lexicon, find_flags
from framing.lexicon.match import words
from framing.metrics import LABELS, classification_scores, majority_baseline
from framing.sentiment import SentimentModel, dominant
from framing.tone import combine, polar_weights


@dataclass(frozen=True)
class Evaluation:
    """Scores of a model on a file, with the majority-class baseline on the same sentences."""

    name: str
    sentences: int
    scores: dict
    baseline: dict


def read_labelled(path: Path) -> list[LabelledSentence]:
    """Sentence labels derived from a RuSentNE-format TSV/CSV or a RuOpinionNE-format JSONL file."""
    if not path.is_file():
        raise FramingError(f"{path}: no such file")
    reader = read_ruopinionne if path.suffix in (".jsonl", ".json") else read_rusentne
    try:
        sentences = reader(path)
    except (ValueError, KeyError, UnicodeDecodeError) as error:
        raise FramingError(
            f"{path}: not a labelled file in RuSentNE or RuOpinionNE format ({error})"
        ) from None
    if not sentences:
        raise FramingError(f"{path}: no labelled sentences")
    return sentences


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
            flags = find_flags(lexicon, sentence.text, words(sentence.text))
            scores = combine(scores, polar_weights(flags), alpha)
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


@dataclass(frozen=True)
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
        tokens = words(sentence.text)
        total = totals[sentence.label]
        total[0] += 1
        total[1] += len(tokens)
        total[2] += len(find_flags(lexicon, sentence.text, tokens))
    return [FlagDensity(label, *totals[label]) for label in LABELS]


def held_out_part(path: Path) -> list[LabelledSentence]:
    """The sentences of a labelled file that the bundled model's held-out split kept out of training."""
    return held_out_split(read_labelled(path))[1]
