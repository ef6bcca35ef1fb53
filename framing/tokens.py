"""A sentence's razdel tokens, read once and shared by the sentiment model and the lexicon matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dostoevsky.tokenization import RegexTokenizer
from razdel import tokenize

from framing.morph import normalize

WORDLIKE = re.compile(r"[^\W_]")  # a token with a letter or digit is a word; the rest is punctuation


@dataclass(frozen=True, slots=True)
class SentenceTokens:
    """What both readers of a sentence need from its tokens, side by side.

    ``model_input`` is every token lower-cased, in the (token, tag) pairs dostoevsky's RegexTokenizer gives
    its model. The rest describe the words only (punctuation dropped): the normalized forms the lexicon is
    looked up with, and each word's offsets into the sentence.
    """

    model_input: list[tuple[str, None]]
    forms: list[str]
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=8192)
def sentence_tokens(text: str) -> SentenceTokens:
    """Tokens of ``text``, in one pass over razdel's tokens; cached, so the second reader gets them free."""
    folded = normalize(text)  # once per sentence, not per word: this runs on every word of every article
    same_length = len(folded) == len(text)  # else a letter lower-cases longer (rare outside Russian)
    model_input, forms, starts, ends = [], [], [], []
    for token in tokenize(text):
        word, start, stop = token.text, token.start, token.stop
        model_input.append((word.lower(), None))
        if word[0].isalnum() or WORDLIKE.search(word):
            forms.append(folded[start:stop] if same_length else normalize(word))
            starts.append(start)
            ends.append(stop)
    return SentenceTokens(model_input, forms, starts, ends)


class SharedRegexTokenizer(RegexTokenizer):
    """dostoevsky's RegexTokenizer (lower-cased razdel tokens), reading the shared token cache."""

    def split(self, text: str, lemmatize: bool = False) -> list[tuple[str, None]]:
        return sentence_tokens(text).model_input  # dostoevsky only reads it
