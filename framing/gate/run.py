"""Check many files in one process: settings per file, one analyzer per lexicon set, the exit code at the end.

A file that cannot be read (missing, binary, not Russian) is an error for that file; the others are still
checked, and the exit code is decided once all are done: 2 if any file could not be checked, else 1 if any
finding reached its file's ``fail-on`` level, else 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.api import Analyzer
from framing.errors import FramingError
from framing.gate import baseline
from framing.gate.config import DOCUMENT_RULES, Settings, settings_for
from framing.gate.findings import Finding, findings
from framing.gate.inputs import DEFAULT_GLOBS, expand
from framing.gate.levels import LEVELS, at_least
from framing.markup import directives, is_markdown
from framing.read import MAX_SIZE, read_document


@dataclass(slots=True)
class FileResult:
    """One checked file: what was found and shown, or why it could not be checked."""

    name: str
    text: str = ""  # the file's text as decoded: every finding's offsets point into it
    found: list[Finding] = field(default_factory=list)  # every finding, baseline included
    shown: list[Finding] = field(default_factory=list)  # new findings at or above min-level
    failed: bool = False
    error: str | None = None  # why the file could not be checked (its name not repeated)
    warnings: tuple[str, ...] = ()  # what was repaired while reading
    baselined: int = 0
    density: float = 0.0
    tone: float = 0.0


@dataclass(slots=True)
class CheckRun:
    """Every file's result, and what the lexicons say of their categories (for SARIF's rules)."""

    files: list[FileResult]
    titles: dict[str, str]  # category -> its lexicon file's title

    @property
    def errored(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]

    @property
    def levels(self) -> Counter[str]:
        """Shown findings by level, every level present."""
        counts = Counter({level: 0 for level in LEVELS})
        counts.update(f.level for result in self.files for f in result.shown)
        return counts

    @property
    def exit_code(self) -> int:
        return 2 if self.errored else 1 if self.failed else 0


def run_check(
    arguments: list[str],
    command_line: Mapping[str, Any],
    *,
    config: Path | None = None,
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    model: Path | None = None,
    lexicon_tone: bool = True,
    ignore_baseline: bool = False,
    max_size: int = MAX_SIZE,
) -> CheckRun:
    """Check every input; ``command_line`` holds the settings given as options (snake_case names)."""
    base: Analyzer | None = None
    analyzers: dict[tuple[tuple[str, ...], tuple[str, ...]], Analyzer] = {}
    baselines: dict[str, dict[str, Counter[str]]] = {}
    results, titles = [], {}
    for name, problem in expand(arguments, globs):
        if problem:
            results.append(FileResult(name, error=problem))
            continue
        settings = settings_for(Path(name if name != "-" else "."), command_line, config)
        lexicons = (settings.lexicons, settings.disable)
        if lexicons not in analyzers:
            if base is None:
                base = Analyzer.load(model, lexicon_tone=lexicon_tone)
            analyzers[lexicons] = base.with_lexicons(*lexicons) if any(lexicons) else base
            titles.update({f.category: f.title for f in analyzers[lexicons].lexicon.files})
        _check_levels(settings, analyzers[lexicons])
        recorded = None
        if settings.baseline and not ignore_baseline:
            if settings.baseline not in baselines:
                baselines[settings.baseline] = baseline.read_baseline(Path(settings.baseline))
            recorded = baselines[settings.baseline].get(
                baseline.file_key(name, Path(settings.baseline)), Counter()
            )
        results.append(_check_file(name, analyzers[lexicons], settings, recorded, max_size))
    return CheckRun(results, titles)


def _check_levels(settings: Settings, analyzer: Analyzer) -> None:
    """A level set for a rule nobody has is a typo that would leave the gate as it was: refuse it."""
    known = {f.category for f in analyzer.lexicon.files} | set(DOCUMENT_RULES)
    for rule in settings.levels:
        if rule not in known:
            source = settings.sources.get(f"levels.{rule}", "command line")
            where = f"--level {rule}" if source == "command line" else f"{source}: levels.{rule}"
            raise FramingError(
                f"{where}: no such lexicon category or document rule (known: {', '.join(sorted(known))})"
            )


def _check_file(
    name: str, analyzer: Analyzer, settings: Settings, recorded: Counter[str] | None, max_size: int
) -> FileResult:
    try:
        document = read_document(name, max_size)
    except FramingError as error:
        return FileResult(name, error=str(error).removeprefix(f"{name}: ").removeprefix("<stdin>: "))
    summary = analyzer.summarise(document)
    found = findings(summary, settings, directives(document.text, markdown=is_markdown(name)), document.text)
    new, baselined = baseline.subtract(found, recorded) if recorded is not None else (found, 0)
    return FileResult(
        name=document.name,
        text=document.text,
        found=found,
        shown=[f for f in new if at_least(f.level, settings.min_level)],
        failed=any(at_least(f.level, settings.fail_on) for f in new),
        baselined=baselined,
        warnings=document.warnings,
        density=summary.flags_per_100_words,
        tone=summary.tone,
    )
