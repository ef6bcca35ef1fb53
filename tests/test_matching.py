"""Lemma-aware matching: one dictionary-form entry catches every inflection; gaps, alternatives, exact forms,
negation, and the compiled-lexicon cache."""

from __future__ import annotations

import json

import pytest
from razdel import sentenize

from framing.lexicon import load_lexicon
from framing.lexicon.cache import cache_dir

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


def _compiled(tmp_path, monkeypatch):
    """A test lexicon compiled into a private cache: (lexicon, the cache file)."""
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "test.lex").write_text(LEXICON, encoding="utf-8")
    lexicon = load_lexicon([folder], bundled=False)
    (cached,) = cache_dir().glob("combined-*.json")
    return folder, lexicon, cached


def test_cache_is_plain_data(tmp_path, monkeypatch) -> None:
    _, lexicon, cached = _compiled(tmp_path, monkeypatch)
    data = json.loads(cached.read_text(encoding="utf-8"))["data"]
    lemma, pos, forms = data["lexemes"][data["patterns"][0][0][0]]  # «особая» of «особая симпатия»
    assert (lemma, pos) == ("особый", "ADJF") and "особой" in forms
    assert data["patterns"][4] == [["отмечается"], ["что"]]  # exact forms are stored as strings
    assert lexicon.lemma_of["симпатии"] == ("симпатия", "NOUN")


def test_cache_is_rebuilt_when_corrupt(tmp_path, monkeypatch) -> None:
    folder, first, cached = _compiled(tmp_path, monkeypatch)
    key = json.loads(cached.read_text(encoding="utf-8"))["data"]["key"]
    cached.write_text("{not json", encoding="utf-8")
    assert load_lexicon([folder], bundled=False).slots == first.slots
    assert json.loads(cached.read_text(encoding="utf-8"))["data"]["key"] == key


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data.update(key="0" * 64),  # a cache that is not for these patterns
        lambda data: data["patterns"][0][0].append(10**6),  # a reference to no lexeme
        lambda data: data["lexemes"][0].__setitem__(2, 42),  # forms that are not a list
    ],
)
def test_a_cache_that_does_not_check_out_is_not_trusted(tmp_path, monkeypatch, tamper) -> None:
    folder, first, cached = _compiled(tmp_path, monkeypatch)
    data = json.loads(cached.read_text(encoding="utf-8"))["data"]
    data["lexemes"][0][2] = ["подменено"]
    tamper(data)
    cached.write_text(json.dumps({"sha256": "0" * 64, "data": data}), encoding="utf-8")
    assert load_lexicon([folder], bundled=False).slots == first.slots
