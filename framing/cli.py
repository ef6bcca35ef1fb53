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
lexicon_app = typer.Typer(help="List, show, validate and test lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

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
DisableOption = Annotated[
    list[str] | None, typer.Option("--disable", help="Switch a lexicon category off (repeatable).")
]
FORMAT_NAMES = ("table", "json", "csv", "markdown")


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
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json, csv or markdown.")] = "table",
    model: ModelOption = None,
    lexicon: LexiconOption = None,
    disable: DisableOption = None,
) -> None:
    """Per-paragraph report: sentence tone, flagged framing language, and a document summary."""
    from framing.lexicon import load_lexicon
    from framing.read import read_document
    from framing.render import render
    from framing.report import build_report
    from framing.sentiment import load_model

    if fmt not in FORMAT_NAMES:
        raise FramingError(f"--format {fmt}: choose one of {', '.join(FORMAT_NAMES)}")
    document = read_document(article)
    report = build_report(document, load_model(model), load_lexicon(lexicon, disable))
    typer.echo(render(report, fmt), nl=False)


@lexicon_app.command("validate")
@user_errors
def lexicon_validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or directories (default: the bundled lexicons).")
    ] = None,
) -> None:
    """Check lexicon files; errors name file:line."""
    from framing.lexicon.files import parse_file
    from framing.lexicon.load import bundled_lexicon_dir, lexicon_paths

    files = [f for location in (paths or [bundled_lexicon_dir()]) for f in lexicon_paths(location)]
    entries = sum(len(parse_file(f).entries) for f in files)
    typer.echo(f"ok: {len(files)} files, {entries} entries")
