"""The article itself, paragraph by paragraph, with flagged phrases marked and explained beneath.

This is the view an instructor walks a class through. Overlapping flags are merged into one marked region
followed by the numbers of the flags in it: «[особой симпатии]{12,13}». The document summary follows the
last paragraph. On a terminal, framing/render/terminal.py colours the regions instead of bracketing them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from framing.glossary import name as glossary_name
from framing.language import Lang, plural, tr
from framing.lexicon import Flag
from framing.render.summary import label_name, paragraph_name, signed, summary_lines
from framing.report import ParagraphReport, Report, Summary

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


def marked_text(text: str, paragraph: ParagraphReport, numbered: list[tuple[int, Flag]]) -> str:
    """The paragraph's text with each region bracketed and followed by its flag numbers."""
    pieces, position = [], paragraph.span.start
    for start, end, numbers in regions(numbered):
        label = "{" + ",".join(map(str, numbers)) + "}"
        region = printable(text[start:end])
        pieces.append(printable(text[position:start]))
        pieces.append(f"[{region}]{label}")
        position = end
    pieces.append(printable(text[position : paragraph.span.end]))
    return "".join(pieces)


def paragraph_heading(paragraph: ParagraphReport, lang: Lang = "en") -> str:
    """``¶1 · line 2 · 3 sentences · tone +0.98 (positive) · 25.0 flags/100 words``; the source line is
    ``source (line 11)``."""
    name = paragraph_name(paragraph, lang)
    if paragraph.kind == "source":
        return f"{name} ({tr('line_at', lang, line=paragraph.line)})"
    tone = f"{tr('tone', lang)} {signed(paragraph.tone)} ({label_name(paragraph.label, lang)})"
    return (
        f"{name} · {tr('line_at', lang, line=paragraph.line)} · "
        f"{plural(len(paragraph.sentences), lang, 'n_sentences')} · {tone} · "
        f"{paragraph.flags_per_100_words:.1f} {tr('per_100', lang)}"
    )


def _explanation(number: int, flag: Flag, lang: Lang) -> str:
    neutral = f" → {'; '.join(flag.neutral)}" if flag.neutral else ""
    modifier = (
        f" ({tr(f'modifier_{flag.modifier}', lang, text=flag.modifier_text or '')})" if flag.modifier else ""
    )
    quoted = f" [{tr('quoted', lang)}]" if flag.quoted else ""
    category = glossary_name("category", flag.category, lang)
    shown = printable(flag.text)
    return f"   {{{number}}} «{shown}»{modifier}{quoted} — {category}: {flag.explanation}{neutral}"


def render_text(report: Report, lang: Lang = "en") -> str:
    """Every paragraph: a heading line, the marked text, then one line per flag; the summary at the end.

    Plain markers only; the coloured view for a terminal is framing/render/terminal.py."""
    return "".join(render_text_stream([*report.paragraphs, report.summary], report.document.text, lang))


def render_text_stream(
    items: Iterable[ParagraphReport | Summary], text: str, lang: Lang = "en"
) -> Iterator[str]:
    """``render_text`` piece by piece, as a stream (framing/stream.py) makes the report: each paragraph's
    block (flags numbered through the article), then the summary. ``text`` is the document's."""
    number = 0
    for item in items:
        if isinstance(item, Summary):
            yield "\n".join(summary_lines(item, lang)) + "\n"
            continue
        numbered = [(number + i, flag) for i, flag in enumerate(item.flags, start=1)]
        number += len(numbered)
        lines = ["── " + paragraph_heading(item, lang), marked_text(text, item, numbered)]
        lines += [_explanation(n, flag, lang) for n, flag in numbered]
        yield "\n".join(lines) + "\n\n"
