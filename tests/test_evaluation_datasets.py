"""Labelled data sets: one label per sentence derived from per-entity and per-opinion labels."""

from __future__ import annotations

import json

import pytest

from framing.evaluation.datasets import (
    LabelledSentence,
    held_out_split,
    pool,
    read_ruopinionne,
    read_rusentne,
)

HEADER = "sentence\tentity\tentity_tag\tentity_pos_start_rel\tentity_pos_end_rel\tlabel\n"
A = "Россия осудила санкции, а Китай поддержал переговоры."


def _rusentne(tmp_path, *labels: str):
    rows = "".join(f"{A}\tX\tCOUNTRY\t0\t6\t{label}\n" for label in labels)
    path = tmp_path / "train_data.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("labels", "polar", "majority"),
    [
        (("0", "0"), "neutral", "neutral"),
        (("1", "0", "0"), "positive", "neutral"),  # polar: neutral entities do not vote
        (("-1", "-1", "1"), "negative", "negative"),
        (("1", "-1"), None, "neutral"),  # a tie: polar drops the mixed sentence
    ],
)
def test_rusentne_label_derivation(tmp_path, labels, polar, majority) -> None:
    path = _rusentne(tmp_path, *labels)
    for rule, expected in (("polar", polar), ("majority", majority)):
        got = [s.label for s in read_rusentne(path, rule)]
        assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("opinions", "label"),
    [
        ([], "neutral"),
        ([{"Polarity": "NEG"}], "negative"),
        ([{"Polarity": "POS"}, {"Polarity": "POS"}, {"Polarity": "NEG"}], "positive"),
    ],
)
def test_ruopinionne_label_derivation(tmp_path, opinions, label) -> None:
    path = tmp_path / "train.jsonl"
    path.write_text(
        json.dumps({"text": A, "opinions": opinions}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert [(s.text, s.label) for s in read_ruopinionne(path)] == [(A, label)]


@pytest.mark.parametrize(
    ("first", "second", "pooled"),
    [
        ("neutral", "negative", "negative"),  # polar beats neutral
        ("positive", "positive", "positive"),
        ("positive", "negative", None),  # contradiction: dropped
    ],
)
def test_pool_deduplicates_by_sentence(first, second, pooled) -> None:
    result = pool(
        [LabelledSentence(A, first, "rusentne")], [LabelledSentence(A.upper(), second, "ruopinionne")]
    )
    assert [s.label for s in result] == ([pooled] if pooled else [])


@pytest.mark.parametrize("line", [HEADER.replace("label", "polarity"), HEADER + f"{A}\tX\tC\t0\t1\t2\n"])
def test_malformed_rusentne_is_refused_with_its_line(tmp_path, line) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.csv:\d+: "):
        read_rusentne(path)


def test_held_out_split_is_stable_and_keeps_a_sentence_on_one_side() -> None:
    sentences = [LabelledSentence(f"Предложение номер {i}.", "neutral", "rusentne") for i in range(500)]
    train, held = held_out_split(sentences)
    assert (train, held) == held_out_split(sentences)
    assert 0.15 < len(held) / len(sentences) < 0.25
    same = LabelledSentence("ПРЕДЛОЖЕНИЕ  номер 7.", "neutral", "ruopinionne")  # another spelling
    assert (same in held_out_split([same])[1]) == (sentences[7] in held)
