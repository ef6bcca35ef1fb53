"""The Python API: one front door (framing.Analyzer, framing.analyze) that the CLI stands on."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import framing
from framing import Analyzer, FramingError, Limits, Report
from framing.read import read_document
from tests.conftest import REWRITE, ROOT, SEED, analyze_json

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (SEED_TEXT, "<text>"),  # a str is the article's text
        (SEED, str(SEED)),  # a Path is a file to read
        (read_document(str(SEED)), str(SEED)),  # a Document already read
    ],
)
def test_analyze_takes_text_paths_and_documents(analyzer, source, name) -> None:
    report = analyzer.analyze(source)
    assert isinstance(report, Report)
    assert report.document.name == name
    flagged = [f.text for f in report.flags]
    assert "особой симпатии" in flagged and "настоящей дружбы" in flagged


def test_to_dict_is_the_json_the_cli_prints(runner, analyzer) -> None:
    from_api = json.loads(json.dumps(analyzer.analyze(SEED).to_dict(), ensure_ascii=False))
    assert from_api == analyze_json(runner, SEED)


def test_module_level_analyze_uses_one_cached_analyzer() -> None:
    first = framing.analyze(SEED_TEXT)
    assert framing.api.default_analyzer() is framing.api.default_analyzer()
    assert first.to_dict()["summary"] == framing.analyze(SEED_TEXT).to_dict()["summary"]


@pytest.mark.parametrize(
    ("path", "limits", "passed", "message"),
    [
        (SEED, Limits(), False, "17.6 flags per 100 words > 10"),
        (SEED, Limits(max_density=25), True, "ok (17.6 flags per 100 words)"),
        (SEED, Limits(max_density=25, max_tone=0.5), False, "overall tone +0.82 beyond ±0.5"),
        (REWRITE, Limits(), True, "ok (1.6 flags per 100 words)"),
    ],
)
def test_check_gives_a_verdict(analyzer, path: Path, limits, passed: bool, message: str) -> None:
    verdict = analyzer.check(analyzer.analyze(path), limits)
    assert (verdict.passed, verdict.message) == (passed, message)


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("", "the text is empty"),
        ("The quick brown fox jumps over the lazy dog.", "<text>: the text is not Russian"),
        (Path("no/such/article.txt"), "no/such/article.txt: no such file"),
    ],
)
def test_bad_input_raises_one_framing_error(analyzer, source, error: str) -> None:
    with pytest.raises(FramingError, match="^" + error.replace("(", r"\(")):
        analyzer.analyze(source)


def test_load_names_what_is_missing() -> None:
    with pytest.raises(FramingError, match="no such category"):
        Analyzer.load(disable=["no-such-category"])
    with pytest.raises(FramingError, match="lexicon not found"):
        Analyzer.load(lexicons=["no/such.lex"])


def test_disabled_category_and_model_tone(analyzer) -> None:
    plain = Analyzer.load(disable=["exclusivity"], lexicon_tone=False)
    report = plain.analyze(SEED)
    assert "exclusivity" not in report.summary.categories
    assert report.model.lexicon_alpha is None
    assert all(s.scores == s.model_scores for s in report.sentences)


def test_public_names() -> None:
    assert set(framing.__all__) >= {"Analyzer", "analyze", "Report", "ParagraphReport", "SentenceReport"}
    for name in framing.__all__:
        assert getattr(framing, name) is not None
    with pytest.raises(AttributeError):
        framing.build_report  # noqa: B018  (internal: not exported)


def test_import_framing_is_cheap() -> None:
    """Importing the package (and so the CLI's start-up) loads no model, dictionary or data library."""
    heavy = "('pymorphy3', 'dostoevsky', 'pandas')"
    code = f"import sys, framing; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "path", [SEED, ROOT / "tests" / "data" / "visit.md", ROOT / "tests" / "data" / "rewrite-crlf.txt"]
)
def test_a_stream_sums_up_as_the_report_and_every_text_is_the_files(analyzer, path: Path) -> None:
    """Markdown and directives are masked for the analysis only: spans and flags quote the file itself."""
    whole = analyzer.analyze(path)
    *paragraphs, last = analyzer.stream(path)
    assert last == whole.summary == analyzer.summarise(path)
    assert last.flags, "the summary sums up something"
    report = whole.to_dict()
    assert [p.span.text for p in paragraphs] == [p["text"] for p in report["paragraphs"]]
    text = path.read_bytes().decode("utf-8")
    for paragraph in report["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]] == paragraph["text"]
        for flag in paragraph["flags"]:
            assert text[flag["start"] : flag["end"]] == flag["text"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("corpus/000_ba3e2cf52126c75d.txt", True),  # a file name: the error says to pass a Path
        ("президент " * 40, False),  # too long to be a file name: no hint, and no OSError
        ("the\x00text", False),
    ],
)
def test_a_file_name_passed_as_text_is_pointed_out(analyzer, monkeypatch, text: str, hint: bool) -> None:
    monkeypatch.chdir(ROOT)
    with pytest.raises(FramingError) as raised:
        analyzer.analyze(text)
    assert ("pass Path" in str(raised.value)) is hint


def _flagged(analyzer: Analyzer, source) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.rule) for f in analyzer.analyze(source).flags]


def test_an_analyzer_travels_as_its_recipe_and_loads_once_per_process(analyzer, tmp_path: Path) -> None:
    course = tmp_path / "course.lex"
    course.write_text("@category course\nсамовар | Бытовая деталь вместо повестки. | -\n", "utf-8")
    narrowed = analyzer.with_lexicons([course], disable=["exclusivity"])
    for original in (analyzer, narrowed):
        received = pickle.loads(pickle.dumps(original))
        assert received is not original and received.recipe == original.recipe
        assert pickle.loads(pickle.dumps(original)) is received  # loaded once, reused by every later task
        assert _flagged(received, SEED) == _flagged(original, SEED)
    assert "course" in {
        f.category for f in pickle.loads(pickle.dumps(narrowed)).analyze("В Кремле стоял самовар.").flags
    }


def test_what_travels_is_what_was_changed_or_a_refusal(analyzer) -> None:
    quiet = dataclasses.replace(analyzer, lexicon_tone=False)  # a setting changed after loading travels
    received = pickle.loads(pickle.dumps(quiet))
    assert received.lexicon_tone is False and received.model is pickle.loads(pickle.dumps(analyzer)).model
    narrowed = pickle.loads(pickle.dumps(analyzer.with_lexicons(disable=["cliche"])))
    assert narrowed.model is pickle.loads(pickle.dumps(analyzer)).model  # one model per process
    for stranger in (
        Analyzer(analyzer.model, analyzer.lexicon),  # built by hand
        dataclasses.replace(analyzer, lexicon=analyzer.with_lexicons(disable=["cliche"]).lexicon),
    ):
        with pytest.raises(TypeError, match="cannot be sent to another process"):
            pickle.dumps(stranger)


def test_a_fresh_worker_process_gives_the_same_summaries(analyzer) -> None:
    articles = [SEED, REWRITE]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        summaries = list(pool.map(analyzer.summarise, articles))
    assert summaries == [analyzer.summarise(path) for path in articles]
