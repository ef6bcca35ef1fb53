"""The summary lines every view shares: how a tone is written."""

from __future__ import annotations

import pytest

from framing.render.summary import signed


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0.8399, "+0.84"), (-0.27, "-0.27"), (0.0, "+0.00"), (-0.0, "+0.00"), (-0.004, "+0.00"), (None, "")],
)
def test_signed_tone(value: float | None, shown: str) -> None:
    assert signed(value) == shown
