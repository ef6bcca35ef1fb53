"""Progress on a terminal: a spinner on stderr while loading and analysing, only when stderr is a TTY and
only once the work has taken more than a moment, so pipes, files and tests see nothing."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DELAY = 0.3  # seconds of work before the spinner shows


@contextmanager
def working(message: str) -> Iterator[None]:
    """Show ``message`` with a spinner on stderr while the block runs longer than DELAY (TTY only)."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    status = Console(stderr=True).status(message)
    timer = threading.Timer(DELAY, status.start)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        status.stop()
