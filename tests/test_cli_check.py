"""`framing check`: the CI gate — annotations at the right place, exit 1 past a threshold, 2 on bad input."""

from __future__ import annotations

import pytest

from framing.positions import LineIndex
from tests.conftest import REWRITE, SEED, run

SEED_TEXT = SEED.read_text(encoding="utf-8")


def test_line_annotations_point_at_the_phrase(runner) -> None:
    result = run(runner, "check", str(SEED), "--max-density", "100")
    assert result.exit_code == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "«особой симпатии»" in x)
    location, _, rest = line.partition(": ")
    path, row, column = location.rsplit(":", 2)
    start = SEED_TEXT.index("особой симпатии")
    assert path == str(SEED)
    assert (int(row), int(column)) == LineIndex(SEED_TEXT).position(start)
    assert SEED_TEXT.splitlines()[int(row) - 1][int(column) - 1 :].startswith("особой симпатии")
    assert rest.startswith("exclusivity: ")


@pytest.mark.parametrize(
    ("args", "exit_code", "verdict"),
    [
        (["--max-density", "10"], 1, "flags per 100 words > 10"),
        (["--max-density", "100"], 0, "ok ("),
        (["--max-density", "100", "--max-tone", "0.05"], 1, "overall tone +"),
    ],
)
def test_thresholds(runner, args, exit_code: int, verdict: str) -> None:
    result = run(runner, "check", str(SEED), *args)
    assert result.exit_code == exit_code
    assert verdict in result.stderr


def test_neutral_rewrite_passes_the_default_gate(runner) -> None:
    result = run(runner, "check", str(REWRITE))
    assert result.exit_code == 0, result.stderr


def test_github_annotations(runner) -> None:
    result = run(runner, "check", str(SEED), "--format", "github")
    assert result.exit_code == 1
    warnings = [x for x in result.stdout.splitlines() if x.startswith("::warning ")]
    assert any(
        "title=framing exclusivity%3Aособый симпатия" in w or "«особой симпатии»" in w for w in warnings
    )
    assert result.stdout.splitlines()[-1].startswith(f"::error file={SEED},title=framing::")


def test_bad_input_is_exit_2(runner, tmp_path) -> None:
    result = run(runner, "check", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "no such file" in result.stderr
