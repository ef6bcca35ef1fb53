"""Lexicons: the editable ``.lex`` files, their compiled (inflected) form, and matching against text."""

from framing.lexicon.files import Entry, Example, LexiconFile, parse_file
from framing.lexicon.load import Lexicon, bundled_lexicon_dir, load_lexicon
from framing.lexicon.match import Flag, find_flags

__all__ = [
    "Entry",
    "Example",
    "Flag",
    "Lexicon",
    "LexiconFile",
    "bundled_lexicon_dir",
    "find_flags",
    "load_lexicon",
    "parse_file",
]
