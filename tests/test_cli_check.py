"""`framing check`, the CI gate: findings at the right place in every format, levels, exit codes 0/1/2,
configuration, suppression, baselines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from framing.positions import LineIndex
from tests.conftest import REWRITE, ROOT, SEED, run

SEED_TEXT = SEED.read_text(encoding="utf-8")
DATA = Path(__file__).resolve().parent / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A scratch repository with the two corpus texts, as working directory."""
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(REWRITE, tmp_path / "rewrite.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_line_findings_point_at_the_phrase(runner) -> None:
    result = run(runner, "check", str(SEED), "--format", "line", "--max-density", "100")
    assert result.exit_code == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "«особой симпатии»" in x)
    location, _, rest = line.partition(": ")
    path, row, column = location.rsplit(":", 2)
    assert path == str(SEED)
    assert (int(row), int(column)) == LineIndex(SEED_TEXT).position(SEED_TEXT.index("особой симпатии"))
    assert rest.startswith("warning exclusivity:особый симпатия: «особой симпатии»: ")
    assert result.stdout.endswith(
        "1 file checked: 0 failed, 0 errored, 1 passed. Findings: 0 errors, 63 warnings, 0 suggestions\n"
    )


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        ([], 1, "error document:density: 17.6 flags per 100 words > 10"),
        (["--max-density", "100"], 0, "0 errors, 63 warnings"),
        (
            ["--max-density", "100", "--max-tone", "0.05"],
            1,
            "error document:tone: overall tone +0.82 beyond ±0.05",
        ),
        (["--max-density", "100", "--fail-on", "warning"], 1, "1 failed"),
        (["--max-density", "100", "--level", "cliche=error"], 1, "error cliche:теплый прием"),
        (
            ["--max-unattributed", "1", "--max-density", "100"],
            0,
            "warning document:unattributed: 3 unattributed",
        ),
        (
            ["--max-repeats", "4", "--max-density", "100"],
            0,
            "suggestion document:repetition: «личный» repeated 5",
        ),
        ([], 0, None),  # with --no-exit below
    ],
)
def test_levels_thresholds_and_exit_codes(runner, args, exit_code: int, message: str | None) -> None:
    extra = ["--no-exit"] if message is None else []
    result = run(runner, "check", str(SEED), "--format", "line", *args, *extra)
    assert result.exit_code == exit_code, result.stdout[-300:]
    assert message is None or message in result.stdout


