"""The cyclic garbage collector's settings for a framing process, applied once model and lexicon are loaded.

What framing loads lives as long as the process, and what it builds while analysing is acyclic (spans, tokens,
flags, reports: freed by reference counting the moment they are dropped). The cyclic collector is told both:

- ``gc.freeze()`` moves the loaded objects out of its sight; otherwise every full collection re-scans the
  lexicon's ~10⁵ objects (measured in bench/: a sixth of the analysis time on the 42 RuSentRel articles).
- A young-generation threshold of YOUNG_THRESHOLD net allocations instead of CPython's 700 (mypy raises it
  likewise): at 700, the analysis of the 42 articles ran ~30 collections, each scanning the article's live
  tokens and spans, freeing nothing (0 objects) and taking 5–7 ms in all; at 10,000 it runs none.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def settle_after_loading() -> None:
    """Freeze everything loaded so far, and collect the young generation less often."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
