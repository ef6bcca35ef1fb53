"""Installing framing: the wheels plain `uv build` makes, installed by plain pip into a fresh venv, give a
working `framing` whose sentences dostoevsky scores; and a clone names the fasttext shim by its path.

The wheel tests are marked slow (they build two wheels, make a venv and install pandas and numpy into it):
`pytest -m "not slow"` leaves them out; CI runs them. pip takes the dependencies from its index through its
own cache, with --no-compile: byte-compiling pandas and numpy was most of the install's time (34 s against
9 s here), and Python compiles what it imports anyway.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import distribution, requires
from pathlib import Path

import pytest

import framing
from tests.conftest import ROOT, SEED, analyze_json

SHIM = ROOT / "packaging" / "fasttext-shim"
WHEEL = f"framing-{framing.__version__}-py3-none-any.whl"


def test_a_clone_names_the_shim_by_path() -> None:
    """The environment the tests run in was installed from this clone (uv sync or pip install .)."""
    fasttext = [r for r in requires("framing") or [] if r.split("@")[0].split("=")[0].strip() == "fasttext"]
    assert fasttext == [f"fasttext @ {SHIM.as_uri()}"]
    shim = distribution("fasttext")
    assert (shim.version, shim.metadata["Summary"].split(":")[0]) == (
        "0.9.2",
        "Stand-in for fasttext 0.9.2 in framing",
    )
    assert not [f for f in shim.files or [] if f.suffix == ".py"], "the shim ships no code"
    assert "fasttext/__init__.py" in {str(f) for f in distribution("fasttext-predict").files or []}


def _environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", UV_PYTHON_DOWNLOADS="never")
    env["FRAMING_CACHE_DIR"] = str(tmp / "cache")
    return env


def _run(args: list, env: dict[str, str], cwd: Path, expect: int = 0) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == expect, f"{args} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """`uv build` of framing and of the shim into one dist directory, then plain pip into a fresh venv."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        pytest.skip("uv is not installed")
    tmp = tmp_path_factory.mktemp("install")
    dist, venv, env = tmp / "dist", tmp / "venv", _environment(tmp)
    # The two builds and the venv are independent: run them side by side.
    jobs = [
        [uv, "build", "--quiet", "--python", sys.executable, "--out-dir", dist, ROOT],
        [uv, "build", "--quiet", "--python", sys.executable, "--out-dir", dist, SHIM],
        [sys.executable, "-m", "venv", venv],
    ]
    running = [
        (job, subprocess.Popen([str(a) for a in job], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True))
        for job in jobs
    ]
    for job, process in running:
        _, err = process.communicate()
        assert process.returncode == 0, f"{job} exited {process.returncode}\n{err}"

    with zipfile.ZipFile(dist / WHEEL) as wheel:
        metadata = wheel.read(f"framing-{framing.__version__}.dist-info/METADATA").decode()
        assert "framing/lexicons/bundled.pack" in wheel.namelist(), "the build compiled the lexicons' pack"
    required = [
        line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")
    ]
    assert "fasttext==0.9.2" in required
    assert not [r for r in required if "file:" in r], "the wheel names a path on the machine that built it"

    python = venv / "bin" / "python"
    _run(
        [python, "-m", "pip", "install", "--quiet", "--no-compile", "--find-links", dist, dist / WHEEL],
        env,
        tmp,
    )
    return venv / "bin", env


@pytest.mark.slow
def test_pip_check_is_clean(venv) -> None:
    bin_, env = venv
    done = _run([bin_ / "python", "-m", "pip", "check"], env, ROOT)
    assert "No broken requirements found." in done.stdout


@pytest.mark.slow
def test_installed_from_the_wheels(venv, tmp_path: Path) -> None:
    bin_, env = venv
    probe = (
        "import importlib.metadata as m, dostoevsky.models, fasttext, framing\n"
        "print(framing.__file__); print(fasttext.__file__)\n"
        "print(m.distribution('fasttext').metadata['Summary'].split(':')[0])\n"
        "print(m.distribution('fasttext').read_text('direct_url.json'))"
    )
    framing_file, fasttext_file, summary, direct_url = _run(
        [bin_ / "python", "-c", probe], env, tmp_path
    ).stdout.splitlines()
    venv_dir = bin_.parent.resolve()
    assert Path(framing_file).resolve().is_relative_to(venv_dir)
    assert Path(fasttext_file).resolve().is_relative_to(venv_dir)
    assert summary == "Stand-in for fasttext 0.9.2 in framing"
    assert direct_url == "None", "the shim came from its wheel in dist, not from a path"
    current = (
        "from framing.lexicon import bundled_lexicon_dir, prebuilt\n"
        "from framing.lexicon.load import lexicon_paths\n"
        "folder = bundled_lexicon_dir(); print(prebuilt.read(folder, lexicon_paths(folder)) is not None)"
    )
    assert _run([bin_ / "python", "-c", current], env, tmp_path).stdout == "True\n", "the pack is current"


@pytest.mark.slow
def test_framing_runs(venv) -> None:
    bin_, env = venv
    assert _run([bin_ / "framing", "--version"], env, ROOT).stdout == f"framing {framing.__version__}\n"
    seed = SEED.relative_to(ROOT)
    done = _run([bin_ / "framing", "check", seed, "--format", "line"], env, ROOT, expect=1)  # fails the gate
    assert f"{seed}:2:33: warning attribution:=известен =тем =что: «известен тем, что»" in done.stdout
    assert f"{seed}:1:1: error document:density: 17.6 flags per 100 words > 10" in done.stdout


@pytest.mark.slow
def test_the_installed_report_is_the_development_one(venv, runner) -> None:
    """dostoevsky scores every sentence through fasttext-predict alike in both environments; only where the
    model and lexicon files lie differs."""
    bin_, env = venv
    installed = json.loads(_run([bin_ / "framing", "analyze", SEED, "--format", "json"], env, ROOT).stdout)
    here = analyze_json(runner, SEED)
    for report in (installed, here):
        report["model"]["path"] = Path(report["model"]["path"]).name
        for paragraph in report["paragraphs"]:
            for flag in paragraph["flags"]:
                for defined in (flag, *flag.get("alternatives", ())):
                    defined["lexicon"]["file"] = Path(defined["lexicon"]["file"]).name
    assert installed == here
