"""framing/rules/triggers.py: which rules a sentence wakes, all at once, as each rule's own trigger says."""

from __future__ import annotations

import pytest

from framing.rules import RULES
from framing.rules.triggers import Triggers, contains, has_words
from framing.tokens import sentence_tokens

TRIGGERS = Triggers([r.trigger for r in RULES])


def woken(sentence: str) -> set[str]:
    return {RULES[n].name for n in TRIGGERS.woken(sentence, sentence_tokens(sentence).forms)}


@pytest.mark.parametrize(
    ("sentence", "rules"),
    [
        ("Президент подписал указ о бюджете.", set()),
        ("После «выборов» власть осталась у прежней семьи.", {"scare-quotes"}),
        ("Разве можно доверять таким обещаниям?", {"rhetorical-question"}),
        ("Так называемые эксперты промолчали.", {"so-called", "unnamed-experts"}),
        ("Многие теперь воспринимают союз как бюрократию.", {"unnamed-many"}),
        ("Раскол будет выгоден Путину.", {"leader-aims", "leader-benefit", "leader-will"}),
        ("ПУТИНА заметили в Кремле.", {"leader-aims", "leader-benefit", "leader-will"}),  # words, any case
        ("Западные СМИ отметили это.", {"unnamed-media"}),
        ("По словам осведомлённого источника, встреча отложена.", {"anonymous-official"}),
    ],
)
def test_a_sentence_wakes_the_rules_its_marks_and_words_name(sentence: str, rules: set[str]) -> None:
    assert woken(sentence) == rules


def test_the_index_wakes_exactly_the_rules_whose_own_triggers_fire() -> None:
    examples = [e for r in RULES for e in (*r.flag_examples, *r.pass_examples)]
    for sentence in (e.replace("[", "").replace("]", "") for e in examples):
        assert woken(sentence) == {r.name for r in RULES if r.trigger(sentence)}, sentence


@pytest.mark.parametrize(
    ("trigger", "sentence", "fires"),
    [
        (contains("?"), "Что будет дальше?", True),
        (contains("?"), "Что будет дальше.", False),
        (has_words("многие"), "Многие считают иначе.", True),  # the sentence's words are lower-cased
        (has_words("многие"), "Многоие опечатки.", False),  # a whole word, not a prefix
        (has_words("учёные"), "Ученые считают иначе.", True),  # ё as е on both sides
    ],
)
def test_a_trigger_alone(trigger, sentence: str, fires: bool) -> None:
    assert trigger(sentence) is fires
