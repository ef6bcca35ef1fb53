"""Check the shipped model in the runtime environment (dostoevsky + fasttext-predict) and the tokenizer.

    .venv/bin/python train/check_runtime.py [--rusentne ../shared/data/rusentne/train_data.csv]

1. dostoevsky's FastTextSocialNetworkModel loads framing/models/news-sentiment.ftz and predicts
   positive/negative/neutral scores that sum to one;
2. train_model.preprocess (razdel, replicated) equals dostoevsky's RegexTokenizer preprocessing on every
   sentence of the given data set (or on a few built-in sentences).
"""

from __future__ import annotations

import argparse

import razdel
from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer

from framing.evaluation.datasets import read_rusentne
from framing.sentiment import BUNDLED_MODEL as MODEL


class NewsModel(FastTextSocialNetworkModel):
    def __init__(self, path: str) -> None:
        self.MODEL_PATH = path
        super().__init__(tokenizer=RegexTokenizer())


def replicated(sentence: str) -> str:
    # Same as train/train_model.py:preprocess (kept here so this check runs without fastText training deps).
    return " ".join(token.text.lower() for token in razdel.tokenize(sentence))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rusentne")
    args = ap.parse_args()
    model = NewsModel(str(MODEL))
    examples = [
        "Переговоры прошли успешно.",
        "В результате теракта погибли десятки мирных жителей.",
        "Заседание начнётся в 10 часов.",
    ]
    for text, scores in zip(examples, model.predict(examples, k=-1), strict=True):
        assert set(scores) == {"positive", "negative", "neutral"}, scores
        assert abs(sum(scores.values()) - 1) < 1e-3, scores
        print(f"{max(scores, key=scores.get):8s} {text}  {scores}")
    sentences = [s.text for s in read_rusentne(args.rusentne)] if args.rusentne else examples
    tok = RegexTokenizer()
    for s in sentences:
        assert replicated(s) == " ".join(t for t, _ in tok.split(s)), s
    print(f"tokenizer: replicated preprocessing equals dostoevsky's on {len(sentences)} sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
