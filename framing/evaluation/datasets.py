"""Read the labelled Russian news-sentence data sets and derive one sentiment label per sentence.

Stdlib only: imported by the runtime and by ``train/train_model.py``.

Label derivation (the default rule, ``"polar"``; chosen by held-out macro-F1, see ``train/README.md``):

* RuSentNE gives one row per (sentence, entity) with the sentiment *towards that entity*.  A sentence is
  ``neutral`` when every entity is neutral; otherwise the polar entity labels vote, neutral ones are
  ignored: more positive than negative -> ``positive``, more negative -> ``negative``, a tie -> the
  sentence is dropped (its tone is mixed, and the model has no "mixed" label).
* RuOpinionNE gives the opinions expressed in a sentence (any source, any target).  No opinion ->
  ``neutral``; otherwise the POS/NEG opinions vote the same way (tie -> dropped).
* ``pool`` merges sentences that both sets label: equal labels are kept; polar beats neutral (one
  annotation found evaluative content the other's narrower scheme did not ask about); positive against
  negative -> the sentence is dropped.

The alternative rule ``"majority"`` (every entity / the sentence as a whole votes, neutral included, so a
sentence with two neutral entities and one negative is neutral; ties and cross-set disagreements fall back
to neutral) is kept for the comparison the training script makes.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from framing.errors import FramingError

LABELS = ("positive", "negative", "neutral")
RULES = ("polar", "majority")

_RUSENTNE_HEADER = ("sentence", "entity", "entity_tag", "entity_pos_start_rel", "entity_pos_end_rel", "label")
_RUSENTNE_LABELS = {"1": "positive", "0": "neutral", "-1": "negative"}
_OPINION_LABELS = {"POS": "positive", "NEG": "negative"}


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One sentence with its derived label and the data set(s) it came from."""

    text: str
    label: str
    origin: str  # "rusentne" | "ruopinionne" | "both"


