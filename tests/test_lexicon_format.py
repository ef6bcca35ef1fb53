"""The lexicon format: what parses, and `file:line: message` for what does not."""

from __future__ import annotations

import pytest

from framing.errors import FramingError
from framing.lexicon.format import parse_file
from tests.conftest import run

HEADER = "@category test\n@explain Default explanation.\n"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("настоящая дружба | x | y | Doubt | z\n", 3, "at most four fields"),
        ("настоящая дружба | x | y | z\n", 3, "bad technique 'z'"),
        ("теплый, прием | x\n", 3, "bad word 'теплый,'"),
        ("... прием | x\n", 3, "may not start or end with '...'"),
        ("теплый прием | x\n\nтеплый  прием | y\n", 5, "duplicate pattern 'теплый прием' (first on line 3)"),
        ("@polarity warm\n", 3, "@polarity must be one of"),
        ("@colour red\n", 3, "unknown directive @colour"),
        ("@flag Переговоры прошли в теплой атмосфере.\n", 3, "needs the span that must be flagged"),
        ("@pass Это [не] флаг.\n", 3, "take no [brackets]"),
        ("@category other\n", 3, "only once"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path, body: str, line: int, message: str) -> None:
    path = tmp_path / "bad.lex"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(FramingError) as error:
        parse_file(path)
    assert str(error.value).startswith(f"{path}:{line}: ")
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("теплый прием | x\n", "1: entry before @category"),
        ("@category test\nтеплый прием\n", "2: entry 'теплый прием' has no explanation"),
        ("# only a comment\n", "1: missing @category"),
    ],
)
def test_missing_pieces(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "bad.lex"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FramingError, match=message):
        parse_file(path)


def test_entry_fields(tmp_path) -> None:
    path = tmp_path / "ok.lex"
    path.write_text(
        HEADER + "@polarity positive\n@source rusentiframes\n"
        "теплый/радушный прием | Эмоциональная окраска. | прием; встреча\nнастоящая дружба\n",
        encoding="utf-8",
    )
    first, second = parse_file(path).entries
    assert (first.rule, first.neutral, first.polarity, first.source, first.line) == (
        "test:теплый/радушный прием",
        ("прием", "встреча"),
        "positive",
        "rusentiframes",
        5,
    )
    assert second.explanation == "Default explanation."
    assert second.neutral == ()


def test_validate_command_reports_file_line(runner, tmp_path) -> None:
    bad = tmp_path / "bad.lex"
    bad.write_text(HEADER + "хороший | x\nплохой, ужасный | y\n", encoding="utf-8")
    result = run(runner, "lexicon", "validate", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"error: {bad}:4: bad word")


def test_bundled_lexicons_validate(runner) -> None:
    result = run(runner, "lexicon", "validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_bundled_lexicon_examples_pass(runner) -> None:
    """Every @flag/@pass example in lexicons/ behaves as its file says."""
    result = run(runner, "lexicon", "test")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith(", 0 failed")
