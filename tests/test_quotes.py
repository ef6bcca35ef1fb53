"""Direct quotations: who speaks the evaluative words."""

from __future__ import annotations

import pytest

from framing.quotes import quotation_spans


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        ("Он сказал: «Мы не будем повышать цены в этом году».", ["«Мы не будем повышать цены в этом году»"]),
        ("Компания «Газпром» сообщила о росте добычи.", []),  # a name, not speech
        (
            "“Сейчас у нас первая часть завершена, а далее я хочу пригласить вас”, — сказал он.",
            ["“Сейчас у нас первая часть завершена, а далее я хочу пригласить вас”"],
        ),
        (
            "Он заявил: «Решение «Роснефти» было принято без нас, и это ошибка».",
            ["«Решение «Роснефти» было принято без нас, и это ошибка»"],
        ),  # nested marks
        ("Незакрытая «кавычка в тексте без пары и без конца строки", []),
        ("«Первая строка цитаты без конца\nвторая строка»", []),  # a quotation stays in its paragraph
    ],
)
def test_quotation_spans(text: str, quotations: list[str]) -> None:
    assert [text[a:b] for a, b in quotation_spans(text)] == quotations
