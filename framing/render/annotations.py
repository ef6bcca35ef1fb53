"""Flags as CI annotations: `file:line:col` lines for humans and editors, and GitHub workflow commands."""

from __future__ import annotations

from framing.lexicon import Flag
from framing.positions import LineIndex
from framing.report import Report


def _message(flag: Flag) -> str:
    neutral = f" Neutral: {'; '.join(flag.neutral)}." if flag.neutral else ""
    modifier = f" ({flag.modifier} by «{flag.modifier_text}»)" if flag.modifier else ""
    quoted = " (in a quotation)" if flag.quoted else ""
    return f"«{flag.text}»{modifier}{quoted}: {flag.explanation}{neutral}"


def render_lines(report: Report) -> str:
    """``path:line:col: category: message [rule]``, one flag a line."""
    lines, index = [], LineIndex(report.document.text)
    for flag in report.flags:
        line, column = index.position(flag.start)
        lines.append(
            f"{report.document.name}:{line}:{column}: {flag.category}: {_message(flag)} [{flag.rule}]"
        )
    return "".join(f"{line}\n" for line in lines)


def _escape(value: str, *, property_value: bool = False) -> str:
    """GitHub workflow-command escaping."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(report: Report) -> str:
    """``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``, one flag a line."""
    lines, index = [], LineIndex(report.document.text)
    for flag in report.flags:
        line, column = index.position(flag.start)
        end_line, end_column = index.position(flag.end)
        properties = ",".join(
            f"{key}={_escape(str(value), property_value=True)}"
            for key, value in (
                ("file", report.document.name),
                ("line", line),
                ("col", column),
                ("endLine", end_line),
                ("endColumn", end_column),
                ("title", f"framing {flag.rule}"),
            )
        )
        lines.append(f"::warning {properties}::{_escape(_message(flag))}")
    return "".join(f"{line}\n" for line in lines)


def github_error(report: Report, message: str) -> str:
    """A file-level GitHub error annotation."""
    name = _escape(report.document.name, property_value=True)
    return f"::error file={name},title=framing::{_escape(message)}\n"
