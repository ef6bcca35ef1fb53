"""The report as GitHub Markdown: the per-paragraph table, every flag explained under its paragraph, and the
summary."""

from __future__ import annotations

from tabulate import tabulate

from framing.glossary import name
from framing.language import Lang, tr
from framing.lexicon import Flag
from framing.render.summary import label_name, paragraph_number, signed, summary_items
from framing.render.text import paragraph_heading
from framing.report import Report


def cell(value: str) -> str:
    """Text safe inside a Markdown table cell: pipes escaped, line breaks as <br>."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def _phrase(flag: Flag, lang: Lang) -> str:
    mark = f" ({flag.modifier}: {flag.modifier_text})" if flag.modifier else ""
    quoted = f" ({tr('quoted_short', lang)})" if flag.quoted else ""
    return f"«{flag.text}» [{name('category', flag.category, lang)}]{mark}{quoted}"


def _rows(report: Report, lang: Lang) -> list[tuple]:
    return [
        (
            paragraph_number(p),
            tr(f"kind_{p.kind}", lang),
            len(p.sentences) if p.kind != "source" else "",
            signed(p.tone),
            label_name(p.label, lang),
            f"{p.flags_per_100_words:.1f}" if p.kind != "source" else "",
            cell("\n".join(_phrase(f, lang) for f in p.flags) if p.kind != "source" else p.span.text),
            cell("\n".join(f"{name('technique', t, lang)} {n}" for t, n in p.techniques.most_common())),
        )
        for p in report.paragraphs
    ]


def _explanations(report: Report, lang: Lang) -> list[str]:
    """Under each paragraph's heading, one table row per flag: why it frames and what would be neutral."""
    headers = (
        "",
        tr("phrase", lang),
        tr("explain_category", lang),
        tr("explain_why", lang),
        tr("explain_neutral", lang),
    )
    parts, number = [], 0
    for paragraph in report.paragraphs:
        if not paragraph.flags:
            continue
        rows = []
        for flag in paragraph.flags:
            number += 1
            notes = (
                [tr(f"modifier_{flag.modifier}", lang, text=flag.modifier_text or "")]
                if flag.modifier
                else []
            )
            notes += [tr("quoted", lang)] if flag.quoted else []
            phrase = f"«{flag.text}»" + (f" ({'; '.join(notes)})" if notes else "")
            rows.append(
                (
                    number,
                    cell(phrase),
                    cell(name("category", flag.category, lang)),
                    cell(flag.explanation),
                    cell("; ".join(flag.neutral)),
                )
            )
        table = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
        parts.append(f"### {cell(paragraph_heading(paragraph, lang))}\n\n{table}")
    return parts


def render_markdown(report: Report, lang: Lang = "en") -> str:
    headers = tuple(
        tr(key, lang)
        for key in (
            "col_number",
            "col_kind",
            "col_sentences",
            "col_tone",
            "col_label",
            "col_density",
            "col_phrases",
            "col_techniques",
        )
    )
    table = tabulate(_rows(report, lang), headers=headers, tablefmt="github", disable_numparse=True)
    summary = "\n".join(f"- {label}: {cell(value)}" for label, value in summary_items(report.summary, lang))
    explained = "\n\n".join(_explanations(report, lang))
    explanations = f"\n\n## {tr('explanations', lang)}\n\n{explained}" if explained else ""
    title = f"# {cell(report.document.name)}"
    return f"{title}\n\n{table}{explanations}\n\n## {tr('html_summary', lang)}\n\n{summary}\n"
