"""What a check reports: a document's flags and document rules as findings, each with a level.

A flag is a finding of its lexicon category's level, unless a directive switched the category off at its
place or (with ``skip-quoted``) it lies inside a direct quotation. Document rules (density, tone,
unattributed claims, repetition) are findings too, each with its own level and threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from framing.gate.config import Settings
from framing.gate.levels import Level
from framing.markup import Directive, silenced
from framing.report import Summary
from framing.verdict import density_problem, tone_problem

WHOLE_FILE = (0, 0)  # a document rule's place: the start of the file


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the gate reports, with offsets into the checked file's text."""

    rule: str  # the lexicon entry's rule id (``category:pattern``) or ``document:<rule>``
    category: str  # the lexicon category, or the document rule's name (what levels are set for)
    level: Level
    message: str  # one line
    start: int
    end: int
    text: str  # the flagged words; empty for a document rule
    neutral: tuple[str, ...] = ()


def findings(
    summary: Summary, settings: Settings, directives: list[Directive], original: str
) -> list[Finding]:
    """The findings of a document under ``settings``, in text order (document rules first); ``original`` is
    the file's text before markup was masked (the flags' offsets point into both)."""
    found = _document_findings(summary, settings)
    for flag in summary.flags:
        if (settings.skip_quoted and flag.quoted) or silenced(directives, flag.start, flag.category):
            continue
        modifier = f" ({flag.modifier} by «{flag.modifier_text}»)" if flag.modifier else ""
        quoted = " (in a quotation)" if flag.quoted else ""
        text = original[flag.start : flag.end]
        found.append(
            Finding(
                rule=flag.rule,
                category=flag.category,
                level=settings.level(flag.category),
                message=f"«{text}»{modifier}{quoted}: {flag.explanation}",
                start=flag.start,
                end=flag.end,
                text=text,
                neutral=flag.neutral,
            )
        )
    return found


def _document_findings(summary: Summary, settings: Settings) -> list[Finding]:
    found = []

    def add(rule: str, message: str, place: tuple[int, int] = WHOLE_FILE) -> None:
        found.append(Finding(f"document:{rule}", rule, settings.level(rule), message, *place, text=""))

    if problem := density_problem(summary.flags_per_100_words, settings.max_density):
        add("density", problem)
    if problem := tone_problem(summary.tone, settings.max_tone):
        add("tone", problem)
    unattributed = summary.unattributed
    if settings.max_unattributed is not None and len(unattributed) > settings.max_unattributed:
        add(
            "unattributed",
            f"{len(unattributed)} unattributed claims > {settings.max_unattributed}",
            (unattributed[0].start, unattributed[0].end),
        )
    if settings.max_repeats is not None:
        for repetition in summary.repetitions:
            if len(repetition.places) > settings.max_repeats:
                start, end, _ = repetition.places[0]
                add(
                    "repetition",
                    f"«{repetition.lemma}» repeated {len(repetition.places)} times > {settings.max_repeats}",
                    (start, end),
                )
    return found
