"""Benchmark: framing's flags against phrases a careful human reader marked by hand.

Run by hand, prints numbers; not part of the test suite:

    uv run python bench/handmarked.py ../shared/data [--split test]

Each ``bench/handmarked/*.json`` names an article (a path under the data directory given on the command line),
its split ("dev", "test", or "fresh": a blind set scored once after a round of work) and the hand-marked
phrases as character offsets into the text as Python's ``open(path, encoding="utf-8").read()`` gives it
(universal newlines: "\\r\\n" becomes "\\n"); flag offsets, which point into framing's decoded text (carriage
returns kept), are mapped into that text before comparing.
The articles were marked blind to the lexicons. A hand phrase counts as found when any flag overlaps it by at
least one character (recall); a flag counts as correct when it overlaps any hand phrase (precision).

Missed phrases and false alarms are printed for the dev split only: the test split stays unseen by whoever
tunes the lexicons, so its numbers remain an honest estimate.

``--agreement`` compares instead two people's markings of the same articles: each
``bench/handmarked/agreement/artN.json`` is a second, independent marking of ``artN`` (same guide,
``bench/handmarked/GUIDE.md``), scored against the first as the flags are. It says how far one careful reader
agrees with another, the ceiling any lexicon can be held to.
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from framing import Analyzer, Flag
from framing.read import read_document

MARKED = Path(__file__).resolve().parent / "handmarked"
SECOND = MARKED / "agreement"
SPLITS = ("dev", "test", "fresh")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A hand-marked span."""

    start: int
    end: int
    text: str
    category: str


@dataclass(frozen=True, slots=True)
class Article:
    """One hand-marked article, its framing flags and the text they point into."""

    name: str
    split: str
    text: str
    phrases: tuple[Phrase, ...]
    flags: tuple[Flag, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """Counts behind recall and precision."""

    phrases: int
    found: int
    flags: int
    correct: int

    @property
    def recall(self) -> float:
        return self.found / self.phrases if self.phrases else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.flags if self.flags else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.phrases + other.phrases,
            self.found + other.found,
            self.flags + other.flags,
            self.correct + other.correct,
        )


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def newline_mapper(raw: str, text: str) -> Callable[[int], int]:
    """Map offsets in ``raw`` (framing's text) to offsets in ``text`` (the same text, universal newlines)."""
    if raw.replace("\r\n", "\n").replace("\r", "\n") != text:
        raise SystemExit("framing's decoded text differs from the file read with universal newlines")
    dropped = [i for i in range(len(raw) - 1) if raw[i] == "\r" and raw[i + 1] == "\n"]
    return lambda offset: offset - bisect.bisect_left(dropped, offset)


def read_phrases(path: Path, data: Path) -> tuple[dict, str, tuple[Phrase, ...]]:
    """A hand-marked JSON, the article text it marks, and its phrases, offsets checked against the text."""
    marked = json.loads(path.read_text(encoding="utf-8"))
    with open(data / marked["file"], encoding="utf-8") as file:
        text = file.read()
    phrases = tuple(Phrase(p["start"], p["end"], p["text"], p["category"]) for p in marked["phrases"])
    for phrase in phrases:
        if text[phrase.start : phrase.end] != phrase.text:
            raise SystemExit(f"{path.name}: offsets {phrase.start}:{phrase.end} do not give {phrase.text!r}")
    return marked, text, phrases


def load_article(path: Path, data: Path, analyzer: Analyzer) -> Article:
    """Read one hand-marked JSON, check its offsets against the text and run framing on the article."""
    marked, text, phrases = read_phrases(path, data)
    document = read_document(str(data / marked["file"]))
    to_text = newline_mapper(document.text, text)
    report = analyzer.analyze(document)
    flags = tuple(replace(f, start=to_text(f.start), end=to_text(f.end)) for f in report.flags)
    return Article(path.stem, marked["split"], text, phrases, flags)


def missed(article: Article) -> list[Phrase]:
    """Hand phrases that no flag overlaps."""
    flags = article.flags
    return [p for p in article.phrases if not any(overlaps(p.start, p.end, f.start, f.end) for f in flags)]


