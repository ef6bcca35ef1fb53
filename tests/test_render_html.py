"""The HTML report as text: one self-contained page, everything from the article or a lexicon escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from framing.lexicon import load_lexicon
from framing.render.families import FAMILIES
from framing.render.html import POLICY, SCRIPT, render_html
from tests.conftest import REWRITE, SEED, build, run

HOSTILE_ARTICLE = (
    "Президент провел <script>alert(1)</script> теплую встречу с коллегой из соседней страны.\n\n"
    'Стороны отметили "><img src=x onerror=alert(1)> особую симпатию друг к другу и настоящую дружбу.\n'
)
HOSTILE_LEXICON = (
    "@category   hostile\n"
    "@explain    <script>alert(1)</script>\n"
    'встреча | Объяснение "><img src=x onerror=alert(1)> <b>жирно</b> | <script>alert(2)</script>\n'
)


class Elements(HTMLParser):
    """Every start tag and its attributes, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def seed_page(loaded) -> str:
    return render_html(build(loaded, SEED))


@pytest.fixture(scope="module")
def hostile_page(loaded, tmp_path_factory) -> str:
    lexicon_file = tmp_path_factory.mktemp("lexicon") / "hostile.lex"
    lexicon_file.write_text(HOSTILE_LEXICON, encoding="utf-8")
    model, _ = loaded
    return render_html(build((model, load_lexicon([lexicon_file])), HOSTILE_ARTICLE))


@pytest.mark.parametrize(
    ("phrase", "categories", "family"),
    [
        ("особой симпатии", "exclusivity emotional", "evaluation"),
        ("Отмечается, что", "attribution", "attribution"),
        ("настоящей дружбы", "relations", "relations"),
        ("Теплый прием", "cliche", "idiom"),
        ("не только на официальных мероприятиях, но и", "amplification", "degree"),
    ],
)
def test_phrases_are_marked_with_category_and_family(seed_page, phrase, categories, family) -> None:
    marks = [attrs for tag, attrs in tags(seed_page) if tag == "mark"]
    assert re.search(
        rf'<mark class="fam-{family}" tabindex="0" data-flags="[0-9 ]+" data-categories="{categories}"[^>]*>'
        rf"{re.escape(phrase)}</mark>",
        seed_page,
    )
    assert all(attrs["tabindex"] == "0" for attrs in marks)  # every phrase takes focus on click or tap


def test_page_is_self_contained(seed_page) -> None:
    found = tags(seed_page)
    assert [t for t, _ in found].count("script") == 1  # the page's own, allowed by hash
    for tag, attrs in found:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        for name in ("src", "href"):
            assert not (attrs.get(name) or "").startswith(("http", "//")), (tag, attrs)
    assert "@import" not in seed_page and "url(" not in seed_page
    assert f'content="{POLICY}"' in seed_page and "default-src 'none'" in POLICY
    assert f"<script>{SCRIPT}</script>" in seed_page


@pytest.mark.parametrize(
    "piece",
    [
        "<svg",  # the tone chart, inline
        "@media print",  # print styles
        'class="legend"',
        "<dt>Overall tone</dt><dd>+0.82 (sentences: positive 20, neutral 1)</dd>",
        "<summary>17 flags explained</summary>",
        *(f".fam-{f.id} {{ background-color: {f.html};" for f in FAMILIES),
    ],
)
def test_page_has_chart_legend_summary_and_print_styles(seed_page, piece) -> None:
    assert piece in seed_page


@pytest.mark.parametrize(
    "escaped",
    [
        "&lt;script&gt;alert(1)&lt;/script&gt;",  # from the article
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",  # article and lexicon explanation
        "&lt;b&gt;жирно&lt;/b&gt;",  # lexicon explanation
        "&lt;script&gt;alert(2)&lt;/script&gt;",  # lexicon neutral wording
    ],
)
def test_article_and_lexicon_text_is_escaped(hostile_page, escaped) -> None:
    assert escaped in hostile_page


def test_hostile_text_makes_no_element(hostile_page) -> None:
    found = tags(hostile_page)
    assert [t for t, _ in found].count("script") == 1
    assert not [t for t, _ in found if t.startswith("img")]
    assert all("onerror" not in attrs for _, attrs in found)
    categories = {attrs["data-categories"] for tag, attrs in found if tag == "mark"}
    assert any("hostile" in c.split() for c in categories)  # the user lexicon's entry did flag «встречу»


def test_russian_page(loaded) -> None:
    page = render_html(build(loaded, SEED), "ru")
    assert '<html lang="ru">' in page
    assert "<dt>Общий тон</dt>" in page and "исключительность · оценка" in page


@pytest.mark.parametrize(
    ("path", "title"), [(SEED, "000_ba3e2cf52126c75d"), (REWRITE, "001_neutral_rewrite")]
)
def test_cli_html(runner, path, title) -> None:
    result = run(runner, "analyze", str(path), "--format", "html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>") and title in result.stdout
