"""`framing lexicon …`: list, show, evaluate, import — and repetition and techniques in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED, analyze_json, run

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
KARTASLOVSENT_SAMPLE = """\
term;tag;value;pstv;ngtv;neut;dunno;pstvNgtvDisagreementRatio
абсурдный;NGTV;-0.9;0.0;0.9;0.1;0.0;0.0
восхитительный;PSTV;0.95;0.95;0.0;0.05;0.0;0.0
стол;NEUT;0.05;0.1;0.0;0.9;0.0;0.0
слегка грустный;NGTV;-0.3;0.0;0.3;0.7;0.0;0.0
"""


def test_list_shows_every_category(runner) -> None:
    result = run(runner, "lexicon", "list")
    assert result.exit_code == 0, result.stderr
    for category in (
        "evaluative-positive",
        "evaluative-negative",
        "relations",
        "attribution",
        "cliche",
        "negator",
    ):
        assert category in result.stdout


def _listed(runner, *args: str) -> dict[str, int]:
    """file -> entries, as `framing lexicon list` prints them."""
    result = run(runner, "lexicon", "list", *args)
    assert result.exit_code == 0, result.stderr
    rows = [
        line.split() for line in result.stdout.splitlines()[2:] if line.strip() and "entries in" not in line
    ]
    return {row[-1]: int(row[2]) for row in rows}


def test_list_counts_each_files_entries_in_force(runner, tmp_path) -> None:
    bundled = _listed(runner)
    assert bundled["framing/rules/scare_quotes.py"] == 1  # one rule, not its category's total
    assert bundled["framing/rules/unnamed_sources.py"] == 1
    user = tmp_path / "user.lex"
    user.write_text("@category relations\nдружественный | Своя формулировка курса. | партнёрский\n", "utf-8")
    overridden = _listed(runner, "--lexicon", str(user))
    assert overridden["lexicons/relations.lex"] == bundled["lexicons/relations.lex"] - 1
    assert [n for file, n in overridden.items() if file.endswith("user.lex")] == [1]


def test_show_category(runner) -> None:
    result = run(runner, "lexicon", "show", "attribution")
    assert result.exit_code == 0, result.stderr
    assert "=отмечается" in result.stdout
    missing = run(runner, "lexicon", "show", "no-such-thing")
    assert missing.exit_code == 2 and "no category 'no-such-thing'" in missing.stderr


def test_repetition_in_the_seed(runner) -> None:
    summary = analyze_json(runner, SEED)["summary"]
    repeated = {r["lemma"]: r["count"] for r in summary["repetitions"]}
    assert repeated.get("доверительный", 0) >= 3
    assert summary["techniques"]["Repetition"] >= sum(repeated.values())  # lexicon files may map to it too


def test_paragraph_techniques(runner) -> None:
    report = analyze_json(runner, SEED)
    first = report["paragraphs"][0]
    assert first["techniques"]["Loaded_Language"] >= 1
    assert all(t for p in report["paragraphs"] for t in p["techniques"])


def test_import_kartaslovsent(runner, tmp_path) -> None:
    source = tmp_path / "kartaslovsent.csv"
    source.write_text(KARTASLOVSENT_SAMPLE, encoding="utf-8")
    result = run(runner, "lexicon", "import", "kartaslovsent", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    negative = (tmp_path / "out" / "kartaslovsent-negative.lex").read_text(encoding="utf-8")
    assert "абсурдный | KartaSlovSent: crowd rating -0.90" in negative
    assert "грустный" not in negative  # weaker than --min-strength 0.5
    assert "CC BY-NC-SA" in negative
    article = tmp_path / "article.txt"
    article.write_text("Это абсурдное решение вызвало вопросы у экспертов.\n", encoding="utf-8")
    report = analyze_json(runner, article, "--lexicon", str(tmp_path / "out"))
    # a bundled entry flags the same word first, so the user's flag is counted once with it, as an alternative
    flags = [a for f in report["paragraphs"][0]["flags"] for a in (f, *f["alternatives"])]
    assert [f["text"] for f in flags if f["category"].startswith("kartaslov")] == ["абсурдное"]


def test_import_rejects_other_csv(runner, tmp_path) -> None:
    source = tmp_path / "other.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    result = run(runner, "lexicon", "import", "kartaslovsent", str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "not the KartaSlovSent CSV" in result.stderr


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not beside the repository")
def test_evaluative_sentences_carry_more_flags(runner) -> None:
    result = run(runner, "lexicon", "evaluate", str(SHARED / "ruopinionne" / "train.jsonl"))
    assert result.exit_code == 0, result.stderr
    ratios = dict(line.split(" / neutral: ") for line in result.stdout.splitlines() if "/ neutral:" in line)
    assert float(ratios["positive"]) > 1.3 and float(ratios["negative"]) > 1.3
