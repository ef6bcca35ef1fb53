"""The check verdict's limits: validated, so a nonsense threshold cannot switch the gate off."""

from __future__ import annotations

import pytest

from framing import FramingError, Limits


@pytest.mark.parametrize(
    ("density", "tone", "error"),
    [
        (-1, None, "--max-density -1: give a finite number"),
        (float("nan"), None, "--max-density nan: give a finite number"),
        (float("inf"), None, "--max-density inf: give a finite number"),
        (10, 5, "--max-tone 5: give a tone limit between 0 and 1"),
        (10, -0.1, "--max-tone -0.1: give a tone limit between 0 and 1"),
    ],
)
def test_nonsense_limits_are_refused(density: float, tone: float | None, error: str) -> None:
    with pytest.raises(FramingError, match="^" + error):
        Limits(density, tone)


@pytest.mark.parametrize(("density", "tone"), [(0, None), (10, 0), (2.5, 1), (100, 0.3)])
def test_sensible_limits_are_kept(density: float, tone: float | None) -> None:
    assert Limits(density, tone) == Limits(max_density=density, max_tone=tone)
