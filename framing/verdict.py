"""The CI gate's verdict on a report: does the document stay within the limits an editor set?"""

from __future__ import annotations

import math
from dataclasses import dataclass

from framing.errors import FramingError
from framing.report import Summary

DEFAULT_MAX_DENSITY = 10.0


@dataclass(frozen=True, slots=True)
class Limits:
    """What a document may reach before it fails: flags per 100 words, and optionally |overall tone|."""

    max_density: float = DEFAULT_MAX_DENSITY
    max_tone: float | None = None

    def __post_init__(self) -> None:
        if not (math.isfinite(self.max_density) and self.max_density >= 0):
            raise FramingError(
                f"--max-density {self.max_density:g}: give a finite number of flags, 0 or more"
            )
        if self.max_tone is not None and not (0 <= self.max_tone <= 1):
            raise FramingError(f"--max-tone {self.max_tone:g}: give a tone limit between 0 and 1")


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a report passed its limits, and why not."""

    name: str  # the document's name
    density: float  # flags per 100 words
    tone: float  # overall tone
    problems: tuple[str, ...]  # one sentence per limit passed; empty when the document passed

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        """One line: the problems, or ``ok (N flags per 100 words)``."""
        return "; ".join(self.problems) or f"ok ({self.density:.1f} flags per 100 words)"


def density_problem(density: float, limit: float) -> str | None:
    """What is wrong with a document's flags per 100 words under ``limit``, if anything (the check's and the
    CI gate's ``density`` rule)."""
    return f"{density:.1f} flags per 100 words > {limit:g}" if density > limit else None


def tone_problem(tone: float, limit: float | None) -> str | None:
    """What is wrong with a document's overall tone under ``limit`` (None: no limit), if anything."""
    return f"overall tone {tone:+.2f} beyond ±{limit:g}" if limit is not None and abs(tone) > limit else None


def judge(summary: Summary, limits: Limits) -> Verdict:
    """The verdict of ``limits`` on a document's summary."""
    density, tone = summary.flags_per_100_words, summary.tone
    found = (density_problem(density, limits.max_density), tone_problem(tone, limits.max_tone))
    return Verdict(summary.document.name, density, tone, tuple(p for p in found if p))
