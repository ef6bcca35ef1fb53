"""Form tables: what the compiled lexicon knows of a word form (its anchored entries, its lemma …), looked
up once per word of the text.

A form the table does not hold gives None, and is remembered as None: matching asks about every word, most
words are in no entry, and a remembered miss is a plain dictionary hit. Misses are remembered up to
``MISSES`` (then forgotten, all at once), so a process that reads a year of articles does not grow a table
of every word it ever met. A table read from the prebuilt pack (``prebuilt.py``) starts empty and looks each
form up there the first time it is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")
MISSES = 200_000  # remembered misses per table: ~20 MB at most


class FormTable(dict[str, V | None], Generic[V]):
    """form -> value, or None for a form the lexicon does not have. Read it with ``table[form]``;
    ``get`` and ``in`` answer alike. Iterating or ``len`` see only the forms asked for so far (and, for a
    table made whole, every form it holds)."""

    __slots__ = ("_look_up", "_misses")

    def __init__(
        self, known: Mapping[str, V] | None = None, look_up: Callable[[str], V | None] | None = None
    ) -> None:
        super().__init__(known or {})
        self._look_up = look_up  # where a lazily read table finds a form it has not been asked for yet
        self._misses = 0

    @property
    def lazy(self) -> bool:
        """Whether forms are read on demand (then the table holds only those asked for so far)."""
        return self._look_up is not None

    def __missing__(self, form: str) -> V | None:
        value = self._look_up(form) if self._look_up else None
        if value is None:
            self._misses += 1
            if self._misses > MISSES:
                self._forget_misses()
        self[form] = value
        return value

    def get(self, form: str, default: V | None = None) -> V | None:  # type: ignore[override]
        value = self[form]
        return default if value is None else value

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self[form] is not None

    def known(self) -> dict[str, V]:
        """The forms that have a value (of a lazy table: those read so far)."""
        return {form: value for form, value in self.items() if value is not None}

    def _forget_misses(self) -> None:
        # list() copies the items in one step, so another thread's lookup cannot change them mid-loop
        for form, value in list(self.items()):
            if value is None:
                self.pop(form, None)
        self._misses = 0
