"""Text for `framing explain`: a phrase's lexicon entries, one glossary term, or the whole glossary."""

from __future__ import annotations

from pathlib import Path

from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from framing.explain import (
    EXAMPLES_SHOWN,
    Explained,
    bracketed,
    categories_with,
    category_examples,
    entry_count,
)
from framing.glossary import Term, glossary, name
from framing.language import Lang, plural, tr
from framing.lexicon import Lexicon
from framing.render.families import FAMILIES, OTHER, family_of
from framing.render.terminal import render_to_string, terminal_width


def shown_path(path: str) -> str:
    """A path relative to the working directory when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


def _field(label: str, value: str) -> Padding:
    return Padding(Text(f"{label}: {value}"), (0, 0, 0, 3))


def _examples(label: str, examples: list[str] | tuple[str, ...]) -> list[RenderableType]:
    if not examples:
        return []
    return [Padding(Text(f"{label}:"), (0, 0, 0, 3))] + [
        Padding(Text(example), (0, 0, 0, 5)) for example in examples
    ]


def _category_style(category: str, color: bool) -> str:
    return family_of(category).terminal if color else ""


def render_phrase(
    phrase: str, explained: list[Explained], lang: Lang, width: int | None = None, color: bool = False
) -> str:
    """Each entry flagging the phrase: category, why it frames, neutral wording, rule, file:line, examples."""
    if not explained:
        return render_to_string(
            [Text(tr("explain_no_match", lang, phrase=phrase))], width or terminal_width(), color
        )
    count = plural(len(explained), lang, "explain_entries")
    body: list[RenderableType] = [Text(tr("explain_phrase", lang, phrase=phrase, count=count)), Text("")]
    for number, item in enumerate(explained, start=1):
        entry = item.entry
        family = family_of(entry.category)
        heading = Text(f"{number}. ")
        heading.append(f"«{item.text}»", style=_category_style(entry.category, color))
        heading.append(" — ")
        heading.append(name("category", entry.category, lang), style=_category_style(entry.category, color))
        heading.append(f" ({name('family', family.id, lang)})")
        body.append(heading)
        body.append(_field(tr("explain_why", lang), entry.explanation))
        body.append(
            _field(tr("explain_neutral", lang), "; ".join(entry.neutral) or tr("compare_missing", lang))
        )
        if entry.techniques:
            techniques = ", ".join(name("technique", t, lang) for t in entry.techniques)
            body.append(_field(tr("explain_techniques", lang), techniques))
        body.append(
            _field(
                tr("explain_rule", lang),
                f"{entry.rule} ({shown_path(entry.path)}:{entry.line}, {entry.source})",
            )
        )
        label = tr("explain_examples" if item.own_examples else "explain_category_examples", lang)
        body += _examples(label, item.examples)
        body.append(Text(""))
    return render_to_string(body, width or terminal_width(), color)


def render_term(
    term: Term, lexicon: Lexicon, lang: Lang, width: int | None = None, color: bool = False
) -> str:
    """A family, category or technique: its name, what it means, and where it shows up."""
    heading = Text(term.id)
    if term.name(lang) != term.id:
        heading.append(f" — {term.name(lang)}")
    body: list[RenderableType] = [heading, Padding(Text(term.about.get(lang, "")), (0, 0, 0, 3))]
    if term.kind == "category":
        family = family_of(term.id)
        style = _category_style(term.id, color)
        line = Text(f"{tr('explain_family', lang)}: ")
        line.append(name("family", family.id, lang), style=style)
        body.append(Padding(line, (0, 0, 0, 3)))
        files = [f for f in lexicon.files if f.category == term.id]
        if files and files[0].techniques:
            techniques = ", ".join(name("technique", t, lang) for t in files[0].techniques)
            body.append(_field(tr("explain_techniques", lang), techniques))
        if files:
            where = ", ".join(shown_path(f.path) for f in files)
            body.append(_field(tr("explain_entries_count", lang), f"{entry_count(lexicon, term)} ({where})"))
        examples = [bracketed(e, e.spans) for e in category_examples(lexicon, term.id)[:EXAMPLES_SHOWN]]
        body += _examples(tr("explain_examples", lang), examples)
    elif term.kind == "technique":
        if term.example:
            body.append(_field(tr("explain_example", lang), term.example))
        categories = categories_with(lexicon, term.id)
        if categories:
            listed = ", ".join(name("category", c, lang) for c in categories)
            body.append(_field(tr("explain_categories_in", lang), listed))
    else:
        family = next((f for f in (*FAMILIES, OTHER) if f.id == term.id), OTHER)
        listed = ", ".join(name("category", c, lang) for c in family.categories)
        if listed:
            body.append(_field(tr("categories", lang).lower(), listed))
    return render_to_string(body, width or terminal_width(), color)


def _list() -> Table:
    """A bulleted list whose items wrap with a hanging indent."""
    grid = Table.grid(padding=(0, 1), pad_edge=False)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def render_glossary(lang: Lang, width: int | None = None, color: bool = False) -> str:
    """Every family, category and technique, one line each, in the interface language."""
    terms = glossary()
    body: list[RenderableType] = [Text(tr("explain_glossary", lang), style="bold" if color else ""), Text("")]
    body.append(Text(tr("explain_families", lang) + ":"))
    families = _list()
    for family in (*FAMILIES, OTHER):
        term = terms["family"][family.id]
        line = Text(term.name(lang), style=family.terminal if color else "")
        members = ", ".join(family.categories)
        line.append(f" ({members})" if members else "")
        line.append(f": {term.about.get(lang, '')}")
        families.add_row(Text("■■" if color else "-", style=family.terminal if color else ""), line)
    body.append(Padding(families, (0, 0, 0, 2)))
    for kind, title in (("category", "explain_categories_title"), ("technique", "explain_techniques_title")):
        body += [Text(""), Text(tr(title, lang) + ":")]
        listed = _list()
        for term in terms[kind].values():
            label = term.id if term.name(lang) == term.id else f"{term.id} ({term.name(lang)})"
            line = Text(label, style=_category_style(term.id, color) if kind == "category" else "")
            line.append(f": {term.about.get(lang, '')}")
            listed.add_row(Text("-"), line)
        body.append(Padding(listed, (0, 0, 0, 2)))
    body += [Text(""), Text(tr("explain_more", lang))]
    return render_to_string(body, width or terminal_width(), color)
