"""The lexicon in force: its entries, their compiled slots and the index matching reads.

A ``Lexicon`` is built from entries that are already compiled; building one reads and writes no file (the
loader, ``load.py``, decides where the compiled form comes from). It answers one question for everyone who
needs flags: ``lexicon.flags(sentence, offset)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from framing.lexicon.compile import Compiled, Slot
from framing.lexicon.format import Entry, LexiconFile, Role
from framing.lexicon.index import Anchored, anchor_index
from framing.lexicon.match import Flag, find_flags


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

    def __repr__(self) -> str:  # the fields hold ~10⁵ forms: a traceback must not print them
        return f"<Lexicon: {len(self.entries)} entries from {len(self.files)} files>"

    @classmethod
    def build(cls, files: list[LexiconFile], entries: list[Entry], compiled: Compiled) -> Lexicon:
        """The lexicon of ``entries`` (from ``files``), whose patterns ``compiled`` holds in entry order."""
        if len(compiled.slots) != len(entries):
            raise ValueError(f"{len(entries)} entries but {len(compiled.slots)} compiled patterns")
        roles = {f.category: f.role for f in files}
        modifiers = {
            number: roles[entry.category]
            for number, entry in enumerate(entries)
            if roles[entry.category] != "flag"
        }
        single: set[str] = set()
        for number, slots in enumerate(compiled.slots):
            if len(slots) == 1 and number not in modifiers:
                single |= slots[0] or set()
        return cls(
            files=files,
            entries=entries,
            slots=compiled.slots,
            lemma_of=compiled.lemma_of,
            modifiers=modifiers,
            index=anchor_index(compiled.slots),
            single_words=frozenset(single),
        )

    def flags(self, sentence: str, offset: int = 0) -> list[Flag]:
        """Flags in one sentence, which starts at ``offset`` of its document (flag offsets are the
        document's): modifiers applied, same-category flags nested in a longer one dropped."""
        return find_flags(self, sentence, offset)

    def restricted(self, keep: Callable[[Entry], bool]) -> Lexicon:
        """The lexicon of the entries ``keep`` accepts, from the slots already compiled."""
        numbers = [n for n, entry in enumerate(self.entries) if keep(entry)]
        compiled = Compiled([self.slots[n] for n in numbers], self.lemma_of)
        return Lexicon.build(self.files, [self.entries[n] for n in numbers], compiled)
