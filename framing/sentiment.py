"""Sentence sentiment through dostoevsky's own model class, with the model file checked first.

The package ships its own model (``framing/models/news-sentiment.ftz``, trained by ``train/train_model.py``
on MIT-licensed news sentences) because dostoevsky's download host is unreachable here. ``--model`` may point
to any fastText model in dostoevsky's format, including dostoevsky's official
``fasttext-social-network-model.bin``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from framing.errors import FramingError
from framing.model_file import inspect_model_file
from framing.tokens import sentence_tokens

MODELS = Path(__file__).parent / "models"
BUNDLED_MODEL = MODELS / "news-sentiment.ftz"
BUNDLED_CARD = MODELS / "news-sentiment.json"

Scores = dict[str, float]

#: dostoevsky's label set, in the order reports show labels; a model may have fewer.
DOSTOEVSKY_LABELS = ("positive", "negative", "neutral", "speech", "skip")


def tone(scores: Scores) -> float:
    """P(positive) − P(negative): +1 wholly positive, −1 wholly negative, 0 balanced or neutral."""
    return scores.get("positive", 0.0) - scores.get("negative", 0.0)


def dominant(scores: Scores) -> str:
    """The most probable label."""
    return max(scores, key=scores.__getitem__)


def calibrate(raw: Scores, labels: tuple[str, ...]) -> Scores:
    """Scores that sum to one over every label the model has.

    fastText's ``predict(k=-1)`` gives softmax probabilities for softmax-trained models (our bundled one; this
    is then a no-op up to rounding) but independent one-vs-all scores for others such as dostoevsky's
    official model; dividing by their sum puts both on one scale.
    """
    values = [raw.get(label, 0.0) for label in labels]
    total = sum(values)
    if total <= 0:
        return dict.fromkeys(labels, 1 / len(labels))
    return {label: value / total for label, value in zip(labels, values, strict=True)}


@dataclass(slots=True)
class SentimentModel:
    """A loaded model: where it came from, what labels it has, and how to score sentences."""

    path: Path
    labels: tuple[str, ...]
    sha256: str
    card: dict[str, Any] = field(default_factory=dict, repr=False)
    _dostoevsky: Any = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.card.get("name", self.path.name)

    @property
    def lexicon_alpha(self) -> float | None:
        """The weight of lexicon polarity in sentence tone, if the model card calibrated one."""
        alpha = self.card.get("lexicon_tone", {}).get("alpha")
        return float(alpha) if alpha is not None else None

    def score(self, sentences: list[str]) -> list[Scores]:
        """Calibrated label probabilities for each sentence."""
        if not sentences:
            return []
        if self._dostoevsky is None:  # fastText reads the file on first use, not when the card is read
            self._dostoevsky = _dostoevsky_model(self.path)
        raw = self._dostoevsky.predict(sentences, k=-1)
        return [calibrate(scores, self.labels) for scores in raw]


def load_model(path: Path | None = None) -> SentimentModel:
    """The bundled model, or the fastText model at ``path``; raise FramingError if it is missing or broken."""
    model_path = path or BUNDLED_MODEL
    if path is None and not BUNDLED_MODEL.is_file():
        raise FramingError(
            f"the bundled sentiment model is missing ({BUNDLED_MODEL}); reinstall framing "
            "or pass --model PATH"
        )
    info = inspect_model_file(model_path) if path is not None else None  # a user's file: checked first
    digest = hashlib.sha256(model_path.read_bytes()).hexdigest()
    card = _card_for(model_path)
    if card.get("sha256") and card["sha256"] != digest:
        raise FramingError(
            f"{model_path}: the model file does not match its card ({model_path.with_suffix('.json').name}"
            f" says sha256 {card['sha256'][:12]}…, the file is {digest[:12]}…)"
        )
    if info is None and card.get("sha256") == digest and card.get("labels"):
        # the card names the sha256 of the very file it describes, and its labels are that file's labels
        # (tests/test_sentiment.py checks them against the file): they stand for the walk through the
        # model's 50,000-word dictionary, a third of a one-line run's start-up
        found = tuple(card["labels"])
    else:
        found = (info or inspect_model_file(model_path)).labels
    if "positive" not in found or "negative" not in found:
        raise FramingError(
            f"{model_path}: a sentiment model needs 'positive' and 'negative' labels, "
            f"this one has {', '.join(found)}"
        )
    labels = tuple(sorted(found, key=_label_order))
    return SentimentModel(path=model_path, labels=labels, sha256=digest, card=card)


def _label_order(label: str) -> tuple[int, str]:
    known = label in DOSTOEVSKY_LABELS
    return (DOSTOEVSKY_LABELS.index(label) if known else len(DOSTOEVSKY_LABELS), label)


def _card_for(model_path: Path) -> dict[str, Any]:
    """The model card beside the model file (``name.json``), if there is one."""
    card_path = model_path.with_suffix(".json")
    if not card_path.is_file():
        return {}
    try:
        return json.loads(card_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FramingError(f"{card_path}: the model card is not valid JSON ({error})") from None


def shared_tokenizer() -> Any:
    """dostoevsky's RegexTokenizer (lower-cased razdel tokens), reading the token cache the lexicon matcher
    shares (framing/tokens.py)."""
    from dostoevsky.tokenization import RegexTokenizer

    class SharedRegexTokenizer(RegexTokenizer):
        def split(self, text: str, lemmatize: bool = False) -> Iterator[tuple[str, None]]:
            # dostoevsky only iterates over the (token, tag) pairs: they are made one at a time, not stored
            return zip(sentence_tokens(text).lowered, repeat(None))

    return SharedRegexTokenizer()


def _dostoevsky_model(path: Path) -> Any:
    """dostoevsky's FastTextSocialNetworkModel reading our file instead of its download location."""
    from dostoevsky.models import FastTextSocialNetworkModel

    class _NewsModel(FastTextSocialNetworkModel):
        def __init__(self, model_path: str) -> None:
            self.MODEL_PATH = model_path  # dostoevsky reads the path from this attribute
            super().__init__(tokenizer=shared_tokenizer())

    try:
        return _NewsModel(str(path))
    except ValueError as error:
        raise FramingError(f"{path}: fastText cannot load the model ({error})") from None
