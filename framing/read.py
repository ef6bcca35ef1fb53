"""Read an article from a file or stdin and decode it to text, refusing what is not Russian prose."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from framing.errors import FramingError

#: Encodings Russian news arrives in, besides UTF-8; the detector chooses among these only.
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")
BOMS = (
    (b"\xef\xbb\xbf", "utf_8_sig"),
    (b"\xff\xfe", "utf_16"),
    (b"\xfe\xff", "utf_16"),
)
#: Share of Cyrillic words the Russian dictionary must know for text to count as Russian.
MIN_KNOWN_WORDS = 0.6
#: Share of the Cyrillic and Latin letters that must be Cyrillic.
MIN_CYRILLIC_LETTERS = 0.5
#: How much of the text the language check reads.
SAMPLE_CHARS = 1500
CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")  # runs, not single letters: far fewer matches to make
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: Letters of other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, …), not Russian.
OTHER_CYRILLIC = re.compile("[іїєґўјљњћђџѓќѕәғқңөұүһІЇЄҐЎЈЉЊЋЂЏЃЌЅӘҒҚҢӨҰҮҺ]")
#: Share of the Cyrillic letters that may be other alphabets' (a quoted Ukrainian name, say).
FOREIGN_LETTERS = 0.005
RUSSIAN_ONLY = re.compile("[ыэЫЭ]")
RUSSIAN_ONLY_AFTER = 300  # Cyrillic letters: a Russian text this long all but surely has an ы or э


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded article text; every offset in the report points into ``text``."""

    text: str
    name: str
    encoding: str


def read_document(path: str) -> Document:
    """Read ``path`` (or ``-`` for stdin) and decode it; raise FramingError on anything unusable."""
    data = _read_bytes(path)
    name = "<stdin>" if path == "-" else path
    if not data.strip():
        raise FramingError(f"{name}: the file is empty")
    text, encoding = decode(data, name)
    return document_from_text(text, name, encoding)


def document_from_text(text: str, name: str = "<text>", encoding: str = "utf-8") -> Document:
    """A document of text already decoded; raise FramingError when it is empty or not Russian."""
    if not text.strip():
        raise FramingError(f"{name}: the file is empty" if name != "<text>" else "the text is empty")
    check_russian(text, name)
    return Document(text=text, name=name, encoding=encoding)


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if not file.exists():
        raise FramingError(f"{path}: no such file")
    if file.is_dir():
        raise FramingError(f"{path}: is a directory, not an article")
    try:
        return file.read_bytes()
    except OSError as error:
        raise FramingError(f"{path}: cannot read ({error.strerror})") from None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes: a BOM wins, then strict UTF-8, then the detector among Cyrillic code pages."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("_sig", "")
            except UnicodeDecodeError:
                raise FramingError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from None
    if b"\x00" in data:
        raise FramingError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    for encoding in _detected_encodings(data):
        text = data.decode(encoding)
        if _looks_russian(text):
            return text, encoding
    raise FramingError(
        f"{name}: cannot decode: not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) and no Cyrillic encoding ({', '.join(CYRILLIC_ENCODINGS)}) gives Russian text"
    )


def _detected_encodings(data: bytes) -> list[str]:
    """Candidate code pages ranked by charset-normalizer, best first."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(CYRILLIC_ENCODINGS))
    return [match.encoding for match in matches]


def check_russian(text: str, name: str, *, dictionary: bool = False) -> None:
    """Raise FramingError unless ``text`` is Russian, judged on its first SAMPLE_CHARS.

    Russian text is mostly Cyrillic, has none of the letters only other Cyrillic alphabets have (Ukrainian
    і ї є ґ, Serbian ј љ њ …, Kazakh ә ғ қ …) and, at any length, some ы or э (which Bulgarian and
    Macedonian lack). With ``dictionary`` (for text decoded from a guessed code page, where a wrong guess
    gives Cyrillic gibberish) most of its words must also be in pymorphy3's Russian dictionary.
    """
    sample = text[:SAMPLE_CHARS]
    cyrillic = sum(map(len, CYRILLIC_RUN.findall(sample)))
    letters = cyrillic + len(LATIN_LETTER.findall(sample))
    if not letters or cyrillic / letters < MIN_CYRILLIC_LETTERS:
        share = round(100 * cyrillic / letters) if letters else 0
        raise FramingError(f"{name}: the text is not Russian (only {share}% of its letters are Cyrillic)")
    foreign = OTHER_CYRILLIC.findall(sample.lower())
    if len(foreign) > FOREIGN_LETTERS * cyrillic:
        alphabet = ", ".join(sorted(set(foreign)))
        raise FramingError(
            f"{name}: the text is not Russian (it has letters of another Cyrillic alphabet: {alphabet})"
        )
    if cyrillic >= RUSSIAN_ONLY_AFTER and not RUSSIAN_ONLY.search(sample):
        raise FramingError(f"{name}: the text is not Russian (no ы or э in {cyrillic} Cyrillic letters)")
    if dictionary and (known := known_word_share(sample)) < MIN_KNOWN_WORDS:
        raise FramingError(
            f"{name}: the text is not Russian, or is mis-decoded (only {round(100 * known)}% of its "
            "Cyrillic words are in the Russian dictionary)"
        )


def _looks_russian(text: str) -> bool:
    try:
        check_russian(text, "", dictionary=True)
    except FramingError:
        return False
    return True


def known_word_share(text: str, sample: int = 20) -> float:
    """Share of the first ``sample`` distinct Cyrillic words that pymorphy3's dictionary knows."""
    from framing.morph import analyzer, cyrillic_words

    words = list(dict.fromkeys(cyrillic_words(text)))[:sample]
    if not words:
        return 0.0
    morph = analyzer()
    return sum(1 for word in words if morph.word_is_known(word)) / len(words)
