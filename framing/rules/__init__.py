"""Rules that are not word lists: small named functions, registered in one ordered list, razdel-style.

Each rule is one function in a module of this package, decorated with ``@rule`` (``base.py``), and one
line in ``RULES`` below. Adding a rule is writing the function, with its ``@flag``/``@pass`` examples beside
it, and listing it here; ``framing lexicon test`` runs its examples, and its flags appear wherever lexicon
flags do. The data rules read (word lists) stays in ``lexicons/``, as lexicon files.
"""

from __future__ import annotations

from framing.lexicon.format import LexiconFile
from framing.rules.base import Rule, rule
from framing.rules.irony_markers import ironic_aside, so_called
from framing.rules.leader_personalisation import leader_aims, leader_benefit, leader_will
from framing.rules.rhetorical_questions import rhetorical_questions
from framing.rules.scare_quotes import scare_quotes
from framing.rules.unnamed_sources import anonymous_official, unnamed_experts, unnamed_many, unnamed_media

RULES: list[Rule] = [
    # irony and distancing
    scare_quotes,
    so_called,
    ironic_aside,
    # rhetoric
    rhetorical_questions,
    # personalisation: a country told as its leader
    leader_aims,
    leader_benefit,
    leader_will,
    # attribution: unnamed collective sources
    unnamed_media,
    unnamed_experts,
    anonymous_official,
    unnamed_many,
]


def rule_files(rules: list[Rule] | None = None) -> list[LexiconFile]:
    """Every rule as a one-entry lexicon file (for lists, tests and --disable)."""
    return [r.as_file() for r in (RULES if rules is None else rules)]


__all__ = ["RULES", "Rule", "rule", "rule_files"]
