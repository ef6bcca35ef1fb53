"""`framing explain`: why a phrase is flagged, and what a category or a persuasion technique means.

A phrase is run through the compiled lexicon's matcher, so «особую симпатию» finds the entry «особая
симпатия» whatever its inflection. Examples come from the lexicon files' own @flag lines: first those the
entry itself flags, else the first ones of its category.
"""

from __future__ import annotations

from dataclasses import dataclass

from razdel import sentenize

from framing.glossary import Term
from framing.lexicon import Entry, Example, Flag, Lexicon

EXAMPLES_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Explained:
    """A lexicon entry that flags the phrase: the words it flagged, and examples from the lexicon file."""

    entry: Entry
    text: str  # the words of the phrase the entry flagged
    examples: tuple[str, ...]  # @flag sentences, the flagged span in [brackets]
    own_examples: bool  # True: the entry itself flags these examples; False: examples of its category


def flags_in(lexicon: Lexicon, text: str) -> list[Flag]:
    """Every flag the lexicon makes in ``text``, sentence by sentence, the ones nested in a longer flag (and
    counted once with it) included: each is an entry that matches."""
    return [
        flag
        for s in sentenize(text)
        for outer in lexicon.flags(s.text, s.start)
        for flag in (outer, *outer.alternatives)
    ]


def bracketed(example: Example, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """The example sentence with the given spans in [brackets], as the lexicon file writes it."""
    pieces, position = [], 0
    for start, end in sorted(spans):
        pieces += [example.text[position:start], f"[{example.text[start:end]}]"]
        position = end
    pieces.append(example.text[position:])
    return "".join(pieces)


def category_examples(lexicon: Lexicon, category: str) -> list[Example]:
    """The @flag examples of the files that define ``category``."""
    return [e for f in lexicon.files if f.category == category for e in f.examples if e.expect_flags]


def entry_examples(lexicon: Lexicon, entry: Entry) -> list[str]:
    """The category's @flag sentences in which this very entry flags a bracketed span."""
    found = []
    for example in category_examples(lexicon, entry.category):
        spans = [
            (f.start, f.end)
            for f in flags_in(lexicon, example.text)
            if f.rule == entry.rule and (f.start, f.end) in example.spans
        ]
        if spans:
            found.append(bracketed(example, spans))
    return found


def explain_phrase(lexicon: Lexicon, phrase: str) -> list[Explained]:
    """The entries that flag ``phrase`` (in text order, each once), with examples."""
    seen: dict[str, Explained] = {}
    for flag in flags_in(lexicon, phrase):
        if flag.rule in seen:
            continue
        own = entry_examples(lexicon, flag.entry)
        examples = own or [
            bracketed(e, e.spans) for e in category_examples(lexicon, flag.category)[:EXAMPLES_SHOWN]
        ]
        seen[flag.rule] = Explained(flag.entry, flag.text, tuple(own[:EXAMPLES_SHOWN] or examples), bool(own))
    return list(seen.values())


def categories_with(lexicon: Lexicon, technique: str) -> list[str]:
    """The lexicon categories that map to a persuasion technique."""
    return [f.category for f in lexicon.files if technique in f.techniques]


def entry_count(lexicon: Lexicon, term: Term) -> int:
    return sum(1 for e in lexicon.entries if e.category == term.id)
