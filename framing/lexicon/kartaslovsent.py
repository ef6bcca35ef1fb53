"""Convert the KartaSlovSent crowd lexicon into user lexicon files.

KartaSlovSent (github.com/dkulagin/kartaslov) is CC BY-NC-SA 4.0, so framing can never bundle it; a user who
has the CSV converts it for their own use. Its terms are dictionary forms, so entries match every inflection.
"""

from __future__ import annotations

import csv
from pathlib import Path

from framing.errors import FramingError
from framing.lexicon.format import WORD

COLUMNS = ("term", "tag", "value")
CATEGORIES = {"PSTV": ("kartaslovsent-positive", "positive"), "NGTV": ("kartaslovsent-negative", "negative")}
HEADER = """\
# Converted from KartaSlovSent ({source}) by `framing lexicon import kartaslovsent`.
# KartaSlovSent: github.com/dkulagin/kartaslov, licence CC BY-NC-SA 4.0 — for your own non-commercial use;
# do not redistribute this file with framing (MIT). Entries with |value| >= {strength}.
@category   {category}
@title      KartaSlovSent {polarity} words (crowd-rated)
@technique  Loaded_Language
@polarity   {polarity}
@source     kartaslovsent
"""


def convert(source: Path, output: Path, min_strength: float = 0.5) -> dict[str, int]:
    """Write ``kartaslovsent-positive.lex`` and ``-negative.lex`` into ``output``; return entries per file."""
    rows = _read(source)
    output.mkdir(parents=True, exist_ok=True)
    written = {}
    for tag, (category, polarity) in CATEGORIES.items():
        lines = [
            HEADER.format(source=source.name, strength=min_strength, category=category, polarity=polarity)
        ]
        seen = set()
        for term, row_tag, value in rows:
            if row_tag != tag or abs(value) < min_strength or term in seen or not _expressible(term):
                continue
            seen.add(term)
            lines.append(f"{term} | KartaSlovSent: crowd rating {value:+.2f} ({polarity}). |\n")
        path = output / f"{category}.lex"
        path.write_text("".join(lines), encoding="utf-8")
        written[str(path)] = len(seen)
    return written


def _expressible(term: str) -> bool:
    """Whether the term can be written as a pattern (words of letters, digits and hyphens)."""
    return all(WORD.match(word) and not word.startswith("=") for word in term.split())


def _read(source: Path) -> list[tuple[str, str, float]]:
    try:
        with source.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=";")
            if not reader.fieldnames or not set(COLUMNS) <= set(reader.fieldnames):
                raise FramingError(
                    f"{source}: not the KartaSlovSent CSV (needs columns {', '.join(COLUMNS)})"
                )
            rows = []
            for number, row in enumerate(reader, start=2):
                try:
                    rows.append((" ".join(row["term"].lower().split()), row["tag"], float(row["value"])))
                except (TypeError, ValueError):
                    raise FramingError(f"{source}:{number}: bad value {row.get('value')!r}") from None
            return rows
    except FileNotFoundError:
        raise FramingError(f"{source}: no such file") from None
    except UnicodeDecodeError as error:
        raise FramingError(f"{source}: not UTF-8 ({error.reason})") from None
