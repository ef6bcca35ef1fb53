"""Benchmark: where the time goes, step by step, in both pipelines. Run by hand, prints numbers:

    uv run python bench/steps.py ../shared/data/rusentrel-train/texts [--repeat 9]

Each pipeline is timed as a series of growing prefixes (read and split; then tokens; then …; then the whole
thing), all interleaved round by round with the full raw pipeline, as bench/bench.py times them. A step's
cost is the difference between the best times of the prefix that ends with it and the one before, so it is
measured *inside* the pipeline, with the caches as the other steps leave them: framing's lexicon lookup, for
one, costs about twice as much there as in a tight loop of its own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from razdel import sentenize

from bench import framing_pipeline, interleaved, plain_dostoevsky_model, raw_pipeline
from framing import Analyzer
from framing.quotes import quotation_spans
from framing.read import read_document
from framing.segment import segment
from framing.tokens import sentence_tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="a directory of .txt articles")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    paths = sorted(args.texts.glob("*.txt"))
    analyzer = Analyzer.load()
    model, lexicon = analyzer.model, analyzer.lexicon
    raw_model = plain_dostoevsky_model(model.path)

    def raw_sentences() -> None:
        for path in paths:
            [s.text for s in sentenize(path.read_text(encoding="utf-8"))]

    def raw_tokens() -> None:
        for path in paths:
            raw_model.preprocess_input([s.text for s in sentenize(path.read_text(encoding="utf-8"))])

    def raw() -> None:
        raw_pipeline(raw_model, paths)

    def framing_prefix(upto: str) -> Callable[[], None]:
        """framing's analysis up to and including step ``upto``."""

        def run() -> None:
            sentence_tokens.cache_clear()
            for path in paths:
                document = read_document(str(path))
                paragraphs = segment(document.text)
                if upto == "split":
                    continue
                sentences = [s for p in paragraphs for s in p.sentences]
                for sentence in sentences:
                    sentence_tokens(sentence.text)
                if upto == "tokens":
                    continue
                quotation_spans(document.text)
                for sentence in sentences:
                    lexicon.flags(sentence.text, sentence.start)
                if upto == "flags":
                    continue
                model.score([s.text for p in paragraphs for s in p.sentences])

        return run

    def framing() -> None:
        sentence_tokens.cache_clear()
        for _report in framing_pipeline(paths, analyzer):
            pass

    pipelines = {
        "raw pipeline": {
            "read, razdel sentences": raw_sentences,
            "+ razdel tokens, lower-cased (dostoevsky's input)": raw_tokens,
            "+ fastText predict": raw,
        },
        "framing": {
            "read, decode, language check, paragraphs, sentences": framing_prefix("split"),
            "+ tokens (model input, word forms, offsets)": framing_prefix("tokens"),
            "+ quotations, lexicon matching": framing_prefix("flags"),
            "+ model scores, calibrated": framing_prefix("score"),
            "+ report (records, tone nudge, repetition)": framing,
        },
    }
    works = [work for steps in pipelines.values() for work in steps.values()]
    for work in works:
        work()  # warm-up
    best = iter(low for low, _ in interleaved(args.repeat, *works))
    print(f"articles: {len(paths)}; best of {args.repeat} interleaved rounds; a step costs its prefix's time")
    print("minus the prefix before it")
    totals = {}
    for pipeline, steps in pipelines.items():
        print(pipeline)
        previous = 0.0
        for name in steps:
            low = next(best)
            print(f"  {name:<56} {1000 * low:7.1f} ms   step {1000 * (low - previous):6.1f} ms")
            previous = low
        totals[pipeline] = previous
    print(f"ratio framing / raw pipeline: {totals['framing'] / totals['raw pipeline']:.2f}")


if __name__ == "__main__":
    main()
