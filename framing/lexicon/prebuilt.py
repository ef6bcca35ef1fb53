"""The bundled lexicon compiled at build time, in a pack that a start-up reads in milliseconds.

Parsing the 18 bundled files, reading their compiled forms and indexing ~10⁵ word forms takes ~0.4 s, on
every run; a one-line check spends most of its time there. The pack holds all of it already done, and is read
lazily: everything keyed by word form — anchored entries, lemmas, one-word flags, context words — in buckets
read as the text's forms are first looked up (``table.py``), and each entry when it first makes a flag. A run
that analyses one sentence reads a few buckets and entries, not 10⁵ forms and 5,000 entries.

Layout: ``MAGIC``, one line of JSON (the header: the sources digest, the dictionaries' version, which entries
are modifiers and context words, the categories' constraints, the sections' places), then the sections: one
per form table of ``TABLES`` (its forms in buckets by ``bucket_of``), ``groups`` (the entries anchored on a
set of forms, as (entry, anchor) pairs), ``slots`` (each entry's accepted forms, read when its neighbours
are checked), ``entries`` (each entry, read when it first makes a flag) and ``files`` (each file parsed,
with its examples, for the commands that list or explain them). A section is a table of ``count + 1``
little-endian uint32 offsets, then its records, one JSON document each; the sections end where the file
does, which opening checks, so a cut file is an error, not a crash. Only JSON is decoded: nothing in the
pack is executed. The file is mapped, not read: it is replaced by renaming a new one into place (as
``write`` does), never rewritten in place under a running process.

The pack is written by the build (``python -m framing.lexicon.prebuilt``; the wheel and an editable install
run it) next to the files it was made from, and it names the sha256 of their bytes and of the code in
``MAKERS``: edited lexicons or edited loading and compiling code no longer match it, and the lexicons are
then compiled at run time as user lexicons are (``load.py``). The same lexicons make the same pack, byte for
byte.
"""

from __future__ import annotations

import functools
import hashlib
import json
import mmap
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from framing.errors import FramingError
from framing.lexicon.compile import dictionary_version
from framing.lexicon.format import Entry, Example, LexiconFile
from framing.lexicon.index import Anchored
from framing.lexicon.lexicon import FormTables, Lexicon
from framing.lexicon.table import FormTable

MAGIC = b"framing lexicon pack 1\n"
NAME = "bundled.pack"
BUCKETS = 32768  # per table: a bucket holds a few forms, so a form read costs a few hundred bytes of JSON
T = TypeVar("T")
TABLES = ("index", "lemma", "single", "contexts")  # the form tables, each a section of buckets
SECTIONS = (*TABLES, "groups", "slots", "entries", "files")


def bucket_of(form: str) -> int:
    """A form's bucket: the same in every process (``hash()`` of a str is not)."""
    return zlib.crc32(form.encode()) % BUCKETS


#: The code a pack's content depends on, besides the lexicon files: a checkout whose compiler, loader or
#: index changed has a stale pack even when no lexicon did (the same files as uv's cache-keys).
MAKERS = ("lexicon/*.py", "morph.py")


def sources_digest(files: Sequence[Path]) -> str | None:
    """What a pack is made from: the names and bytes of the lexicon files, and the code that compiles them;
    None when that code cannot be read (an install without sources), which makes any pack stale."""
    digest = hashlib.sha256(MAGIC)
    package = Path(__file__).resolve().parent.parent
    makers = sorted(path for pattern in MAKERS for path in package.glob(pattern))
    try:
        for path in [*files, *makers]:
            data = path.read_bytes()
            digest.update(f"{path.name}\0{len(data)}\0".encode() + data)
    except OSError:
        return None
    return digest.hexdigest()


