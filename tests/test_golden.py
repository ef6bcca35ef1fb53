"""Whole outputs as the test: every `analyze` format on the seed article and its neutral rewrite, and every
`check` format on those two, a Markdown file and a CRLF file, compared with the files in tests/golden/. A
change to any output shows in the diff of those files.

Regenerate them after an intended change, then read the diff:

    uv run pytest tests/test_golden.py --update-goldens
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REWRITE, ROOT, SEED, run

GOLDEN = Path(__file__).resolve().parent / "golden"
ARTICLES = {"seed": SEED, "rewrite": REWRITE}
COMMANDS = {
    "table": ("analyze", "{article}", "--format", "table"),
    "text": ("analyze", "{article}", "--format", "text"),
    "json": ("analyze", "{article}", "--format", "json"),
    "csv": ("analyze", "{article}", "--format", "csv"),
    "markdown": ("analyze", "{article}", "--format", "markdown"),
    "jsonl": ("analyze", "{article}", "--format", "jsonl"),
    "html": ("analyze", "{article}", "--format", "html"),
    "compare": ("compare", "{article}", "corpus/001_neutral_rewrite.txt"),
}
CHECKED = (
    "corpus/000_ba3e2cf52126c75d.txt",
    "corpus/001_neutral_rewrite.txt",
    "tests/data/visit.md",
    "tests/data/rewrite-crlf.txt",
)
CHECK_FORMATS = ("human", "line", "json", "github", "sarif", "rdjsonl")


def _output(runner, arguments: list[str]) -> str:
    result = run(runner, *arguments)
    assert result.exit_code in (0, 1), result.stderr
    # JSON names the model and lexicon files; where the clone lives is not part of the output's meaning.
    output = result.stdout.replace(str(ROOT), "<root>")
    if result.stderr:
        output += "--- stderr ---\n" + result.stderr
    return output + f"--- exit code {result.exit_code} ---\n"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("article", ARTICLES)
def test_golden_output(runner, monkeypatch, request, article: str, command: str) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "120")  # the table fits the terminal: the golden one is 120 wide
    for name in ("NO_COLOR", "FORCE_COLOR", "LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    relative = str(ARTICLES[article].relative_to(ROOT))
    _compare(
        request,
        f"{article}.{command}",
        _output(runner, [p.format(article=relative) for p in COMMANDS[command]]),
    )


@pytest.mark.parametrize("fmt", CHECK_FORMATS)
def test_golden_check_output(runner, monkeypatch, request, fmt: str) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    _compare(request, f"check.{fmt}", _output(runner, ["check", *CHECKED, "--format", fmt]))


def _compare(request, name: str, output: str) -> None:
    golden = GOLDEN / name
    if request.config.getoption("--update-goldens"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(output.encode("utf-8"))  # as is: the CRLF file's lines keep their \r
    expected = golden.read_bytes().decode("utf-8")
    assert output == expected, f"{golden.name} differs (see the module docstring)"
