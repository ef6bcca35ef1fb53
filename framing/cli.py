"""The command line: thin Typer commands that read input, build a report and hand it to a renderer."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from framing.errors import FramingError

try:  # typer 0.2x carries its own copy of click
    from typer._click import exceptions as click_errors
except ImportError:
    from click import exceptions as click_errors


class OneLineErrors(typer.core.TyperGroup):
    """The command line's group, whose usage errors (a missing argument, an unknown option, a value out of
    range) are one line on stderr and exit 2, like every other error, instead of a boxed panel."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except getattr(click_errors, "NoArgsIsHelpError", ()) as help_:  # nothing asked for: the help
            if shown := help_.format_message().strip():  # (rich prints it itself, and leaves this empty)
                typer.echo(shown)
            sys.exit(2)
        except click_errors.ClickException as error:
            context = getattr(error, "ctx", None)
            where = f"{context.command_path}: " if context else ""
            see = f" (see {context.command_path} --help)" if context else ""
            typer.echo(f"error: {where}{error.format_message().rstrip('.')}{see}", err=True)
            sys.exit(error.exit_code)
        except typer.Abort:
            typer.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=OneLineErrors,
    help="Show how a Russian-language news article builds its tone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},  # inherited by every command
)
lexicon_app = typer.Typer(
    help="List, show, validate, test and evaluate lexicons; import third-party ones.", no_args_is_help=True
)
app.add_typer(lexicon_app, name="lexicon")
import_app = typer.Typer(help="Convert third-party lexicons into user lexicon files.", no_args_is_help=True)
lexicon_app.add_typer(import_app, name="import")
model_app = typer.Typer(help="Describe and evaluate the sentiment model.", no_args_is_help=True)
app.add_typer(model_app, name="model")

F = TypeVar("F", bound=Callable[..., Any])


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"framing {version('framing')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True),
    ] = False,
) -> None:
    pass


ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="A fastText model in dostoevsky's format (default: the bundled news model).",
        dir_okay=False,
    ),
]
LexiconOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        help="A .lex file or a directory of them, added over the bundled lexicons "
        "(repeatable; same category:pattern overrides).",
    ),
]
ToneOption = Annotated[
    bool,
    typer.Option(
        "--lexicon-tone/--model-tone",
        help="Sentence tone from the model nudged by the flags' polarity (when the model card calibrated "
        "it), or from the model alone.",
    ),
]
DisableOption = Annotated[
    list[str] | None, typer.Option("--disable", help="Switch a lexicon category off (repeatable).")
]
LexiconPathsArgument = Annotated[
    list[Path] | None, typer.Argument(help="Files or directories (default: the bundled lexicons).")
]
DataArgument = Annotated[
    Path, typer.Argument(help="Labelled sentences: RuSentNE TSV (.csv) or RuOpinionNE .jsonl.")
]
MaxSizeOption = Annotated[
    float,
    typer.Option(
        "--max-size",
        help="Refuse an article larger than this many MB (2^20 bytes) without reading the rest.",
        min=0.001,
    ),
]
FORMAT_NAMES = ("table", "text", "json", "jsonl", "csv", "markdown", "html")
DEFAULT_MAX_MB = 20.0


def _bytes(megabytes: float) -> int:
    return int(megabytes * 1024 * 1024)


