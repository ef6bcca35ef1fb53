"""Renderers: each turns a Report into text in one format; none of them knows the model or the lexicon."""

from __future__ import annotations

from collections.abc import Callable

from framing.report import Report

Renderer = Callable[[Report], str]


def _table(report: Report) -> str:
    from framing.render.table import render_table

    return render_table(report)


def _markdown(report: Report) -> str:
    from framing.render.table import render_markdown

    return render_markdown(report)


def _text(report: Report) -> str:
    import sys

    from framing.render.text import render_text

    return render_text(report, color=sys.stdout.isatty())


def _json(report: Report) -> str:
    from framing.render.data import render_json

    return render_json(report)


def _csv(report: Report) -> str:
    from framing.render.data import render_csv

    return render_csv(report)


FORMATS: dict[str, Renderer] = {
    "table": _table,
    "text": _text,
    "json": _json,
    "csv": _csv,
    "markdown": _markdown,
}


def render(report: Report, fmt: str) -> str:
    """The report in format ``fmt`` (one of FORMATS)."""
    return FORMATS[fmt](report)
