"""The CI gate behind ``framing check``: findings with levels, configuration, suppression and baselines.

``levels`` names how serious a finding is; ``config`` finds and reads ``.framing.toml`` / ``pyproject.toml``
settings (per-glob sections included); ``inputs`` expands files, directories and globs; ``findings`` turns a
report into findings under those settings (directives and quotations honoured); ``baseline`` records and
subtracts an archive's existing findings; ``run`` checks many files with one analyzer per lexicon set.
Renderers for the gate's formats live in ``framing/render/findings.py`` and ``framing/render/sarif.py``.
"""