def test_min_level_hides_but_does_not_excuse(runner) -> None:
    result = run(runner, "check", str(SEED), "--format", "line", "--min-level", "error")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].endswith("error document:density: 17.6 flags per 100 words > 10")
    assert "warning" not in result.stdout.splitlines()[0]
    assert len(result.stdout.splitlines()) == 2  # the density error and the tally


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--max-density", "-1"], "--max-density must be a finite number, 0 or more, not -1.0"),
        (["--max-density", "nan"], "--max-density must be a finite number, 0 or more, not nan"),
        (["--max-tone", "5"], "--max-tone must be a number from 0 to 1, not 5.0"),
        (["--fail-on", "fatal"], "--fail-on: level must be one of suggestion, warning, error, not 'fatal'"),
        (["--level", "cliche=loud"], "--level cliche=loud: level must be one of"),
        (["--format", "xml"], "--format xml: choose one of human, line, json, github, sarif, rdjsonl"),
    ],
)
def test_nonsense_options_are_one_line_and_exit_2(runner, args, error: str) -> None:
    result = run(runner, "check", str(SEED), *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {error}") and result.stderr.count("\n") == 1


def test_an_unreadable_file_among_good_ones(runner, folder) -> None:
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    result = run(runner, "check", "seed.txt", "missing.txt", "binary.txt", "rewrite.txt", "--format", "line")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert "missing.txt: error: no such file" in lines
    assert any(x.startswith("binary.txt: error: looks like a binary file") for x in lines)
    assert any(x.startswith("seed.txt:") for x in lines) and any(x.startswith("rewrite.txt:") for x in lines)
    assert (
        lines[-1]
        == "4 files checked: 1 failed, 2 errored, 1 passed. Findings: 1 error, 65 warnings, 0 suggestions"
    )
    assert run(runner, "check", "missing.txt", "rewrite.txt", "--no-exit").exit_code == 0


def test_directories_globs_and_the_glob_option(runner, folder) -> None:
    (folder / "sub").mkdir()
    shutil.copy(REWRITE, folder / "sub" / "nested.md")
    (folder / ".hidden").mkdir()
    shutil.copy(SEED, folder / ".hidden" / "skipped.txt")

    def checked(*args: str) -> list[str]:
        result = run(runner, "check", *args, "--format", "line", "--no-exit")
        return [x.split(":")[0] for x in result.stdout.splitlines()[:-1]]

    assert set(checked(".")) == {"rewrite.txt", "seed.txt", "sub/nested.md"}
    assert set(checked(".", "--glob", "*.md")) == {"sub/nested.md"}
    assert set(checked("*.txt")) == {"rewrite.txt", "seed.txt"}
    result = run(runner, "check", "nothing-*.txt", "--format", "line")
    assert result.exit_code == 2 and "nothing-*.txt: error: no files match this pattern" in result.stdout


def test_stdin(runner) -> None:
    result = run(runner, "check", "-", "--format", "line", input=REWRITE.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.startswith("<stdin>:3:61: warning personalisation:=за =чаем")


def test_markdown_is_checked_without_its_syntax_and_offsets_point_into_the_file(runner) -> None:
    path = DATA / "visit.md"
    text = path.read_text(encoding="utf-8")
    result = run(runner, "check", str(path), "--format", "json", "--no-exit")
    found = json.loads(result.stdout)["files"][str(path)]["findings"]
    texts = [f["text"] for f in found if f["text"]]
    assert "особой симпатии" in texts and "уделяет *большое внимание" in texts  # the file's own text
    assert "настоящей дружбы" not in texts  # inline code is not prose
    assert "Особое внимание" not in texts  # between <!-- framing off --> and <!-- framing on -->
    assert not any(f["category"] == "cliche" and f["line"] == 14 for f in found)  # disable=cliche
    index = LineIndex(text)
    for finding in found:
        assert text[finding["start"] : finding["end"]] == finding["text"]
        assert (finding["line"], finding["column"]) == index.position(finding["start"])


def test_crlf_lines_and_plain_text_directives(runner) -> None:
    path = DATA / "rewrite-crlf.txt"
    raw = path.read_bytes().decode("utf-8")
    result = run(runner, "check", str(path), "--format", "json")
    found = json.loads(result.stdout)["files"][str(path)]["findings"]
    assert "Личные встречи" not in [f["text"] for f in found]  # inside framing: off … framing: on
    for finding in found:
        line = raw.split("\r\n")[finding["line"] - 1]
        assert line[finding["column"] - 1 :].startswith(finding["text"])


def test_skip_quoted(runner) -> None:
    def count(*args: str) -> int:
        result = run(runner, "check", str(SEED), "--format", "json", "--no-exit", *args)
        return len(json.loads(result.stdout)["files"][str(SEED)]["findings"])

    assert count() - count("--skip-quoted") == 3  # the three flags inside the quoted invitation


def test_config_file_per_glob_sections_and_framing_config(runner, folder) -> None:
    (folder / ".framing.toml").write_text(
        'max-density = 25\n[levels]\ncliche = "suggestion"\n["rew*.txt"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    result = run(runner, "check", "seed.txt", "rewrite.txt", "--format", "line")
    assert result.exit_code == 1  # rewrite.txt fails on its warnings; seed.txt passes at 17.6 < 25
    assert "seed.txt:3:1: suggestion cliche:теплый прием" in result.stdout
    assert run(runner, "check", "seed.txt", "--max-density", "10").exit_code == 1  # the command line wins
    shown = run(runner, "config", "rewrite.txt").stdout
    assert "config file: " in shown and ".framing.toml" in shown
    assert any(
        x.split()[:2] == ["fail-on", "warning"] and x.endswith("[rew*.txt]") for x in shown.splitlines()
    )
    assert any(x.split()[:2] == ["levels.cliche", "suggestion"] for x in shown.splitlines())


def test_pyproject_tool_framing_is_found_walking_up(runner, folder) -> None:
    (folder / "pyproject.toml").write_text("[tool.framing]\nmax-density = 25\n", encoding="utf-8")
    (folder / "deep" / "er").mkdir(parents=True)
    shutil.copy(SEED, folder / "deep" / "er" / "seed.txt")
    assert run(runner, "check", "deep/er/seed.txt").exit_code == 0


@pytest.mark.parametrize(
    ("config", "error"),
    [
        ("max-density = 8\nmax-densty = 9\n", ".framing.toml:2: unknown setting 'max-densty'"),
        ('max-density = "x"\n', ".framing.toml:1: max-density must be a finite number, 0 or more, not 'x'"),
        ("fail-on = 'loud'\n", ".framing.toml:1: fail-on: level must be one of suggestion, warning, error"),
        ("max-density = [\n", ".framing.toml:1: "),
        ('["*.md"]\nmin-level = "all"\n', ".framing.toml:2: min-level: level must be one of"),
    ],
)
def test_a_broken_config_is_file_line_and_exit_2(runner, folder, config: str, error: str) -> None:
    (folder / ".framing.toml").write_text(config, encoding="utf-8")
    result = run(runner, "check", "rewrite.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {folder / error}") or result.stderr.startswith(f"error: {error}")


def test_baseline_adopts_an_archive_and_fails_only_on_new_findings(runner, folder) -> None:
    written = run(runner, "check", "seed.txt", "rewrite.txt", "--write-baseline", "baseline.json")
    assert written.exit_code == 0 and written.stdout.startswith("wrote baseline.json: 66 findings in 2 files")
    assert run(runner, "check", "seed.txt", "rewrite.txt", "--baseline", "baseline.json").exit_code == 0
    with (folder / "rewrite.txt").open("a", encoding="utf-8") as text:
        text.write("Лидеры продемонстрировали настоящую дружбу и теплый прием.\n")
    result = run(
        runner,
        "check",
        "seed.txt",
        "rewrite.txt",
        "--baseline",
        "baseline.json",
        "--format",
        "line",
        "--fail-on",
        "warning",
    )
    assert result.exit_code == 1
    new = [x for x in result.stdout.splitlines()[:-1]]
    assert [x.split(": ")[1] for x in new] == [
        "warning relations:настоящий дружба",
        "warning cliche:теплый прием",
    ]
    assert "(66 findings in the baseline)" in result.stdout
    assert run(runner, "check", "rewrite.txt", "--baseline", "none.json").exit_code == 2


def test_github_annotations_are_capped_per_file_with_a_summary(runner, folder, monkeypatch) -> None:
    summary = folder / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run(runner, "check", "seed.txt", "--format", "github", "--max-annotations", "3")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "::error file=seed.txt,line=1,col=1,title=framing document%3Adensity::17.6 flags"
    )
    assert len(lines) == 4
    assert lines[-1] == (
        "::notice file=seed.txt,title=framing::61 more findings not shown as annotations "
        "(run `framing check seed.txt` or use --format sarif to see them all)"
    )
    assert "| `seed.txt` | failed | 17.6 | 1 | 63 | 0 |" in summary.read_text(encoding="utf-8")


def test_sarif_is_valid_2_1_0_with_utf16_columns(runner) -> None:
    path = DATA / "visit.md"
    result = run(runner, "check", str(SEED), str(path), str(DATA / "rewrite-crlf.txt"), "--format", "sarif")
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    (the_run,) = sarif["runs"]
    rule_ids = [rule["id"] for rule in the_run["tool"]["driver"]["rules"]]
    assert "exclusivity" in rule_ids and "document:density" in rule_ids
    result_ = next(
        r
        for r in the_run["results"]
        if r["locations"][0]["physicalLocation"]["region"].get("snippet", {}).get("text") == "особой симпатии"
    )
    region = result_["locations"][0]["physicalLocation"]["region"]
    line = SEED_TEXT.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "особой симпатии"
    assert rule_ids[result_["ruleIndex"]] == result_["ruleId"] == "exclusivity"


def test_rdjsonl_counts_columns_in_utf8_bytes(runner) -> None:
    result = run(runner, "check", str(SEED), "--format", "rdjsonl", "--no-exit")
    diagnostic = next(json.loads(x) for x in result.stdout.splitlines() if "«особой симпатии»" in x)
    start, end = diagnostic["location"]["range"]["start"], diagnostic["location"]["range"]["end"]
    line = SEED_TEXT.splitlines()[start["line"] - 1].encode("utf-8")
    assert line[start["column"] - 1 : end["column"] - 1].decode("utf-8") == "особой симпатии"
    assert (
        diagnostic["severity"] == "WARNING" and diagnostic["code"]["value"] == "exclusivity:особый симпатия"
    )


def test_json_is_one_document_keyed_by_file(runner, folder) -> None:
    result = run(runner, "check", "seed.txt", "missing.txt", "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["summary"]["exit_code"] == 2 == result.exit_code
    assert data["files"]["missing.txt"]["error"] == "no such file"
    assert data["files"]["seed.txt"]["failed"] is True
    assert data["summary"]["findings"] == {"suggestion": 0, "warning": 63, "error": 1}


def test_human_output_underlines_the_span(runner) -> None:
    result = run(runner, "check", str(REWRITE))
    lines = result.stdout.splitlines()
    at = lines.index("  3:61  warning  personalisation:=за =чаем")
    excerpt, marker = lines[at + 2], lines[at + 3]
    assert excerpt[marker.index("^") : marker.rindex("^") + 1] == "за чаем"
    assert (
        lines[-1]
        == "1 file checked: 0 failed, 0 errored, 1 passed. Findings: 0 errors, 2 warnings, 0 suggestions"
    )
    assert str(ROOT) not in result.stdout or str(REWRITE) in result.stdout


def test_a_baseline_is_found_from_any_working_directory(runner, folder, monkeypatch) -> None:
    assert run(runner, "check", "seed.txt", "--write-baseline", "baseline.json").exit_code == 0
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder / "sub")
    result = run(runner, "check", "../seed.txt", "--baseline", "../baseline.json", "--format", "line")
    assert result.exit_code == 0
    assert result.stdout.endswith("(64 findings in the baseline)\n")


@pytest.mark.parametrize(
    ("args", "config", "error"),
    [
        (
            ["--level", "clichee=suggestion"],
            None,
            "--level clichee: no such lexicon category or document rule",
        ),
        (["--level", "cliche"], None, "--level cliche: give RULE=LEVEL"),
        ([], '[levels]\nclichee = "suggestion"\n', ".framing.toml: levels.clichee: no such lexicon category"),
    ],
)
def test_a_level_for_no_such_rule_is_refused(runner, folder, args, config, error: str) -> None:
    if config:
        (folder / ".framing.toml").write_text(config, encoding="utf-8")
    result = run(runner, "check", "rewrite.txt", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {error}")
