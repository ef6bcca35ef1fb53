"""When to colour: --color, NO_COLOR and FORCE_COLOR, and whether the output is a terminal.

Apart from the views that colour (terminal.py), so that a command printing JSON never imports rich.
"""

from __future__ import annotations

import os
from typing import IO

COLOR_CHOICES = ("auto", "always", "never")


def wants_color(choice: str, stream: IO[str] | None = None, environ: dict[str, str] | None = None) -> bool:
    """--color: ``always``/``never`` as said; ``auto`` is off under NO_COLOR, on under FORCE_COLOR, else
    on only when ``stream`` is a terminal (and TERM is not ``dumb``)."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
