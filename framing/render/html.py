"""One self-contained HTML page for the projector and the handout.

The article with every flagged phrase lit in its family's colour; the explanation shows on hover, and on
click or tap (the phrase takes focus); a tone-per-paragraph chart as inline SVG; the legend and the summary.
Nothing is fetched: no external scripts, fonts or images. Every piece of the article or of a lexicon is
escaped, and a Content-Security-Policy lets only the page's own small script run (it opens the explanations
for printing), so even text that slipped through could not execute.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape

from framing.glossary import name
from framing.language import Lang, plural, tr
from framing.lexicon import Flag
from framing.render.families import FAMILIES, OTHER, Family, families_used, family_of
from framing.render.summary import label_name, paragraph_name, signed, summary_items
from framing.render.text import regions
from framing.report import ParagraphReport, Report

#: Opens every paragraph's explanations before printing, and closes the ones it opened afterwards.
SCRIPT = (
    "addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details:not([open])'))"
    "{d.open=true;d.dataset.printed='1'}});"
    "addEventListener('afterprint',()=>{for(const d of document.querySelectorAll('details[data-printed]'))"
    "{d.open=false;delete d.dataset.printed}});"
)
SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
POLICY = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{SCRIPT_HASH}'; img-src data:"

STYLE = """
:root { --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d0d0d0; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
  font: 1.15rem/1.65 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.lead { color: var(--muted); margin: 0 0 1rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: .6rem .8rem;
  border: 1px solid var(--rule);
  border-radius: .4rem; font-size: .9rem; margin-bottom: 1rem; }
.legend .item { display: inline-flex; gap: .35rem; align-items: baseline; }
.swatch { display: inline-block; width: 1.6em; border-radius: .2em; text-align: center; }
.chart svg { width: 100%; height: auto; max-width: 44rem; }
.para { margin: 1.2rem 0; padding-top: .4rem; border-top: 1px solid var(--rule); }
.para.heading p { font-weight: bold; }
.para.source p { color: var(--muted); }
.meta { color: var(--muted); font-size: .85rem; }
.para p { margin: .3rem 0; overflow-wrap: anywhere; }
.flagged { position: relative; }
mark { color: inherit; border-radius: .2em; padding: 0 .1em; cursor: help;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark:focus { outline: 3px solid #1a56db; outline-offset: 1px; }
sup { font-size: .65em; color: var(--muted); }
sup .n { padding: 0 .15em; border-radius: .2em; }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; width: min(30rem, 80vw);
  padding: .55rem .7rem; background: #fffef5; color: var(--ink);
  border: 1px solid #999; border-radius: .35rem;
  box-shadow: 0 .2rem .8rem rgba(0,0,0,.25); font-size: .9rem; line-height: 1.45; font-weight: normal; }
.flagged:hover .tip, .flagged:focus-within .tip { display: block; }
.tip .one { display: block; }
.tip .one + .one { margin-top: .45rem; padding-top: .45rem; border-top: 1px dotted #bbb; }
.cat { font-size: .8rem; padding: 0 .3em; border-radius: .2em; white-space: nowrap; }
.neutral, .techs { display: block; color: var(--muted); }
details.notes { font-size: .92rem; }
details.notes summary { cursor: pointer; color: var(--muted); }
details.notes li { margin: .2rem 0; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .95rem; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .hint, .tip { display: none !important; }
  mark, .swatch, .cat, sup .n { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .para { break-inside: avoid-page; }
  details.notes summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
"""


def family_css() -> str:
    """One class per family: background for the highlight, and an underline style that survives greyscale."""
    return "".join(
        f".fam-{f.id} {{ background-color: {f.html}; text-decoration-style: {f.underline}; }}\n"
        for f in (*FAMILIES, OTHER)
    )


def region_style(families: list[Family]) -> str:
    """A region several families flag is striped with each of their colours."""
    if len(families) < 2:
        return ""
    step = 100 / len(families)
    stops = ", ".join(f"{f.html} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, f in enumerate(families))
    return f' style="background: linear-gradient(to bottom, {stops})"'


def _category_badge(category: str, lang: Lang) -> str:
    family = family_of(category)
    return (
        f'<span class="cat fam-{family.id}">{escape(name("category", category, lang))}'
        f" · {escape(name('family', family.id, lang))}</span>"
    )


def explanation_html(number: int, flag: Flag, lang: Lang) -> str:
    """What one flag says: phrase, category, why it frames, neutral wording and techniques (escaped)."""
    notes = []
    if flag.modifier:
        notes.append(tr(f"modifier_{flag.modifier}", lang, text=flag.modifier_text or ""))
    if flag.quoted:
        notes.append(tr("quoted", lang))
    note = f" ({escape('; '.join(notes))})" if notes else ""
    neutral = (
        f'<span class="neutral">{escape(tr("neutral_wording", lang))}: '
        f"{escape('; '.join(flag.neutral))}</span>"
        if flag.neutral
        else ""
    )
    techniques = ", ".join(name("technique", t, lang) for t in flag.techniques)
    techs = f'<span class="techs">{escape(techniques)}</span>' if techniques else ""
    return (
        f"<b>{number}. «{escape(flag.text)}»</b>{note} {_category_badge(flag.category, lang)} "
        f"{escape(flag.explanation)}{neutral}{techs}"
    )


def marked_html(
    report: Report, paragraph: ParagraphReport, numbered: list[tuple[int, Flag]], lang: Lang
) -> str:
    """The paragraph's text, escaped, with each flagged region lit, numbered and explained on demand."""
    text = report.document.text
    by_number = dict(numbered)
    pieces, position = [], paragraph.span.start
    for start, end, numbers in regions(numbered):
        flags = [by_number[n] for n in numbers]
        families = families_used([f.category for f in flags])
        categories = " ".join(dict.fromkeys(f.category for f in flags))
        tip = "".join(f'<span class="one">{explanation_html(n, by_number[n], lang)}</span>' for n in numbers)
        sup = ",".join(
            f'<span class="n fam-{family_of(by_number[n].category).id}">{n}</span>' for n in numbers
        )
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<span class="flagged"><mark class="fam-{families[0].id}" tabindex="0" '
            f'data-flags="{" ".join(map(str, numbers))}" data-categories="{escape(categories)}" '
            f'aria-describedby="tip-{numbers[0]}"{region_style(families)}>{escape(text[start:end])}</mark>'
            f'<sup>{sup}</sup><span class="tip" role="tooltip" id="tip-{numbers[0]}">{tip}</span></span>'
        )
        position = end
    pieces.append(escape(text[position : paragraph.span.end]))
    return "".join(pieces)


def _meta(paragraph: ParagraphReport, lang: Lang) -> str:
    parts = [paragraph_name(paragraph, lang), f"{tr('line_at', lang, line=paragraph.line)}"]
    if paragraph.kind != "source":
        parts += [
            plural(len(paragraph.sentences), lang, "n_sentences"),
            f"{tr('tone', lang)} {signed(paragraph.tone)} ({label_name(paragraph.label, lang)})",
            f"{paragraph.flags_per_100_words:.1f} {tr('per_100', lang)}",
        ]
    return escape(" · ".join(parts))


def _paragraph(
    report: Report, paragraph: ParagraphReport, numbered: list[tuple[int, Flag]], lang: Lang
) -> str:
    anchor = f"p{paragraph.index}" if paragraph.index is not None else f"x{paragraph.position}"
    notes = ""
    if numbered:
        items = "".join(f'<li value="{n}">{explanation_html(n, flag, lang)}</li>' for n, flag in numbered)
        summary = escape(tr("html_explained", lang, flags=plural(len(numbered), lang, "n_flags")))
        notes = f'<details class="notes"><summary>{summary}</summary><ol>{items}</ol></details>'
    return (
        f'<section class="para {paragraph.kind}" id="{anchor}">'
        f'<div class="meta">{_meta(paragraph, lang)}</div>'
        f"<p>{marked_html(report, paragraph, numbered, lang)}</p>{notes}</section>"
    )


def legend_html(counts: Counter[str], lang: Lang) -> str:
    """Swatches of the families in use, each with its categories and their counts."""
    items = []
    for family in families_used(list(counts)) or list(FAMILIES):
        categories = [c for c in counts if family_of(c) is family]
        listed = ", ".join(f"{name('category', c, lang)} {counts[c]}" for c in categories)
        items.append(
            f'<span class="item" title="{escape(name("family", family.id, lang))}">'
            f'<span class="swatch fam-{family.id}">&nbsp;</span>'
            f"<b>{escape(name('family', family.id, lang))}</b>"
            f"{(' — ' + escape(listed)) if listed else ''}</span>"
        )
    return f'<section class="legend" aria-label="{escape(tr("legend", lang))}">{"".join(items)}</section>'


def tone_chart(report: Report, lang: Lang) -> str:
    """Inline SVG: one bar per scored paragraph, from the centre line (0) towards −1 or +1."""
    rows = [p for p in report.paragraphs if p.tone is not None]
    label_w, bar_w, value_w, row_h, top = 76, 360, 230, 24, 26
    width, height = label_w + bar_w + value_w, top + row_h * len(rows) + 8
    middle = label_w + bar_w / 2
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(tr("html_tone_chart", lang))}" font-size="12" font-family="sans-serif">',
        f'<text x="{label_w}" y="14" fill="#5b5b5b">{escape(tr("html_tone_axis", lang))}</text>',
        f'<line x1="{middle}" y1="{top - 6}" x2="{middle}" y2="{height - 4}" stroke="#999"/>',
    ]
    for row, paragraph in enumerate(rows):
        y = top + row * row_h
        tone = paragraph.tone or 0.0
        length = abs(tone) * bar_w / 2
        x = middle if tone >= 0 else middle - length
        colour = "#2e8540" if tone > 0.05 else "#c0392b" if tone < -0.05 else "#8a8a8a"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f"{escape(paragraph_name(paragraph, lang))}</text>"
            f'<rect x="{x:.1f}" y="{y + 4}" width="{max(length, 1):.1f}" height="{row_h - 8}" '
            f'fill="{colour}">'
            f"<title>{escape(paragraph_name(paragraph, lang))}: {signed(tone)}</title></rect>"
            f'<text x="{label_w + bar_w + 8}" y="{y + 15}">{signed(tone)} · '
            f"{paragraph.flags_per_100_words:.1f} {escape(tr('per_100', lang))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def explained(paragraph: ParagraphReport) -> list[Flag]:
    """The paragraph's flags and their nested alternatives: a student asking about «особой симпатии» learns
    every entry that matched it, though densities count the words once."""
    return [f for flag in paragraph.flags for f in (flag, *flag.alternatives)]


def render_html(report: Report, lang: Lang = "en") -> str:
    """The report as one self-contained HTML page."""
    title = escape(tr("html_title", lang, name=report.document.name))
    blocks, number = [], 0
    for paragraph in report.paragraphs:
        numbered = [(number + i, flag) for i, flag in enumerate(explained(paragraph), start=1)]
        number += len(numbered)
        blocks.append(_paragraph(report, paragraph, numbered, lang))
    summary = "".join(
        f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"
        for label, value in summary_items(report.summary, lang)
    )
    lead = (
        f"{tr('overall_tone', lang)} {signed(report.tone)} · "
        f"{plural(len(report.flags), lang, 'n_flags')} · "
        f"{report.summary.flags_per_100_words:.1f} {tr('per_100', lang)}"
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{STYLE}{family_css()}</style>\n</head>\n<body>\n"
        f'<header><h1>{escape(report.document.name)}</h1><p class="lead">{escape(lead)}</p>'
        f'<p class="lead hint">{escape(tr("html_hint", lang))}</p></header>\n'
        f"{legend_html(report.summary.categories, lang)}\n"
        f'<section class="chart"><h2>{escape(tr("html_tone_chart", lang))}</h2>'
        f"{tone_chart(report, lang)}</section>\n"
        f'<main class="article">\n{chr(10).join(blocks)}\n</main>\n'
        f'<section><h2>{escape(tr("html_summary", lang))}</h2><dl class="summary">{summary}</dl></section>\n'
        f"<footer>{escape(tr('html_made_by', lang))}</footer>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
