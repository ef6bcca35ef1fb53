"""Scale: wall time and peak memory of `framing analyze -f json`, `jsonl`, `text`, `csv` and `framing check`
on growing inputs, and the cold start of `framing analyze` against a bare dostoevsky script. Run by hand,
prints numbers:

    uv run python bench/scale.py ../shared/data/rusentrel-train/texts [--sizes 1 10 50]

Inputs are the RuSentRel texts concatenated and repeated to each size. Each command runs in a fresh child
process; its peak memory is the child's ru_maxrss (resource.getrusage(RUSAGE_CHILDREN) of a process that runs
only that child). Children may write and read byte-compiled modules (PYTHONDONTWRITEBYTECODE is cleared for
them), as an installed package does, and each cold-start command runs once unmeasured first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from framing.lexicon import bundled_lexicon_dir, prebuilt
from framing.lexicon.load import lexicon_paths

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "framing" / "models" / "news-sentiment.ftz"
SENTENCE = "Президент отметил теплый прием и особую симпатию к гостям."
BARE = f"""
from dostoevsky.models import FastTextSocialNetworkModel
from dostoevsky.tokenization import RegexTokenizer
class Model(FastTextSocialNetworkModel):
    MODEL_PATH = {str(MODEL)!r}
print(Model(tokenizer=RegexTokenizer()).predict([{SENTENCE!r}], k=-1))
"""
MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measured(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of ``command`` in a fresh child."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True, env=ENVIRONMENT
    )
    seconds, kilobytes = out.stdout.split()
    return float(seconds), int(kilobytes) / 1024


def corpus(texts: Path, megabytes: int, folder: Path) -> Path:
    joined = "\n".join(p.read_text(encoding="utf-8") for p in sorted(texts.glob("*.txt"))) + "\n"
    data = joined.encode() * (megabytes * 2**20 // len(joined.encode()) + 1)
    data = data[: megabytes * 2**20]
    path = folder / f"{megabytes}mb.txt"
    path.write_bytes(data[: data.rfind(b"\n") + 1])
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--repeat", type=int, default=5, help="cold-start runs (median)")
    args = parser.parse_args()
    framing = [sys.executable, "-m", "framing"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print("size   command                 wall s   s/MB   peak MB")
        for megabytes in args.sizes:
            path = corpus(args.texts, megabytes, folder)
            limit = ["--max-size", str(megabytes + 1)]
            for label, command in (
                ("analyze -f json", [*framing, "analyze", str(path), "-f", "json", *limit]),
                ("analyze -f jsonl", [*framing, "analyze", str(path), "-f", "jsonl", *limit]),
                ("analyze -f text", [*framing, "analyze", str(path), "-f", "text", *limit]),
                ("analyze -f csv", [*framing, "analyze", str(path), "-f", "csv", *limit]),
                ("check", [*framing, "check", str(path), *limit]),
            ):
                seconds, peak = measured(command)
                print(f"{megabytes:>3} MB {label:<22} {seconds:7.2f} {seconds / megabytes:6.2f} {peak:9.0f}")
        one = folder / "one.txt"
        one.write_text(SENTENCE + "\n", encoding="utf-8")
        bare = folder / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        medians = {}
        for label, command in (
            ("bare dostoevsky script", [sys.executable, str(bare)]),
            ("framing analyze one line", [*framing, "analyze", str(one), "-f", "json"]),
            ("framing --help", [*framing, "--help"]),
        ):
            measured(command)  # compiles the modules' bytecode, as installing does
            runs = [measured(command) for _ in range(args.repeat)]
            seconds = statistics.median(s for s, _ in runs)
            peak = statistics.median(m for _, m in runs)
            medians[label] = seconds
            print(f"cold start, {label}: {seconds:.3f} s (median of {args.repeat}), peak {peak:.0f} MB")
        ratio = medians["framing analyze one line"] / medians["bare dostoevsky script"]
        print(f"cold start ratio, framing analyze / bare dostoevsky: {ratio:.2f}")
        folder = bundled_lexicon_dir()
        packed = prebuilt.read(folder, lexicon_paths(folder)) is not None
        print(
            f"bundled lexicon read from {'its pack' if packed else 'the run-time compile (no current pack)'}"
        )


if __name__ == "__main__":
    main()
