"""The lexicon in force: its entries, their compiled slots and the index matching reads.

A ``Lexicon`` is built from entries that are already compiled; building one reads and writes no file (the
loader, ``load.py``, decides where the compiled form comes from). It answers one question for everyone who
needs flags: ``lexicon.flags(sentence, offset)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.lexicon.compile import Compiled, Slot
from framing.lexicon.format import Entry, LexiconFile, Role
from framing.lexicon.index import Anchored, anchor_index
from framing.lexicon.match import Flag, find_flags
from framing.lexicon.nesting import count_once

if TYPE_CHECKING:
    from framing.rules import Rule


@dataclass(slots=True)
class Lexicon:
    """The entries in force, their compiled slots, and the indexes matching reads."""

    files: list[LexiconFile]
    entries: list[Entry]
    slots: list[list[Slot]]  # per entry, the forms each word of its pattern accepts
    lemma_of: dict[str, tuple[str, str]]  # form -> (lemma, part of speech)
    modifiers: dict[int, Role]  # entry number -> role, for negators and downtoners
    index: dict[str, Anchored]  # anchor form -> entries anchored on it
    single_words: frozenset[str]  # forms a one-word flag entry matches on their own
    contexts: dict[int, str]  # entry number -> category, for context words (@role context)
    #: One-word context entries, looked up by form only when a sentence has a constrained match, instead of
    #: through the index (they are common words: «Россия», «страна» would wake the matcher everywhere).
    context_forms: dict[str, frozenset[str]]  # form -> the context categories it belongs to
    constraints: dict[str, tuple[frozenset[str], frozenset[str]]]  # category -> (@require, @unless)
    rules: tuple[Rule, ...] = ()  # the rules in force (framing/rules), run after the entries
    #: Every rule's trigger marks in one pattern: most sentences have none, and one search skips every rule.
    rule_marks: re.Pattern[str] | None = None

    def __repr__(self) -> str:  # the fields hold ~10⁵ forms: a traceback must not print them
        return f"<Lexicon: {len(self.entries)} entries from {len(self.files)} files>"

    @classmethod
    def build(
        cls, files: list[LexiconFile], entries: list[Entry], compiled: Compiled, rules: tuple[Rule, ...] = ()
    ) -> Lexicon:
        """The lexicon of ``entries`` (from ``files``), whose patterns ``compiled`` holds in entry order, and
        ``rules``."""
        if len(compiled.slots) != len(entries):
            raise ValueError(f"{len(entries)} entries but {len(compiled.slots)} compiled patterns")
        roles = {f.category: f.role for f in files}
        modifiers = {
            number: roles[entry.category]
            for number, entry in enumerate(entries)
            if roles[entry.category] in ("negator", "downtoner")
        }
        contexts = {
            number: entry.category
            for number, entry in enumerate(entries)
            if roles[entry.category] == "context"
        }
        constraints = {
            f.category: (frozenset(f.requires), frozenset(f.unless)) for f in files if f.requires or f.unless
        }
        context_forms: dict[str, set[str]] = {}
        looked_up = set()
        for number, category in contexts.items():
            slots = compiled.slots[number]
            if len(slots) == 1 and slots[0] is not None:
                looked_up.add(number)
                for form in slots[0]:
                    context_forms.setdefault(form, set()).add(category)
        single: set[str] = set()
        for number, slots in enumerate(compiled.slots):
            if len(slots) == 1 and number not in modifiers and number not in contexts:
                single |= slots[0] or set()
        return cls(
            files=files,
            entries=entries,
            slots=compiled.slots,
            lemma_of=compiled.lemma_of,
            modifiers=modifiers,
            index=anchor_index(compiled.slots, frozenset(looked_up)),
            single_words=frozenset(single),
            contexts=contexts,
            context_forms={form: frozenset(categories) for form, categories in context_forms.items()},
            constraints=constraints,
            rules=tuple(rules),
            rule_marks=_marks_pattern(rules),
        )

    @property
    def all_entries(self) -> list[Entry]:
        """The lexicon entries and the rules' entries: everything that can make a flag."""
        return [*self.entries, *(r.entry for r in self.rules)]

    def flags(self, sentence: str, offset: int = 0) -> list[Flag]:
        """Flags in one sentence, which starts at ``offset`` of its document (flag offsets are the
        document's): lexicon entries' and rules', modifiers applied, and flags nested in a longer one
        counted once with it (its ``alternatives``)."""
        flags = find_flags(self, sentence, offset)
        if self.rules and (self.rule_marks is None or self.rule_marks.search(sentence)):
            for rule in self.rules:
                found = rule.flags(
                    sentence, offset
                )  # nothing, at the cost of a substring test, unless triggered
                if found:
                    flags = sorted([*flags, *found], key=lambda f: f.start)
        return count_once(flags) if len(flags) > 1 else flags

    def restricted(self, keep: Callable[[Entry], bool]) -> Lexicon:
        """The lexicon of the entries and rules ``keep`` accepts (context words always stay, since the
        entries that need them cannot work without), from the slots already compiled."""
        numbers = [n for n, entry in enumerate(self.entries) if keep(entry) or n in self.contexts]
        compiled = Compiled([self.slots[n] for n in numbers], self.lemma_of)
        rules = tuple(r for r in self.rules if keep(r.entry))
        return Lexicon.build(self.files, [self.entries[n] for n in numbers], compiled, rules)


def _marks_pattern(rules: tuple[Rule, ...]) -> re.Pattern[str] | None:
    """One pattern for the marks that trigger ``rules`` (``rules.base.contains``); None when a rule's trigger
    is some other test, which then runs on every sentence."""
    marks = [getattr(r.trigger, "marks", None) for r in rules]
    if not rules or any(m is None for m in marks):
        return None
    return re.compile("|".join(re.escape(mark) for group in marks for mark in group))
