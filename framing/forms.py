"""The form of the text analysis reads: NFC, every line break a ``\\n``; and the way back to the original.

Text arrives decomposed (NFD: «й» as «и» + U+0306, as macOS file names and some CMSs write it) and with
``\\r`` or ``\\r\\n`` line ends. The lexicon's forms are composed and segmentation splits on ``\\n``, so the
analysis reads a normalised copy; every offset it finds is then mapped back, so that a report's offsets
index the text as the user gave it (``original[start:end] == span.text``).

Ordinary text (already NFC, no lone ``\\r``) costs two C-speed scans and no copy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

LONE_CR = re.compile(r"\r(?!\n)")
NON_SPACE = re.compile(r"\S+")  # NFC never composes across white space, so words normalise one at a time


class OffsetMap:
    """Offsets of the analysed (NFC) text back to the original, through the pieces normalisation changed."""

    __slots__ = ("analysed", "original")

    def __init__(self, analysed: list[int], original: list[int]) -> None:
        # Pairs of points per changed piece: (its start, its end) in each text; in between, lengths agree.
        self.analysed, self.original = analysed, original

    def start(self, offset: int) -> int:
        """The original offset of an analysed start offset (inside a changed piece: the piece's start)."""
        index = bisect_right(self.analysed, offset) - 1
        if index < 0:
            return offset
        if index % 2 == 0:  # at or inside a changed piece
            return self.original[index]
        return self.original[index] + offset - self.analysed[index]

    def end(self, offset: int) -> int:
        """The original offset of an analysed end offset (inside a changed piece: the piece's end)."""
        index = bisect_right(self.analysed, offset) - 1
        if index < 0:
            return offset
        if index % 2 == 0 and offset > self.analysed[index]:
            return self.original[index + 1]
        if index % 2 == 0:
            return self.original[index]
        return self.original[index] + offset - self.analysed[index]


def analysis_form(text: str) -> tuple[str, OffsetMap | None]:
    """The text analysis reads, and the map of its offsets back to ``text`` (None: offsets are the same)."""
    offsets = None
    if not unicodedata.is_normalized("NFC", text):
        text, offsets = _nfc(text)
    if "\r" in text:
        text = LONE_CR.sub("\n", text)  # same length: offsets unchanged
    return text, offsets


def _nfc(text: str) -> tuple[str, OffsetMap]:
    pieces: list[str] = []
    analysed_points: list[int] = []
    original_points: list[int] = []
    copied = 0  # original offset up to which text is in ``pieces``
    length = 0  # length of the analysed text in ``pieces``
    for word in NON_SPACE.finditer(text):
        if unicodedata.is_normalized("NFC", word.group()):
            continue
        for start, end in _changed_pieces(word.group(), word.start()):
            piece = unicodedata.normalize("NFC", text[start:end])
            pieces.append(text[copied:start])
            length += start - copied
            analysed_points += [length, length + len(piece)]
            original_points += [start, end]
            pieces.append(piece)
            length += len(piece)
            copied = end
    pieces.append(text[copied:])
    return "".join(pieces), OffsetMap(analysed_points, original_points)


def _changed_pieces(word: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of the clusters (a character and its combining marks) normalisation changes; the whole
    word when clusters do not normalise on their own (Hangul jamo, say)."""
    clusters, start = [], 0
    for index in range(1, len(word) + 1):
        if index == len(word) or not unicodedata.combining(word[index]):
            clusters.append((start, index))
            start = index
    normalised = [unicodedata.normalize("NFC", word[a:b]) for a, b in clusters]
    if "".join(normalised) != unicodedata.normalize("NFC", word):
        return [(offset, offset + len(word))]
    return [
        (offset + a, offset + b)
        for (a, b), piece in zip(clusters, normalised, strict=True)
        if piece != word[a:b]
    ]
