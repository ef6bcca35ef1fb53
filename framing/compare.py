"""`framing compare`: what two reports of the same news differ in, read from the two Reports alone.

Paragraphs are paired by their body number (headings apart, in order), so a rewrite with fewer paragraphs
leaves the other side empty rather than shifting everything.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import zip_longest

from framing.report import ParagraphReport, Report

SAME_TONE = 0.05  # tones closer than this read the same


@dataclass(frozen=True)
class Row:
    """One pair of paragraphs: the same place in either text (None where a text has no such paragraph)."""

    name: str  # "¶3", or "H1" for the first heading
    a: ParagraphReport | None
    b: ParagraphReport | None


@dataclass(frozen=True)
class Comparison:
    """Two reports side by side, and what one uses that the other does not."""

    a: Report
    b: Report
    rows: tuple[Row, ...]
    categories_only: tuple[Counter[str], Counter[str]]
    phrases_only: tuple[tuple[str, ...], tuple[str, ...]]
    techniques_only: tuple[Counter[str], Counter[str]]

    @property
    def tone_difference(self) -> float:
        return self.a.tone - self.b.tone

    @property
    def density_ratio(self) -> float | None:
        """How many times as many flags per 100 words A carries as B (None when B has none)."""
        b = self.b.summary.flags_per_100_words
        return self.a.summary.flags_per_100_words / b if b else None


def _pairs(a: Report, b: Report) -> list[Row]:
    def places(report: Report) -> dict[str, ParagraphReport]:
        named, headings = {}, 0
        for p in report.analysed:
            if p.index is None:
                headings += 1
                named[f"H{headings}"] = p
            else:
                named[f"¶{p.index}"] = p
        return named

    first, second = places(a), places(b)
    order = list(dict.fromkeys(name for pair in zip_longest(first, second) for name in pair if name))
    return [Row(name, first.get(name), second.get(name)) for name in order]


def _phrases(report: Report) -> dict[str, str]:
    """Flagged phrases by the lexicon entry that flagged them, so «стратегическое партнерство» and
    «стратегическому партнерству» are one phrase; the first spelling is kept."""
    found: dict[str, str] = {}
    for flag in report.flags:
        found.setdefault(flag.rule, flag.text)
    return found


def _only(first: Counter[str], second: Counter[str]) -> Counter[str]:
    return Counter({key: n for key, n in first.most_common() if key not in second})


def compare(a: Report, b: Report) -> Comparison:
    """Pair the paragraphs of ``a`` and ``b`` and collect what each uses that the other does not."""
    phrases_a, phrases_b = _phrases(a), _phrases(b)
    return Comparison(
        a=a,
        b=b,
        rows=tuple(_pairs(a, b)),
        categories_only=(
            _only(a.summary.categories, b.summary.categories),
            _only(b.summary.categories, a.summary.categories),
        ),
        phrases_only=(
            tuple(text for key, text in phrases_a.items() if key not in phrases_b),
            tuple(text for key, text in phrases_b.items() if key not in phrases_a),
        ),
        techniques_only=(
            _only(a.summary.techniques, b.summary.techniques),
            _only(b.summary.techniques, a.summary.techniques),
        ),
    )
