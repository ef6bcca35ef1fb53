"""The article itself, paragraph by paragraph, with flagged phrases marked and explained beneath.

This is the view an instructor walks a class through. Overlapping flags are merged into one marked region
followed by the numbers of the flags in it: «[особой симпатии]{12,13}». On a terminal, regions are coloured
instead of bracketed.
"""

from __future__ import annotations

import re

from framing.lexicon import Flag
from framing.report import ParagraphReport, Report

BOLD_YELLOW, DIM, RESET = "\033[1;33m", "\033[2m", "\033[0m"
#: Control characters of the article (an escape sequence, a bell, a lone carriage return) that would act on
#: the terminal: shown as ``\x1b`` instead. Tabs and line ends pass.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def printable(text: str) -> str:
    """``text`` with every control character but tab and line ends written as ``\\xNN``."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def regions(flags: list[tuple[int, Flag]]) -> list[tuple[int, int, list[int]]]:
    """Merge overlapping flag spans: (start, end, flag numbers), in text order."""
    merged: list[tuple[int, int, list[int]]] = []
    for number, flag in sorted(flags, key=lambda item: (item[1].start, -item[1].end)):
        if merged and flag.start < merged[-1][1]:
            start, end, numbers = merged[-1]
            merged[-1] = (start, max(end, flag.end), [*numbers, number])
        else:
            merged.append((flag.start, flag.end, [number]))
    return merged


def marked_text(text: str, paragraph: ParagraphReport, numbered: list[tuple[int, Flag]], color: bool) -> str:
    """The paragraph's text with each region bracketed (or coloured) and followed by its flag numbers."""
    pieces, position = [], paragraph.span.start
    for start, end, numbers in regions(numbered):
        label = "{" + ",".join(map(str, numbers)) + "}"
        region = printable(text[start:end])
        pieces.append(printable(text[position:start]))
        pieces.append(f"{BOLD_YELLOW}{region}{RESET}{DIM}{label}{RESET}" if color else f"[{region}]{label}")
        position = end
    pieces.append(printable(text[position : paragraph.span.end]))
    return "".join(pieces)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _heading(paragraph: ParagraphReport) -> str:
    name = f"¶{paragraph.index}" if paragraph.index is not None else paragraph.kind
    if paragraph.kind == "source":
        return f"── {name} (line {paragraph.line})"
    tone = f"tone {paragraph.tone:+.2f} ({paragraph.label})" if paragraph.tone is not None else ""
    return (
        f"── {name} · line {paragraph.line} · {_count(len(paragraph.sentences), 'sentence')} · {tone} · "
        f"{paragraph.flags_per_100_words:.1f} flags/100 words"
    )


def _explanation(number: int, flag: Flag) -> str:
    neutral = f" → {'; '.join(flag.neutral)}" if flag.neutral else ""
    modifier = f" ({flag.modifier} by «{flag.modifier_text}»)" if flag.modifier else ""
    quoted = " [in a quotation: the speaker's words]" if flag.quoted else ""
    shown = printable(flag.text)
    return f"   {{{number}}} «{shown}»{modifier}{quoted} — {flag.category}: {flag.explanation}{neutral}"


def render_text(report: Report, color: bool = False) -> str:
    """Every paragraph: a heading line, the marked text, then one line per flag."""
    text, blocks, number = report.document.text, [], 0
    for paragraph in report.paragraphs:
        numbered = [(number + i, flag) for i, flag in enumerate(paragraph.flags, start=1)]
        number += len(numbered)
        lines = [_heading(paragraph), marked_text(text, paragraph, numbered, color)]
        lines += [_explanation(n, flag) for n, flag in numbered]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
