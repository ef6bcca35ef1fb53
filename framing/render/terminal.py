"""Terminal views that fit the screen (rich): the report table and the coloured, marked article.

The table has wrapped columns on a wide screen and one block per paragraph below NARROW columns; no line is
longer than the width. Colour follows the category families (framing/render/families.py), with a legend.
Every piece of text is a rich ``Text``, never markup, so brackets in an article are printed as they are.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from framing.glossary import name
from framing.language import Lang, tr
from framing.lexicon import Flag
from framing.render.families import Family, families_used, family_of
from framing.render.summary import label_name, paragraph_number, signed, summary_items
from framing.render.text import paragraph_heading, printable, regions
from framing.report import ParagraphReport, Report

NARROW = 100  # below this many columns the table becomes one block per paragraph
PHRASES_MIN = 30  # columns the flagged phrases keep before technique names are broken


def terminal_width() -> int:
    """COLUMNS when set, else the terminal's width, else 80."""
    return shutil.get_terminal_size((80, 24)).columns


def render_to_string(renderables: Iterable[RenderableType], width: int, color: bool) -> str:
    """Print ``renderables`` on a console ``width`` columns wide; ANSI colour only when ``color``."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )
    for renderable in renderables:
        console.print(renderable)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _style(family: Family, color: bool) -> str:
    return family.terminal if color else ""


def phrase(flag: Flag, lang: Lang, color: bool) -> Text:
    """«phrase» [category], a negator/downtoner and a quotation noted; the phrase in its family's colour."""
    text = Text()
    text.append(f"«{printable(flag.text)}»", style=_style(family_of(flag.category), color))
    text.append(f" [{name('category', flag.category, lang)}]")
    if flag.modifier:
        text.append(f" ({flag.modifier}: {flag.modifier_text})")
    if flag.quoted:
        text.append(f" ({tr('quoted_short', lang)})")
    return text


def _techniques(report: Report, paragraph: ParagraphReport, lang: Lang) -> list[str]:
    return [f"{name('technique', t, lang)} {n}" for t, n in paragraph.techniques.most_common()]


def legend(categories: Iterable[str], lang: Lang, color: bool) -> Text:
    """One line per family in use: its colour, its name and the categories it holds."""
    counts: dict[str, int] = {}
    for category in categories:
        counts[category] = counts.get(category, 0) + 1
    text = Text(tr("legend", lang) + ":")
    for family in families_used(list(counts)):
        members = ", ".join(name("category", c, lang) for c in counts if family_of(c) is family)
        text.append("\n  ")
        text.append("■■" if color else "--", style=_style(family, color))
        text.append(" ")
        text.append(name("family", family.id, lang), style=_style(family, color))
        text.append(f": {members}")
    return text


