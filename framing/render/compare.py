"""`framing compare` as text (fitted to the terminal) and as one HTML page with both articles side by side."""

from __future__ import annotations

from collections import Counter
from html import escape

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from framing.compare import SAME_TONE, Comparison
from framing.glossary import name
from framing.language import Lang, tr
from framing.render.summary import signed
from framing.render.terminal import render_to_string, terminal_width
from framing.report import ParagraphReport


def verdict(comparison: Comparison, lang: Lang) -> str:
    """The overall difference in one line a class can discuss."""
    a, b = comparison.a, comparison.b
    difference = comparison.tone_difference
    same = abs(difference) < SAME_TONE
    direction = "" if same else tr("compare_warmer" if difference > 0 else "compare_colder", lang)
    ratio = comparison.density_ratio
    if ratio is None:
        ratio_text = tr("compare_ratio_none", lang, name=b.document.name)
    elif 0 < ratio < 1:
        ratio_text = tr("compare_ratio_fewer", lang, ratio=f"{1 / ratio:.1f}")
    else:
        ratio_text = tr("compare_ratio", lang, ratio=f"{ratio:.1f}")
    return tr(
        "compare_verdict_same" if same else "compare_verdict",
        lang,
        a=a.document.name,
        b=b.document.name,
        direction=direction,
        tone_a=signed(a.tone),
        tone_b=signed(b.tone),
        density_a=f"{a.summary.flags_per_100_words:.1f}",
        density_b=f"{b.summary.flags_per_100_words:.1f}",
        ratio=ratio_text,
    )


def _cell(paragraph: ParagraphReport | None, lang: Lang) -> tuple[str, str]:
    if paragraph is None:
        return tr("compare_missing", lang), ""
    return signed(paragraph.tone), f"{paragraph.flags_per_100_words:.1f}"


def _counts(counter: Counter[str], kind: str, lang: Lang) -> str:
    return ", ".join(f"{name(kind, key, lang)} {n}" for key, n in counter.most_common()) or tr(
        "compare_nothing", lang
    )


def _differences(comparison: Comparison, lang: Lang) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per text, what only it uses: categories, phrases and techniques."""
    sides = []
    for side, report in enumerate((comparison.a, comparison.b)):
        phrases = ", ".join(f"«{p}»" for p in comparison.phrases_only[side]) or tr("compare_nothing", lang)
        sides.append(
            (
                tr("compare_only_in", lang, name=report.document.name),
                [
                    (
                        tr("compare_categories", lang),
                        _counts(comparison.categories_only[side], "category", lang),
                    ),
                    (tr("compare_phrases", lang), phrases),
                    (
                        tr("compare_techniques", lang),
                        _counts(comparison.techniques_only[side], "technique", lang),
                    ),
                ],
            )
        )
    return sides


def render_compare_text(
    comparison: Comparison, lang: Lang = "en", width: int | None = None, color: bool = False
) -> str:
    """Tone and flag density per paragraph side by side, overall figures, what each uses alone, and the
    verdict."""
    a, b = comparison.a, comparison.b
    table = Table(box=box.SIMPLE_HEAD, header_style="bold" if color else "", pad_edge=False)
    table.add_column("", no_wrap=True)
    for side in ("A", "B"):
        table.add_column(f"{side} {tr('compare_tone', lang)}", justify="right", overflow="fold")
        table.add_column(f"{side} {tr('compare_density', lang)}", justify="right", overflow="fold")
    for row in comparison.rows:
        table.add_row(row.name, *_cell(row.a, lang), *_cell(row.b, lang))
    table.add_section()
    table.add_row(
        tr("compare_overall", lang),
        signed(a.tone),
        f"{a.summary.flags_per_100_words:.1f}",
        signed(b.tone),
        f"{b.summary.flags_per_100_words:.1f}",
    )
    body: list[RenderableType] = [Text(f"A: {a.document.name}\nB: {b.document.name}"), table]
    for title, facts in _differences(comparison, lang):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in facts:
            grid.add_row(Text(f"  {label}:"), Text(value))
        body += [Text(title + ":", style="bold" if color else ""), grid, Text("")]
    body.append(Text(verdict(comparison, lang), style="bold" if color else ""))
    return render_to_string(body, width or terminal_width(), color)


def render_compare_html(comparison: Comparison, lang: Lang = "en") -> str:
    """One self-contained page: the two articles in two columns, paragraph by paragraph, with the tone and
    density of each, what each uses alone, and the verdict."""
    from framing.render.html import POLICY, SCRIPT, STYLE, explained, family_css, legend_html, marked_html

    a, b = comparison.a, comparison.b
    rows, number = [], 0  # flag numbers run on through the page: each names one tooltip
    for row in comparison.rows:
        cells = []
        for report, paragraph in ((a, row.a), (b, row.b)):
            if paragraph is None:
                cells.append('<td class="empty">—</td>')
                continue
            meta = (
                f"{row.name} · {tr('tone', lang)} {signed(paragraph.tone)} · "
                f"{paragraph.flags_per_100_words:.1f} {tr('per_100', lang)}"
            )
            css = "heading" if paragraph.kind == "heading" else "body"
            numbered = [(number + i, flag) for i, flag in enumerate(explained(paragraph), start=1)]
            number += len(numbered)
            cells.append(
                f'<td class="{css}"><div class="meta">{escape(meta)}</div>'
                f"<p>{marked_html(report, paragraph, numbered, lang)}</p></td>"
            )
        rows.append(f"<tr>{''.join(cells)}</tr>")
    differences = "".join(
        f'<section><h2>{escape(title)}</h2><dl class="summary">'
        + "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in facts)
        + "</dl></section>"
        for title, facts in _differences(comparison, lang)
    )
    heads = "".join(
        f'<th>{escape(r.document.name)}<br><span class="meta">{escape(tr("compare_tone", lang))} '
        f"{signed(r.tone)} · {r.summary.flags_per_100_words:.1f} {escape(tr('per_100', lang))}</span></th>"
        for r in (a, b)
    )
    title = escape(f"{tr('compare_title', lang)}: {a.document.name} — {b.document.name}")
    extra = (
        "table.sides { width: 100%; border-collapse: collapse; table-layout: fixed; }\n"
        "table.sides td, table.sides th { vertical-align: top; padding: .4rem .6rem; text-align: left;\n"
        "  border-top: 1px solid var(--rule); overflow-wrap: anywhere; }\n"
        "table.sides td.heading p { font-weight: bold; }\n"
        ".verdict { font-size: 1.2rem; font-weight: bold; padding: .6rem .8rem;\n"
        "  border-left: .3rem solid #1a56db; }\n"
        "body { max-width: 80rem; }\n"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{STYLE}{family_css()}{extra}</style>\n</head>\n<body>\n"
        f"<h1>{escape(tr('compare_title', lang))}</h1>\n"
        f'<p class="verdict">{escape(verdict(comparison, lang))}</p>\n'
        f"{legend_html(a.summary.categories + b.summary.categories, lang)}\n"
        f'<table class="sides"><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>\n'
        f"{differences}\n<footer>{escape(tr('html_made_by', lang))}</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
