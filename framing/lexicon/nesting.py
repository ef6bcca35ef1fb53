"""Count once: a span flagged by entries nested in one another is one flag.

«особой симпатии» (exclusivity) and «симпатии» (emotional) are the same words seen twice; counting both would
inflate densities, categories and techniques. The longest flag is kept, and the ones inside it (of any
category, lexicon entries and rules alike) go into its ``alternatives``, which JSON shows. Flags that only
overlap («близких и доверительных», «доверительных связях») are different phrases and both stay.
"""

from __future__ import annotations

from dataclasses import replace

from framing.lexicon.match import Flag


def count_once(flags: list[Flag]) -> list[Flag]:
    """``flags`` (in text order) with every flag nested in a longer one (or on the same span as an earlier
    one) moved into that flag's ``alternatives``; the result stays in text order."""
    if len(flags) < 2:
        return flags
    order = sorted(range(len(flags)), key=lambda i: (flags[i].start - flags[i].end, flags[i].start, i))
    kept: list[int] = []
    nested: dict[int, list[Flag]] = {}
    for i in order:
        flag = flags[i]
        container = next((k for k in kept if flags[k].start <= flag.start and flag.end <= flags[k].end), None)
        if container is None:
            kept.append(i)
        else:
            nested.setdefault(container, []).extend((flag, *flag.alternatives))
    if not nested:
        return flags
    return [
        replace(flags[i], alternatives=(*flags[i].alternatives, *nested[i])) if i in nested else flags[i]
        for i in sorted(kept)
    ]