def user_errors(command: F) -> F:
    """Turn FramingError, and any OS error the command did not foresee, into one line on stderr and exit
    code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FramingError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            # The reader went away (`| head`): nothing left to say, and nowhere to say it; stdout is pointed
            # at /dev/null so the interpreter's last flush does not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            typer.echo(f"error: {where}{error.strerror or error}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _read(article: str, max_size: float) -> Any:
    """The article read and decoded, its warnings (a repaired truncation) on stderr."""
    from framing.read import read_document

    document = read_document(article, _bytes(max_size))
    for warning in document.warnings:
        typer.echo(f"warning: {warning}", err=True)
    return document


@app.command()
@user_errors
def analyze(
    article: Annotated[str, typer.Argument(help="Article text file, or - for stdin.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table, text (the article, marked), json, jsonl (streamed by paragraph), csv, markdown or "
            "html (one page).",
        ),
    ] = "table",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    color: ColorOption = "auto",
    lang: LangOption = None,
) -> None:
    """Per-paragraph report: sentence tone, flagged framing language, and a document summary."""
    from framing.api import Analyzer
    from framing.render import render, streamed

    if fmt not in FORMAT_NAMES:
        raise FramingError(f"--format {fmt}: choose one of {', '.join(FORMAT_NAMES)}")
    options = _render_options(color, lang)
    document = _read(article, max_size)
    analyzer = Analyzer.load(model, lexicon or (), disable or (), lexicon_tone)
    write = streamed(fmt, options)
    if write is not None:  # written as the paragraphs are analysed: the report is never held whole
        for piece in write(analyzer.stream(document), document.text, options):
            typer.echo(piece, nl=False)
        return
    with _working():
        report = analyzer.analyze(document)
    typer.echo(render(report, fmt, options), nl=False, color=options.colored)


@lexicon_app.command("validate")
@user_errors
def lexicon_validate(
    paths: LexiconPathsArgument = None,
) -> None:
    """Check lexicon files; errors name file:line."""
    from framing.lexicon.load import parsed_files

    files = parsed_files(paths or ())
    entries = sum(len(f.entries) for f in files)
    typer.echo(f"ok: {len(files)} files, {entries} entries")


@lexicon_app.command("test")
@user_errors
def lexicon_test(
    paths: LexiconPathsArgument = None,
) -> None:
    """Run every file's @flag/@pass examples; exit 1 if any fails."""
    from framing.lexicon.examples import run_examples
    from framing.lexicon.load import parsed_files

    results = run_examples(parsed_files(paths or ()), "combined" if paths else "bundled")
    for result in results:
        if not result.passed:
            typer.echo(f"{result.example.path}:{result.example.line}: {result.problem}")
    failed = sum(1 for r in results if not r.passed)
    typer.echo(f"{len(results) - failed} passed, {failed} failed")
    if failed:
        raise typer.Exit(1)


@lexicon_app.command("list")
@user_errors
def lexicon_list(lexicon: LexiconOption = None) -> None:
    """Categories in force: entries, techniques and the file each comes from."""
    from tabulate import tabulate

    from framing.gate.config import shown
    from framing.lexicon import load_lexicon

    loaded = load_lexicon(lexicon or ())
    in_force = {(entry.path, entry.line) for entry in loaded.all_entries}  # a file's entries not overridden
    rows = [
        (
            f.category,
            f.role,
            sum((entry.path, entry.line) in in_force for entry in f.entries),
            ", ".join(f.techniques),
            f.title,
            shown(f.path),
        )
        for f in loaded.files
    ]
    typer.echo(tabulate(rows, headers=("category", "role", "entries", "techniques", "title", "file")))
    typer.echo(f"\n{len(loaded.all_entries)} entries in {len(loaded.files)} files")


@lexicon_app.command("show")
@user_errors
def lexicon_show(
    category: Annotated[str, typer.Argument(help="A category id, as `framing lexicon list` prints it.")],
    lexicon: LexiconOption = None,
) -> None:
    """Every entry of one category: pattern, explanation, neutral wording, source."""
    from tabulate import tabulate

    from framing.lexicon import load_lexicon

    loaded = load_lexicon(lexicon or ())
    entries = [e for e in loaded.all_entries if e.category == category]
    if not entries:
        known = ", ".join(sorted({e.category for e in loaded.all_entries}))
        raise FramingError(f"no category {category!r} (known: {known})")
    rows = [(e.pattern, e.explanation, "; ".join(e.neutral), e.source) for e in entries]
    typer.echo(
        tabulate(
            rows, headers=("pattern", "explanation", "neutral", "source"), maxcolwidths=[30, 60, 30, None]
        )
    )


@model_app.command("info")
@user_errors
def model_info(model: ModelOption = None) -> None:
    """Name, file, sha256, labels, training data and held-out scores of the model in use."""
    from framing.render.model import render_model_info
    from framing.sentiment import load_model

    typer.echo(render_model_info(load_model(model)), nl=False)


@model_app.command("evaluate")
@user_errors
def model_evaluate(
    data: DataArgument,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
) -> None:
    """Macro-F1, per-class precision/recall and the confusion matrix of sentence labels on labelled data."""
    from framing.api import Analyzer
    from framing.evaluation.sentiment import evaluations
    from framing.render.model import render_evaluation

    analyzer = Analyzer.load(model, lexicon or (), disable or (), lexicon_tone)
    combined = lexicon_tone and analyzer.model.lexicon_alpha is not None
    results = evaluations(analyzer.model, data, analyzer.lexicon if combined else None)
    typer.echo(render_evaluation(analyzer.model, results, combined), nl=False)


