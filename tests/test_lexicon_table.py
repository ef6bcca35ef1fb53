"""Form tables: a miss is remembered (most words are in no entry), but not without end."""

from __future__ import annotations

import pytest

from framing.lexicon import table
from framing.lexicon.table import FormTable


@pytest.mark.parametrize(
    ("look_up", "asked", "expected"),
    [
        (None, ["симпатии", "стол"], {"симпатии": "симпатия", "стол": None}),
        ({"стол": "стол"}.get, ["стол", "стул"], {"стол": "стол", "стул": None}),  # read on demand
    ],
)
def test_a_table_answers_every_form(look_up, asked, expected) -> None:
    forms = FormTable({"симпатии": "симпатия"} if look_up is None else None, look_up)
    assert {form: forms[form] for form in asked} == expected
    assert {form: forms.get(form) for form in asked} == expected
    assert [form in forms for form in asked] == [value is not None for value in expected.values()]


def test_misses_are_forgotten_past_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(table, "MISSES", 3)
    forms = FormTable({"симпатии": "симпатия"})
    for number in range(10):
        assert forms[f"слово{number}"] is None
    assert len(forms) <= 1 + 3 and forms["симпатии"] == "симпатия"
