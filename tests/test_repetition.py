"""Repetition: an evaluative lemma flagged at three or more places becomes the article's refrain."""

from __future__ import annotations

import pytest

from framing import Analyzer
from tests.conftest import REWRITE, SEED


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


def test_the_seed_repeats_trust_and_the_personal(analyzer) -> None:
    report = analyzer.analyze(SEED)
    counts = {r.lemma: len(r.places) for r in report.repetitions}
    assert counts["доверительный"] == 3 and counts["личный"] == 5
    text = report.document.text
    for repetition in report.repetitions:
        for start, end, word in repetition.places:
            assert text[start:end].lower().replace("ё", "е") == word.lower().replace("ё", "е")
    assert sum(p.repeated for p in report.paragraphs) == sum(len(r.places) for r in report.repetitions)


def test_the_neutral_rewrite_has_no_refrain(analyzer) -> None:
    assert analyzer.analyze(REWRITE).repetitions == ()


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        (
            "Стороны провели доверительные переговоры. Доверительный тон сохранился. "
            "Это доверительная встреча.",
            {"доверительный"},
        ),
        (  # twice is not yet a refrain
            "Лидеры ведут доверительный диалог. Беседа была доверительной. Личные отношения и личная дружба.",
            set(),
        ),
    ],
)
def test_only_evaluative_lemmas_count(analyzer, text: str, lemmas: set[str]) -> None:
    assert {r.lemma for r in analyzer.analyze(text).repetitions} == lemmas


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (  # a link target and title inside the flag's span are markup, masked out of the analysis
            "link.md",
            'Это [личная](https://x.ru/личная_личная "личная") встреча и личное общение.\n',
            {},
        ),
        (
            "plain.txt",
            "Лидеры говорили о личной дружбе. Личные встречи стали регулярными. Личное общение помогает.\n",
            {"личный": 3},
        ),
    ],
)
def test_repetitions_read_what_the_analysis_reads(analyzer, tmp_path, name, text, expected) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = analyzer.analyze(path)
    assert {r.lemma: len(r.places) for r in report.repetitions} == expected
    assert analyzer.summarise(path).repetitions == report.repetitions  # a stream counts alike
