"""Terminal views fit the width they are given, colour by family only when asked, and keep plain markers
otherwise."""

from __future__ import annotations

import re

import pytest

from framing.render.color import wants_color
from framing.render.families import FAMILIES, family_of
from framing.render.terminal import NARROW, render_marked, render_table
from tests.conftest import REWRITE, SEED, build, run

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def seed(loaded):
    return build(loaded, SEED)


@pytest.fixture(scope="module")
def rewrite(loaded):
    return build(loaded, REWRITE)


def _longest(output: str) -> int:
    return max(len(ANSI.sub("", line)) for line in output.splitlines())


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("color", [False, True])
def test_table_fits_the_width(seed, width: int, lang: str, color: bool) -> None:
    output = render_table(seed, lang, width, color)
    assert _longest(output) <= width
    assert ("┌" in output) is (width >= NARROW)  # wrapped columns when wide, one block per paragraph below


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_coloured_article_fits_the_width(seed, width: int, lang: str) -> None:
    output = render_marked(seed, lang, width, color=True)
    assert _longest(output) <= width
    assert "\x1b[" in output


@pytest.mark.parametrize(
    ("columns", "first_line"),
    [
        ("60", "── ¶1 · line 2 · 3 sentences · tone +0.93 (positive) · 21.7"),
        ("80", "── ¶1 · line 2 · 3 sentences · tone +0.93 (positive) · 21.7 flags/100 words"),
        ("120", "┌───┬───────┬──────────┬────────────┬──"),
    ],
)
def test_cli_table_follows_columns(runner, monkeypatch, columns: str, first_line: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    result = run(runner, "analyze", str(SEED))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(first_line)
    assert _longest(result.stdout) <= int(columns)
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


@pytest.mark.parametrize(
    ("phrase", "category", "style"),
    [
        ("особой симпатии", "exclusivity", "\x1b[1;31m"),  # evaluation: red
        ("Отмечается, что", "attribution", "\x1b[1;36m"),  # attribution: cyan
        ("настоящей дружбы", "relations", "\x1b[1;32m"),  # relations and emotion: green
        ("Теплый прием", "cliche", "\x1b[1;34m"),  # idiom and cliché: blue
    ],
)
def test_phrases_coloured_by_family(seed, phrase: str, category: str, style: str) -> None:
    output = render_marked(seed, "en", 200, color=True)
    assert f"{style}{phrase}\x1b[0m" in output
    assert family_of(category).terminal in {f.terminal for f in FAMILIES}


@pytest.mark.parametrize(
    ("choice", "environ", "tty", "expected"),
    [
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_color_choice(choice: str, environ: dict, tty: bool, expected: bool) -> None:
    class Stream:
        def isatty(self) -> bool:
            return tty

    assert wants_color(choice, Stream(), environ) is expected


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["-f", "text"], {}, False),
        (["-f", "text", "--color", "always"], {}, True),
        (["-f", "text"], {"FORCE_COLOR": "1"}, True),
        (["-f", "text", "--color", "always"], {"NO_COLOR": "1"}, True),
        (["-f", "table", "--color", "never"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_cli_color_switch(runner, monkeypatch, args: list[str], env: dict, coloured: bool) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run(runner, "analyze", str(REWRITE), *args)
    assert result.exit_code == 0, result.stderr
    assert ("\x1b[" in result.stdout) is coloured


def test_color_legend_names_the_families_in_use(seed) -> None:
    output = ANSI.sub("", render_marked(seed, "en", 100, color=True))
    legend = output.split("Legend:\n", 1)[1].split("\n\n", 1)[0]
    assert "evaluation: exclusivity, evaluative-positive" in legend
    assert "attribution: attribution" in legend


def test_bad_color_value_is_one_line(runner) -> None:
    result = run(runner, "analyze", str(REWRITE), "--color", "sometimes")
    assert result.exit_code == 2
    assert result.stderr == "error: --color sometimes: choose one of auto, always, never\n"


def test_plain_text_keeps_markers_and_ends_with_the_summary(rewrite) -> None:
    from framing.render.text import render_text

    output = render_text(rewrite)
    blocks = output.split("\n\n")
    assert blocks[-1].startswith("Document:     ") and "Flags:        2 (1.6 per 100 words" in blocks[-1]
    assert re.search(r"\[[^\]]+\]\{1\}", output)
