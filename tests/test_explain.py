"""`framing explain`: a phrase through the matcher (inflected), a category, a technique, the glossary."""

from __future__ import annotations

import tomllib

import pytest

from framing.explain import explain_phrase
from framing.glossary import glossary, lookup
from framing.language import DATA
from framing.lexicon import load_lexicon
from tests.conftest import run


@pytest.fixture(scope="module")
def lexicon(loaded):
    return loaded[1]


@pytest.mark.parametrize(
    ("phrase", "rules", "example"),
    [
        # inflected forms find their entries; examples come from the files' own @flag lines
        ("особую симпатию", ["exclusivity:особый симпатия", "emotional:симпатия"], "знак особой [симпатии]"),
        ("настоящая дружба", ["relations:настоящий дружба"], "[настоящей дружбы]"),
        ("Отмечается, что", ["attribution:=отмечается что"], "[Отмечается, что]"),
        ("теплом приеме", ["cliche:теплый прием"], "["),
    ],
)
def test_phrase_finds_its_entries(lexicon, phrase: str, rules: list[str], example: str) -> None:
    explained = explain_phrase(lexicon, phrase)
    assert [e.entry.rule for e in explained][: len(rules)] == rules
    assert any(example in text for e in explained for text in e.examples)
    assert all(e.entry.explanation for e in explained)


def test_unknown_phrase_is_exit_1(runner) -> None:
    result = run(runner, "explain", "хлеб", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.startswith("«хлеб»: no lexicon entry matches.")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["особой", "симпатии"],
            [
                "«особой симпатии»: 2 entries",
                "1. «особой симпатии» — exclusivity (evaluation)",
                "why: Выделяет чувство одного лидера к другому как исключительное.",
            ],
        ),
        (
            ["Conversation_Killer"],
            ["Conversation_Killer", "shuts discussion down", "categories flagging it: certainty"],
        ),
        (["loaded_language"], ["Loaded_Language", "emotional charge"]),
        (["Name_Calling-Labeling"], ["Name_Calling-Labeling", "categories flagging it: evaluative-negative"]),
        (["Doubt"], ["Doubt", "categories flagging it: attribution, speech-verbs, irony, rhetoric"]),
        (["cliche"], ["cliche", "colour family: idiom and cliché", "entries: 432 (lexicons/cliche.lex)"]),
        (["cliche", "--lang", "ru"], ["cliche — клише", "цветовая группа: идиомы и клише"]),
        (
            ["Конец", "разговора", "--lang", "ru"],
            ["Conversation_Killer — Конец разговора", "закрывает обсуждение"],
        ),
        (
            [],
            ["Glossary", "Colour families:", "Persuasion techniques (SemEval-2023 Task 3):", "Whataboutism"],
        ),
        (["--lang", "ru"], ["Глоссарий", "Цветовые группы:", "Whataboutism (А у вас…)"]),
    ],
)
def test_explain_command(runner, monkeypatch, args: list[str], expected: list[str]) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    result = run(runner, "explain", *args)
    assert result.exit_code == 0, result.stderr
    for piece in expected:
        assert piece in result.stdout


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("args", [["особой симпатии"], ["exclusivity"], []])
def test_explain_fits_the_width(runner, monkeypatch, width: int, args: list[str]) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = run(runner, "explain", *args)
    assert max(len(line) for line in result.stdout.splitlines()) <= width


def test_glossary_covers_every_category_and_technique_in_both_languages() -> None:
    terms = glossary()
    lexicon = load_lexicon()
    for lexicon_file in lexicon.files:
        assert lexicon_file.category in terms["category"], lexicon_file.category
        for technique in lexicon_file.techniques:
            assert technique in terms["technique"], technique
    assert len(terms["technique"]) == 23  # SemEval-2023 Task 3's persuasion techniques
    for kind in terms.values():
        for term in kind.values():
            assert set(term.names) == set(term.about) == {"en", "ru"}, term.id


def test_glossary_is_data() -> None:
    with (DATA / "glossary.toml").open("rb") as file:
        assert set(tomllib.load(file)) == {"family", "category", "technique"}
    assert lookup("Repetition").kind == "technique" and lookup("повторение").id == "Repetition"
