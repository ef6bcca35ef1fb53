"""Small tests on a sentence's words that several rules share: whether words stand together, and whether a
form looks like an adjective's. Rules read surface forms (no morphology at run time), so these are tests on
endings and on the text between tokens."""

from __future__ import annotations

import re

from framing.tokens import SentenceTokens

NOT_SPACE = re.compile(r"[^\s]")
#: Endings of full adjectives (and participles) that a noun rarely has (not -ом, -ем: «домом», «краем»).
ADJECTIVE_ENDINGS = tuple(
    "ый ий ой ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими ей".split()  # noqa: SIM905
)
ADJECTIVE = re.compile(f"(?:{'|'.join(sorted(ADJECTIVE_ENDINGS, key=len, reverse=True))})$")
VOWELS = "аеиоуыэюяё"


def joined(sentence: str, tokens: SentenceTokens, i: int, j: int) -> bool:
    """Whether words ``i`` .. ``j`` follow each other with nothing but spaces between them."""
    return all(not NOT_SPACE.search(sentence[tokens.ends[k] : tokens.starts[k + 1]]) for k in range(i, j))


def verbal_noun(form: str) -> bool:
    """Whether a form in -ние, -тие is a noun («заявление», «развитие»), not an adjective («внешние»)."""
    return form.endswith(("ние", "тие")) and len(form) > 4 and form[-4] in VOWELS


def looks_adjectival(form: str) -> bool:
    """Whether a form has an adjective's ending and is not a verbal noun («внешние», not «оставление»)."""
    return bool(ADJECTIVE.search(form)) and not verbal_noun(form)
