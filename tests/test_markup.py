"""Markup masked out of the text, offsets unchanged: Markdown syntax and the gate's directives."""

from __future__ import annotations

import pytest

from framing.markup import directives, mask_directives, mask_markdown, silenced


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ("# Теплый прием", "  Теплый прием"),
        ("Это **очень важный** шаг.", "Это   очень важный   шаг."),
        ("знак [особой симпатии](https://example.org/x)", "знак  особой симпатии" + " " * 24),
        ("- пункт *один*", "  пункт  один "),
        ("> цитата", "  цитата"),
        ("текст `настоящей дружбы` текст", "текст                    текст"),
        ("```\nтеплый прием\n```\nДалее.", "   \n            \n   \nДалее."),
        ("<!-- framing off -->\nТекст", "                    \nТекст"),
        ("| a | b |\n|---|---|", "  a   b  \n         "),
    ],
)
def test_markdown_syntax_becomes_spaces(markdown: str, prose: str) -> None:
    assert mask_markdown(markdown) == prose
    assert len(mask_markdown(markdown)) == len(markdown)


TEXT = "Первый абзац.\r\nframing: off\r\nВторой абзац.\r\nframing: enable=cliche\r\nframing: on\r\nТретий."


@pytest.mark.parametrize(
    ("offset", "category", "off"),
    [
        (0, "cliche", False),  # before any directive
        (TEXT.index("Второй"), "cliche", True),  # everything off
        (TEXT.index("Второй"), "relations", True),
        (TEXT.index("Третий"), "relations", False),  # back on
    ],
)
def test_plain_text_directives(offset: int, category: str, off: bool) -> None:
    assert silenced(directives(TEXT, markdown=False), offset, category) is off


def test_a_disabled_category_stays_off_until_enabled() -> None:
    text = "<!-- framing disable=cliche,relations -->\nА.\n<!-- framing enable=cliche -->\nБ."
    found = directives(text, markdown=True)
    assert [silenced(found, text.index("А."), c) for c in ("cliche", "relations", "personalisation")] == [
        True,
        True,
        False,
    ]
    assert [silenced(found, text.index("Б."), c) for c in ("cliche", "relations")] == [False, True]


def test_directive_lines_are_masked_in_plain_text() -> None:
    masked = mask_directives(TEXT)
    assert "framing" not in masked and len(masked) == len(TEXT) and masked.count("\n") == TEXT.count("\n")
