"""Shared fixtures: the corpus texts and a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_ba3e2cf52126c75d.txt"
REWRITE = ROOT / "corpus" / "001_neutral_rewrite.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite tests/golden/ from the current outputs"
    )


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the compiled-lexicon cache of the test run out of the user's home."""
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    """Invoke the CLI as a user would."""
    return runner.invoke(app, list(args), input=input)


def analyze_json(runner: CliRunner, path: Path | str, *extra: str) -> dict:
    result = run(runner, "analyze", str(path), "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)