def sentence_key(text: str) -> str:
    """Key used for deduplication and splitting: NFC, lower case, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _check_rule(rule: str) -> None:
    if rule not in RULES:
        raise ValueError(f"unknown label rule {rule!r}; expected one of {', '.join(RULES)}")


def _vote(labels: list[str], rule: str) -> str | None:
    """Derive a sentence label from per-entity/per-opinion labels; None means "mixed, drop it"."""
    counts = Counter(labels)
    pos, neg, neu = counts["positive"], counts["negative"], counts["neutral"]
    if rule == "polar":
        if pos == neg:
            return "neutral" if pos == 0 else None
        return "positive" if pos > neg else "negative"
    # "majority": plain majority over all votes, neutral included; any tie -> neutral.
    top = max(pos, neg, neu)
    winners = [lab for lab, n in (("positive", pos), ("negative", neg), ("neutral", neu)) if n == top]
    return winners[0] if len(winners) == 1 else "neutral"


def _derive(votes: dict[str, list[str]], rule: str, origin: str) -> list[LabelledSentence]:
    """One labelled sentence per sentence whose votes give a label (mixed ones are dropped)."""
    derived = ((sentence, _vote(labels, rule)) for sentence, labels in votes.items())
    return [LabelledSentence(sentence, label, origin) for sentence, label in derived if label is not None]


def read_rusentne(path: str | Path, rule: str = "polar") -> list[LabelledSentence]:
    """Read a RuSentNE TSV file (one row per entity) into one labelled sentence per distinct sentence."""
    _check_rule(rule)
    path = Path(path)
    votes: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            fields = line.split("\t")
            if lineno == 1:
                if tuple(fields) != _RUSENTNE_HEADER:
                    expected = " <TAB> ".join(_RUSENTNE_HEADER)
                    raise ValueError(f"{path}:1: expected the RuSentNE header: {expected}")
                continue
            if len(fields) != len(_RUSENTNE_HEADER):
                raise ValueError(f"{path}:{lineno}: expected 6 tab-separated fields, got {len(fields)}")
            sentence, label = fields[0].strip(), fields[5].strip()
            if not sentence:
                raise ValueError(f"{path}:{lineno}: empty sentence")
            if label not in _RUSENTNE_LABELS:
                raise ValueError(f"{path}:{lineno}: label must be 1, 0 or -1, got {label!r}")
            votes.setdefault(sentence, []).append(_RUSENTNE_LABELS[label])
    return _derive(votes, rule, "rusentne")


def read_ruopinionne(path: str | Path, rule: str = "polar") -> list[LabelledSentence]:
    """Read RuOpinionNE JSON lines (a sentence and its opinions) into labelled sentences."""
    _check_rule(rule)
    path = Path(path)
    votes: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            text, opinions = record.get("text"), record.get("opinions")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{path}:{lineno}: missing or empty 'text'")
            if not isinstance(opinions, list):
                raise ValueError(f"{path}:{lineno}: 'opinions' must be a list")
            labels = []
            for opinion in opinions:
                polarity = opinion.get("Polarity") if isinstance(opinion, dict) else None
                if polarity not in _OPINION_LABELS:
                    raise ValueError(
                        f"{path}:{lineno}: opinion Polarity must be POS or NEG, got {polarity!r}"
                    )
                labels.append(_OPINION_LABELS[polarity])
            votes.setdefault(text.strip(), []).extend(labels)
    # The "majority" rule has no neutral votes here: an opinion-less sentence is neutral.
    return _derive(votes, rule, "ruopinionne")


def _merge(a: str, b: str, rule: str) -> str | None:
    if a == b:
        return a
    if rule == "polar":
        if "neutral" in (a, b):
            return a if b == "neutral" else b
        return None
    return "neutral"


def pool(*sets: Iterable[LabelledSentence], rule: str = "polar") -> list[LabelledSentence]:
    """Deduplicate by sentence key across sets; resolve disagreements as the module doc describes.

    The first spelling seen is kept; the order of the result is the order of first appearance.
    """
    _check_rule(rule)
    merged: dict[str, LabelledSentence | None] = {}
    for sentences in sets:
        for s in sentences:
            key = sentence_key(s.text)
            if key not in merged:
                merged[key] = s
                continue
            prev = merged[key]
            if prev is None:
                continue  # already dropped as contradictory
            label = _merge(prev.label, s.label, rule)
            if label is None:
                merged[key] = None
            else:
                origin = prev.origin if prev.origin == s.origin else "both"
                merged[key] = LabelledSentence(prev.text, label, origin)
    return [s for s in merged.values() if s is not None]


def _unit(text: str, salt: str) -> float:
    digest = hashlib.sha256((salt + sentence_key(text)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def held_out_split(
    sentences: Iterable[LabelledSentence], fraction: float = 0.2, salt: str = "framing-held-out-v1"
) -> tuple[list[LabelledSentence], list[LabelledSentence]]:
    """Split into (train, held_out) by a stable hash of the normalised text (same sentence, same side)."""
    if not 0.0 < fraction < 1.0:
        raise ValueError(f"fraction must be between 0 and 1, got {fraction}")
    train: list[LabelledSentence] = []
    held: list[LabelledSentence] = []
    for s in sentences:
        (held if _unit(s.text, salt) < fraction else train).append(s)
    return train, held


def read_all(rusentne: str | Path, ruopinionne: str | Path, rule: str = "polar") -> list[LabelledSentence]:
    """Read and pool both sets."""
    return pool(read_rusentne(rusentne, rule), read_ruopinionne(ruopinionne, rule), rule=rule)


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


def held_out_part(path: Path) -> list[LabelledSentence]:
    """The sentences of a labelled file that the bundled model's held-out split kept out of training."""
    return held_out_split(read_labelled(path))[1]


__all__ = [
    "LABELS",
    "RULES",
    "LabelledSentence",
    "held_out_part",
    "held_out_split",
    "pool",
    "read_all",
    "read_labelled",
    "read_ruopinionne",
    "read_rusentne",
    "sentence_key",
]

if __name__ == "__main__":  # pragma: no cover - quick summary for a human
    import sys

    data = read_all(sys.argv[1], sys.argv[2], *(sys.argv[3:4] or []))
    print(len(data), Counter(s.label for s in data), Counter(s.origin for s in data))
