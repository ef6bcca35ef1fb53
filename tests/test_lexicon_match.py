"""Lemma-aware matching: one dictionary-form entry catches every inflection; gaps, alternatives, exact forms,
negation."""

from __future__ import annotations

import dataclasses

import pytest
from razdel import sentenize

from framing.lexicon import load_lexicon

LEXICON = """\
@category   test
@explain    Test entry.
особая симпатия
настоящая дружба
теплый/радушный прием
лишь немногие ... удостаиваться
=отмечается =что
самый актуальный
"""
NEGATORS = "@category negator\n@role negator\n=не\n=без\nвряд =ли\n"
DOWNTONERS = "@category downtoner\n@role downtoner\n=почти\n"


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lexicon")
    (folder / "test.lex").write_text(LEXICON, encoding="utf-8")
    (folder / "negators.lex").write_text(NEGATORS, encoding="utf-8")
    (folder / "downtoners.lex").write_text(DOWNTONERS, encoding="utf-8")
    return load_lexicon([folder], bundled=False)


def flags(lexicon, text: str):
    """Flags sentence by sentence, as the report finds them."""
    return [f for s in sentenize(text) for f in lexicon.flags(s.text, s.start)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Такой жест воспринимается как знак особой симпатии.", ["особой симпатии"]),
        ("Лидеры испытывают особую симпатию друг к другу.", ["особую симпатию"]),
        ("Встречи подчеркивают наличие настоящей дружбы.", ["настоящей дружбы"]),
        ("Это и есть настоящая дружба.", ["настоящая дружба"]),
        ("Теплый прием для Касым-Жомарта Токаева в России", ["Теплый прием"]),
        ("Гостю оказали радушный прием.", ["радушный прием"]),
        ("Тёплый приём был оказан делегации.", ["Тёплый приём"]),  # ё and е are one letter
        (
            "Лишь немногие мировые лидеры удостаиваются чести встретиться с ним.",
            ["Лишь немногие мировые лидеры удостаиваются"],
        ),
        ("Отмечается, что визит прошел по плану.", ["Отмечается, что"]),
        ("Отмечалось, что визит прошел по плану.", []),  # =exact form only
        ("Особое внимание уделили симпатии избирателей.", []),  # words apart are no phrase
        ("Дружба народов — настоящая ценность.", []),  # inverted order is another phrase
        ("Лишь немногие пришли. Остальные удостаиваются наград позже.", []),  # a gap never crosses a sentence
    ],
)
def test_inflections_and_patterns(lexicon, text: str, flagged: list[str]) -> None:
    found = flags(lexicon, text)
    assert [f.text for f in found] == flagged
    for flag in found:
        assert text[flag.start : flag.end] == flag.text
        assert flag.rule.startswith("test:")


@pytest.mark.parametrize(
    ("text", "modifier", "modifier_text"),
    [
        ("Это был не самый актуальный вопрос.", "negated", "не"),
        ("Вряд ли это теплый прием.", "negated", "Вряд ли"),
        ("Обсудили почти самые актуальные вопросы.", "downtoned", "почти"),
        ("Обсудили самые актуальные вопросы.", None, None),
        ("Не всем участникам переговоров оказали теплый прием.", None, None),  # «не» is too far before
    ],
)
def test_negators_and_downtoners(lexicon, text: str, modifier, modifier_text) -> None:
    (flag,) = flags(lexicon, text)
    assert (flag.modifier, flag.modifier_text) == (modifier, modifier_text)


def test_a_flag_in_quotation_keeps_every_other_field() -> None:
    flags = load_lexicon().flags("Эксперты говорят не о самой тесной дружбе, а о «теплом приеме».", 100)
    for flag in flags:
        assert flag.in_quotation() == dataclasses.replace(flag, quoted=True)  # every field, however many
    assert any(f.modifier for f in flags)  # a flag with its optional fields set is among them
