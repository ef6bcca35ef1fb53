"""A baseline: the findings an archive already has, so that adopting the gate fails only on new ones.

Findings are keyed by file, rule and flagged words, not by line, so edits elsewhere in a file do not make
old findings new; each key keeps a count, so a phrase added once more is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from framing.errors import FramingError
from framing.gate.findings import Finding

FORMAT = 1

Key = str


def key(finding: Finding) -> Key:
    return f"{finding.rule}\t{finding.text}"


def file_key(name: str, baseline: Path) -> str:
    """A checked file's name in a baseline: relative to the baseline's folder, so that a run from anywhere
    finds it ("<stdin>" stays as it is)."""
    if name == "<stdin>":
        return name
    return Path(os.path.relpath(os.path.abspath(name), os.path.abspath(baseline.parent))).as_posix()


def write_baseline(path: Path, files: Iterable[tuple[str, list[Finding]]]) -> int:
    """Record every file's findings; return how many were recorded."""
    recorded = {
        file_key(name, path): dict(sorted(Counter(map(key, found)).items())) for name, found in files if found
    }
    data = {"framing-baseline": FORMAT, "files": dict(sorted(recorded.items()))}
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise FramingError(f"{path}: cannot write the baseline ({error.strerror})") from None
    return sum(sum(counts.values()) for counts in recorded.values())


def read_baseline(path: Path) -> dict[str, Counter[Key]]:
    """File name -> recorded findings; FramingError when the file is missing or not a baseline."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("framing-baseline") != FORMAT:
            raise ValueError("not a framing baseline of this version")
        return {name: Counter(counts) for name, counts in data["files"].items()}
    except FileNotFoundError:
        raise FramingError(f"{path}: baseline not found (write one with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise FramingError(f"{path}: not a valid baseline ({error})") from None


def subtract(found: list[Finding], recorded: Counter[Key]) -> tuple[list[Finding], int]:
    """The findings the baseline does not account for, and how many it did."""
    left = Counter(recorded)
    new = []
    for finding in found:
        if left[key(finding)] > 0:
            left[key(finding)] -= 1
        else:
            new.append(finding)
    return new, len(found) - len(new)
