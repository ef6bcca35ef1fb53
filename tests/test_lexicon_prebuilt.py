"""The bundled lexicon's pack: made by the build, read lazily, the same flags as the lexicon compiled at run
time, and never read once a lexicon it was made from has changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from framing.errors import FramingError
from framing.lexicon import bundled_lexicon_dir, load_lexicon, prebuilt
from framing.lexicon.load import lexicon_paths
from framing.repetition import repetitions
from tests.conftest import REWRITE, SEED

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "rusentrel-train" / "texts"
TEXTS = [SEED, REWRITE, *sorted(DATA.glob("art*.txt"))[:6]]


@pytest.fixture(scope="module")
def both():
    """(the lexicon read from the pack, the same lexicon compiled at run time)."""
    return load_lexicon(), load_lexicon(prebuilt=False)


def test_the_installed_checkout_has_a_current_pack() -> None:
    """`uv sync` (or any install) ran the build hook: a stale or missing pack would cost every run ~0.4 s."""
    folder = bundled_lexicon_dir()
    assert prebuilt.read(folder, lexicon_paths(folder)) is not None, (
        "no current pack: run `uv sync --reinstall-package framing` or `python -m framing.lexicon.prebuilt`"
    )


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_pack_flags_what_the_compiled_lexicon_flags(both, path: Path) -> None:
    packed, compiled = both
    text = path.read_text(encoding="utf-8")
    flags = []
    for lexicon in (packed, compiled):
        found = [f for offset, line in _lines(text) for f in lexicon.flags(line, offset)]
        flags.append([(f.start, f.end, f.rule, f.modifier, [a.rule for a in f.alternatives]) for f in found])
        flags.append([r.lemma for r in repetitions(found, lexicon, minimum=2)])
    assert flags[0] == flags[2] and flags[1] == flags[3]
    assert flags[0], "the texts have flags: the comparison compares something"


@pytest.mark.parametrize(
    "disabled", [["cliche"], ["political-actor"], ["negator", "metaphor", "rhetoric"]], ids=", ".join
)
def test_disabled_categories_come_from_the_pack_alike(disabled: list[str]) -> None:
    """`--disable` restricts the pack's lexicon instead of compiling anew: the same flags either way (a
    context category disabled included)."""
    packed, compiled = load_lexicon(disabled=disabled), load_lexicon(disabled=disabled, prebuilt=False)
    text = SEED.read_text(encoding="utf-8") + REWRITE.read_text(encoding="utf-8")
    flags = [[(f.start, f.rule) for f in lexicon.flags(text)] for lexicon in (packed, compiled)]
    assert flags[0] == flags[1] and flags[0]
    assert not {f.category for f in packed.flags(text)} & set(disabled)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("симпатии", ("симпатия", "NOUN")), ("теплый", ("теплый", "ADJF")), ("табуретка", None)],
)
def test_lemmas_come_from_the_pack(both, form: str, lemma: tuple[str, str] | None) -> None:
    packed, compiled = both
    assert packed.lemma_of[form] == compiled.lemma_of[form] == lemma


def test_the_pack_describes_the_same_files_and_entries(both) -> None:
    packed, compiled = both
    assert len(packed.entries) == len(compiled.entries)
    assert list(packed.entries) == list(compiled.entries)
    # read as the sequences they stand for: by number from either end, reversed, `in` and `==`
    entries, last = packed.entries, compiled.entries[-1]
    assert entries[-1] == last and next(reversed(entries)) == last and last in entries
    assert entries == compiled.entries and packed.slots == compiled.slots
    assert [(f.category, f.role, f.title, len(f.entries), len(f.examples)) for f in packed.files] == [
        (f.category, f.role, f.title, len(f.entries), len(f.examples)) for f in compiled.files
    ]
    assert (packed.modifiers, packed.contexts, packed.constraints) == (
        compiled.modifiers,
        compiled.contexts,
        compiled.constraints,
    )


def test_an_edited_lexicon_is_not_read_from_its_old_pack(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons"
    shutil.copytree(bundled_lexicon_dir(), folder, ignore=shutil.ignore_patterns(prebuilt.NAME))
    assert prebuilt.read(folder, lexicon_paths(folder)) is None  # no pack yet
    prebuilt.write(load_lexicon(prebuilt=False), lexicon_paths(folder), folder / prebuilt.NAME)
    assert prebuilt.read(folder, lexicon_paths(folder)) is not None
    with (folder / "intensifier.lex").open("a", encoding="utf-8") as file:
        file.write("небывало | Усиливает. | заметно\n")
    assert prebuilt.read(folder, lexicon_paths(folder)) is None


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _bundled_pack() -> bytes:
    return (bundled_lexicon_dir() / prebuilt.NAME).read_bytes()


@pytest.mark.parametrize(
    "cut",
    [
        lambda pack: b"",
        lambda pack: b"framing lexicon pack 1\n{not json\n",
        lambda pack: b"PK\x03\x04 a zip",
        lambda pack: pack[: len(pack) // 2],  # cut in a copy
        lambda pack: pack[:-1],
        lambda pack: pack + b"\0",
    ],
)
def test_a_broken_pack_is_an_error_that_says_what_to_do(tmp_path: Path, cut) -> None:
    folder = tmp_path / "lexicons"
    shutil.copytree(bundled_lexicon_dir(), folder, ignore=shutil.ignore_patterns(prebuilt.NAME))
    (folder / prebuilt.NAME).write_bytes(cut(_bundled_pack()))
    with pytest.raises(FramingError, match=r"bundled\.pack: the bundled lexicon pack is broken .*reinstall"):
        prebuilt.read(folder, lexicon_paths(folder))


def test_the_same_lexicons_make_the_same_pack(tmp_path: Path) -> None:
    """Byte for byte, whatever the hash seed of the process that builds it (reproducible wheels)."""
    import os
    import subprocess
    import sys

    script = "import sys; from framing.lexicon import prebuilt; prebuilt.main(sys.argv[1])"
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "FRAMING_CACHE_DIR": str(tmp_path / seed)}
        command = [sys.executable, "-c", script, str(tmp_path / f"{seed}.pack")]
        subprocess.run(command, check=True, env=environment, capture_output=True)
    assert (tmp_path / "1.pack").read_bytes() == (tmp_path / "2.pack").read_bytes() == _bundled_pack()


def test_the_pack_was_expanded_with_the_installed_dictionaries() -> None:
    from framing.lexicon.compile import dictionary_version

    folder = bundled_lexicon_dir()
    assert prebuilt.read(folder, lexicon_paths(folder)).header["dictionaries"] == dictionary_version()


@pytest.mark.parametrize(("form", "looked_up"), [("симпатии", ("симпатия", "NOUN")), ("табуретка", None)])
def test_a_table_answers_get_and_in_as_it_answers_lookups(both, form: str, looked_up) -> None:
    for lexicon in both:
        assert lexicon.lemma_of.get(form) == lexicon.lemma_of[form] == looked_up
        assert (form in lexicon.lemma_of) == (looked_up is not None)


def test_a_pack_is_written_from_a_compiled_lexicon_only(both, tmp_path: Path) -> None:
    packed, _ = both
    folder = bundled_lexicon_dir()
    with pytest.raises(ValueError, match="from a compiled lexicon"):
        prebuilt.write(packed, lexicon_paths(folder), tmp_path / prebuilt.NAME)
