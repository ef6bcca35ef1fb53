"""Renderers: each turns a Report into text in one format; none of them knows the model or the lexicon."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from framing.language import Lang
from framing.report import ParagraphReport, Report, Summary


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


#: A renderer that writes as a stream makes the report (framing/stream.py): from the paragraphs and the
#: Summary, given the document's text, the output piece by piece.
StreamRenderer = Callable[[Iterable[ParagraphReport | Summary], str, Options], Iterator[str]]


def _jsonl_stream(items: Iterable[ParagraphReport | Summary], text: str, options: Options) -> Iterator[str]:
    from framing.render.data import render_jsonl

    return (line + "\n" for line in render_jsonl(items))


def _csv_stream(items: Iterable[ParagraphReport | Summary], text: str, options: Options) -> Iterator[str]:
    from framing.render.data import render_csv_stream

    yield render_csv_stream(items)  # rows are kept until the end, where the repetitions are known


def _text_stream(items: Iterable[ParagraphReport | Summary], text: str, options: Options) -> Iterator[str]:
    from framing.render.text import render_text_stream

    return render_text_stream(items, text, options.lang)


def streamed(fmt: str, options: Options) -> StreamRenderer | None:
    """The renderer of ``fmt`` that writes as the report is made, if the format has one: ``jsonl``, ``csv``,
    and ``text`` when it is plain (coloured, it is laid out as a whole page)."""
    if fmt == "text" and options.colored:
        return None
    return {"jsonl": _jsonl_stream, "csv": _csv_stream, "text": _text_stream}.get(fmt)
