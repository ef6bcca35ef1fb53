"""The glossary: names and plain-word meanings of colour families, lexicon categories and SemEval-2023
persuasion techniques, in English and Russian (data in framing/data/glossary.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from framing.language import DATA, Lang


@dataclass(frozen=True)
class Term:
    """One glossary entry: what kind of thing it is, its id, names and meanings by language."""

    kind: str  # "family", "category" or "technique"
    id: str
    names: dict[str, str]
    about: dict[str, str]
    example: str | None = None

    def name(self, lang: Lang) -> str:
        return self.names.get(lang, self.id)


@cache
def glossary() -> dict[str, dict[str, Term]]:
    """kind -> id -> Term, in the file's order."""
    with (DATA / "glossary.toml").open("rb") as file:
        data = tomllib.load(file)
    return {
        kind: {
            term_id: Term(kind, term_id, entry["name"], entry["about"], entry.get("example"))
            for term_id, entry in data[kind].items()
        }
        for kind in ("family", "category", "technique")
    }


def name(kind: str, term_id: str, lang: Lang) -> str:
    """The display name of a family, category or technique; an unknown id (a user's category) is itself."""
    term = glossary()[kind].get(term_id)
    return term.name(lang) if term else term_id


def lookup(word: str) -> Term | None:
    """The category or technique called ``word`` (its id or a name in either language, any case)."""
    wanted = word.strip().casefold().replace(" ", "_")
    for kind in ("category", "technique", "family"):
        for term in glossary()[kind].values():
            names = {term.id, *term.names.values()}
            if wanted in {n.casefold().replace(" ", "_") for n in names}:
                return term
    return None
