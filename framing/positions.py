"""Line and column of a character offset, through one index of the text's line starts (no rescanning)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

#: What a column counts: characters (code points), UTF-16 code units (SARIF's default), UTF-8 bytes
#: (reviewdog's).
Unit = Literal["character", "utf-16", "utf-8"]

LINE_BREAK = re.compile(r"\r\n?|\n")  # CRLF, CR and LF all end a line


class LineIndex:
    """Where each line of a text starts, so any offset's line:column is a binary search away."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
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

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def column(self, offset: int, unit: Unit = "character") -> int:
        """1-based column of ``offset`` on its line, counted in ``unit``."""
        before = self.text[self.starts[self.line(offset) - 1] : offset]
        if unit == "utf-16":
            return len(before.encode("utf-16-le")) // 2 + 1
        if unit == "utf-8":
            return len(before.encode("utf-8")) + 1
        return len(before) + 1
