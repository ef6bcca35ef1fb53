"""The anchor index: which entries a word of a sentence can start checking, found by one dictionary lookup.

Each pattern is indexed by one of its words (its anchor) and, where the pattern goes on without a gap, by the
form of the word after it; so a word of the text wakes only the entries the next word can continue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from framing.lexicon.compile import Slot

#: An entry found through its anchor: the entry's number and which of its slots is the anchor. Its slots are
#: read (``Lexicon.slots``) only when the words around the anchor are checked: most entries are one word.
Candidate = tuple[int, int]
#: Words that begin many patterns («в», «по», «не» …) but also most sentences: a pattern is indexed by a
#: later, rarer word when the words before it have no gap, so the matcher is not woken at every «в».
COMMON_WORDS = frozenset(
    "в во на по не ни как с со и а о об обо к ко у за из от до для что это же ли бы то так все".split()  # noqa: SIM905
)


def anchor_of(slots: list[Slot]) -> int:
    """The slot a pattern is indexed by: the first one that has no common word, with no gap before it."""
    for number, slot in enumerate(slots):
        if slot is None:
            break
        if slot.isdisjoint(COMMON_WORDS):
            return number
    return 0


@dataclass(frozen=True, slots=True)
class Anchored:
    """The entries anchored on a form, split by what the matcher checks after the anchor word."""

    ending: tuple[Candidate, ...]  # the pattern ends at the anchor
    gapped: tuple[Candidate, ...]  # a '...' gap follows the anchor
    by_next: tuple[dict[str, list[Candidate]], ...]  # per anchor slot: next-word form -> entries


def anchor_index(all_slots: list[list[Slot]], skip: frozenset[int] = frozenset()) -> dict[str, Anchored]:
    """Anchor form -> the entries anchored on a slot with that form (forms with the same slots share one
    Anchored); the entries numbered in ``skip`` are looked up otherwise and left out."""
    ending: dict[frozenset[str], list[Candidate]] = defaultdict(list)
    gapped: dict[frozenset[str], list[Candidate]] = defaultdict(list)
    by_next: dict[frozenset[str], dict[str, list[Candidate]]] = defaultdict(dict)
    for number, slots in enumerate(all_slots):
        if number in skip:
            continue
        anchor = anchor_of(slots)
        anchor_slot = slots[anchor]
        if anchor_slot is None:  # a pattern cannot start with a gap; nothing to index it by
            continue
        candidate = (number, anchor)
        if anchor + 1 == len(slots):
            ending[anchor_slot].append(candidate)
        elif (next_slot := slots[anchor + 1]) is None:
            gapped[anchor_slot].append(candidate)
        else:
            continues = by_next[anchor_slot]
            for form in next_slot:
                continues.setdefault(form, []).append(candidate)
    index: dict[str, Anchored] = {}
    combined: dict[tuple[int, frozenset[str]], Anchored] = {}  # (id of a form's Anchored, slot) -> with it
    for anchor_slot in {**ending, **gapped, **by_next}:
        alone = Anchored(
            tuple(ending.get(anchor_slot, ())),
            tuple(gapped.get(anchor_slot, ())),
            (by_next[anchor_slot],) if anchor_slot in by_next else (),
        )
        for form in anchor_slot:
            current = index.get(form)
            if current is None:
                index[form] = alone
                continue
            key = (id(current), anchor_slot)
            if key not in combined:
                combined[key] = Anchored(
                    current.ending + alone.ending,
                    current.gapped + alone.gapped,
                    current.by_next + alone.by_next,
                )
            index[form] = combined[key]
    return index
