"""The shared tokens: the model reads exactly what dostoevsky's own tokenizer gives it, and the matcher reads
the words of the same tokens, normalized, with offsets that point at them."""

from __future__ import annotations

from pathlib import Path

import pytest
from dostoevsky.tokenization import RegexTokenizer
from razdel import sentenize, tokenize

from framing.sentiment import shared_tokenizer
from framing.tokens import WORDLIKE, sentence_tokens

SEED = Path(__file__).resolve().parent.parent / "corpus" / "000_ba3e2cf52126c75d.txt"


def model_input(tokenizer: RegexTokenizer, sentence: str) -> str:
    """What dostoevsky's FastTextSocialNetworkModel feeds fastText for a sentence."""
    return " ".join(token for token, _ in tokenizer.split(sentence))


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        ("Ещё раз — «тёплый приём»!", ["еще", "раз", "теплый", "прием"]),
        ("ЁЛКА, Ёлка и ёлка.", ["елка", "елка", "и", "елка"]),
        ("В 2019-м году ВВП вырос на 1,5%.", ["в", "2019-м", "году", "ввп", "вырос", "на", "1,5"]),
        ("RBC.ru: «Газпром» и Tokayev", ["rbc", "ru", "газпром", "и", "tokayev"]),
    ],
)
def test_words_are_the_normalized_word_tokens(sentence: str, forms: list[str]) -> None:
    tokens = sentence_tokens(sentence)
    assert list(tokens.forms) == forms
    assert [
        sentence[a:b].lower().replace("ё", "е") for a, b in zip(tokens.starts, tokens.ends, strict=True)
    ] == forms


def test_model_input_is_dostoevskys_on_every_sentence_of_the_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = [s.text for line in text.splitlines() for s in sentenize(line)] + ["Ёлка ΟΔΟΣ ẞ İstanbul."]
    shared, own = shared_tokenizer(), RegexTokenizer()
    assert [model_input(shared, s) for s in sentences] == [model_input(own, s) for s in sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ещё раз — «тёплый приём»!",
        "В 2019-м году ВВП вырос на 1,5%, а 1/2 — это «пол».",
        "Токаев (в Астане)... сказал: «Да!»  И   ушёл.",
        "e-mail: info@rbc.ru, сайт www.rbc.ru;",
        "",
    ],
)
def test_tokens_and_word_offsets_are_razdels(sentence: str) -> None:
    tokens = sentence_tokens(sentence)
    razdel_tokens = list(tokenize(sentence))
    assert list(tokens.lowered) == [t.text.lower() for t in razdel_tokens]
    word_offsets = [(t.start, t.stop) for t in razdel_tokens if WORDLIKE.search(t.text)]
    assert list(zip(tokens.starts, tokens.ends, strict=True)) == word_offsets
