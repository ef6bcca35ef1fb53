"""What wakes a rule: a mark or a word the sentence must hold before the rule runs at all.

A trigger is declared, not coded (``contains("?")``, ``has_words("многие", "некоторые")``), so that
``Triggers`` can test every rule's at once: one set intersection with the sentence's words, a substring test
per mark. Most sentences wake no rule, and then cost no more than that.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from framing.morph import normalize
from framing.tokens import sentence_tokens


@dataclass(frozen=True)
class Trigger:
    """One of ``marks`` (substrings: punctuation, a fixed string) or one of ``words`` (lower case, ё as е)."""

    marks: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()

    def __call__(self, sentence: str) -> bool:
        """Whether ``sentence`` wakes the rule (``Triggers`` answers this for every rule at once)."""
        return any(mark in sentence for mark in self.marks) or not self.words.isdisjoint(
            sentence_tokens(sentence).forms
        )


def contains(*marks: str) -> Trigger:
    """A trigger: the sentence contains one of a few ``marks``."""
    return Trigger(marks=marks)


def has_words(*words: str) -> Trigger:
    """A trigger: one of the sentence's words is one of ``words``."""
    return Trigger(words=frozenset(normalize(word) for word in words))


class Triggers:
    """The triggers of a list of rules, indexed: which rules (their numbers in the list) a sentence wakes."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        marks, words = defaultdict(list), defaultdict(list)
        for number, trigger in enumerate(triggers):
            for mark in trigger.marks:
                marks[mark].append(number)
            for word in trigger.words:
                words[word].append(number)
        self._marks = tuple((mark, tuple(numbers)) for mark, numbers in marks.items())
        self._words = {word: tuple(numbers) for word, numbers in words.items()}
        self._word_keys = frozenset(self._words)

    def woken(self, sentence: str, forms: tuple[str, ...]) -> list[int]:
        """The numbers of the rules ``sentence`` (whose word forms are ``forms``) wakes, in list order."""
        woken: set[int] = set()
        for mark, numbers in self._marks:
            if mark in sentence:
                woken.update(numbers)
        for word in self._word_keys.intersection(forms):
            woken.update(self._words[word])
        return sorted(woken)
