"""Whole outputs as the test: every format on the seed article and its neutral rewrite, compared with the
files in tests/golden/. A change to any output shows in the diff of those files.

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
    "check-line": ("check", "{article}", "--format", "line"),
    "check-github": ("check", "{article}", "--format", "github"),
}


def _output(runner, article: Path, command: tuple[str, ...]) -> str:
    relative = str(article.relative_to(ROOT))
    result = run(runner, *(part.format(article=relative) for part in command))
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
    output = _output(runner, ARTICLES[article], COMMANDS[command])
    golden = GOLDEN / f"{article}.{command}"
    if request.config.getoption("--update-goldens"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8"), f"{golden.name} differs (see the module docstring)"
