"""Line and column of a character offset, through one index of the text's line starts (no rescanning)."""

from __future__ import annotations

import re
from bisect import bisect_right

LINE_BREAK = re.compile(r"\r\n?|\n")  # CRLF, CR and LF all end a line


class LineIndex:
    """Where each line of a text starts, so any offset's line:column is a binary search away."""

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        if "\r" in text:
            self.starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
            return
        starts, at = [0], text.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self.starts = starts

    def line(self, offset: int) -> int:
        """1-based line of ``offset``."""
        return bisect_right(self.starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of ``offset``."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1
