"""`framing analyze` end to end on the seed article and its neutral rewrite, through the CLI."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import REWRITE, ROOT, SEED, analyze_json, run

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_report(runner) -> dict:
    return analyze_json(runner, SEED)


@pytest.fixture(scope="module")
def rewrite_report(runner) -> dict:
    return analyze_json(runner, REWRITE)


def _flag(report: dict, phrase: str) -> tuple[dict, dict]:
    for paragraph in report["paragraphs"]:
        for flag in paragraph["flags"]:
            if flag["text"] == phrase:
                return paragraph, flag
    raise AssertionError(f"«{phrase}» is not flagged")


@pytest.mark.parametrize(
    ("phrase", "paragraph_index", "category"),
    [
        ("особой симпатии", 1, "exclusivity"),
        ("настоящей дружбы", 3, "relations"),
        ("Отмечается, что", 5, "attribution"),
        ("теплой и доверительной атмосфере", 5, "cliche"),
        ("почти семейное", 7, "personalisation"),
    ],
)
def test_seed_phrases_flagged_with_exact_offsets(seed_report, phrase, paragraph_index, category) -> None:
    paragraph, flag = _flag(seed_report, phrase)
    assert paragraph["index"] == paragraph_index
    assert flag["start"] == SEED_TEXT.index(phrase)
    assert SEED_TEXT[flag["start"] : flag["end"]] == phrase
    assert flag["category"] == category
    assert flag["rule"].startswith(category + ":")
    assert flag["explanation"]
    defined = flag["lexicon"]  # where an editor who disagrees goes to change the entry
    line = Path(defined["file"]).read_text(encoding="utf-8").splitlines()[defined["line"] - 1]
    assert line.startswith(flag["rule"].split(":", 1)[1])
    assert defined["source"] in {"framing", "rusentiframes", "ruopinionne"}


def test_seed_headings_and_source(seed_report) -> None:
    kinds = [(p["index"], p["kind"]) for p in seed_report["paragraphs"]]
    assert kinds[:3] == [(1, "body"), (None, "heading"), (2, "body")]
    assert kinds[-1] == (None, "source")
    assert seed_report["summary"]["source"] == "www.rbc.ru"
    assert seed_report["summary"]["paragraphs"] == 7 and seed_report["summary"]["headings"] == 2


def test_every_body_sentence_is_scored(seed_report) -> None:
    labels = seed_report["model"]["labels"]
    assert labels == ["positive", "negative", "neutral"]
    sentences = [s for p in seed_report["paragraphs"] if p["kind"] == "body" for s in p["sentences"]]
    assert len(sentences) == 19
    for sentence in sentences:
        assert set(sentence["scores"]) == set(labels)
        assert sum(sentence["scores"].values()) == pytest.approx(1, abs=1e-3)
        assert sentence["label"] == max(sentence["scores"], key=sentence["scores"].get)
        assert SEED_TEXT[sentence["start"] : sentence["end"]] == sentence["text"]


def test_every_offset_is_exact(seed_report) -> None:
    for paragraph in seed_report["paragraphs"]:
        assert SEED_TEXT[paragraph["start"] : paragraph["end"]] == paragraph["text"]
        for flag in paragraph["flags"]:
            assert SEED_TEXT[flag["start"] : flag["end"]] == flag["text"]


def test_plain_facts_are_not_flagged(seed_report) -> None:
    flagged = " | ".join(f["text"] for p in seed_report["paragraphs"] for f in p["flags"])
    for fact in ("11 ноября", "более двух часов", "По словам казахстанского лидера", "подписание декларации"):
        assert fact not in flagged


def test_neutral_rewrite_reads_calmer(seed_report, rewrite_report) -> None:
    seed, rewrite = seed_report["summary"], rewrite_report["summary"]
    assert rewrite["flags_per_100_words"] < seed["flags_per_100_words"] / 3
    assert abs(rewrite["tone"]) < abs(seed["tone"])


def test_table_report(runner, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # the wide layout: one table row per paragraph
    result = run(runner, "analyze", str(SEED))
    assert result.exit_code == 0, result.stderr
    assert "«особой симпатии» [exclusivity]" in result.stdout
    assert "Source:       www.rbc.ru" in result.stdout
    assert "this model has no speech/skip labels" in result.stdout


def test_csv_report(runner) -> None:
    result = run(runner, "analyze", str(SEED), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["kind"] for r in rows][:2] == ["body", "heading"]
    assert "особой симпатии [exclusivity]" in rows[0]["flagged"]


def test_markdown_report(runner) -> None:
    result = run(runner, "analyze", str(SEED), "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# ")
    assert "| №" in result.stdout and "## Summary" in result.stdout


def test_unknown_format_is_exit_2(runner) -> None:
    result = run(runner, "analyze", str(SEED), "--format", "yaml")
    assert result.exit_code == 2
    assert "choose one of table, text, json, jsonl, csv, markdown" in result.stderr


def test_disable_category(runner) -> None:
    report = analyze_json(runner, SEED, "--disable", "attribution")
    assert report["summary"]["categories"].get("attribution") is None
    result = run(runner, "analyze", str(SEED), "--disable", "atribution")
    assert result.exit_code == 2 and "no such category" in result.stderr


def test_user_lexicon_adds_entries(runner, tmp_path) -> None:
    extra = tmp_path / "course.lex"
    extra.write_text(
        "@category course\n@explain Курсовое слово.\nсоюзничество | Союз как ценность. | союз\n",
        encoding="utf-8",
    )
    report = analyze_json(runner, SEED, "--lexicon", str(extra))
    assert report["summary"]["categories"]["course"] == 2  # heading and paragraph 4


def test_text_report_marks_phrases_in_place(runner) -> None:
    result = run(runner, "analyze", str(SEED), "--format", "text")
    assert result.exit_code == 0, result.stderr
    blocks = result.stdout.split("\n\n")
    assert blocks[0].startswith("── ¶1 · line 2 · 3 sentences · tone ")
    assert "знак [особой симпатии]{" in blocks[0]
    assert "«особой симпатии» — exclusivity: " in blocks[0]
    assert blocks[1].startswith("── heading · line 3 · 1 sentence · ")
    assert blocks[-2].startswith("── source (line 11)")
    assert blocks[-1].startswith("Document:     ") and blocks[-1].endswith("Source:       www.rbc.ru\n")


@pytest.mark.parametrize("fmt", ["text", "csv"])
@pytest.mark.parametrize(
    "path", [SEED, ROOT / "tests" / "data" / "visit.md", ROOT / "tests" / "data" / "rewrite-crlf.txt"]
)
def test_streamed_formats_are_the_whole_reports(runner, path: Path, fmt: str) -> None:
    """Plain `-f text` is written paragraph by paragraph, `-f csv` from a stream with the repetitions added
    at the end: the same bytes as the whole report's (the seed repeats «личный» and «доверительный»)."""
    from framing import Analyzer
    from framing.render import render

    streamed = run(runner, "analyze", str(path), "-f", fmt, "--color", "never")
    assert streamed.exit_code == 0, streamed.stderr
    assert streamed.stdout == render(Analyzer.load().analyze(path), fmt)


def test_python_dash_m(tmp_path) -> None:
    """`python -m framing` is the console script."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "framing", "analyze", str(REWRITE), "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("index,position,line,kind,")


@pytest.mark.parametrize(
    ("phrase", "quoted"),
    [
        ("непринужденной обстановке", True),  # inside Putin's quoted invitation
        ("попьем чай", True),
        ("особой симпатии", False),  # the author's own words
        ("настоящей дружбы", False),
    ],
)
def test_flags_inside_quotations_are_marked(seed_report, phrase: str, quoted: bool) -> None:
    _, flag = _flag(seed_report, phrase)
    assert flag["quoted"] is quoted
