"""Markdown and inline directives, masked out of the text so that analysis sees prose only.

Masking replaces every character of markup with a space (line breaks kept), so the masked text has exactly
the length and line structure of the original: every offset, line and column found in it points into the
original file unchanged. Masked: fenced and indented code, HTML comments and tags, link and image targets
(``[text](url)`` keeps ``text``), emphasis and code markers, heading ``#``, list and quote markers,
tables' pipes, and the directive lines below.

Directives switch checking off for a passage, in Markdown as comments and in plain text as lines of their own:

    <!-- framing off -->              framing: off
    <!-- framing on -->               framing: on
    <!-- framing disable=cliche -->   framing: disable=cliche,intensifier
    <!-- framing enable=cliche -->    framing: enable=cliche
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing.read import Document

MARKDOWN_SUFFIXES = (".md", ".markdown")
ALL = "*"  # a directive's category meaning every category

_DIRECTIVE_BODY = r"framing:?\s+(?P<what>off|on|(?:disable|enable)=[a-z0-9*,-]+)"
MARKDOWN_DIRECTIVE = re.compile(r"<!--\s*" + _DIRECTIVE_BODY + r"\s*-->", re.IGNORECASE)
TEXT_DIRECTIVE = re.compile(r"^[ \t]*" + _DIRECTIVE_BODY + r"[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)

FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
INDENTED_CODE = re.compile(r"(?:(?<=\n\n)|\A)(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+")
INLINE_CODE = re.compile(r"(`+)[^`\n]+?\1")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
LINK_TARGET = re.compile(r"(?<=\])(\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])")
LINK_OPEN = re.compile(r"!?\[(?=[^\]]*\])")
LINK_CLOSE = re.compile(r"(?<=[^\s\[])\](?=[(\[])")
REFERENCE_DEFINITION = re.compile(r"^[ \t]*\[[^\]]+\]:[^\n]*$", re.MULTILINE)
AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
LINE_MARKERS = re.compile(
    r"^[ \t]*(?:#{1,6}(?=\s)|>+|[-*+](?=\s)|\d+[.)](?=\s)|[-*_=]{3,}[ \t]*$)", re.MULTILINE
)
TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
INLINE_MARKERS = re.compile(r"`+|(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|~~|\|")


@dataclass(frozen=True, slots=True)
class Directive:
    """A directive at ``start`` (a character offset): what it switches, for which categories."""

    start: int
    switch: bool  # True: on / enable; False: off / disable
    categories: tuple[str, ...]  # ("*",) for every category


def _blank(text: str, start: int, end: int, chars: list[str]) -> None:
    for at in range(start, end):
        if text[at] not in "\r\n":
            chars[at] = " "


def mask_markdown(text: str) -> str:
    """``text`` with its Markdown syntax replaced by spaces (offsets and line breaks unchanged)."""
    chars = list(text)
    for pattern in (
        FENCE,
        INDENTED_CODE,
        INLINE_CODE,
        HTML_COMMENT,
        AUTOLINK,
        REFERENCE_DEFINITION,
        HTML_TAG,
    ):
        for match in pattern.finditer(text):
            _blank(text, match.start(), match.end(), chars)
    masked = "".join(chars)
    for pattern in (TABLE_RULE, LINK_TARGET, LINK_OPEN, LINK_CLOSE, LINE_MARKERS, INLINE_MARKERS):
        for match in pattern.finditer(masked):
            _blank(masked, match.start(), match.end(), chars)
    return "".join(chars)


def directives(text: str, *, markdown: bool) -> list[Directive]:
    """The directives of ``text`` in order."""
    found = []
    for match in (MARKDOWN_DIRECTIVE if markdown else TEXT_DIRECTIVE).finditer(text):
        what = match.group("what").lower()
        if what in ("off", "on"):
            found.append(Directive(match.start(), what == "on", (ALL,)))
        else:
            verb, _, names = what.partition("=")
            found.append(Directive(match.start(), verb == "enable", tuple(n for n in names.split(",") if n)))
    return found


def mask_directives(text: str) -> str:
    """``text`` with its plain-text directive lines replaced by spaces."""
    if "raming" not in text and "RAMING" not in text:  # framing, Framing, FRAMING: most texts have none
        return text
    chars = list(text)
    for match in TEXT_DIRECTIVE.finditer(text):
        _blank(text, match.start(), match.end(), chars)
    return "".join(chars)


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def silenced(directives: list[Directive], offset: int, category: str) -> bool:
    """Whether the directives before ``offset`` leave ``category`` switched off there."""
    everything_off, off = False, {}
    for directive in directives:
        if directive.start > offset:
            break
        if ALL in directive.categories:
            everything_off, off = not directive.switch, {}
        else:
            off.update(dict.fromkeys(directive.categories, not directive.switch))
    return off.get(category, everything_off)


def masked(document: Document) -> str:
    """The document's text as analysis should read it: Markdown syntax (for a ``.md`` file) and directive
    lines replaced by spaces, offsets unchanged; the report keeps the file's own text (report.py)."""
    return mask_markdown(document.text) if is_markdown(document.name) else mask_directives(document.text)
