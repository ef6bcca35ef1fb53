"""Direct quotations: spans of text the article attributes to someone else's words.

A media-literacy class asks who speaks: evaluative words inside a quotation are the speaker's, not the
author's. A quotation is text between paired quotation marks («…», “…”, „…“, "…") that runs to at least
MIN_WORDS words; shorter quoted runs are names and titles («Газпром», «Единая Россия»), not speech.
"""

from __future__ import annotations

import re

MIN_WORDS = 5
PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
WORD = re.compile(r"\w+")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in ``text``, outermost only; unbalanced marks are ignored."""
    spans, position = [], 0
    while position < len(text):
        opening = text[position]
        if opening not in PAIRS:
            position += 1
            continue
        end = _closing(text, position, opening, PAIRS[opening])
        if end is None:
            position += 1
            continue
        if len(WORD.findall(text, position, end)) >= MIN_WORDS:
            spans.append((position, end + 1))
        position = end + 1
    return spans


def _closing(text: str, start: int, opening: str, closing: str) -> int | None:
    """Index of the mark closing the one at ``start`` (same-kind marks may nest, as «…«…»…» does)."""
    depth = 0
    for index in range(start + 1, len(text)):
        char = text[index]
        if char == "\n":
            return None  # a quotation does not run past its paragraph
        if char == closing and depth == 0:
            return index
        if char == closing:
            depth -= 1
        elif char == opening and opening != closing:
            depth += 1
    return None
