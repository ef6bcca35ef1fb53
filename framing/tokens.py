"""razdel tokens of a sentence, computed once and shared by the sentiment model and the lexicon matcher."""

from __future__ import annotations

from functools import lru_cache

from dostoevsky.tokenization import RegexTokenizer
from razdel import tokenize
from razdel.substring import Substring


@lru_cache(maxsize=8192)
def sentence_tokens(text: str) -> tuple[Substring, ...]:
    """razdel tokens of ``text`` (offsets relative to it); cached, so its second reader gets them free."""
    return tuple(tokenize(text))


class SharedRegexTokenizer(RegexTokenizer):
    """dostoevsky's RegexTokenizer (lower-cased razdel tokens), reading the shared token cache."""

    def split(self, text: str, lemmatize: bool = False) -> list[tuple[str, None]]:
        return [(token.text.lower(), None) for token in sentence_tokens(text)]
