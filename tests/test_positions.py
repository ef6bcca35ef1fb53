"""Line and column of an offset, through one index of line starts."""

from __future__ import annotations

import pytest

from framing.positions import LineIndex


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("abc", 0, (1, 1)),
        ("abc\ndef", 4, (2, 1)),
        ("abc\ndef", 6, (2, 3)),
        ("abc\ndef", 3, (1, 4)),  # the line break itself ends its line
        ("abc\ndef", 7, (2, 4)),  # the end of the text
        ("\nПрезидент", 1, (2, 1)),
        ("a\n\n\nb", 4, (4, 1)),
    ],
)
def test_position(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert LineIndex(text).position(offset) == expected
    assert LineIndex(text).line(offset) == expected[0]


@pytest.mark.parametrize(
    ("text", "offset", "columns"),
    [
        ("Отмечается, что", 12, (13, 13, 23)),  # Cyrillic: one UTF-16 unit, two UTF-8 bytes a letter
        ("a𐐀b", 2, (3, 4, 6)),  # reviewdog's example: 𐐀 is two UTF-16 units and four bytes
        ("первая\r\nвторая", 12, (5, 5, 9)),  # CRLF: the next line starts after the \n
    ],
)
def test_columns_in_each_unit(text: str, offset: int, columns: tuple[int, int, int]) -> None:
    index = LineIndex(text)
    assert tuple(index.column(offset, unit) for unit in ("character", "utf-16", "utf-8")) == columns


def test_line_text_drops_the_line_break() -> None:
    index = LineIndex("первая\r\nвторая\nтретья")
    assert [index.line_text(n) for n in (1, 2, 3)] == ["первая", "вторая", "третья"]
