"""The interface language (--lang): English or Russian, from the option or the locale.

Interface strings are data (framing/data/interface.toml); explanations stay as the lexicon gives them.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Literal

Lang = Literal["en", "ru"]
LANGS: tuple[Lang, ...] = ("en", "ru")
DATA = Path(__file__).resolve().parent / "data"


def default_lang(environ: dict[str, str] | None = None) -> Lang:
    """``ru`` when the locale (LC_ALL, then LC_MESSAGES, then LANG) is Russian, else ``en``."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


@cache
def _strings() -> dict[str, dict[str, str]]:
    import tomllib  # only when a view is rendered in words, not on every start-up

    with (DATA / "interface.toml").open("rb") as file:
        return tomllib.load(file)


def tr(key: str, lang: Lang, /, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with ``{name}`` fields filled from ``values``."""
    text = _strings()[lang][key]
    return text.format(**values) if values else text


def plural(n: int, lang: Lang, forms: str) -> str:
    """``n`` and the noun in the right form: ``forms`` is an interface key holding "one|few|many" (Russian)
    or "one|many" (English)."""
    variants = tr(forms, lang).split("|")
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            word = variants[0]
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            word = variants[1]
        else:
            word = variants[2]
    else:
        word = variants[0] if n == 1 else variants[1]
    return f"{n} {word}"