def summary_grid(report: Report, lang: Lang) -> Table:
    """The summary with a hanging indent: labels in one column, values wrapped in the other."""
    items = summary_items(report.summary, lang)
    width = max(14, *(len(label) + 2 for label, _ in items))
    grid = Table.grid()
    grid.add_column(width=width, no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in items:
        grid.add_row(Text(label + ":"), Text(value))
    return grid


def _wide_table(report: Report, lang: Lang, color: bool, width: int) -> Table:
    """Six columns (the kind is in the number: H a heading, S the source line; the label under the tone).
    Flagged phrases and techniques wrap in the width left by the others; techniques keep their names whole
    when that leaves the phrases PHRASES_MIN columns."""
    table = Table(box=box.SQUARE, show_lines=True, header_style="bold" if color else "")
    rows = [
        (
            paragraph_number(p),
            "" if p.kind == "source" else str(len(p.sentences)),
            f"{signed(p.tone)}\n{label_name(p.label, lang)}".strip(),
            "" if p.kind == "source" else f"{p.flags_per_100_words:.1f}",
            Text(printable(p.span.text))
            if p.kind == "source"
            else Text("\n").join(phrase(f, lang, color) for f in p.flags),
            Text("\n".join(_techniques(report, p, lang))),
        )
        for p in report.paragraphs
    ]
    headers = [tr(key, lang) for key in ("col_number", "col_sentences", "col_tone", "col_density")]
    fixed = [
        max(len(headers[i]), *(len(line) for row in rows for line in row[i].split("\n"))) for i in range(4)
    ]
    room = width - sum(fixed) - 3 * 6 - 1  # three columns of border and padding around each of six cells
    longest = [
        max(len(tr(key, lang)), *(len(line) for row in rows for line in row[i].plain.split("\n")))
        for i, key in ((4, "col_phrases"), (5, "col_techniques"))
    ]
    techniques = min(longest[1], max(12, room - PHRASES_MIN))
    phrases = max(1, min(longest[0], room - techniques))
    for header, size in zip(headers, fixed, strict=True):
        table.add_column(header, no_wrap=True, width=size)
    table.add_column(tr("col_phrases", lang), overflow="fold", width=phrases)
    table.add_column(tr("col_techniques", lang), overflow="fold", width=techniques)
    for row in rows:
        table.add_row(*row)
    return table


def _blocks(report: Report, lang: Lang, color: bool) -> list[RenderableType]:
    blocks: list[RenderableType] = []
    for p in report.paragraphs:
        lines: list[RenderableType] = [
            Text("── " + paragraph_heading(p, lang), style="bold" if color else "")
        ]
        if p.kind == "source":
            lines.append(Padding(Text(printable(p.span.text)), (0, 0, 0, 3)))
        lines += [Padding(phrase(f, lang, color), (0, 0, 0, 3)) for f in p.flags]
        techniques = _techniques(report, p, lang)
        if techniques:
            lines.append(
                Padding(Text(f"{tr('col_techniques', lang)}: {', '.join(techniques)}"), (0, 0, 0, 3))
            )
        blocks.append(Group(*lines, Text("")))
    return blocks


def render_table(report: Report, lang: Lang = "en", width: int | None = None, color: bool = False) -> str:
    """The per-paragraph report fitted to ``width`` columns, then the legend (in colour) and the summary."""
    width = width or terminal_width()
    body: list[RenderableType] = (
        [_wide_table(report, lang, color, width), Text("")]
        if width >= NARROW
        else _blocks(report, lang, color)
    )
    if color and report.flags:
        body += [legend([f.category for f in report.flags], lang, color), Text("")]
    return render_to_string([*body, summary_grid(report, lang)], width, color)


def marked(report: Report, paragraph: ParagraphReport, numbered: list[tuple[int, Flag]], color: bool) -> Text:
    """The paragraph's text with each flagged region coloured by family (or bracketed) and numbered."""
    text = report.document.text
    by_number = dict(numbered)
    result, position = Text(), paragraph.span.start
    for start, end, numbers in regions(numbered):
        result.append(printable(text[position:start]))
        family = family_of(by_number[numbers[0]].category)
        region = printable(text[start:end])
        result.append(region if color else f"[{region}]", style=_style(family, color))
        result.append("{" + ",".join(map(str, numbers)) + "}", style="dim" if color else "")
        position = end
    result.append(printable(text[position : paragraph.span.end]))
    return result


def explanation(number: int, flag: Flag, lang: Lang, color: bool) -> Text:
    """``{12} «особой симпатии» — exclusivity: why it frames → neutral wording``."""
    family = family_of(flag.category)
    text = Text(f"{{{number}}} ", style="dim" if color else "")
    text.append(f"«{printable(flag.text)}»", style=_style(family, color))
    if flag.modifier:
        text.append(f" ({tr(f'modifier_{flag.modifier}', lang, text=flag.modifier_text or '')})")
    if flag.quoted:
        text.append(f" [{tr('quoted', lang)}]")
    text.append(" — ")
    text.append(name("category", flag.category, lang), style=_style(family, color))
    text.append(f": {flag.explanation}")
    if flag.neutral:
        text.append(f" → {'; '.join(flag.neutral)}")
    return text


def render_marked(report: Report, lang: Lang = "en", width: int | None = None, color: bool = True) -> str:
    """The article, paragraph by paragraph, coloured and wrapped to the width; then legend and summary."""
    width = width or terminal_width()
    body: list[RenderableType] = []
    number = 0
    for paragraph in report.paragraphs:
        numbered = [(number + i, flag) for i, flag in enumerate(paragraph.flags, start=1)]
        number += len(numbered)
        body.append(Text("── " + paragraph_heading(paragraph, lang), style="bold" if color else ""))
        body.append(marked(report, paragraph, numbered, color))
        body += [Padding(explanation(n, f, lang, color), (0, 0, 0, 3)) for n, f in numbered]
        body.append(Text(""))
    if report.flags:
        body += [legend([f.category for f in report.flags], lang, color), Text("")]
    return render_to_string([*body, summary_grid(report, lang)], width, color)
