"""Form tables: what the compiled lexicon knows of a word form (its anchored entries, its lemma …), looked
up once per word of the text.

A form the table does not hold gives None, and is remembered as None: matching asks about every word, most
words are in no entry, and a remembered miss is a plain dictionary hit. A table read from the prebuilt pack
(``prebuilt.py``) starts empty and looks each form up there the first time it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class FormTable(dict[str, V | None], Generic[V]):
    """form -> value, or None for a form the lexicon does not have. Read it with ``table[form]``."""

    __slots__ = ("_look_up",)

    def __init__(
        self, known: Mapping[str, V] | None = None, look_up: Callable[[str], V | None] | None = None
    ) -> None:
        super().__init__(known or {})
        self._look_up = look_up  # where a lazily read table finds a form it has not been asked for yet

    def __missing__(self, form: str) -> V | None:
        return self.setdefault(form, self._look_up(form) if self._look_up else None)

    def known(self) -> dict[str, V]:
        """The forms that have a value (of a lazy table: those read so far)."""
        return {form: value for form, value in self.items() if value is not None}