class Pack:
    """An open pack: its header, and its records read on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as file:
            self._data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        if self._data[: len(MAGIC)] != MAGIC:
            raise ValueError("it does not start as a pack does")
        end = self._data.find(b"\n", len(MAGIC))
        self.header: dict[str, Any] = json.loads(self._data[len(MAGIC) : end])
        position = end + 1  # the sections follow one another to the end of the file: a cut file shows
        self._sections = {}
        for name in SECTIONS:
            start, count = self.header["sections"][name]
            table = position + 4 * (count + 1)
            if start != position - end - 1 or table > len(self._data):
                raise ValueError(f"section {name} is not where the header puts it")
            offsets = array("I", self._data[position:table])
            if sys.byteorder == "big":
                offsets.byteswap()
            self._sections[name] = (table, offsets)
            position = table + offsets[-1]
        if position != len(self._data):
            raise ValueError(f"{len(self._data)} bytes where the sections take {position}")

    def record(self, section: str, number: int) -> Any:
        """Record ``number`` of a section, decoded."""
        start, offsets = self._sections[section]
        try:
            return json.loads(self._data[start + offsets[number] : start + offsets[number + 1]])
        except ValueError:
            raise _broken(self.path, f"record {number} of {section} is not JSON") from None

    def count(self, section: str) -> int:
        return len(self._sections[section][1]) - 1


def read(folder: Path, lex_files: Sequence[Path]) -> Pack | None:
    """The pack in ``folder`` if it was made from exactly ``lex_files``; None when there is none (a source
    checkout before its first build) or it is stale (a lexicon edited since)."""
    path = folder / NAME
    if not path.is_file():
        return None
    try:
        pack = Pack(path)
        sources = pack.header["sources"]
    except (ValueError, KeyError, TypeError, IndexError) as error:
        raise _broken(path, str(error)) from None
    current = sources_digest(lex_files)
    return pack if current is not None and sources == current else None


def _broken(path: Path, why: str) -> FramingError:
    return FramingError(
        f"{path}: the bundled lexicon pack is broken ({why}); reinstall framing, or in a checkout run "
        "python -m framing.lexicon.prebuilt"
    )


def lexicon(pack: Pack, folder: Path, rules: tuple = ()) -> Lexicon:
    """The lexicon a pack holds, with ``rules`` (framing/rules) in force."""
    header = pack.header
    paths = [str(folder / name) for name in header["files"]]
    entries = _Numbered(pack.count("entries"), lambda n: _entry(pack.record("entries", n), paths))
    slots = _Numbered(
        pack.count("slots"), lambda n: [None if s is None else frozenset(s) for s in pack.record("slots", n)]
    )
    groups: dict[int, Anchored] = {}  # a group is shared by the forms of its anchor: made once

    def anchored(group: int) -> Anchored:
        if group not in groups:
            ending, gapped, by_next = pack.record("groups", group)
            groups[group] = Anchored(
                tuple(map(tuple, ending)),
                tuple(map(tuple, gapped)),
                tuple({form: list(map(tuple, pairs)) for form, pairs in table.items()} for table in by_next),
            )
        return groups[group]

    def table(name: str, convert: Callable[[Any], Any]) -> FormTable:
        bucket = functools.lru_cache(maxsize=BUCKETS)(functools.partial(pack.record, name))

        def look_up(form: str) -> Any:
            value = bucket(bucket_of(form)).get(form)
            return None if value is None else convert(value)

        return FormTable(look_up=look_up)

    def file(number: int) -> LexiconFile:  # the packed files, then the rules as files (as load.py lists them)
        if number < len(paths):
            return _file(pack.record("files", number), paths[number])
        return rules[number - len(paths)].as_file()

    tables = FormTables(
        index=table("index", anchored),
        lemma_of=table("lemma", tuple),
        single_words=table("single", bool),
        context_forms=table("contexts", frozenset),
    )
    return Lexicon.assemble(
        _Numbered(len(paths) + len(rules), file),
        entries,
        slots,
        tables=tables,
        modifiers={int(n): role for n, role in header["modifiers"].items()},
        contexts={int(n): category for n, category in header["contexts"].items()},
        constraints={c: (frozenset(r), frozenset(u)) for c, (r, u) in header["constraints"].items()},
        rules=rules,
    )


class _Numbered(dict[int, T]):
    """Number -> item (a file, an entry, its slots), read the first time it is asked for. The matcher asks for
    an entry's slots at every candidate, so once read an item is a plain dictionary hit, not a method call.
    Read as a sequence: by number (no slices), ``len``, iteration, ``in``, ``reversed`` and ``==`` see every
    item; the dict's own ``get``, ``keys`` and ``items`` see only those read so far."""

    __slots__ = ("_count", "_read")

    def __init__(self, count: int, read: Callable[[int], T]) -> None:
        super().__init__()
        self._count, self._read = count, read

    def __missing__(self, number: int) -> T:
        if not isinstance(number, int) or not -self._count <= number < self._count:
            raise IndexError(number)
        if number < 0:
            return self[number + self._count]
        item = self[number] = self._read(number)
        return item

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return (self[n] for n in range(self._count))

    def __reversed__(self) -> Iterator[T]:  # type: ignore[override]
        return (self[n] for n in reversed(range(self._count)))

    def __contains__(self, item: object) -> bool:
        return any(value == item for value in self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence | _Numbered) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _entry(data: list, paths: list[str]) -> Entry:
    file, pattern, category, explanation, neutral, polarity, techniques, source, line = data
    return Entry(
        pattern, category, explanation, tuple(neutral), polarity, tuple(techniques), source, paths[file], line
    )


