"""Settings of the CI gate: defaults, then the nearest config file (its matching per-glob sections last),
then the command line. Every value remembers where it came from, for ``framing config``.

A config file is ``.framing.toml`` (settings at the top level) or ``pyproject.toml`` (under
``[tool.framing]``), the first found walking up from the checked file's directory:

    max-density = 8            # flags per 100 words (document rule "density")
    max-tone = 0.6             # |overall tone| (document rule "tone"); unset: not checked
    max-unattributed = 2       # unattributed claims (document rule "unattributed"); unset: not checked
    max-repeats = 4            # places of one repeated evaluative lemma (rule "repetition")
    fail-on = "error"          # the level that fails the run
    min-level = "suggestion"   # the lowest level printed
    skip-quoted = true         # flags inside direct quotations are the speaker's words: not findings
    lexicons = ["our-lexicons"]  # added over the bundled ones (paths relative to the config file)
    disable = ["cliche"]       # categories switched off
    baseline = ".framing-baseline.json"
    [levels]                   # per lexicon category or document rule
    intensifier = "suggestion"
    density = "error"
    ["corpus/*.md"]            # a section for the files matching a glob (relative to the config file)
    max-density = 15
"""

from __future__ import annotations

import fnmatch
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from framing.errors import FramingError
from framing.gate.levels import Level, parse_level

CONFIG_FILES = (".framing.toml", "pyproject.toml")
DOCUMENT_RULES = ("density", "tone", "unattributed", "repetition")
DEFAULT_LEVELS: dict[str, Level] = {
    "density": "error",
    "tone": "error",
    "unattributed": "warning",
    "repetition": "suggestion",
}
FLAG_LEVEL: Level = "warning"  # every lexicon category's, unless configured
KEYS = (
    "max-density",
    "max-tone",
    "max-unattributed",
    "max-repeats",
    "fail-on",
    "min-level",
    "skip-quoted",
    "lexicons",
    "disable",
    "baseline",
    "levels",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides what a check finds and when it fails."""

    max_density: float = 10.0
    max_tone: float | None = None
    max_unattributed: int | None = None
    max_repeats: int | None = None
    fail_on: Level = "error"
    min_level: Level = "suggestion"
    skip_quoted: bool = False
    lexicons: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    baseline: str | None = None
    levels: Mapping[str, Level] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)  # setting name -> where its value came from

    def level(self, rule: str) -> Level:
        """The level of a lexicon category or a document rule."""
        return self.levels.get(rule, DEFAULT_LEVELS.get(rule, FLAG_LEVEL))

    def merged(self, values: Mapping[str, Any], source: str) -> Settings:
        """These settings with ``values`` (already checked, snake_case names) over them."""
        changes = {name: value for name, value in values.items() if name != "levels"}
        levels = dict(self.levels)
        sources = dict(self.sources)
        sources.update(dict.fromkeys(changes, source))
        for rule, level in values.get("levels", {}).items():
            levels[rule] = level
            sources[f"levels.{rule}"] = source
        return replace(self, **changes, levels=levels, sources=sources)


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """A parsed config file: its top-level values and its per-glob sections, in file order."""

    path: Path
    values: Mapping[str, Any]
    sections: tuple[tuple[str, Mapping[str, Any]], ...]

    def settings_for(self, file: Path, base: Settings) -> Settings:
        settings = base.merged(self.values, shown(self.path))
        try:
            relative = file.resolve().relative_to(self.path.parent.resolve()).as_posix()
        except ValueError:
            relative = file.as_posix()
        for glob, values in self.sections:
            if fnmatch.fnmatch(relative, glob):
                settings = settings.merged(values, f"{shown(self.path)} [{glob}]")
        return settings


def shown(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def find_config(start: Path) -> Path | None:
    """The nearest ``.framing.toml``, or ``pyproject.toml`` with a ``[tool.framing]`` table, from ``start``'s
    directory up."""
    directory = (start if start.is_dir() else start.parent).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_framing_table(candidate)):
                return candidate
    return None


def _has_framing_table(pyproject: Path) -> bool:
    try:
        return "[tool.framing" in pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def read_config(path: Path) -> ConfigFile:
    """Parse and check a config file; FramingError('file:line: what is wrong') on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FramingError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise FramingError(f"{path}: cannot read the config file ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        reason = str(error).split(" (at ")[0]
        raise FramingError(f"{path}:{line.group(1) if line else 1}: {reason}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("framing", {})
    values, sections = {}, []
    for key, value in data.items():
        if isinstance(value, dict) and key != "levels":
            sections.append((key, _checked(value, text, path, section=key)))
        else:
            values[key] = value
    return ConfigFile(path, _checked(values, text, path), tuple(sections))


def _checked(values: Mapping[str, Any], text: str, path: Path, section: str | None = None) -> dict[str, Any]:
    """Config values under their Settings names, each checked; errors name the file and line."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        try:
            if key not in KEYS:
                raise ValueError(f"unknown setting {key!r} (known: {', '.join(KEYS)})")
            checked[key.replace("-", "_")] = _value(key, value, path)
        except ValueError as error:
            raise FramingError(f"{path}:{_line_of(text, key, section)}: {error}") from None
    return checked


def _value(key: str, value: Any, path: Path) -> Any:
    if key == "max-density":
        return check_density(value)
    if key == "max-tone":
        return check_tone(value)
    if key in ("max-unattributed", "max-repeats"):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{key} must be a whole number, 0 or more, not {value!r}")
        return value
    if key in ("fail-on", "min-level"):
        return parse_level(value, key)
    if key == "skip-quoted":
        if not isinstance(value, bool):
            raise ValueError(f"skip-quoted must be true or false, not {value!r}")
        return value
    if key in ("lexicons", "disable"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key} must be a list of strings")
        return tuple(str(path.parent / v) for v in value) if key == "lexicons" else tuple(value)
    if key == "baseline":
        if not isinstance(value, str):
            raise ValueError("baseline must be a file name")
        return str(path.parent / value)
    if not isinstance(value, dict):  # levels
        raise ValueError("levels must be a table: category or rule = level")
    return {rule: parse_level(level, f"levels.{rule}") for rule, level in value.items()}


def check_density(value: Any) -> float:
    """A density limit: a finite number of flags per 100 words, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"max-density must be a finite number, 0 or more, not {value!r}")
    return float(value)


def check_tone(value: Any) -> float:
    """A tone limit: within 0..1."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"max-tone must be a number from 0 to 1, not {value!r}")
    return float(value)


def _line_of(text: str, key: str, section: str | None) -> int:
    """The line where ``key`` is set (inside ``section`` if given), for error messages."""
    lines = text.splitlines()
    start = 0
    if section is not None:
        header = re.compile(r"^\s*\[[^\]]*" + re.escape(section) + r"[^\]]*\]\s*$")
        start = next((n for n, line in enumerate(lines) if header.match(line)), 0)
    pattern = re.compile(
        r'^\s*["\']?' + re.escape(key) + r'["\']?\s*=|^\s*\[[^\]]*\b' + re.escape(key) + r"\b"
    )
    for number in range(start, len(lines)):
        if pattern.match(lines[number]):
            return number + 1
    return start + 1


def settings_for(file: Path, command_line: Mapping[str, Any], config: Path | None = None) -> Settings:
    """The settings a file is checked with: defaults, the config file (``config``, else the nearest one),
    then what the command line gave."""
    settings = Settings(sources={})
    config_path = config or find_config(file)
    if config_path is not None:
        settings = read_config(config_path).settings_for(file, settings)
    return settings.merged(command_line, "command line")
