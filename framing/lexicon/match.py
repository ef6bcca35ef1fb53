"""Find lexicon matches in a sentence by looking its word forms up in the compiled lexicon.

No morphological analysis happens here: every entry was expanded to its surface forms beforehand, so a
match is a dictionary lookup on the entry's anchor word and set membership for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from framing.lexicon.format import Entry, Polarity, Role
from framing.tokens import SentenceTokens, sentence_tokens

if TYPE_CHECKING:
    from framing.lexicon.lexicon import Lexicon

MAX_GAP = 6  # words a '...' may skip
MODIFIER_REACH = 3  # a negator or downtoner acts on a flag starting within this many words after it
#: What a negator or downtoner in front of a flag does to it (see tone.py).
Modifier = Literal["negated", "downtoned"]
EFFECT: dict[Role, Modifier] = {"negator": "negated", "downtoner": "downtoned"}


@dataclass(slots=True)  # slotted, not frozen: see the note on records in framing/report.py
class Flag:
    """A span of the document matched by a lexicon entry, which says what the match means."""

    start: int
    end: int
    text: str
    entry: Entry  # the rule that made the flag: its pattern, category, explanation and file:line
    modifier: Modifier | None = None  # when a negator/downtoner precedes it
    modifier_text: str | None = None
    quoted: bool = False  # inside a direct quotation: the quoted speaker's words, not the author's
    alternatives: tuple[Flag, ...] = ()  # flags nested in this one, counted once with it (nesting.py)

    @property
    def rule(self) -> str:
        return self.entry.rule

    def in_quotation(self) -> Flag:
        """This flag marked ``quoted`` (a copy made directly: ``dataclasses.replace`` costs ten times more,
        and a quoted article has hundreds)."""
        return Flag(
            start=self.start,
            end=self.end,
            text=self.text,
            entry=self.entry,
            modifier=self.modifier,
            modifier_text=self.modifier_text,
            quoted=True,
            alternatives=self.alternatives,
        )

    @property
    def category(self) -> str:
        return self.entry.category

    @property
    def explanation(self) -> str:
        return self.entry.explanation

    @property
    def neutral(self) -> tuple[str, ...]:
        return self.entry.neutral

    @property
    def polarity(self) -> Polarity:
        return self.entry.polarity

    @property
    def techniques(self) -> tuple[str, ...]:
        return self.entry.techniques


class _Match(NamedTuple):
    """Entry ``entry`` matched over words ``first``..``last``; sorts in text order, then by entry."""

    first: int  # index of the first and last matched word
    entry: int
    last: int


def find_flags(lexicon: Lexicon, sentence: str, offset: int = 0) -> list[Flag]:
    """Flags in ``sentence`` (which starts at ``offset`` of its document): modifiers applied, context
    constraints checked, nested ones kept (``Lexicon.flags`` counts them once). ``Lexicon.flags`` is the
    public way in."""
    tokens = sentence_tokens(sentence)
    matches = _matches(lexicon, tokens)
    if not matches:  # most sentences: nothing more to do
        return []
    if lexicon.constraints:
        matches = _constrained(lexicon, matches, tokens.forms)
    modifiers = [m for m in matches if m.entry in lexicon.modifiers]
    flags = [m for m in matches if m.entry not in lexicon.modifiers] if modifiers else matches
    inside_flags = {i for m in flags for i in range(m.first, m.last + 1)} if modifiers else set()
    starts, ends = tokens.starts, tokens.ends
    result = []
    for match in flags:
        start, end = starts[match.first], ends[match.last]
        modifier = _modifier_before(lexicon, match, modifiers, inside_flags) if modifiers else None
        result.append(
            Flag(
                start=offset + start,
                end=offset + end,
                text=sentence[start:end],
                entry=lexicon.entries[match.entry],
                modifier=EFFECT[lexicon.modifiers[modifier.entry]] if modifier else None,
                modifier_text=sentence[starts[modifier.first] : ends[modifier.last]] if modifier else None,
            )
        )
    return result


def _matches(lexicon: Lexicon, tokens: SentenceTokens) -> list[_Match]:
    """Every entry match in the sentence, found through each entry's anchor word and the word after it.

    Most patterns are anchored on their first word (``anchor == 0``): nothing before it to check.
    """
    found = []
    forms = tokens.forms
    all_slots = lexicon.slots
    last_position = len(forms) - 1
    for position, anchored in enumerate(map(lexicon.index.__getitem__, forms)):
        if anchored is None:
            continue
        for entry, anchor in anchored.ending:
            if anchor == 0 or _fits_before(all_slots[entry], forms, anchor, position):
                found.append(_Match(position - anchor, entry, position))
        if position < last_position and anchored.by_next:
            following = forms[position + 1]
            for by_next in anchored.by_next:
                for entry, anchor in by_next.get(following, ()):
                    slots = all_slots[entry]
                    if anchor == 0 or _fits_before(slots, forms, anchor, position):
                        last = _match_from(slots, forms, anchor + 2, position + 2)
                        if last is not None:
                            found.append(_Match(position - anchor, entry, last))
        for entry, anchor in anchored.gapped:
            slots = all_slots[entry]
            if anchor == 0 or _fits_before(slots, forms, anchor, position):
                last = _match_from(slots, forms, anchor + 1, position + 1)
                if last is not None:
                    found.append(_Match(position - anchor, entry, last))
    found.sort()
    return found


def _fits_before(slots: list, forms: tuple[str, ...], anchor: int, position: int) -> bool:
    """Whether the words before the anchor (at ``position``) fill the pattern's slots before it."""
    start = position - anchor
    return start >= 0 and all(forms[start + i] in slots[i] for i in range(anchor))


