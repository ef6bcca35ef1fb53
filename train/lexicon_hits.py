"""Where do a lexicon file's entries fire? A tool for lexicon authors, run by hand.

For every entry of the given .lex files, counts the training-part sentences (RuSentNE and RuOpinionNE, the
held-out part left out, as framing.evaluation.datasets.held_out_split cuts it) it flags, by gold label, and
shows a few.
An entry that fires mostly on sentences labelled neutral is a candidate false alarm on plain reporting; an
entry that never fires may still be right (news sentences are not the only text), but deserves a second look.

    uv run python train/lexicon_hits.py lexicons/relations.lex \\
        --rusentne ../shared/data/rusentne/train_data.csv \\
        --ruopinionne ../shared/data/ruopinionne/train.jsonl [--min-neutral 3] [--examples 2]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from framing.evaluation.datasets import held_out_split, read_all
from framing.lexicon import load_lexicon, parse_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help=".lex files whose entries to report")
    parser.add_argument("--rusentne", required=True)
    parser.add_argument("--ruopinionne", required=True)
    parser.add_argument("--min-neutral", type=int, default=1, help="neutral hits to report")
    parser.add_argument("--examples", type=int, default=2, help="neutral example sentences per entry")
    args = parser.parse_args()

    rules = {entry.rule for path in args.files for entry in parse_file(path).entries}
    lexicon = load_lexicon()
    train, _held_out = held_out_split(read_all(args.rusentne, args.ruopinionne))
    hits: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    neutral_examples: dict[str, list[str]] = defaultdict(list)
    for sentence in train:
        for flag in lexicon.flags(sentence.text):
            if flag.rule not in rules:
                continue
            hits[flag.rule][sentence.label] += 1
            if sentence.label == "neutral" and len(neutral_examples[flag.rule]) < args.examples:
                neutral_examples[flag.rule].append(sentence.text.replace(flag.text, f"[{flag.text}]", 1))
    print(f"{len(train)} training-part sentences; {len(rules)} entries, {len(hits)} of them fire")
    for rule in sorted(hits, key=lambda r: -hits[r]["neutral"]):
        counts = hits[rule]
        if counts["neutral"] < args.min_neutral:
            continue
        by_label = ", ".join(f"{label} {counts[label]}" for label in ("neutral", "positive", "negative"))
        print(f"{rule}: {by_label}")
        for example in neutral_examples[rule]:
            print(f"    {example[:200]}")


if __name__ == "__main__":
    main()
