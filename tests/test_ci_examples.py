"""The CI examples the README shows, run as a user's CI would run them: the GitHub workflow's framing steps
(SARIF validated against the official 2.1.0 schema), and the pre-commit hook, installed by `pre-commit`
from a clone of this repository into a scratch repository of articles.

The pre-commit test is marked slow: pre-commit builds its own environment with pip (framing and its
dependencies from the package index), as it does for every user.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import REWRITE, ROOT, SEED, run

WORKFLOW = ROOT / "examples" / "github-workflow.yml"
PRE_COMMIT_CONFIG = ROOT / "examples" / "pre-commit-config.yaml"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


def _framing_steps() -> list[str]:
    """The `run:` lines of the workflow that call framing."""
    lines = [line.strip() for line in WORKFLOW.read_text(encoding="utf-8").splitlines()]
    return [line.removeprefix("run: ") for line in lines if line.startswith("run: framing ")]


def test_the_readme_shows_the_example_files_as_they_are() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for example in (WORKFLOW, PRE_COMMIT_CONFIG, ROOT / ".pre-commit-hooks.yaml"):
        assert example.read_text(encoding="utf-8") in readme, example.name


def test_the_github_workflow_steps(runner, tmp_path, monkeypatch) -> None:
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / "seed.txt")
    shutil.copy(REWRITE, tmp_path / "articles" / "rewrite.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    annotate, sarif = _framing_steps()
    result = run(runner, *shlex.split(annotate)[1:])
    assert result.exit_code == 1  # the seed fails the gate: the step fails and the job shows why
    assert "::error file=articles/seed.txt,line=1,col=1,title=framing document%3Adensity" in result.stdout
    assert "| `articles/rewrite.txt` | passed |" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    command, _, target = sarif.partition(" > ")
    result = run(runner, *shlex.split(command)[1:])
    assert result.exit_code == 0  # --no-exit: the upload step always gets its file
    (tmp_path / target).write_text(result.stdout, encoding="utf-8")
    data = json.loads((tmp_path / target).read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]
    } == {
        "articles/seed.txt",
        "articles/rewrite.txt",
    }


def _git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.mark.slow
def test_the_pre_commit_hook(tmp_path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is missing")
    clone = tmp_path / "framing"
    _git("clone", "--quiet", str(ROOT), str(clone), cwd=tmp_path)
    revision = _git("rev-parse", "HEAD", cwd=clone)
    articles = tmp_path / "articles"
    articles.mkdir()
    _git("init", "--quiet", cwd=articles)
    config = PRE_COMMIT_CONFIG.read_text(encoding="utf-8")
    config = config.replace("https://example.org/your-mirror/framing.git", str(clone)).replace(
        "v0.1.0", revision
    )
    (articles / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    shutil.copy(REWRITE, articles / "rewrite.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit"),
        FRAMING_CACHE_DIR=str(tmp_path / "cache"),
        PIP_NO_COMPILE="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@t",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@t",
    )
    _git("add", ".", cwd=articles)
    hook = [sys.executable, "-m", "pre_commit", "run", "--all-files"]

    passed = subprocess.run(hook, cwd=articles, env=env, capture_output=True, text=True)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

    shutil.copy(SEED, articles / "seed.txt")
    _git("add", ".", cwd=articles)
    failed = subprocess.run(hook, cwd=articles, env=env, capture_output=True, text=True)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "seed.txt:1:1: error document:density: 17.6 flags per 100 words > 8" in failed.stdout