def _match_from(
    slots: list, forms: tuple[str, ...], slot: int, position: int, failed: set | None = None
) -> int | None:
    """Last word index if ``slots[slot:]`` match from ``forms[position]``; a gap takes as few words as it can
    (it is only tried where the word after it fits, and a pattern never has two gaps in a row).

    Each (slot, position) that failed is remembered in ``failed``, so however many gaps a pattern has, no
    state is tried twice: at most slots × words states of MAX_GAP + 1 steps each, not (MAX_GAP + 1)^gaps."""
    while slot < len(slots):
        accepted = slots[slot]
        if accepted is None:
            if failed is None:
                failed = set()
            elif (slot, position) in failed:
                return None
            after_gap = slots[slot + 1]
            for at in range(position, min(position + MAX_GAP + 1, len(forms))):
                if forms[at] in after_gap:
                    last = _match_from(slots, forms, slot + 2, at + 1, failed)
                    if last is not None:
                        return last
            failed.add((slot, position))
            return None
        if position >= len(forms) or forms[position] not in accepted:
            return None
        slot, position = slot + 1, position + 1
    return position - 1


def _constrained(lexicon: Lexicon, matches: list[_Match], forms: tuple[str, ...]) -> list[_Match]:
    """The matches whose category's context constraints (``@require``/``@unless``) the sentence meets, less
    the context words themselves, which flag nothing."""
    contexts, constraints, entries = lexicon.contexts, lexicon.constraints, lexicon.entries
    if not any(entries[m.entry].category in constraints for m in matches if m.entry not in contexts):
        return [m for m in matches if m.entry not in contexts] if contexts else matches
    present = {contexts[m.entry] for m in matches if m.entry in contexts}
    context_forms = lexicon.context_forms
    for form in forms:
        if categories := context_forms[form]:
            present |= categories
    kept = []
    for match in matches:
        if match.entry in contexts:
            continue
        constraint = constraints.get(lexicon.entries[match.entry].category)
        if constraint is not None:
            requires, unless = constraint
            if (requires and present.isdisjoint(requires)) or not present.isdisjoint(unless):
                continue
        kept.append(match)
    return kept


def _modifier_before(
    lexicon: Lexicon, flag: _Match, modifiers: list[_Match], inside_flags: set[int]
) -> _Match | None:
    """The negator or downtoner that ends at most MODIFIER_REACH words before the flag, if any."""
    candidates = [
        m for m in modifiers if 1 <= flag.first - m.last <= MODIFIER_REACH and m.first not in inside_flags
    ]
    return max(candidates, key=lambda m: m.last, default=None)
