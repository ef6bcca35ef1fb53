"""Run the ``@flag`` / ``@pass`` examples a lexicon file carries against that file's entries alone."""

from __future__ import annotations

from dataclasses import dataclass

from razdel import sentenize

from framing.lexicon.cache import Kind
from framing.lexicon.format import Example, LexiconFile
from framing.lexicon.lexicon import Lexicon
from framing.lexicon.load import compiled_entries


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """Whether one example behaved, and if not, what went wrong."""

    example: Example
    problem: str | None

    @property
    def passed(self) -> bool:
        return self.problem is None


def run_examples(files: list[LexiconFile], kind: Kind = "combined") -> list[ExampleResult]:
    """Check every example of every file, each against its own file's entries: bracketed spans flagged
    exactly, @pass sentences not at all.

    The files' entries are compiled together once (through the cache, as ``analyze`` would compile the same
    set: ``kind`` says which of its shelves), and each file's lexicon is restricted from that.
    """
    from framing.rules import RULES

    files = [*files, *_context_files(files)]
    rule_ids = {r.id: r for r in RULES}
    rules = tuple(rule_ids[e.rule] for f in files for e in f.entries if e.rule in rule_ids)
    entries = [entry for f in files for entry in f.entries if entry.rule not in rule_ids]
    everything = Lexicon.build(files, entries, compiled_entries(entries, kind), rules)
    results = []
    for lexicon_file in files:
        rule = {e.rule for e in lexicon_file.entries} if lexicon_file.entries else set()
        lexicon = everything.restricted(
            lambda entry, path=lexicon_file.path, own=rule: (
                entry.path == path and (entry.rule in own or entry.rule not in rule_ids)
            )
        )
        results += [_check(lexicon, example) for example in lexicon_file.examples]
    return results


def _context_files(files: list[LexiconFile]) -> list[LexiconFile]:
    """The bundled context files (``@role context``) that ``files`` require but do not include."""
    from framing.lexicon.load import parsed_files

    wanted = {c for f in files for c in (*f.requires, *f.unless)} - {f.category for f in files}
    return [f for f in parsed_files() if f.role == "context" and f.category in wanted] if wanted else []


def _check(lexicon: Lexicon, example: Example) -> ExampleResult:
    text = example.text
    flags = [f for s in sentenize(text) for f in lexicon.flags(s.text, s.start)]
    flagged = {(f.start, f.end) for f in flags}
    if example.expect_flags:
        missing = [text[a:b] for a, b in example.spans if (a, b) not in flagged]
        found = ", ".join(f"«{f.text}»" for f in flags) or "nothing"
        problem = f"expected «{'», «'.join(missing)}» to be flagged; flagged {found}" if missing else None
    else:
        problem = (
            "expected no flags; flagged " + ", ".join(f"«{f.text}» ({f.rule})" for f in flags)
            if flags
            else None
        )
    return ExampleResult(example, problem)
