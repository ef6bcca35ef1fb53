"""Find lexicon files, merge user lexicons over the bundled ones, and compile the result for matching."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from framing.errors import FramingError
from framing.lexicon.compiled import Slot, compile_patterns
from framing.lexicon.files import Entry, LexiconFile, parse_file

PACKAGE = Path(__file__).resolve().parent.parent


def bundled_lexicon_dir() -> Path:
    """``framing/lexicons`` in an installed wheel, ``lexicons/`` beside the package in a source checkout."""
    for candidate in (PACKAGE / "lexicons", PACKAGE.parent / "lexicons"):
        if candidate.is_dir() and any(candidate.glob("*.lex")):
            return candidate
    raise FramingError(
        f"the bundled lexicons are missing (looked in {PACKAGE / 'lexicons'} and "
        f"{PACKAGE.parent / 'lexicons'}); reinstall framing"
    )


def lexicon_paths(location: Path) -> list[Path]:
    """The ``.lex`` files of a directory, or the one file given."""
    if location.is_dir():
        files = sorted(location.glob("*.lex"))
        if not files:
            raise FramingError(f"{location}: no .lex files in this directory")
        return files
    if not location.is_file():
        raise FramingError(f"{location}: lexicon not found")
    return [location]


#: What the matcher needs of an entry found through its anchor (the word it is indexed by): the entry's
#: number, its slots, and which slot is the anchor.
Candidate = tuple[int, list[Slot], int]
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
    """The entries anchored on a form, split by what the matcher checks after the anchor word, so a word
    wakes only the entries that the word after it can continue."""

    ending: tuple[Candidate, ...]  # the pattern ends at the anchor
    gapped: tuple[Candidate, ...]  # a '...' gap follows the anchor
    by_next: tuple[dict[str, list[Candidate]], ...]  # per anchor slot: next-word form -> entries


def anchor_index(all_slots: list[list[Slot]]) -> dict[str, Anchored]:
    """Anchor form -> the entries anchored on a slot with that form (forms with the same slots share one
    Anchored)."""
    ending: dict[frozenset[str], list[Candidate]] = defaultdict(list)
    gapped: dict[frozenset[str], list[Candidate]] = defaultdict(list)
    by_next: dict[frozenset[str], dict[str, list[Candidate]]] = defaultdict(dict)
    for number, slots in enumerate(all_slots):
        anchor = anchor_of(slots)
        anchor_slot = slots[anchor]
        if anchor_slot is None:  # a pattern cannot start with a gap; nothing to index it by
            continue
        candidate = (number, slots, anchor)
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


def lexicon_files(locations: list[Path] | None = None) -> list[Path]:
    """The .lex files of the given files and directories, or the bundled ones when none are given."""
    return [path for location in (locations or [bundled_lexicon_dir()]) for path in lexicon_paths(location)]


@dataclass
class Lexicon:
    """The entries in force, their compiled slots, and the indexes matching reads."""

    files: list[LexiconFile]
    entries: list[Entry]
    slots: list[list[Slot]] = field(init=False)  # per entry, the forms each word of its pattern accepts
    lemma_of: dict[str, tuple[str, str]] = field(init=False)  # form -> (lemma, part of speech)
    modifiers: dict[int, str] = field(init=False)  # entry number -> role, for negators and downtoners
    index: dict[str, Anchored] = field(init=False)  # anchor form -> entries anchored on it
    single_words: frozenset[str] = field(init=False)  # forms a one-word flag entry matches on their own

    def __post_init__(self) -> None:
        compiled = compile_patterns([entry.pattern for entry in self.entries])
        self.slots, self.lemma_of = compiled.slots, compiled.lemma_of
        roles = {f.category: f.role for f in self.files}
        self.modifiers = {
            number: roles[entry.category]
            for number, entry in enumerate(self.entries)
            if roles[entry.category] != "flag"
        }
        self.index = anchor_index(self.slots)
        single: set[str] = set()
        for number, slots in enumerate(self.slots):
            if len(slots) == 1 and number not in self.modifiers:
                single |= slots[0] or set()
        self.single_words = frozenset(single)


def load_lexicon(
    extra: list[Path] | None = None, disabled: list[str] | None = None, *, bundled: bool = True
) -> Lexicon:
    """Bundled lexicons, then each ``extra`` file or directory; later entries with the same rule override.

    ``disabled`` names categories to switch off; naming an unknown one is an error, so a typo is not silent.
    """
    locations = ([bundled_lexicon_dir()] if bundled else []) + list(extra or [])
    files = [parse_file(path) for path in lexicon_files(locations)]
    known = {f.category for f in files}
    for category in disabled or []:
        if category not in known:
            raise FramingError(f"--disable {category}: no such category (known: {', '.join(sorted(known))})")
    by_rule: dict[str, Entry] = {}
    for lexicon_file in files:
        if lexicon_file.category in (disabled or []):
            continue
        for entry in lexicon_file.entries:
            by_rule[entry.rule] = entry
    return Lexicon(files=files, entries=list(by_rule.values()))
