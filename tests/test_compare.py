"""`framing compare`: the seed against its neutral rewrite, as text and as HTML."""

from __future__ import annotations

import pytest

from framing.compare import compare
from framing.render.compare import render_compare_html, render_compare_text, verdict
from tests.conftest import REWRITE, ROOT, SEED, build, run


@pytest.fixture(scope="module")
def comparison(loaded):
    return compare(build(loaded, SEED), build(loaded, REWRITE))


def test_paragraphs_paired_by_place(comparison) -> None:
    names = [row.name for row in comparison.rows]
    assert names == ["¶1", "H1", "¶2", "¶3", "H2", "¶4", "¶5", "¶6", "¶7"]
    assert comparison.rows[-1].b is None  # the rewrite has five paragraphs


@pytest.mark.parametrize(
    ("side", "kind", "present", "absent"),
    [
        (0, "categories", "exclusivity", "relations"),  # both use relations
        (0, "phrases", "особой симпатии", "стратегического партнерства"),  # the rewrite has it, inflected
        (1, "phrases", "за чаем", "стратегическому партнерству"),
        (0, "techniques", "Exaggeration-Minimisation", "Loaded_Language"),
    ],
)
def test_what_only_one_uses(comparison, side: int, kind: str, present: str, absent: str) -> None:
    found = getattr(comparison, f"{kind}_only")[side]
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "corpus/000_ba3e2cf52126c75d.txt reads warmer than corpus/001_neutral_rewrite.txt: tone +0.82 vs "
            "+0.27, 17.6 vs 1.6 flags per 100 words (10.8× as many).",
        ),
        (
            "ru",
            "corpus/000_ba3e2cf52126c75d.txt звучит теплее, чем corpus/001_neutral_rewrite.txt: "
            "тон +0.82 против +0.27, 17.6 против 1.6 флагов на 100 слов (в 10.8 раза больше).",
        ),
    ],
)
def test_verdict_in_one_line(comparison, lang: str, line: str) -> None:
    text = verdict(comparison, lang).replace(str(SEED), "corpus/000_ba3e2cf52126c75d.txt")
    assert text.replace(str(REWRITE), "corpus/001_neutral_rewrite.txt") == line


@pytest.mark.parametrize("width", [60, 80, 120])
def test_text_fits_the_width(comparison, width: int) -> None:
    output = render_compare_text(comparison, "en", width)
    assert max(len(line) for line in output.splitlines()) <= width
    assert "overall" in output and "Only in" in output


def test_html_side_by_side(comparison) -> None:
    page = render_compare_html(comparison)
    assert page.count("<tr>") == 1 + len(comparison.rows)
    assert 'data-categories="exclusivity emotional"' in page and "reads warmer than" in page


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_cli(runner, fmt: str) -> None:
    result = run(runner, "compare", str(SEED), str(REWRITE), "--format", fmt, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "reads warmer than" in result.stdout


@pytest.mark.parametrize(
    ("first", "second", "ending"),
    [
        (
            REWRITE,
            REWRITE,
            "read the same in tone: tone +0.27 vs +0.27, 1.6 vs 1.6 flags per 100 words (1.0× as many).",
        ),
        (
            REWRITE,
            SEED,
            "reads colder than corpus/000_ba3e2cf52126c75d.txt: tone +0.27 vs +0.82, "
            "1.6 vs 17.6 flags per 100 words (10.8× fewer).",
        ),
    ],
)
def test_the_verdict_reads_well_either_way(runner, first, second, ending: str) -> None:
    result = run(
        runner, "compare", str(first.relative_to(ROOT)), str(second.relative_to(ROOT)), "--lang", "en"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.replace("\n", " ").rstrip().endswith(ending)
