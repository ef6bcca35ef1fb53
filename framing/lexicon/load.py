"""Find lexicon files, merge user lexicons over the bundled ones, and compile the result for matching.

Loading is where compiling and caching happen, explicitly: the compiled form is read from the cache when it
holds exactly these patterns, else compiled and stored (``cache.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from framing.errors import FramingError
from framing.lexicon.compile import Compiled, expand, from_data
from framing.lexicon.format import Entry, LexiconFile, parse_file
from framing.lexicon.lexicon import Lexicon

if TYPE_CHECKING:
    from framing.lexicon.cache import Kind

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
        files = sorted(path for path in location.glob("*.lex") if not path.is_dir())
        if not files:
            raise FramingError(f"{location}: no .lex files in this directory")
        return files
    if not location.is_file():
        raise FramingError(f"{location}: lexicon not found")
    return [location]


def lexicon_files(locations: Iterable[Path] = ()) -> list[Path]:
    """The .lex files of the given files and directories, or the bundled ones when none are given."""
    return [
        path for location in (list(locations) or [bundled_lexicon_dir()]) for path in lexicon_paths(location)
    ]


def compiled_entries(entries: list[Entry], kind: Kind = "combined") -> Compiled:
    """The compiled patterns of ``entries``, from the cache or compiled now and cached."""
    from framing.lexicon import cache  # not imported by a run the pack serves

    patterns = [entry.pattern for entry in entries]
    compiled = cache.read(patterns, kind)
    if compiled is None:
        data = expand(patterns)
        cache.write(data, kind)
        compiled = from_data(data)
    return compiled


def load_lexicon(
    extra: Iterable[Path] = (), disabled: Iterable[str] = (), *, bundled: bool = True, prebuilt: bool = True
) -> Lexicon:
    """Bundled lexicons, then each ``extra`` file or directory; later entries with the same rule override.

    ``disabled`` names categories to switch off; naming an unknown one is an error, so a typo is not silent.
    The bundled lexicons alone, with or without categories disabled, come from their pack when it matches
    them (``prebuilt.py``), unless ``prebuilt`` is False.
    """
    from framing.lexicon import prebuilt as packed
    from framing.rules import RULES

    extra, disabled = list(extra), list(disabled)
    rules = RULES if bundled else []
    if bundled and prebuilt and not extra:
        folder = bundled_lexicon_dir()
        pack = packed.read(folder, lexicon_paths(folder))
        if pack is not None:
            lexicon = packed.lexicon(pack, folder, tuple(rules))
            if not disabled:
                return lexicon
            _check_disabled(disabled, lexicon.files)
            return lexicon.restricted(lambda entry: entry.category not in disabled, keep_contexts=False)
    locations = ([bundled_lexicon_dir()] if bundled else []) + extra
    files = [parse_file(path) for path in lexicon_files(locations)]
    files += [r.as_file() for r in rules]
    _check_disabled(disabled, files)
    by_rule: dict[str, Entry] = {}
    rule_ids = {r.id for r in rules}
    for lexicon_file in files:
        if lexicon_file.category in disabled:
            continue
        for entry in lexicon_file.entries:
            if entry.rule not in rule_ids:
                by_rule[entry.rule] = entry
    entries = list(by_rule.values())
    kind: Kind = "bundled" if bundled and not extra and not disabled else "combined"
    in_force = tuple(r for r in rules if r.category not in disabled)
    return Lexicon.build(files, entries, compiled_entries(entries, kind), in_force)


def _check_disabled(disabled: list[str], files: Iterable[LexiconFile]) -> None:
    """Naming a category that does not exist is an error, so that a typo does not silently disable nothing."""
    known = {f.category for f in files}
    for category in disabled:
        if category not in known:
            raise FramingError(f"--disable {category}: no such category (known: {', '.join(sorted(known))})")


def parsed_files(locations: Iterable[Path] = ()) -> list[LexiconFile]:
    """Every lexicon file of ``locations`` (default: the bundled ones and the rules), parsed and validated;
    a rule's module (``framing/rules/NAME.py``) may be named as a location too."""
    from framing.rules import RULES

    locations = list(locations)
    by_path = {}
    for r in RULES:
        by_path.setdefault(str(Path(r.entry.path).resolve()), []).append(r)
    if not locations:
        return [parse_file(path) for path in lexicon_files()] + [r.as_file() for r in RULES]
    files = []
    for location in locations:
        module_rules = by_path.get(str(location.resolve()))
        if module_rules:
            files += [r.as_file() for r in module_rules]
        else:
            files += [parse_file(path) for path in lexicon_paths(location)]
    return files