def false_alarms(article: Article) -> list[Flag]:
    """Flags that overlap no hand phrase."""
    phrases = article.phrases
    return [f for f in article.flags if not any(overlaps(p.start, p.end, f.start, f.end) for p in phrases)]


def score(article: Article) -> Score:
    """Counts for one article."""
    n_phrases, n_flags = len(article.phrases), len(article.flags)
    return Score(n_phrases, n_phrases - len(missed(article)), n_flags, n_flags - len(false_alarms(article)))


def context(text: str, start: int, end: int, width: int = 30) -> str:
    """The span in brackets with a little text either side, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"…{left}[{text[start:end]}]{right}…".replace("\n", " ")


def score_line(label: str, s: Score) -> str:
    return (
        f"{label:<10} recall {s.recall:6.1%} ({s.found}/{s.phrases})   "
        f"precision {s.precision:6.1%} ({s.correct}/{s.flags})   F1 {s.f1:.3f}"
    )


def print_scores(articles: list[Article]) -> None:
    """Per-article, per-split and overall numbers."""
    total = Score(0, 0, 0, 0)
    for split in SPLITS:
        chosen = [a for a in articles if a.split == split]
        if not chosen:
            continue
        split_total = Score(0, 0, 0, 0)
        for article in chosen:
            s = score(article)
            split_total += s
            print(score_line(f"  {article.name}", s))
        print(score_line(split, split_total))
        total += split_total
    print(score_line("overall", total))


def print_agreement(data: Path, analyzer: Analyzer) -> None:
    """The second markings scored against the first (how far two careful readers agree), and framing's flags
    scored against the second reader as they are against the first."""
    seconds = [load_article(path, data, analyzer) for path in sorted(SECOND.glob("*.json"))]
    firsts = {s.name: read_phrases(MARKED / f"{s.name}.json", data) for s in seconds}
    for split in SPLITS:  # the first reading's split: an article moves between splits in one file
        readers, tool = Score(0, 0, 0, 0), Score(0, 0, 0, 0)
        for second in (s for s in seconds if firsts[s.name][0]["split"] == split):
            _, _, first = firsts[second.name]
            theirs = second.phrases
            found = sum(1 for p in first if any(overlaps(p.start, p.end, q.start, q.end) for q in theirs))
            agreed = sum(1 for q in theirs if any(overlaps(p.start, p.end, q.start, q.end) for p in first))
            s = Score(len(first), found, len(theirs), agreed)
            readers, tool = readers + s, tool + score(second)
            print(score_line(f"  {second.name}", s))
        if readers.phrases:
            print(score_line(f"readers ({split})", readers))
            print(score_line(f"framing ({split})", tool))
    print("(readers: recall is the first reader's phrases the second also marked, precision the reverse;")
    print(" framing: its flags against the second reader's phrases)")


def print_errors(articles: list[Article]) -> None:
    """Missed hand phrases and false alarms, dev split only."""
    for article in (a for a in articles if a.split == "dev"):
        print(f"\n== {article.name} (dev): missed hand phrases")
        for p in missed(article):
            print(f"  {p.category:<18} {context(article.text, p.start, p.end)}")
        print(f"== {article.name} (dev): false alarms")
        for f in false_alarms(article):
            print(f"  {f.category:<18} {f.rule:<28} {context(article.text, f.start, f.end)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the directory the JSON files' paths are relative to")
    parser.add_argument("--split", choices=SPLITS, help="score one split only")
    parser.add_argument("--agreement", action="store_true", help="score a second reader against the first")
    args = parser.parse_args()
    analyzer = Analyzer.load()
    if args.agreement:
        print_agreement(args.data, analyzer)
        return
    paths = sorted(MARKED.glob("*.json"))
    articles = [load_article(path, args.data, analyzer) for path in paths]
    if args.split:
        articles = [a for a in articles if a.split == args.split]
    print_scores(articles)
    print_errors(articles)


if __name__ == "__main__":
    main()
