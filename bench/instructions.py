"""Benchmark by instruction count: framing's analysis against the raw pipeline, free of the machine's noise.

Wall time on a shared virtual machine drifts by ±20% between runs; valgrind's callgrind counts the
instructions a run executes, which is the same from run to run. Each pipeline runs in its own process under
callgrind, and a third process that only loads (model, lexicon) and warms up is subtracted from both:

    uv run python bench/instructions.py ../shared/data/rusentrel-train/texts

Slow (each run takes a minute or two under valgrind); needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

MODES = ("load", "raw", "framing")


def run_pipeline(mode: str, folder: Path) -> None:
    """In-process: load everything, then run one pipeline over every article (or none, for ``load``)."""
    # The pipelines are the wall-clock benchmark's own (bench/bench.py, beside this script on sys.path).
    from bench import framing_pipeline, plain_dostoevsky_model, raw_pipeline
    from framing import Analyzer
    from framing.tokens import sentence_tokens

    paths = sorted(folder.glob("*.txt"))
    analyzer = Analyzer.load()
    raw_model = plain_dostoevsky_model(analyzer.model.path)
    # One-time costs paid in every mode, as the wall-clock bench's warm-up pays them: the models' first
    # predictions, the language check's dictionaries (pymorphy3 loads them on first use), and the records of
    # the lexicon pack, read as the articles' forms are first looked up. The token cache starts empty.
    for _report in framing_pipeline(paths, analyzer):
        pass
    raw_model.predict(["Прогрев."], k=-1)
    sentence_tokens.cache_clear()
    if mode == "raw":
        raw_pipeline(raw_model, paths)
    elif mode == "framing":
        for _report in framing_pipeline(paths, analyzer):
            pass


def instructions(mode: str, folder: Path) -> int:
    """Instructions callgrind counts for one process running ``mode``."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--mode",
        mode,
        str(folder),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        run_pipeline(args.mode, args.texts)
        return
    counts = {mode: instructions(mode, args.texts) for mode in MODES}
    raw, framing = counts["raw"] - counts["load"], counts["framing"] - counts["load"]
    print(f"instructions: load {counts['load']:,}; raw pipeline {raw:,}; framing analysis {framing:,}")
    print(f"ratio framing / raw: {framing / raw:.2f}")


if __name__ == "__main__":
    main()
