"""The README documents every command and option, and starts with the two commands CI and users run."""

from __future__ import annotations

from pathlib import Path

import typer

from framing.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(command, path: tuple[str, ...] = ("framing",)):
    """Every (command path, command) of the CLI, groups included."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_every_command_is_documented() -> None:
    for path, command in COMMANDS:
        if not hasattr(command, "commands"):
            assert " ".join(path) in README, f"README does not show `{' '.join(path)}`"


def test_every_option_is_documented() -> None:
    for path, command in COMMANDS:
        for parameter in command.params:
            for name in (*parameter.opts, *parameter.secondary_opts):
                if name.startswith("--") and name != "--help":
                    assert name in README, f"README does not document {name} of `{' '.join(path)}`"


def test_readme_starts_with_the_two_commands() -> None:
    first_block = README.split("```bash", 1)[1].split("```", 1)[0]
    assert "uv run framing analyze corpus/000_ba3e2cf52126c75d.txt" in first_block
    assert "uv run pytest" in first_block
    assert "uv run pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_python_api_example_runs_as_shown(monkeypatch, capsys) -> None:
    section = README.split("## Python API", 1)[1]
    code, across_processes = (block.split("```", 1)[0] for block in section.split("```python\n")[1:3])
    shown = section.split("```text\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    names = {"__name__": "readme_example"}
    exec(compile(code, "README.md", "exec"), names)
    assert capsys.readouterr().out == shown
    exec(compile(across_processes, "README.md", "exec"), names)
    analyzer, corpus = names["analyzer"], sorted(Path("corpus").glob("*.txt"))
    assert names["summaries"] == [analyzer.summarise(path) for path in corpus]