def _file(data: dict, path: str) -> LexiconFile:
    """A parsed file from its record."""
    entries = [
        Entry(pattern, category, explanation, tuple(neutral), polarity, tuple(techniques), source, path, line)
        for pattern, category, explanation, neutral, polarity, techniques, source, line in data["entries"]
    ]
    examples = [
        Example(text, tuple(tuple(span) for span in spans), expect, path, line)
        for text, spans, expect, line in data["examples"]
    ]
    return LexiconFile(
        path,
        data["category"],
        data["title"],
        tuple(data["techniques"]),
        data["role"],
        tuple(data["requires"]),
        tuple(data["unless"]),
        entries,
        examples,
    )


def write(lexicon: Lexicon, lex_files: Sequence[Path], path: Path) -> None:
    """Write the pack of ``lexicon``, compiled from ``lex_files`` (rules are code: they are not packed)."""
    tables = (lexicon.index, lexicon.lemma_of, lexicon.single_words, lexicon.context_forms)
    if any(table.lazy for table in tables):
        raise ValueError("a pack is written from a compiled lexicon, not from another pack")
    files = lexicon.files[: len(lex_files)]
    file_of = {id(entry): n for n, f in enumerate(files) for entry in f.entries}
    numbers: dict[int, int] = {}  # id(Anchored) -> group number
    groups: list[list] = []
    buckets: dict[str, list[dict]] = {name: [{} for _ in range(BUCKETS)] for name in TABLES}
    # Forms in sorted order, so that groups are numbered and buckets filled alike on every build: the same
    # lexicons give the same pack, byte for byte, whatever the hash seed.
    for form, anchored in sorted(lexicon.index.known().items()):
        if id(anchored) not in numbers:
            numbers[id(anchored)] = len(groups)
            groups.append(
                [
                    anchored.ending,
                    anchored.gapped,
                    [dict(sorted(table.items())) for table in anchored.by_next],
                ]
            )
        buckets["index"][bucket_of(form)][form] = numbers[id(anchored)]
    for name, table in (
        ("lemma", lexicon.lemma_of),
        ("single", lexicon.single_words),
        ("contexts", lexicon.context_forms),
    ):
        for form, value in sorted(table.known().items()):
            buckets[name][bucket_of(form)][form] = sorted(value) if name == "contexts" else value
    header = {
        "sources": sources_digest(lex_files),
        "dictionaries": dictionary_version(),  # what the forms were expanded with (tests compare)
        "files": [Path(f.path).name for f in files],
        "modifiers": lexicon.modifiers,
        "contexts": lexicon.contexts,
        "constraints": {c: [sorted(r), sorted(u)] for c, (r, u) in lexicon.constraints.items()},
    }
    slots = [[None if s is None else sorted(s) for s in entry_slots] for entry_slots in lexicon.slots]
    entries = [
        [
            file_of[id(e)],
            e.pattern,
            e.category,
            e.explanation,
            e.neutral,
            e.polarity,
            e.techniques,
            e.source,
            e.line,
        ]
        for e in lexicon.entries
    ]
    records = {
        **buckets,
        "groups": groups,
        "slots": slots,
        "entries": entries,
        "files": [_file_data(f) for f in files],
    }
    body, places = bytearray(), {}
    for name in SECTIONS:
        encoded = [json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() for r in records[name]]
        places[name] = [len(body), len(encoded)]
        offsets = array("I", [0])
        for record in encoded:
            offsets.append(offsets[-1] + len(record))
        if sys.byteorder == "big":
            offsets.byteswap()
        body += offsets.tobytes() + b"".join(encoded)
    header["sections"] = places
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(MAGIC + json.dumps(header, ensure_ascii=False).encode() + b"\n" + body)
    temporary.replace(path)


def _file_data(file: LexiconFile) -> dict:
    return {
        "category": file.category,
        "title": file.title,
        "techniques": file.techniques,
        "role": file.role,
        "requires": file.requires,
        "unless": file.unless,
        "entries": [
            [e.pattern, e.category, e.explanation, e.neutral, e.polarity, e.techniques, e.source, e.line]
            for e in file.entries
        ],
        "examples": [[x.text, x.spans, x.expect_flags, x.line] for x in file.examples],
    }


def main(path: str | None = None) -> None:
    """Compile the bundled lexicons and write their pack beside them, or to ``path`` (the build runs this)."""
    from framing.lexicon.load import bundled_lexicon_dir, lexicon_paths, load_lexicon

    folder = bundled_lexicon_dir()
    lex_files = lexicon_paths(folder)
    target = Path(path) if path else folder / NAME
    write(load_lexicon(prebuilt=False), lex_files, target)
    print(f"wrote {target} ({target.stat().st_size / 2**20:.1f} MB) from {len(lex_files)} lexicon files")


if __name__ == "__main__":
    main(*sys.argv[1:2])
