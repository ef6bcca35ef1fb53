"""framing — show how a Russian-language news article builds its tone.

    import framing
    report = framing.analyze(text)            # bundled model and lexicons, loaded once
    report.to_dict()["summary"]

    analyzer = framing.Analyzer.load(lexicons=["my.lex"], disable=["cliche"])
    verdict = analyzer.check(analyzer.analyze(Path("article.txt")), framing.Limits(max_density=8))

Names are imported on first use, so ``import framing`` (and the command line's start-up) stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from framing.api import Analyzer, analyze
    from framing.errors import FramingError
    from framing.lexicon import Entry, Flag
    from framing.read import Document
    from framing.report import ModelInfo, ParagraphReport, Report, SentenceReport, Summary
    from framing.segment import Span
    from framing.verdict import Limits, Verdict

_WHERE = {
    "Analyzer": "framing.api",
    "analyze": "framing.api",
    "Document": "framing.read",
    "Entry": "framing.lexicon",
    "Flag": "framing.lexicon",
    "FramingError": "framing.errors",
    "Limits": "framing.verdict",
    "ModelInfo": "framing.report",
    "ParagraphReport": "framing.report",
    "Report": "framing.report",
    "SentenceReport": "framing.report",
    "Span": "framing.segment",
    "Summary": "framing.report",
    "Verdict": "framing.verdict",
}
__all__ = [
    "Analyzer",
    "Document",
    "Entry",
    "Flag",
    "FramingError",
    "Limits",
    "ModelInfo",
    "ParagraphReport",
    "Report",
    "SentenceReport",
    "Span",
    "Summary",
    "Verdict",
    "__version__",
    "analyze",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
