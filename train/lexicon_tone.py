"""Does the lexicon's polarity improve the model's sentence labels? A held-out comparison.

Combines the bundled model's calibrated probabilities with the polarity of the flags in each sentence, in the
spirit of VADER's rules: a positive flag adds weight to `positive`, a negative one to `negative`; a negator
(«не», «без») in front flips the flag, a downtoner («почти») halves it:

    p'(positive) ∝ p(positive)·exp(α·s⁺),  p'(negative) ∝ p(negative)·exp(α·s⁻),  p'(neutral) ∝ p(neutral)

The model has seen its training sentences, so its scores there are too confident to tune α on (CV on the
training part picks α≈0 whatever the lexicon is worth). α is therefore cross-fitted on the held-out part
(the same split as the model's, framing.evaluation.datasets.held_out_split): the part is cut in two by a
hash, α is chosen on one half and scored on the other, both ways, and the two halves' predictions are
scored together.
The shipped α is then chosen on the whole held-out part; the cross-fitted figure is its honest estimate.
Runs in the runtime environment, after train_model.py (``--write`` records the result in the model card):

    uv run python train/lexicon_tone.py --rusentne ../shared/data/rusentne/train_data.csv \\
        --ruopinionne ../shared/data/ruopinionne/train.jsonl --write
"""

from __future__ import annotations

import argparse
import hashlib
import json

from framing import Analyzer
from framing.evaluation.datasets import LabelledSentence, held_out_split, read_all
from framing.evaluation.metrics import LABELS, classification_scores
from framing.sentiment import BUNDLED_CARD, dominant
from framing.tone import combine, polar_weights

ALPHAS = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]
HALVES = 2


def label(scores: dict[str, float], weights: tuple[float, float], alpha: float) -> str:
    return dominant(combine(scores, weights, alpha))


def macro_f1(rows: list[tuple[str, dict, tuple]], alpha: float) -> float:
    gold = [g for g, _, _ in rows]
    return classification_scores(gold, [label(s, w, alpha) for _, s, w in rows], LABELS)["macro_f1"]


def half(sentence: LabelledSentence) -> int:
    return hashlib.sha256(("lexicon-tone" + sentence.text).encode()).digest()[0] % HALVES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rusentne", required=True)
    parser.add_argument("--ruopinionne", required=True)
    parser.add_argument("--write", action="store_true", help="record the result in the bundled model card")
    args = parser.parse_args()

    analyzer = Analyzer.load()
    model, lexicon = analyzer.model, analyzer.lexicon
    train, held_out = held_out_split(read_all(args.rusentne, args.ruopinionne))

    def rows(sentences: list[LabelledSentence]) -> list[tuple[str, dict, tuple]]:
        scores = model.score([s.text for s in sentences])
        flags = [lexicon.flags(s.text) for s in sentences]
        return [(s.label, p, polar_weights(f)) for s, p, f in zip(sentences, scores, flags, strict=True)]

    held_rows = rows(held_out)
    halves = [half(s) for s in held_out]
    gold, alone, combined, chosen = [], [], [], []
    for part in range(HALVES):
        tune = [r for r, h in zip(held_rows, halves, strict=True) if h != part]
        score = [r for r, h in zip(held_rows, halves, strict=True) if h == part]
        alpha = max(ALPHAS, key=lambda a: macro_f1(tune, a))
        chosen.append(alpha)
        gold += [g for g, _, _ in score]
        alone += [dominant(p) for _, p, _ in score]
        combined += [label(p, w, alpha) for _, p, w in score]
    result = {
        "alpha_chosen_per_half": chosen,
        "held_out_n": len(held_rows),
        "held_out_model_alone": classification_scores(gold, alone, LABELS)["macro_f1"],
        "held_out_combined_cross_fitted": classification_scores(gold, combined, LABELS)["macro_f1"],
        "held_out_by_alpha_for_reference": {str(a): macro_f1(held_rows, a) for a in ALPHAS},
        "training_part_n": len(train),
    }
    alone, both = result["held_out_model_alone"], result["held_out_combined_cross_fitted"]
    result["shipped"] = both > alone
    # α for shipping: chosen on the whole held-out part; the cross-fitted figure above is its honest estimate
    result["alpha"] = max(ALPHAS, key=lambda a: macro_f1(held_rows, a)) if result["shipped"] else None
    print(json.dumps(result, indent=2))
    if args.write:
        card = json.loads(BUNDLED_CARD.read_text(encoding="utf-8"))
        card["lexicon_tone"] = result
        BUNDLED_CARD.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote lexicon_tone into {BUNDLED_CARD}")


if __name__ == "__main__":
    main()
