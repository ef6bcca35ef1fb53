"""Direct quotations: spans of text the article attributes to someone else's words.

A media-literacy class asks who speaks: evaluative words inside a quotation are the speaker's, not the
author's. A quotation is text between paired quotation marks («…», “…”, „…“, "…") that runs to at least
MIN_WORDS words; shorter quoted runs are names and titles («Газпром», «Единая Россия»), not speech.
A quotation does not run past its paragraph (a line break).
"""

from __future__ import annotations

import re

MIN_WORDS = 5
PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}
MARKS = '«»“”„"'
WORD = re.compile(r"\w+")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in ``text``, outermost only; unbalanced marks are ignored."""
    marks = _marks(text)
    spans, index = [], 0
    while index < len(marks):
        start, opening = marks[index]
        line_end = text.find("\n", start)
        closing = _closing(marks, index, opening, len(text) if line_end == -1 else line_end)
        if opening not in PAIRS or closing is None:
            index += 1
            continue
        end = marks[closing][0] + 1
        if len(WORD.findall(text, start, end)) >= MIN_WORDS:
            spans.append((start, end))
        index = closing + 1
    return spans


def _marks(text: str) -> list[tuple[int, str]]:
    """(offset, mark) of every quotation mark, in text order (str.find per mark: far faster than a regex)."""
    found = []
    for mark in MARKS:
        offset = text.find(mark)
        while offset != -1:
            found.append((offset, mark))
            offset = text.find(mark, offset + 1)
    found.sort()
    return found


def _closing(marks: list[tuple[int, str]], index: int, opening: str, line_end: int) -> int | None:
    """Index in ``marks`` of the mark closing the one at ``index`` before ``line_end`` (same-kind marks may
    nest: «…«…»…»)."""
    closing, depth = PAIRS.get(opening), 0
    for later in range(index + 1, len(marks)):
        offset, char = marks[later]
        if offset > line_end:
            return None
        if char == closing and depth == 0:
            return later
        if char == closing:
            depth -= 1
        elif char == opening and opening != closing:
            depth += 1
    return None
