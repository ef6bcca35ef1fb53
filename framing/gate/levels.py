"""How serious a finding is: suggestion < warning < error (Vale's levels, which CI users know)."""

from __future__ import annotations

from typing import Literal, get_args

Level = Literal["suggestion", "warning", "error"]
LEVELS: tuple[Level, ...] = get_args(Level)
RANK = {level: rank for rank, level in enumerate(LEVELS)}


def at_least(level: Level, threshold: Level) -> bool:
    """Whether ``level`` is ``threshold`` or more serious."""
    return RANK[level] >= RANK[threshold]


def parse_level(value: object, where: str) -> Level:
    """``value`` as a level; a ValueError naming ``where`` otherwise."""
    if value not in LEVELS:
        raise ValueError(f"{where}: level must be one of {', '.join(LEVELS)}, not {value!r}")
    return value  # type: ignore[return-value]  # checked against LEVELS above