@lexicon_app.command("evaluate")
@user_errors
def lexicon_evaluate(
    data: DataArgument,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    all_sentences: Annotated[
        bool, typer.Option("--all", help="Use every sentence, not only the held-out part.")
    ] = False,
) -> None:
    """Flags per 100 words by gold label: do evaluative sentences carry more flags than neutral ones?"""
    from tabulate import tabulate

    from framing.evaluation.datasets import held_out_part, read_labelled
    from framing.evaluation.lexicon import flag_density
    from framing.lexicon import load_lexicon

    sentences = read_labelled(data) if all_sentences else held_out_part(data)
    densities = flag_density(load_lexicon(lexicon or (), disable or ()), sentences)
    rows = [(d.label, d.sentences, d.words, d.flags, f"{d.per_100_words:.2f}") for d in densities]
    typer.echo(tabulate(rows, headers=("gold label", "sentences", "words", "flags", "flags/100 words")))
    by_label = {d.label: d.per_100_words for d in densities}
    if by_label["neutral"]:
        for label in ("positive", "negative"):
            typer.echo(f"{label} / neutral: {by_label[label] / by_label['neutral']:.2f}")


@import_app.command("kartaslovsent")
@user_errors
def import_kartaslovsent(
    source: Annotated[
        Path, typer.Argument(help="kartaslovsent.csv (semicolon-separated, from dkulagin/kartaslov).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for the .lex files.")] = Path(
        "kartaslovsent-lexicon"
    ),
    min_strength: Annotated[float, typer.Option(help="Keep terms with |value| at least this.")] = 0.5,
) -> None:
    """Convert KartaSlovSent (CC BY-NC-SA: never bundled) into user lexicons for --lexicon."""
    from framing.lexicon.kartaslovsent import convert

    for path, count in convert(source, output, min_strength).items():
        typer.echo(f"wrote {path}: {count} entries")
    typer.echo(f"use with: framing analyze ARTICLE --lexicon {output}")


CHECK_FORMATS = ("human", "line", "json", "github", "sarif", "rdjsonl")


