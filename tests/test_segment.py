"""Paragraphs, their kinds, and sentences — with offsets that point back into the text."""

from __future__ import annotations

import pytest

from framing.segment import paragraph_kind, segment
from tests.conftest import REWRITE, SEED


@pytest.mark.parametrize(
    ("line", "is_last", "kind"),
    [
        ("Теплый прием для Касым-Жомарта Токаева в России", False, "heading"),
        ("Курс на стратегическое партнерство и союзничество", False, "heading"),
        ("Особое внимание заслужил неформальный формат общения.", False, "body"),
        ("Источник: www.rbc.ru", True, "source"),
        ("Source: Reuters", True, "source"),
        ("Источник: www.rbc.ru", False, "heading"),  # only a trailing line is the article's source
        (
            "Это длинная строка без точки в конце, в которой гораздо больше четырнадцати слов, поэтому "
            "она не может быть заголовком статьи",
            False,
            "body",
        ),
    ],
)
def test_paragraph_kind(line: str, is_last: bool, kind: str) -> None:
    assert paragraph_kind(line, is_last=is_last) == kind


def test_seed_article_layout() -> None:
    text = SEED.read_text(encoding="utf-8")
    paragraphs = segment(text)
    assert [p.kind for p in paragraphs] == [
        "body",
        "heading",
        "body",
        "body",
        "heading",
        "body",
        "body",
        "body",
        "body",
        "source",
    ]
    assert [len(p.sentences) for p in paragraphs] == [3, 1, 3, 2, 1, 3, 3, 2, 3, 0]


@pytest.mark.parametrize("path", [SEED, REWRITE])
def test_offsets_point_into_the_text(path) -> None:
    text = path.read_text(encoding="utf-8")
    for paragraph in segment(text):
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.span.text
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert paragraph.span.start <= sentence.start < sentence.end <= paragraph.span.end


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # one paragraph a line, blank lines around
        ("\nПервый абзац.\nВторой абзац.\n\n", ["Первый абзац.", "Второй абзац."]),
        # blank-line separated, hard-wrapped inside
        (
            "Первый абзац начинается здесь и\nпродолжается на второй строке.\n\nВторой абзац.\n",
            ["Первый абзац начинается здесь и\nпродолжается на второй строке.", "Второй абзац."],
        ),
        # Windows line ends
        ("Первый абзац.\r\nВторой абзац.\r\n", ["Первый абзац.", "Второй абзац."]),
    ],
)
def test_paragraph_layouts(text: str, paragraphs: list[str]) -> None:
    assert [p.span.text for p in segment(text)] == paragraphs


def test_sentences_split_by_razdel() -> None:
    text = "Глава МИД С. В. Лавров прибыл в Анкару. Переговоры продолжались 2,5 часа."
    (paragraph,) = segment(text)
    assert [s.text for s in paragraph.sentences] == [
        "Глава МИД С. В. Лавров прибыл в Анкару.",
        "Переговоры продолжались 2,5 часа.",
    ]
