"""Split decoded text into paragraphs (with a kind) and sentences, keeping character offsets.

Two layouts are recognised: one paragraph a line (as news sites export), and paragraphs separated by blank
lines with hard-wrapped lines inside them. Every span satisfies ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Literal

from razdel import sentenize

Kind = Literal["heading", "body", "source"]

SOURCE_LINE = re.compile(r"^\s*(источник|источники|source|sources)\s*:", re.IGNORECASE)
FINAL_PUNCTUATION = tuple('.!?…:;»"”)')
HEADING_MAX_WORDS = 14
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(slots=True)  # slotted, not frozen: see the note on records in framing/report.py
class Span:
    """A piece of the document: ``text`` is exactly ``document[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Paragraph:
    """A paragraph, what kind it is, and its sentences."""

    position: int  # 1-based place among all paragraphs of the document
    kind: Kind
    span: Span
    sentences: tuple[Span, ...]


def segment(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` with their kinds and razdel sentences, numbered from 1."""
    spans = paragraph_spans(text)
    paragraphs = []
    for number, span in enumerate(spans, start=1):
        kind = paragraph_kind(span.text, is_last=number == len(spans))
        sentences = () if kind == "source" else sentence_spans(span)
        paragraphs.append(Paragraph(position=number, kind=kind, span=span, sentences=sentences))
    return paragraphs


def paragraph_spans(text: str) -> list[Span]:
    """Paragraph spans: blank-line blocks if lines inside blocks are wrapped, else one per line."""
    blocks = _split(text, BLANK_LINE)
    if any(_has_wrapped_lines(block.text) for block in blocks):
        return blocks
    return _split(text, re.compile(r"\n"))


def _split(text: str, separator: re.Pattern[str]) -> list[Span]:
    spans, position = [], 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[position:end]
        left_stripped = piece.lstrip()
        if left_stripped:
            start = end - len(left_stripped)
            stripped = left_stripped.rstrip()
            spans.append(Span(start, start + len(stripped), stripped))
        if match:
            position = match.end()
    return spans


def _has_wrapped_lines(block: str) -> bool:
    """True if a line of the block continues on the next one (it ends mid-sentence, lower-case follows)."""
    lines = [line for line in map(str.strip, block.splitlines()) if line]
    return any(
        not first.endswith(FINAL_PUNCTUATION) and second[0].islower()
        for first, second in itertools.pairwise(lines)
    )


def paragraph_kind(text: str, *, is_last: bool) -> Kind:
    """``source`` for a trailing «Источник: …» line, ``heading`` for a short unpunctuated line, else body."""
    if is_last and SOURCE_LINE.match(text):
        return "source"
    if "\n" not in text and not text.endswith(FINAL_PUNCTUATION) and len(text.split()) <= HEADING_MAX_WORDS:
        return "heading"
    return "body"


def sentence_spans(paragraph: Span) -> tuple[Span, ...]:
    """razdel's sentences of a paragraph, with offsets into the whole document."""
    return tuple(
        Span(paragraph.start + s.start, paragraph.start + s.stop, s.text) for s in sentenize(paragraph.text)
    )


def source_name(paragraph: Span) -> str:
    """What a source line names: «Источник: www.rbc.ru» -> «www.rbc.ru»."""
    return paragraph.text.split(":", 1)[1].strip()
