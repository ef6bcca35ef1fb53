"""Category families and their colours: the one place the terminal and HTML views take them from.

A family groups lexicon categories that frame in the same way, so a class sees six colours, not thirteen.
Names and descriptions of families live in the glossary (framing/data/glossary.toml).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Family:
    """A group of categories with one colour: a rich style for terminals, a background for HTML, and an
    underline style so a greyscale print still tells the families apart."""

    id: str
    categories: tuple[str, ...]
    terminal: str
    html: str
    underline: str


FAMILIES: tuple[Family, ...] = (
    Family(
        "evaluation",
        ("evaluative-positive", "evaluative-negative", "exclusivity", "irony"),
        "bold red",
        "#ffb3b3",
        "solid",
    ),
    Family("degree", ("intensifier", "amplification"), "bold yellow", "#ffe08a", "double"),
    Family("certainty", ("certainty", "rhetoric"), "bold magenta", "#dcc2f5", "dotted"),
    Family("attribution", ("attribution", "speech-verbs"), "bold cyan", "#a8e6ef", "dashed"),
    Family("relations", ("relations", "emotional", "personalisation"), "bold green", "#bfe8b5", "wavy"),
    Family("idiom", ("idiom", "cliche", "metaphor"), "bold blue", "#bcd0ff", "solid"),
)
#: Categories of a user lexicon that no family names.
OTHER = Family("other", (), "bold underline", "#dddddd", "dotted")

_BY_CATEGORY = {category: family for family in FAMILIES for category in family.categories}


def family_of(category: str) -> Family:
    """The family a category belongs to (OTHER for categories framing does not know)."""
    return _BY_CATEGORY.get(category, OTHER)


def families_used(categories: list[str] | set[str] | tuple[str, ...]) -> list[Family]:
    """The families of these categories, in legend order (OTHER last)."""
    used = {family_of(c).id for c in categories}
    return [f for f in (*FAMILIES, OTHER) if f.id in used]
