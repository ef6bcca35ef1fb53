"""The garbage collector settings a framing process runs with once the model and lexicon are loaded."""

from __future__ import annotations

import gc

from framing.collector import YOUNG_THRESHOLD, settle_after_loading


def test_loaded_objects_are_frozen_and_young_collections_are_rarer() -> None:
    threshold = gc.get_threshold()
    loaded = [{"lexicon": "entry"} for _ in range(100)]  # noqa: F841 -- alive while the freeze happens
    try:
        settle_after_loading()
        assert gc.get_freeze_count() >= 100
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *threshold[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
