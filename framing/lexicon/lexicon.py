"""The lexicon in force: its entries, their compiled slots and the index matching reads.

A ``Lexicon`` is built from entries that are already compiled; building one reads and writes no file (the
loader, ``load.py``, decides where the compiled form comes from). It answers one question for everyone who
needs flags: ``lexicon.flags(sentence, offset)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from framing.lexicon.compile import Compiled, Slot
from framing.lexicon.format import Entry, LexiconFile, Role
from framing.lexicon.index import Anchored, anchor_index
from framing.lexicon.match import Flag, find_flags
from framing.lexicon.nesting import count_once
from framing.lexicon.table import FormTable
from framing.tokens import sentence_tokens

if TYPE_CHECKING:
    from framing.rules import Rule
    from framing.rules.triggers import Triggers


@dataclass(frozen=True, slots=True)
class FormTables:
    """What the lexicon knows of each word form (``table[form]``, None for a form it does not hold)."""

    index: FormTable[Anchored]  # anchor form -> entries anchored on it
    lemma_of: FormTable[tuple[str, str]]  # form -> (lemma, part of speech)
    single_words: FormTable[bool]  # forms a one-word flag entry matches on their own
    context_forms: FormTable[frozenset[str]]  # form -> the context categories it belongs to


@dataclass(slots=True)
class Lexicon:
    """The entries in force, their compiled slots, and the tables matching reads (``table[form]``, None for
    a form they do not hold)."""

    files: Sequence[LexiconFile]
    entries: Sequence[Entry]
    slots: Sequence[list[Slot]]  # per entry, the forms each word of its pattern accepts
    lemma_of: FormTable[tuple[str, str]]  # form -> (lemma, part of speech)
    modifiers: dict[int, Role]  # entry number -> role, for negators and downtoners
    index: FormTable[Anchored]  # anchor form -> entries anchored on it
    single_words: FormTable[bool]  # forms a one-word flag entry matches on their own
    contexts: dict[int, str]  # entry number -> category, for context words (@role context)
    #: One-word context entries, looked up by form only when a sentence has a constrained match, instead of
    #: through the index (they are common words: «Россия», «страна» would wake the matcher everywhere).
    context_forms: FormTable[frozenset[str]]  # form -> the context categories it belongs to
    constraints: dict[str, tuple[frozenset[str], frozenset[str]]]  # category -> (@require, @unless)
    rules: tuple[Rule, ...] = ()  # the rules in force (framing/rules), run after the entries
    triggers: Triggers = field(init=False)  # which rules a sentence wakes

    def __post_init__(self) -> None:
        from framing.rules.triggers import Triggers  # (the rules package stands on this one)

        self.triggers = Triggers([r.trigger for r in self.rules])

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
        contexts = _contexts(files, entries)
        context_forms: dict[str, set[str]] = {}
        looked_up = set()
        for number, category in contexts.items():
            slots = compiled.slots[number]
            if len(slots) == 1 and slots[0] is not None:
                looked_up.add(number)
                for form in slots[0]:
                    context_forms.setdefault(form, set()).add(category)
        modifiers = _modifiers(files, entries)
        single: set[str] = set()
        for number, slots in enumerate(compiled.slots):
            if len(slots) == 1 and number not in modifiers and number not in contexts:
                single |= slots[0] or set()
        lemma_of = compiled.lemma_of  # a FormTable already when restricted() passes its own on
        tables = FormTables(
            index=FormTable(anchor_index(compiled.slots, frozenset(looked_up))),
            lemma_of=lemma_of if isinstance(lemma_of, FormTable) else FormTable(lemma_of),
            single_words=FormTable(dict.fromkeys(single, True)),
            context_forms=FormTable({form: frozenset(c) for form, c in context_forms.items()}),
        )
        constraints = {
            f.category: (frozenset(f.requires), frozenset(f.unless)) for f in files if f.requires or f.unless
        }
        return cls.assemble(
            files,
            entries,
            compiled.slots,
            tables=tables,
            modifiers=modifiers,
            contexts=contexts,
            constraints=constraints,
            rules=rules,
        )

    @classmethod
    def assemble(
        cls,
        files: Sequence[LexiconFile],
        entries: Sequence[Entry],
        slots: Sequence[list[Slot]],
        *,
        tables: FormTables,
        modifiers: dict[int, Role],
        contexts: dict[int, str],
        constraints: dict[str, tuple[frozenset[str], frozenset[str]]],
        rules: tuple[Rule, ...] = (),
    ) -> Lexicon:
        """The lexicon of parts made already (by ``build``, or read from a pack: ``prebuilt.py``)."""
        return cls(
            files=files,
            entries=entries,
            slots=slots,
            lemma_of=tables.lemma_of,
            modifiers=modifiers,
            index=tables.index,
            single_words=tables.single_words,
            contexts=contexts,
            context_forms=tables.context_forms,
            constraints=constraints,
            rules=tuple(rules),
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
        if self.rules:
            for number in self.triggers.woken(sentence, sentence_tokens(sentence).forms):
                if found := self.rules[number].found(sentence, offset):
                    flags = sorted([*flags, *found], key=lambda f: f.start)
        return count_once(flags) if len(flags) > 1 else flags

    def restricted(self, keep: Callable[[Entry], bool], keep_contexts: bool = True) -> Lexicon:
        """The lexicon of the entries and rules ``keep`` accepts, from the slots already compiled. Context
        words stay unless ``keep_contexts`` is False, since the entries that need them cannot work without
        (a test of one file keeps them; disabling a context category does not)."""
        numbers = [
            n for n, entry in enumerate(self.entries) if keep(entry) or (keep_contexts and n in self.contexts)
        ]
        compiled = Compiled([self.slots[n] for n in numbers], self.lemma_of)
        rules = tuple(r for r in self.rules if keep(r.entry))
        return Lexicon.build(self.files, [self.entries[n] for n in numbers], compiled, rules)


def _roles(files: Sequence[LexiconFile]) -> dict[str, Role]:
    return {f.category: f.role for f in files}


def _modifiers(files: Sequence[LexiconFile], entries: Sequence[Entry]) -> dict[int, Role]:
    """Entry number -> role, for the negators and downtoners."""
    roles = _roles(files)
    return {
        n: roles[e.category] for n, e in enumerate(entries) if roles[e.category] in ("negator", "downtoner")
    }


def _contexts(files: Sequence[LexiconFile], entries: Sequence[Entry]) -> dict[int, str]:
    """Entry number -> category, for the context words."""
    roles = _roles(files)
    return {n: e.category for n, e in enumerate(entries) if roles[e.category] == "context"}
