"""The compiled-lexicon cache: plain data, never trusted when it does not check out, and the bundled
lexicon's entry never evicted by user lexicons or `framing lexicon test`."""

from __future__ import annotations

import json

import pytest

from framing.lexicon import cache, load_lexicon
from framing.lexicon.cache import cache_dir
from tests.conftest import SEED, run
from tests.test_lexicon_match import LEXICON


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


def test_user_lexicons_and_lexicon_test_never_evict_the_bundled_cache(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    load_lexicon()  # the bundled lexicon, compiled once
    for number in range(cache.KEPT["combined"] + 2):  # more user combinations than the cache keeps
        folder = tmp_path / f"user{number}"
        folder.mkdir()
        (folder / "mine.lex").write_text(f"@category mine\n@explain Тест.\nслово{number}\n", encoding="utf-8")
        load_lexicon([folder], bundled=False)
    assert run(runner, "lexicon", "test").exit_code == 0

    def compile_again(patterns: list[str]) -> dict:
        raise AssertionError(f"compiled {len(patterns)} patterns again instead of reading the cache")

    monkeypatch.setattr("framing.lexicon.load.expand", compile_again)
    result = run(runner, "analyze", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.stderr or result.exception
    assert len(list(cache_dir().glob("bundled-*.json"))) == 1
    assert len(list(cache_dir().glob("combined-*.json"))) == cache.KEPT["combined"]
