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
FORMAT_NAMES = ("table", "text", "json", "csv", "markdown", "html")


def _shown(path: str | Path) -> str:
    """A path as the user would type it: relative to the working directory when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _load(model: Path | None, lexicon: list[Path] | None, disable: list[str] | None) -> tuple[Any, Any]:
    """The sentiment model and the compiled lexicon for this run (they live as long as the process, and
    the garbage collector is told so: see framing/collector.py)."""
    from framing.collector import settle_after_loading
    from framing.lexicon import load_lexicon
    from framing.sentiment import load_model

    loaded = load_model(model), load_lexicon(lexicon, disable)
    settle_after_loading()
    return loaded


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
        str,
        typer.Option(
            "--format",
            "-f",
            help="table, text (the article, marked), json, csv, markdown or html (one page).",
        ),
    ] = "table",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
    lexicon_tone: ToneOption = True,
    color: ColorOption = "auto",
    lang: LangOption = None,
) -> None:
    """Per-paragraph report: sentence tone, flagged framing language, and a document summary."""
    from framing.read import read_document
    from framing.render import render
    from framing.report import build_report

    if fmt not in FORMAT_NAMES:
        raise FramingError(f"--format {fmt}: choose one of {', '.join(FORMAT_NAMES)}")
    options = _render_options(color, lang)
    document = read_document(article)
    with _working():
        report = build_report(document, *_load(model, lexicon, disable), lexicon_tone=lexicon_tone)
    typer.echo(render(report, fmt, options), nl=False, color=options.colored)


@lexicon_app.command("validate")
@user_errors
def lexicon_validate(
    paths: LexiconPathsArgument = None,
) -> None:
    """Check lexicon files; errors name file:line."""
    from framing.lexicon.files import parse_file
    from framing.lexicon.load import lexicon_files

    files = lexicon_files(paths)
    entries = sum(len(parse_file(f).entries) for f in files)
    typer.echo(f"ok: {len(files)} files, {entries} entries")


@lexicon_app.command("test")
@user_errors
def lexicon_test(
    paths: LexiconPathsArgument = None,
) -> None:
    """Run every file's @flag/@pass examples; exit 1 if any fails."""
    from framing.lexicon.examples import run_examples
    from framing.lexicon.files import parse_file
    from framing.lexicon.load import lexicon_files

    results = [r for f in lexicon_files(paths) for r in run_examples(parse_file(f))]
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

    loaded = load_lexicon(lexicon)
    counts: dict[str, int] = {}
    for entry in loaded.entries:
        counts[entry.category] = counts.get(entry.category, 0) + 1
    rows = [
        (f.category, f.role, counts.get(f.category, 0), ", ".join(f.techniques), f.title, _shown(f.path))
        for f in loaded.files
    ]
    typer.echo(tabulate(rows, headers=("category", "role", "entries", "techniques", "title", "file")))
    typer.echo(f"\n{len(loaded.entries)} entries in {len(loaded.files)} files")


@lexicon_app.command("show")
@user_errors
def lexicon_show(
    category: Annotated[str, typer.Argument(help="A category id, as `framing lexicon list` prints it.")],
    lexicon: LexiconOption = None,
) -> None:
    """Every entry of one category: pattern, explanation, neutral wording, source."""
    from tabulate import tabulate

    from framing.lexicon import load_lexicon

    loaded = load_lexicon(lexicon)
    entries = [e for e in loaded.entries if e.category == category]
    if not entries:
        known = ", ".join(sorted({e.category for e in loaded.entries}))
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
    from framing.evaluation import evaluations
    from framing.lexicon import load_lexicon
    from framing.render.model import render_evaluation
    from framing.sentiment import load_model

    loaded = load_model(model)
    combined = lexicon_tone and loaded.lexicon_alpha is not None
    used = load_lexicon(lexicon, disable) if combined else None
    typer.echo(render_evaluation(loaded, evaluations(loaded, data, used), combined), nl=False)


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

    from framing.evaluation import flag_density, held_out_part, read_labelled
    from framing.lexicon import load_lexicon

    sentences = read_labelled(data) if all_sentences else held_out_part(data)
    densities = flag_density(load_lexicon(lexicon, disable), sentences)
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
    from framing.read import read_document
    from framing.render.annotations import github_error, render_github, render_lines
    from framing.report import build_report

    if fmt not in ("line", "github"):
        raise FramingError(f"--format {fmt}: choose line or github")
    loaded_model, loaded_lexicon = _load(model, lexicon, disable)
    failed = 0
    for article in articles:
        report = build_report(read_document(article), loaded_model, loaded_lexicon, lexicon_tone=lexicon_tone)
        typer.echo(render_github(report) if fmt == "github" else render_lines(report), nl=False)
        problems = []
        if report.flags_per_100_words > max_density:
            problems.append(f"{report.flags_per_100_words:.1f} flags per 100 words > {max_density:g}")
        if max_tone is not None and abs(report.tone) > max_tone:
            problems.append(f"overall tone {report.tone:+.2f} beyond ±{max_tone:g}")
        verdict = "; ".join(problems) or f"ok ({report.flags_per_100_words:.1f} flags per 100 words)"
        if problems:
            failed += 1
            if fmt == "github":
                typer.echo(github_error(report, verdict), nl=False)
        typer.echo(f"{report.document.name}: {verdict}", err=True)
    if failed:
        raise typer.Exit(1)


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
    import sys

    from framing.language import LANGS, default_lang
    from framing.render import Options
    from framing.render.terminal import COLOR_CHOICES, wants_color

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
        loaded = load_lexicon(lexicon)
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
    from framing.compare import compare as compare_reports
    from framing.read import read_document
    from framing.render.compare import render_compare_html, render_compare_text
    from framing.report import build_report

    if fmt not in ("text", "html"):
        raise FramingError(f"--format {fmt}: choose text or html")
    options = _render_options(color, lang)
    documents = read_document(first), read_document(second)
    with _working():
        loaded_model, loaded_lexicon = _load(model, lexicon, disable)
        a, b = (build_report(d, loaded_model, loaded_lexicon, lexicon_tone=lexicon_tone) for d in documents)
    comparison = compare_reports(a, b)
    if fmt == "html":
        typer.echo(render_compare_html(comparison, options.lang), nl=False)
    else:
        colored = bool(options.color)
        typer.echo(render_compare_text(comparison, options.lang, color=colored), nl=False, color=colored)
