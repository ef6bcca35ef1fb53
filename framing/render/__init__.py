"""Renderers: each turns a Report into text in one format; none of them knows the model or the lexicon."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from framing.language import Lang
from framing.report import Report


@dataclass(frozen=True)
class Options:
    """How to render: interface language, colour (None: when stdout is a terminal), width (None: the
    terminal's, or COLUMNS)."""

    lang: Lang = "en"
    color: bool | None = None
    width: int | None = None

    @property
    def colored(self) -> bool:
        return sys.stdout.isatty() if self.color is None else self.color


Renderer = Callable[[Report, Options], str]


def _table(report: Report, options: Options) -> str:
    from framing.render.terminal import render_table

    return render_table(report, options.lang, options.width, options.colored)


def _markdown(report: Report, options: Options) -> str:
    from framing.render.markdown import render_markdown

    return render_markdown(report, options.lang)


def _text(report: Report, options: Options) -> str:
    if options.colored:
        from framing.render.terminal import render_marked

        return render_marked(report, options.lang, options.width)
    from framing.render.text import render_text

    return render_text(report, options.lang)


def _json(report: Report, options: Options) -> str:
    from framing.render.data import render_json

    return render_json(report)


def _csv(report: Report, options: Options) -> str:
    from framing.render.data import render_csv

    return render_csv(report)


def _html(report: Report, options: Options) -> str:
    from framing.render.html import render_html

    return render_html(report, options.lang)


FORMATS: dict[str, Renderer] = {
    "table": _table,
    "text": _text,
    "json": _json,
    "csv": _csv,
    "markdown": _markdown,
    "html": _html,
}


def render(report: Report, fmt: str, options: Options | None = None) -> str:
    """The report in format ``fmt`` (one of FORMATS)."""
    return FORMATS[fmt](report, options or Options())
