"""Parse one ``.lex`` file into entries and examples, naming ``file:line`` in every error.

The format, line by line (see README, "Lexicon format"):

    # comment
    @category   relations
    @title      Framing of relations
    @technique  Loaded_Language                      # the default technique of the entries that follow
    @polarity   positive
    @explain    Default explanation for entries that give none.
    @source     framing
    @role       flag | negator | downtoner | context
    @require    political-actor     # entries flag only in a sentence that also has a word of this category
    @unless     literal-domain      # ... and none of this one
    @flag       Визит показал наличие [настоящей дружбы] между лидерами.
    @pass       Стороны подписали соглашение о дружбе и сотрудничестве.
    PATTERN | EXPLANATION | NEUTRAL; ALTERNATIVES | TECHNIQUE
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from framing.errors import FramingError

GAP = "..."
#: What a file's entries do: flag framing language, or modify the flag that follows them.
Role = Literal["flag", "negator", "downtoner", "context"]
#: Which way an entry pulls the tone of its sentence (see tone.py).
Polarity = Literal["positive", "negative", "none"]
ROLES: tuple[Role, ...] = get_args(Role)
POLARITIES: tuple[Polarity, ...] = get_args(Polarity)
CATEGORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
WORD = re.compile(r"^=?[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*$")
#: A word with its family: ``циничный+`` also matches «цинично» and «циничность» (see compile.py).
FAMILY = "+"
TECHNIQUE_ID = re.compile(r"^[A-Z][A-Za-z_-]*$")
BRACKETED = re.compile(r"\[([^\[\]]+)\]")
#: '...' gaps a pattern may have: matching costs at most slots × words steps per sentence whatever the
#: pattern (match.py remembers failed states), and more gaps than this is a pattern nobody means.
MAX_GAPS = 4
#: Words (and gaps) a pattern may have.
MAX_PATTERN_WORDS = 12
DIRECTIVES = (
    "category",
    "title",
    "technique",
    "polarity",
    "explain",
    "source",
    "role",
    "require",
    "unless",
    "flag",
    "pass",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: a pattern and what a match of it means."""

    pattern: str
    category: str
    explanation: str
    neutral: tuple[str, ...]
    polarity: Polarity
    techniques: tuple[str, ...]
    source: str
    path: str
    line: int
    rule_id: str = ""  # a rule (framing/rules) names itself: ``rule:scare-quotes``
    rule: str = field(init=False)  # the stable id in every flag: ``category:pattern``, or the rule's id

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule", self.rule_id or f"{self.category}:{self.pattern}")


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence from the file that must (``expect_flags``) or must not be flagged by it."""

    text: str
    spans: tuple[tuple[int, int], ...]
    expect_flags: bool
    path: str
    line: int


@dataclass(slots=True)
class LexiconFile:
    """A parsed ``.lex`` file."""

    path: str
    category: str = ""
    title: str = ""
    techniques: tuple[str, ...] = ()  # every technique its entries name (the defaults and the overrides)
    role: Role = "flag"
    requires: tuple[str, ...] = ()  # context categories one of which must occur in the flagged sentence
    unless: tuple[str, ...] = ()  # context categories none of which may occur in it
    entries: list[Entry] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


def pattern_words(pattern: str) -> list[str]:
    """The slots of a pattern: words (``a/b`` alternatives, ``=exact``) and ``...`` gaps."""
    return pattern.split()


def parse_file(path: Path) -> LexiconFile:
    """Parse and validate a lexicon file; raise FramingError('file:line: message') on the first problem."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a byte-order mark is accepted
    except FileNotFoundError:
        raise FramingError(f"{path}: lexicon file not found") from None
    except IsADirectoryError:
        raise FramingError(f"{path}: is a directory, not a lexicon file") from None
    except OSError as error:
        raise FramingError(f"{path}: cannot read the lexicon file ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise FramingError(f"{path}: lexicon files must be UTF-8 ({error.reason})") from None
    parser = _Parser(str(path))
    for number, line in enumerate(lines, start=1):
        parser.line(number, line.strip())
    return parser.finish()


class _Parser:
    def __init__(self, path: str) -> None:
        self.file = LexiconFile(path=path)
        self.polarity: Polarity = "none"
        self.techniques: tuple[str, ...] = ()
        self.explain = ""
        self.source = "framing"
        self.seen: dict[str, int] = {}
        self.number = 0

    def fail(self, message: str) -> FramingError:
        return FramingError(f"{self.file.path}:{self.number}: {message}")

    def line(self, number: int, line: str) -> None:
        self.number = number
        if not line or line.startswith("#"):
            return
        if line.startswith("@"):
            self.directive(line)
        else:
            self.entry(line)

    def directive(self, line: str) -> None:
        name, value = [*line[1:].split(maxsplit=1), "", ""][:2]  # any whitespace after the directive
        if name not in DIRECTIVES:
            raise self.fail(f"unknown directive @{name} (known: {', '.join('@' + d for d in DIRECTIVES)})")
        if not value:
            raise self.fail(f"@{name} needs a value")
        getattr(self, f"set_{name}")(value)

    def set_category(self, value: str) -> None:
        if self.file.category:
            raise self.fail("@category may appear only once per file")
        if not CATEGORY_ID.match(value):
            raise self.fail(f"bad category id {value!r}: use lower-case letters, digits and '-'")
        self.file.category = value

    def set_title(self, value: str) -> None:
        self.file.title = value

    def set_technique(self, value: str) -> None:
        """The default technique of the entries that follow (like @polarity, it may change partway through a
        file). An older file may list several: the first is the default, the others are ignored, since a
        category's flags are not instances of all its techniques at once; an entry names its own in its
        fourth field."""
        names = [t.strip() for t in value.split(",") if t.strip()]
        for name in names:
            self.check_technique(name)
        self.techniques = tuple(names[:1])
        self.note_techniques(self.techniques)

    def check_technique(self, name: str) -> None:
        if not TECHNIQUE_ID.match(name):
            raise self.fail(f"bad technique {name!r}: a SemEval-2023 name such as Loaded_Language")

    def note_techniques(self, techniques: tuple[str, ...]) -> None:
        self.file.techniques = tuple(dict.fromkeys((*self.file.techniques, *techniques)))

    def set_require(self, value: str) -> None:
        self.file.requires = self.context_categories(value)

    def set_unless(self, value: str) -> None:
        self.file.unless = self.context_categories(value)

    def context_categories(self, value: str) -> tuple[str, ...]:
        names = tuple(c.strip() for c in value.split(",") if c.strip())
        for name in names:
            if not CATEGORY_ID.match(name):
                raise self.fail(f"bad category id {name!r}: use lower-case letters, digits and '-'")
        return names

    def set_polarity(self, value: str) -> None:
        if value not in POLARITIES:
            raise self.fail(f"@polarity must be one of {', '.join(POLARITIES)}, not {value!r}")
        self.polarity = value  # type: ignore[assignment]  # checked against POLARITIES above

    def set_explain(self, value: str) -> None:
        self.explain = value

    def set_source(self, value: str) -> None:
        self.source = value

    def set_role(self, value: str) -> None:
        if value not in ROLES:
            raise self.fail(f"@role must be one of {', '.join(ROLES)}, not {value!r}")
        self.file.role = value  # type: ignore[assignment]  # checked against ROLES above

    def set_flag(self, value: str) -> None:
        spans, text, position = [], [], 0
        for match in BRACKETED.finditer(value):
            text.append(value[position : match.start()])
            start = sum(map(len, text))
            spans.append((start, start + len(match.group(1))))
            text.append(match.group(1))
            position = match.end()
        text.append(value[position:])
        plain = "".join(text)
        if not spans or "[" in plain or "]" in plain:
            raise self.fail("@flag needs the span that must be flagged in [brackets]")
        self.file.examples.append(Example(plain, tuple(spans), True, self.file.path, self.number))

    def set_pass(self, value: str) -> None:
        if "[" in value or "]" in value:
            raise self.fail("@pass examples must not be flagged, so they take no [brackets]")
        self.file.examples.append(Example(value, (), False, self.file.path, self.number))

    def entry(self, line: str) -> None:
        if not self.file.category:
            raise self.fail("entry before @category")
        fields = [part.strip() for part in line.split("|")]
        if len(fields) > 4:
            raise self.fail("an entry has at most four fields: PATTERN | EXPLANATION | NEUTRAL | TECHNIQUE")
        pattern, explanation, neutral, technique = [*fields, "", "", ""][:4]
        techniques = self.techniques
        if technique:
            self.check_technique(technique)
            techniques = (technique,)
            self.note_techniques(techniques)
        self.check_pattern(pattern)
        pattern = " ".join(pattern.split())
        if pattern in self.seen:
            raise self.fail(f"duplicate pattern {pattern!r} (first on line {self.seen[pattern]})")
        self.seen[pattern] = self.number
        explanation = explanation or self.explain
        if not explanation and self.file.role == "flag":
            raise self.fail(f"entry {pattern!r} has no explanation and the file has no @explain")
        alternatives = tuple(n.strip() for n in neutral.split(";") if n.strip() and n.strip() != "-")
        self.file.entries.append(
            Entry(
                pattern,
                self.file.category,
                explanation,
                alternatives,
                self.polarity,
                techniques,
                self.source,
                self.file.path,
                self.number,
            )
        )

    def check_pattern(self, pattern: str) -> None:
        words = pattern_words(pattern)
        if not words:
            raise self.fail("empty pattern")
        if GAP in (words[0], words[-1]):
            raise self.fail(f"pattern {pattern!r} may not start or end with '...'")
        if any(a == b == GAP for a, b in itertools.pairwise(words)):
            raise self.fail(f"pattern {pattern!r} has two '...' gaps in a row")
        if words.count(GAP) > MAX_GAPS:
            raise self.fail(f"pattern {pattern!r} has {words.count(GAP)} '...' gaps; at most {MAX_GAPS}")
        if len(words) > MAX_PATTERN_WORDS:
            raise self.fail(
                f"pattern {pattern!r} has {len(words)} words and gaps; at most {MAX_PATTERN_WORDS}"
            )
        for word in words:
            if word == GAP:
                continue
            for alternative in word.split("/"):
                if alternative.endswith(FAMILY) and not alternative.startswith("="):
                    alternative = alternative[:-1]
                if not WORD.match(alternative):
                    raise self.fail(
                        f"bad word {alternative!r} in pattern {pattern!r} (letters, digits and "
                        "hyphens; '=' for an exact form; '+' after a word for its family; '/' between "
                        "alternatives; '...' a gap)"
                    )

    def finish(self) -> LexiconFile:
        if not self.file.category:
            self.number = 1
            raise self.fail("missing @category")
        return self.file
