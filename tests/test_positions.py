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
