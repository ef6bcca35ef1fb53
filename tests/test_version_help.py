"""`framing --version`, and `-h` for `--help` on every command."""

from __future__ import annotations

import tomllib
from importlib.metadata import version

import pytest
import typer

import framing
from framing.cli import app
from tests.conftest import ROOT, run


def _paths(command, path: tuple[str, ...] = ()):
    """The argument path of every command and group below `command`."""
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _paths(sub, (*path, name))


PATHS = list(_paths(typer.main.get_command(app)))


def test_version_is_one_number_everywhere(runner) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert framing.__version__ == declared == version("framing")
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"framing {declared}\n"


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(("framing", *path)))
def test_h_is_help(runner, path: tuple[str, ...]) -> None:
    short, long = run(runner, *path, "-h"), run(runner, *path, "--help")
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert "Usage: " in short.stdout
    assert " -h " in short.stdout


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["analyze"], "error: framing analyze: Missing argument 'article' (see framing analyze --help)"),
        (
            ["analyze", "a.txt", "--bogus"],
            "error: framing analyze: No such option: --bogus (see framing analyze --help)",
        ),
        (
            ["analyze", "a.txt", "--max-size", "-1"],
            "error: framing analyze: Invalid value for '--max-size': -1.0 is not in the range x>=0.001 "
            "(see framing analyze --help)",
        ),
        (
            ["lexicon", "show"],
            "error: framing lexicon show: Missing argument 'category' (see framing lexicon show --help)",
        ),
        (["nonsense"], "error: framing: No such command 'nonsense' (see framing --help)"),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(args: list[str], error: str) -> None:
    """As from a shell: `python -m framing`, no box around the message."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "framing", *args], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", error + "\n")
