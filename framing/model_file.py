"""Check a fastText model file's structure before fastText loads it.

fastText's loader trusts the file: a truncated model loads without complaint and predicts from whatever
memory follows. This walks the binary layout of fastText 0.9 (`FastText::saveModel`) — header, arguments,
dictionary, input and output matrices — and checks that the file ends exactly where the layout says.
It also returns the labels, which the inference-only fastText build cannot list.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from framing.errors import FramingError

MAGIC = 793712314
VERSIONS = (11, 12)
ENTRY_LABEL = 1
ENTRY_TAIL = 9  # bytes after a dictionary word's NUL: int64 count, then the int8 entry type
KSUB = 256  # centroids per product-quantizer subspace


@dataclass(frozen=True, slots=True)
class ModelFileInfo:
    """What the file's header and dictionary say."""

    dim: int
    words: int
    labels: tuple[str, ...]
    quantized: bool


class _Reader:
    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name, self.position = data, name, 0

    def take(self, size: int) -> bytes:
        if size < 0 or self.position + size > len(self.data):
            raise FramingError(
                f"{self.name}: the model file is truncated or corrupt (it ends at byte {len(self.data)}, "
                f"the fastText layout needs more)"
            )
        chunk = self.data[self.position : self.position + size]
        self.position += size
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def dictionary_labels(self, size: int) -> list[str]:
        """Walk ``size`` dictionary entries (word, NUL, int64 count, int8 type) and return the labels' words.

        One ``find`` and one byte read per entry, not a struct call: the dictionary has ~50k entries."""
        data, position, labels = self.data, self.position, []
        for _ in range(size):
            end = data.find(b"\0", position)
            if end < 0 or end + ENTRY_TAIL >= len(data):
                self.position = len(data)
                self.take(ENTRY_TAIL + 1)  # raises: truncated
            if data[end + ENTRY_TAIL] == ENTRY_LABEL:
                labels.append(data[position:end].decode("utf-8", errors="replace"))
            position = end + ENTRY_TAIL + 1
        self.position = position
        return labels


def inspect_model_file(path: Path) -> ModelFileInfo:
    """Validate ``path`` as a fastText model and describe it; raise FramingError if it is not one."""
    name = str(path)
    if not path.is_file():
        raise FramingError(f"{name}: model file not found")
    reader = _Reader(path.read_bytes(), name)
    magic, version = reader.unpack("ii")
    if magic != MAGIC or version not in VERSIONS:
        raise FramingError(f"{name}: not a fastText model file (wrong magic number or version)")
    dim, *_rest = reader.unpack("12i")
    reader.unpack("d")
    size, nwords, nlabels = reader.unpack("3i")
    _ntokens, prune_size = reader.unpack("2q")
    if not (0 <= nwords <= size and 0 < nlabels <= size and nwords + nlabels == size and prune_size >= -1):
        raise FramingError(f"{name}: the model file is corrupt (inconsistent dictionary header)")
    labels = [label.removeprefix("__label__") for label in reader.dictionary_labels(size)]
    reader.take(8 * max(prune_size, 0))
    (quantized,) = reader.unpack("?")
    _skip_matrix(reader, quantized)
    (quantized_output,) = reader.unpack("?")
    _skip_matrix(reader, quantized and quantized_output)
    if reader.position != len(reader.data):
        raise FramingError(
            f"{name}: the model file is corrupt ({len(reader.data) - reader.position} bytes "
            "after the end of the fastText layout)"
        )
    return ModelFileInfo(dim=dim, words=nwords, labels=tuple(labels), quantized=quantized)


def _skip_matrix(reader: _Reader, quantized: bool) -> None:
    if not quantized:
        rows, cols = reader.unpack("2q")
        reader.take(4 * rows * cols)
        return
    (qnorm,) = reader.unpack("?")
    rows, _cols = reader.unpack("2q")
    (codesize,) = reader.unpack("i")
    reader.take(codesize)
    _skip_product_quantizer(reader)
    if qnorm:
        reader.take(rows)
        _skip_product_quantizer(reader)


def _skip_product_quantizer(reader: _Reader) -> None:
    dim, _nsubq, _dsub, _lastdsub = reader.unpack("4i")
    reader.take(4 * dim * KSUB)
