"""Form tables: what the compiled lexicon knows of a word form (its anchored entries, its lemma …), looked
up once per word of the text.

A form the table does not hold gives None, and is remembered as None: matching asks about every word, most
words are in no entry, and a remembered miss is a plain dictionary hit. A table read from the prebuilt pack
(``prebuilt.py``) starts empty and fills itself one bucket of forms at a time, as forms are first asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class FormTable(dict[str, V | None], Generic[V]):
    """form -> value, or None for a form the lexicon does not have. Read it with ``table[form]``."""

    __slots__ = ("_bucket",)

    def __init__(
        self, known: Mapping[str, V] | None = None, bucket: Callable[[str], Mapping[str, V]] | None = None
    ) -> None:
        super().__init__(known or {})
        self._bucket = bucket  # form -> every known form of its bucket, for a table read lazily

    def __missing__(self, form: str) -> V | None:
        if self._bucket is not None:
            for known, value in self._bucket(form).items():
                self.setdefault(known, value)
        return self.setdefault(form, None)

    def known(self) -> dict[str, V]:
        """The forms that have a value (of a lazy table: those read so far)."""
        return {form: value for form, value in self.items() if value is not None}
