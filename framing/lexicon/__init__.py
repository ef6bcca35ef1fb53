"""Lexicons: the editable ``.lex`` files (``format``), their compiled, inflected form (``compile``, kept by
``cache``), the anchor ``index``, the ``load``\\er that merges and disables, and the ``match``\\er behind
``Lexicon.flags``."""

from framing.lexicon.format import Entry, Example, LexiconFile, parse_file
from framing.lexicon.lexicon import Lexicon
from framing.lexicon.load import bundled_lexicon_dir, load_lexicon
from framing.lexicon.match import Flag

__all__ = [
    "Entry",
    "Example",
    "Flag",
    "Lexicon",
    "LexiconFile",
    "bundled_lexicon_dir",
    "load_lexicon",
    "parse_file",
]