@app.command()
@user_errors
def check(
    articles: Annotated[
        list[str],
        typer.Argument(help="Files, directories (searched for --glob), quoted globs, or - for stdin."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="human, line, json, github, sarif or rdjsonl.")
    ] = "human",
    max_density: Annotated[
        float | None, typer.Option("--max-density", help="Flags per 100 words a document may have [10].")
    ] = None,
    max_tone: Annotated[
        float | None, typer.Option("--max-tone", help="|Overall tone| a document may reach, 0..1 [no limit].")
    ] = None,
    max_unattributed: Annotated[
        int | None, typer.Option("--max-unattributed", help="Unattributed claims a document may have.")
    ] = None,
    max_repeats: Annotated[
        int | None, typer.Option("--max-repeats", help="Places one evaluative lemma may be repeated at.")
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Fail at this level or above: suggestion, warning, error [error]."),
    ] = None,
    min_level: Annotated[
        str | None, typer.Option("--min-level", help="Print findings at this level or above [suggestion].")
    ] = None,
    level: Annotated[
        list[str] | None,
        typer.Option("--level", help="RULE=LEVEL for a lexicon category or document rule (repeatable)."),
    ] = None,
    skip_quoted: Annotated[
        bool | None,
        typer.Option("--skip-quoted/--no-skip-quoted", help="Leave flags inside direct quotations out."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="A .framing.toml or pyproject.toml instead of the nearest."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option("--glob", help="File pattern searched for in directories [*.txt, *.md]."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Fail only on findings this baseline file does not hold."),
    ] = None,
    write_baseline: Annotated[
        Path | None, typer.Option("--write-baseline", help="Record every finding in this file, and pass.")
    ] = None,
    no_exit: Annotated[bool, typer.Option("--no-exit", help="Exit 0 whatever was found.")] = False,
    max_annotations: Annotated[
        int,
        typer.Option("--max-annotations", help="GitHub annotations per file before a summary one.", min=1),
    ] = 10,
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
) -> None:
    """CI gate: report findings with levels; exit 1 at --fail-on, 2 when a file or setting is unusable."""

    from framing.gate.baseline import write_baseline as record
    from framing.gate.run import run_check

    if fmt not in CHECK_FORMATS:
        raise FramingError(f"--format {fmt}: choose one of {', '.join(CHECK_FORMATS)}")
    options = _gate_options(
        max_density=max_density,
        max_tone=max_tone,
        max_unattributed=max_unattributed,
        max_repeats=max_repeats,
        fail_on=fail_on,
        min_level=min_level,
        level=level,
        skip_quoted=skip_quoted,
        lexicon=lexicon,
        disable=disable,
        baseline=baseline,
    )
    run = run_check(
        articles,
        options,
        config=config,
        globs=tuple(glob or ()) or ("*.txt", "*.md"),
        model=model,
        lexicon_tone=lexicon_tone,
        ignore_baseline=write_baseline is not None,
        max_size=_bytes(max_size),
    )
    for result in run.files:
        for warning in result.warnings:
            typer.echo(f"warning: {warning}", err=True)
    if write_baseline is not None:
        count = record(write_baseline, [(f.name, f.found) for f in run.files if not f.error])
        files = len(run.files)
        typer.echo(f"wrote {write_baseline}: {count} findings in {files} file{'' if files == 1 else 's'}")
        raise typer.Exit(0 if no_exit or not run.errored else 2)
    typer.echo(_render_check(run, fmt, max_annotations), nl=False)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from framing.render.findings import step_summary

        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(step_summary(run))
    if fmt in ("json", "sarif", "rdjsonl", "github"):
        for result in run.errored:
            typer.echo(f"error: {result.name}: {result.error}", err=True)
    raise typer.Exit(0 if no_exit else run.exit_code)


def _gate_options(**given: Any) -> dict[str, Any]:
    """The check options the user gave, as settings (checked: a bad value is one line and exit 2)."""
    from framing.gate.config import check_density, check_tone
    from framing.gate.levels import parse_level

    options: dict[str, Any] = {}
    try:
        if given["max_density"] is not None:
            options["max_density"] = check_density(given["max_density"])
        if given["max_tone"] is not None:
            options["max_tone"] = check_tone(given["max_tone"])
        for name in ("max_unattributed", "max_repeats"):
            if given[name] is not None:
                if given[name] < 0:
                    raise ValueError(f"--{name.replace('_', '-')} must be 0 or more")
                options[name] = given[name]
        for name in ("fail_on", "min_level"):
            if given[name] is not None:
                options[name] = parse_level(given[name], f"--{name.replace('_', '-')}")
        levels = {}
        for pair in given["level"] or ():
            rule, equals, value = pair.partition("=")
            if not equals:
                raise ValueError(f"--level {pair}: give RULE=LEVEL, e.g. --level cliche=suggestion")
            levels[rule] = parse_level(value, f"--level {pair}")
        if levels:
            options["levels"] = levels
    except ValueError as error:
        raise FramingError(
            str(error)
            .replace("max-density must", "--max-density must")
            .replace("max-tone must", "--max-tone must")
        ) from None
    if given["skip_quoted"] is not None:
        options["skip_quoted"] = given["skip_quoted"]
    if given["lexicon"]:
        options["lexicons"] = tuple(map(str, given["lexicon"]))
    if given["disable"]:
        options["disable"] = tuple(given["disable"])
    if given["baseline"] is not None:
        options["baseline"] = str(given["baseline"])
    return options


def _render_check(run: Any, fmt: str, max_annotations: int) -> str:
    from framing.render import findings

    if fmt == "sarif":
        from framing.render.sarif import render_sarif

        return render_sarif(run)
    if fmt == "github":
        return findings.render_github(run, max_annotations)
    return {
        "human": findings.render_human,
        "line": findings.render_line,
        "json": findings.render_json,
        "rdjsonl": findings.render_rdjsonl,
    }[fmt](run)


@app.command("config")
@user_errors
def show_config(
    path: Annotated[Path, typer.Argument(help="A file (or directory) to be checked.")] = Path("."),
    config: Annotated[
        Path | None, typer.Option("--config", help="A config file instead of the nearest.")
    ] = None,
) -> None:
    """The settings `framing check` uses for PATH, and the file each value came from."""
    from framing.gate.config import DEFAULT_LEVELS, find_config, settings_for, shown

    settings = settings_for(path, {}, config)
    found = config or find_config(path)
    typer.echo(f"config file: {shown(found) if found else 'none found (defaults)'}")
    for name in (
        "max_density",
        "max_tone",
        "max_unattributed",
        "max_repeats",
        "fail_on",
        "min_level",
        "skip_quoted",
        "lexicons",
        "disable",
        "baseline",
    ):
        value = getattr(settings, name)
        if name in ("lexicons", "baseline") and value:
            value = tuple(map(shown, value)) if isinstance(value, tuple) else shown(value)
        text = ", ".join(value) if isinstance(value, tuple) else str(value)
        typer.echo(f"{name.replace('_', '-'):<20} {text:<12} {settings.sources.get(name, 'default')}")
    levels = {**DEFAULT_LEVELS, **settings.levels}
    for rule, value in levels.items():
        typer.echo(f"{'levels.' + rule:<20} {value:<12} {settings.sources.get('levels.' + rule, 'default')}")
    typer.echo(f"{'levels.*':<20} {'warning':<12} default (every other lexicon category)")


# Classroom views: colour, interface language, progress, `explain` and `compare`. Option types used above are
# defined here (annotations are read when the app runs, after the whole module is loaded).

ColorOption = Annotated[
    str,
    typer.Option(
        "--color",
        help="auto (colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on), always or never.",
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", help="Interface language, ru or en (default: ru when LANG/LC_ALL is Russian)."),
]


def _render_options(color: str, lang: str | None) -> Any:
    """Rendering options from --color and --lang (a bad value is one line and exit code 2)."""

    from framing.language import LANGS, default_lang
    from framing.render import Options
    from framing.render.color import COLOR_CHOICES, wants_color

    if color not in COLOR_CHOICES:
        raise FramingError(f"--color {color}: choose one of {', '.join(COLOR_CHOICES)}")
    if lang is not None and lang not in LANGS:
        raise FramingError(f"--lang {lang}: choose one of {', '.join(LANGS)}")
    return Options(lang=lang or default_lang(), color=wants_color(color, sys.stdout))


def _working(message: str = "analysing…") -> Any:
    """A spinner on stderr while work runs, only when stderr is a terminal."""
    from framing.progress import working

    return working(message)


@app.command()
@user_errors
def explain(
    subject: Annotated[
        list[str] | None,
        typer.Argument(
            help="A phrase, a category (cliche) or a technique (Conversation_Killer); none: the glossary."
        ),
    ] = None,
    lexicon: LexiconOption = None,
    color: ColorOption = "auto",
    lang: LangOption = None,
) -> None:
    """Why a phrase is flagged, or what a category or persuasion technique means; alone, the glossary."""
    from framing.explain import explain_phrase
    from framing.glossary import lookup
    from framing.lexicon import load_lexicon
    from framing.render.explain import render_glossary, render_phrase, render_term

    options = _render_options(color, lang)
    colored = bool(options.color)
    text = " ".join(subject or []).strip()
    if not text:
        typer.echo(render_glossary(options.lang, color=colored), nl=False, color=colored)
        return
    with _working("loading the lexicon…"):
        loaded = load_lexicon(lexicon or ())
    term = lookup(text)
    if term is not None:
        typer.echo(render_term(term, loaded, options.lang, color=colored), nl=False, color=colored)
        return
    explained = explain_phrase(loaded, text)
    typer.echo(render_phrase(text, explained, options.lang, color=colored), nl=False, color=colored)
    if not explained:
        raise typer.Exit(1)


@app.command()
@user_errors
def compare(
    first: Annotated[str, typer.Argument(help="An article (or - for stdin).")],
    second: Annotated[str, typer.Argument(help="The same news told another way.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text or html (both articles side by side).")
    ] = "text",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
    color: ColorOption = "auto",
    lang: LangOption = None,
) -> None:
    """Two texts side by side: tone per paragraph, flags per 100 words, and what only one of them uses."""
    from framing.api import Analyzer
    from framing.compare import compare as compare_reports
    from framing.render.compare import render_compare_html, render_compare_text

    if fmt not in ("text", "html"):
        raise FramingError(f"--format {fmt}: choose text or html")
    options = _render_options(color, lang)
    documents = _read(first, DEFAULT_MAX_MB), _read(second, DEFAULT_MAX_MB)
    with _working():
        analyzer = Analyzer.load(model, lexicon or (), disable or (), lexicon_tone)
        a, b = (analyzer.analyze(d) for d in documents)
    comparison = compare_reports(a, b)
    if fmt == "html":
        typer.echo(render_compare_html(comparison, options.lang), nl=False)
    else:
        colored = bool(options.color)
        typer.echo(render_compare_text(comparison, options.lang, color=colored), nl=False, color=colored)
