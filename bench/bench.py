"""Benchmark: framing's analysis against the raw pipeline (razdel sentences + the dostoevsky model alone).

Run by hand, prints numbers; not part of the test suite:

    uv run python bench/bench.py ../shared/data/rusentrel-train/texts [--repeat 5]

Both pipelines run in the same process on the same texts, after one warm-up pass (model loaded, lexicon
compiled), interleaved round by round, so the ratio compares per-article work. It also times the
`framing analyze` command as a user runs it (a fresh process: start-up, model and lexicon loading included)
on the seed article and on all articles concatenated.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer
from razdel import sentenize

from framing import Analyzer, Report
from framing.render import render
from framing.tokens import sentence_tokens

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_ba3e2cf52126c75d.txt"


def plain_dostoevsky_model(path: Path) -> FastTextSocialNetworkModel:
    """dostoevsky's model class with its own RegexTokenizer, reading our model file: the raw pipeline."""

    class Plain(FastTextSocialNetworkModel):
        MODEL_PATH = str(path)

    return Plain(tokenizer=RegexTokenizer())


def raw_pipeline(raw_model: FastTextSocialNetworkModel, paths: list[Path]) -> None:
    """The baseline: each file read, its razdel sentences scored by dostoevsky's model, and nothing else."""
    for path in paths:
        raw_model.predict([s.text for s in sentenize(path.read_text(encoding="utf-8"))], k=-1)


def framing_pipeline(paths: list[Path], analyzer: Analyzer) -> Iterator[Report]:
    """framing's analysis of each file, as `framing analyze` builds it (without rendering); like the raw
    pipeline's scores, each report is the caller's to keep or drop before the next file is read."""
    for path in paths:
        yield analyzer.analyze(path)


def interleaved(repeat: int, *works: Callable[[], object]) -> list[tuple[float, float]]:
    """(min, median) wall time of each of ``works`` over ``repeat`` rounds; every round runs each once, in
    turn, so a slow spell of the machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for work, spent in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            spent.append(time.perf_counter() - start)
    return [(min(spent), statistics.median(spent)) for spent in times]


def command_time(path: Path, repeat: int) -> float:
    """Median wall time of `framing analyze PATH` in a fresh process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "framing", "analyze", str(path)], check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="a directory of .txt articles")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    paths = sorted(args.texts.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    analyzer = Analyzer.load()
    raw_model = plain_dostoevsky_model(analyzer.model.path)

    def raw() -> None:
        raw_pipeline(raw_model, paths)

    def analysis() -> None:
        sentence_tokens.cache_clear()  # no help from the previous round
        for _report in framing_pipeline(paths, analyzer):
            pass

    def analysis_and_json() -> None:
        sentence_tokens.cache_clear()
        for report in framing_pipeline(paths, analyzer):
            render(report, "json")

    raw(), analysis_and_json()  # warm-up: both pipelines loaded and compiled
    (raw_min, raw_median), (analysis_min, analysis_median), (framing_min, framing_median) = interleaved(
        args.repeat, raw, analysis, analysis_and_json
    )
    sentences = sum(len(list(sentenize(t))) for t in texts)
    characters = sum(len(t) for t in texts)

    print(f"articles: {len(texts)}, sentences: {sentences}, characters: {characters:,}")
    print(f"raw pipeline (razdel sentences + dostoevsky): min {raw_min:.3f} s, median {raw_median:.3f} s")
    for name, low, middle in (
        ("framing analysis (read, segment, score, flag)", analysis_min, analysis_median),
        ("framing analysis + JSON output", framing_min, framing_median),
    ):
        print(
            f"{name}: min {low:.3f} s, median {middle:.3f} s; "
            f"ratio to raw {low / raw_min:.2f} (min), {middle / raw_median:.2f} (median)"
        )

    with tempfile.TemporaryDirectory() as folder:
        joined = Path(folder) / "all.txt"
        joined.write_text("\n".join(texts), encoding="utf-8")
        print(f"`framing analyze` on the seed article: {command_time(SEED, 3):.2f} s")
        print(f"`framing analyze` on all {len(texts)} articles concatenated: {command_time(joined, 3):.2f} s")


if __name__ == "__main__":
    main()
