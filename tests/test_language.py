"""--lang: the interface in Russian or English, by default from the locale; explanations stay as written."""

from __future__ import annotations

import re

import pytest

from framing.language import default_lang, plural
from tests.conftest import REWRITE, SEED, run


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ru_UA.UTF-8"}, "ru"),
    ],
)
def test_default_language_from_locale(environ: dict, expected: str) -> None:
    assert default_lang(environ) == expected


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1, "ru", "1 предложение"),
        (3, "ru", "3 предложения"),
        (5, "ru", "5 предложений"),
        (11, "ru", "11 предложений"),
        (21, "ru", "21 предложение"),
        (1, "en", "1 sentence"),
        (2, "en", "2 sentences"),
    ],
)
def test_plural(n: int, lang: str, expected: str) -> None:
    assert plural(n, lang, "n_sentences") == expected


@pytest.mark.parametrize(
    ("args", "env", "present", "absent"),
    [
        (
            ["-f", "text", "--lang", "ru"],
            {},
            [
                "── ¶1 · строка 2 · 3 предложения · тон +0.93 (позитивный)",
                "— исключительность: Выделяет чувство",
                "Общий тон:     +0.82",
            ],
            ["sentences"],
        ),
        (["-f", "text"], {"LANG": "ru_RU.UTF-8"}, ["── ¶1 · строка 2 · 3 предложения"], ["Overall tone"]),
        (
            ["-f", "text"],
            {"LANG": "en_US.UTF-8"},
            ["── ¶1 · line 2 · 3 sentences", "Overall tone: +0.82"],
            ["тон "],
        ),
        (["-f", "text", "--lang", "en"], {"LANG": "ru_RU.UTF-8"}, ["Overall tone: +0.82"], ["Общий тон"]),
        (
            ["--lang", "ru"],
            {"COLUMNS": "120"},
            [
                "│ №",
                "отмеченные фразы [категория]",
                "Нагруженная лексика 7",
                "«особой симпатии» [исключительность]",
                "Источник:",
            ],
            ["techniques"],
        ),
        (
            ["-f", "markdown", "--lang", "ru"],
            {},
            ["## Объяснения", "## Итог", "- Приёмы: Нагруженная лексика 46"],
            ["## Summary"],
        ),
    ],
)
def test_interface_language(runner, monkeypatch, args, env, present, absent) -> None:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run(runner, "analyze", str(SEED), *args)
    assert result.exit_code == 0, result.stderr
    for piece in present:
        assert piece in result.stdout
    for piece in absent:
        assert piece not in result.stdout


def test_bad_language_is_one_line(runner) -> None:
    result = run(runner, "analyze", str(REWRITE), "--lang", "de")
    assert result.exit_code == 2
    assert result.stderr == "error: --lang de: choose one of en, ru\n"


def test_markdown_explains_every_flag(runner) -> None:
    result = run(runner, "analyze", str(SEED), "-f", "markdown", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    explanations = result.stdout.split("## Explanations\n", 1)[1].split("## Summary", 1)[0]
    assert explanations.count("\n| ") - explanations.count("\n|  ") >= 63  # one row per flag
    row = re.search(r"\| 12 +\| «особой симпатии» +\| exclusivity +\| (.+?) +\|", explanations)
    assert row and row.group(1) == "Выделяет чувство одного лидера к другому как исключительное."
    assert "### ¶3 · line 5 ·" in explanations


def test_no_progress_off_a_terminal(runner) -> None:
    result = run(runner, "analyze", str(REWRITE), "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
