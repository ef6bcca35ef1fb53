"""The command line: thin Typer commands that read input, build a report and hand it to a renderer."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from framing.errors import FramingError

app = typer.Typer(
    help="Show how a Russian-language news article builds its tone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
FORMAT_NAMES = ("table", "text", "json", "csv", "markdown")


def _shown(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def user_errors(command: F) -> F:
    """Turn FramingError into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FramingError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


@app.command()
@user_errors
def analyze(
    article: Annotated[str, typer.Argument(help="Article text file, or - for stdin.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="table, text (the article, marked), json, csv or markdown.")
    ] = "table",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
) -> None:
    """Per-paragraph report: sentence tone, flagged framing language, and a document summary."""
    from framing.api import Analyzer
    from framing.read import read_document
    from framing.render import render

    if fmt not in FORMAT_NAMES:
        raise FramingError(f"--format {fmt}: choose one of {', '.join(FORMAT_NAMES)}")
    document = read_document(article)
    report = Analyzer.load(model, lexicon or (), disable or (), lexicon_tone).analyze(document)
    typer.echo(render(report, fmt), nl=False)


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

    results = run_examples(parsed_files(paths or ()))
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

    from framing.lexicon import load_lexicon

    loaded = load_lexicon(lexicon or ())
    counts: dict[str, int] = {}
    for entry in loaded.all_entries:
        counts[entry.category] = counts.get(entry.category, 0) + 1
    rows = [
        (f.category, f.role, counts.get(f.category, 0), ", ".join(f.techniques), f.title, _shown(f.path))
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


@app.command()
@user_errors
def check(
    articles: Annotated[list[str], typer.Argument(help="Article files (or - for stdin) to check.")],
    max_density: Annotated[
        float, typer.Option("--max-density", help="Fail when flags per 100 words exceed this.")
    ] = 10.0,
    max_tone: Annotated[
        float | None, typer.Option("--max-tone", help="Also fail when |overall tone| exceeds this (0..1).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="line (file:line:col) or github.")] = "line",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
) -> None:
    """CI gate: print every flag as an annotation; exit 1 if an article passes a threshold, 2 on bad input."""
    from framing.api import Analyzer
    from framing.read import read_document
    from framing.render.annotations import github_error, render_github, render_lines
    from framing.verdict import Limits

    if fmt not in ("line", "github"):
        raise FramingError(f"--format {fmt}: choose line or github")
    limits = Limits(max_density, max_tone)
    analyzer = Analyzer.load(model, lexicon or (), disable or (), lexicon_tone)
    failed = 0
    for article in articles:
        report = analyzer.analyze(read_document(article))
        typer.echo(render_github(report) if fmt == "github" else render_lines(report), nl=False)
        verdict = analyzer.check(report, limits)
        if not verdict.passed:
            failed += 1
            if fmt == "github":
                typer.echo(github_error(report, verdict.message), nl=False)
        typer.echo(f"{verdict.name}: {verdict.message}", err=True)
    if failed:
        raise typer.Exit(1)
