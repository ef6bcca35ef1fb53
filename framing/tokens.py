"""A sentence's razdel tokens, read once and shared by the sentiment model and the lexicon matcher."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from razdel import tokenize

# razdel's tokenizer is a Segmenter whose call is ``find_substrings(segment(split(text)), text)``: the token
# strings, then a Substring object for each. The two steps are called directly, and offsets are found the way
# find_substrings finds them, so no Substring is made for the thousands of tokens of an article.
# tests/test_tokens.py asserts tokens and offsets are razdel's own.
_split, _segment = tokenize.split, tokenize.segment

WORDLIKE = re.compile(r"[^\W_]")  # a token with a letter or digit is a word; the rest is punctuation


class SentenceTokens(NamedTuple):
    """What both readers of a sentence need from its tokens, side by side.

    ``lowered`` is every token lower-cased, exactly as dostoevsky's RegexTokenizer feeds its model. The rest
    describe the words only (punctuation dropped): the normalized forms the lexicon is looked up with
    (lower case, ё as е), and each word's offsets into the sentence. Tuples, not lists: the garbage
    collector stops tracking a tuple of strings and numbers, and the cache holds thousands of these.
    """

    lowered: tuple[str, ...]
    forms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


@lru_cache(maxsize=8192)
def sentence_tokens(text: str) -> SentenceTokens:
    """Tokens of ``text``, in one pass over razdel's tokens; cached, so the second reader gets them free."""
    has_yo = "ё" in text or "Ё" in text
    lowered, forms, starts, ends = [], [], [], []
    find, end = text.find, 0
    for word in _segment(_split(text)):
        start = find(word, end)
        end = start + len(word)
        low = word.lower()
        lowered.append(low)
        if word[0].isalnum() or WORDLIKE.search(word):
            forms.append(low.replace("ё", "е") if has_yo else low)
            starts.append(start)
            ends.append(end)
    return SentenceTokens(tuple(lowered), tuple(forms), tuple(starts), tuple(ends))


def word_count(text: str) -> int:
    """How many words (tokens with a letter or digit) ``text`` has: what densities count."""
    return len(sentence_tokens(text).forms)
