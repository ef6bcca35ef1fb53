"""What a rule is: a small named function that finds spans of a sentence, with the flag record it makes.

A rule is what a word list cannot say (a lowercase word in «», a question in the author's voice). It is
written as one function decorated with ``@rule(...)``, which gives it an id (``rule:NAME``), a category, an
explanation and a neutral suggestion in Russian like the lexicons', one SemEval-2023 technique, a cheap
``trigger`` (what the sentence must hold before the function runs at all: a mark, a word or a word
beginning, declared in ``triggers.py`` so that every rule's is tested in one pass) and its own
``@flag``/``@pass`` examples, which ``framing lexicon test`` runs. Its flags are ordinary ``Flag`` records
whose ``entry`` is the rule's: every renderer, ``lexicon list/show``, ``--disable CATEGORY`` and JSON's
``lexicon`` field treat a rule as they treat a lexicon entry.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from framing.lexicon.format import Entry, LexiconFile, Polarity, _Parser
from framing.lexicon.match import Flag
from framing.rules.triggers import Trigger
from framing.tokens import SentenceTokens, sentence_tokens

#: A rule's function: the (start, end) offsets, in the sentence, of every span it flags.
Finder = Callable[[str, SentenceTokens], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Rule:
    """A named rule, the flag record it makes, and its examples."""

    name: str
    find: Finder
    trigger: Trigger
    entry: Entry
    title: str
    flag_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.entry.rule

    @property
    def category(self) -> str:
        return self.entry.category

    def flags(self, sentence: str, offset: int = 0) -> list[Flag]:
        """The rule's flags in one sentence (which starts at ``offset`` of its document)."""
        return self.found(sentence, offset) if self.trigger(sentence) else []

    def found(self, sentence: str, offset: int = 0) -> list[Flag]:
        """The rule's flags in a sentence its trigger has woken it for (``Lexicon.flags`` asks ``Triggers``
        which rules a sentence wakes, all at once)."""
        return [
            Flag(offset + start, offset + end, sentence[start:end], self.entry)
            for start, end in self.find(sentence, sentence_tokens(sentence))
        ]

    def as_file(self) -> LexiconFile:
        """The rule as a one-entry lexicon file, so lists, tests and --disable see it like one."""
        parser = _Parser(self.entry.path)
        parser.file.category = self.entry.category
        parser.number = self.entry.line
        for example in self.flag_examples:
            parser.set_flag(example)
        for example in self.pass_examples:
            parser.set_pass(example)
        file = parser.file
        file.title = self.title
        file.techniques = self.entry.techniques
        file.entries = [self.entry]
        return file


def rule(
    name: str,
    *,
    category: str,
    title: str,
    explanation: str,
    neutral: str = "",
    polarity: Polarity = "none",
    technique: str,
    trigger: Trigger,
    flags: tuple[str, ...],
    passes: tuple[str, ...],
) -> Callable[[Finder], Rule]:
    """Make a function a Rule (see the module docstring); ``neutral`` alternatives are separated by ';'."""

    def make(find: Finder) -> Rule:
        path = str(Path(inspect.getsourcefile(find) or "?"))
        entry = Entry(
            pattern=name,
            category=category,
            explanation=explanation,
            neutral=tuple(n.strip() for n in neutral.split(";") if n.strip()),
            polarity=polarity,
            techniques=(technique,),
            source="framing",
            path=path,
            line=find.__code__.co_firstlineno,
            rule_id=f"rule:{name}",
        )
        return Rule(name, find, trigger, entry, title, flags, passes)

    return make
