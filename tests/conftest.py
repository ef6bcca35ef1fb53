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


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    """The bundled model and lexicon, loaded once for the tests that build reports directly (the
    compiled-lexicon cache kept out of the user's home, as for every test)."""
    from framing.lexicon import load_lexicon
    from framing.sentiment import load_model

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FRAMING_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
        return load_model(None), load_lexicon()


def build(loaded, text_or_path: Path | str):
    """The Report of a file, or of a text given as a string."""
    from framing.read import read_document
    from framing.report import build_report

    if isinstance(text_or_path, Path):
        return build_report(read_document(str(text_or_path)), *loaded)
    from framing.read import Document

    return build_report(Document(text=text_or_path, name="<test>", encoding="utf-8"), *loaded)
