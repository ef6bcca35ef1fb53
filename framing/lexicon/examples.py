"""Run the ``@flag`` / ``@pass`` examples a lexicon file carries against that file alone."""

from __future__ import annotations

from dataclasses import dataclass

from razdel import sentenize

from framing.lexicon.files import Example, LexiconFile
from framing.lexicon.load import Lexicon
from framing.lexicon.match import find_flags, words


@dataclass(frozen=True)
class ExampleResult:
    """Whether one example behaved, and if not, what went wrong."""

    example: Example
    problem: str | None

    @property
    def passed(self) -> bool:
        return self.problem is None


def run_examples(lexicon_file: LexiconFile) -> list[ExampleResult]:
    """Check every example of the file: bracketed spans flagged exactly, @pass sentences not at all."""
    if not lexicon_file.examples:
        return []
    lexicon = Lexicon(files=[lexicon_file], entries=list(lexicon_file.entries))
    results = []
    for example in lexicon_file.examples:
        text = example.text
        flags = [f for s in sentenize(text) for f in find_flags(lexicon, text, words(s.text, s.start))]
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
        results.append(ExampleResult(example, problem))
    return results
