"""Read an article from a file or stdin and decode it to text, refusing what is not Russian prose."""

from __future__ import annotations

import codecs
import errno
import re
import sys
from dataclasses import dataclass

from framing.errors import FramingError

#: Encodings Russian news arrives in, besides UTF-8; the detector chooses among these only.
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: The largest input read by default (``--max-size``): 20 MB. Beyond it a file is refused after reading
#: at most one byte more, so /dev/zero or a runaway pipe cannot exhaust memory.
MAX_SIZE = 20 * 1024 * 1024
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
    encoding: str  # a Python codec name: utf-8, utf-16, utf-16-le, cp1251, koi8-r, …
    warnings: tuple[str, ...] = ()  # what was repaired while reading (a truncated last character)


def read_document(path: str, max_size: int = MAX_SIZE) -> Document:
    """Read ``path`` (or ``-`` for stdin), at most ``max_size`` bytes, and decode it; raise FramingError on
    anything unusable (a missing or unreadable file, a larger one, undecodable or non-Russian text)."""
    name = "<stdin>" if path == "-" else path
    data = _read_bytes(path, name, max_size)
    if not data.strip():
        raise FramingError(f"{name}: the file is empty")
    text, encoding, warnings = decode(data, name)
    document = document_from_text(text, name, encoding)
    return Document(document.text, name, encoding, warnings) if warnings else document


def document_from_text(text: str, name: str = "<text>", encoding: str = "utf-8") -> Document:
    """A document of text already decoded; raise FramingError when it is empty or not Russian."""
    if not text.strip():
        raise FramingError(f"{name}: the file is empty" if name != "<text>" else "the text is empty")
    check_russian(text, name)
    return Document(text=text, name=name, encoding=encoding)


def _read_bytes(path: str, name: str, max_size: int) -> bytes:
    """At most ``max_size`` bytes of the file (one more is read to tell a larger file); every OS error is a
    FramingError."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_size + 1)
        else:
            with open(path, "rb") as file:
                data = file.read(max_size + 1)
    except FileNotFoundError:
        raise FramingError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise FramingError(f"{name}: is a directory, not an article") from None
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno == errno.ENAMETOOLONG:
            name = name[:60] + "…"
        raise FramingError(f"{name}: cannot read ({reason})") from None
    if len(data) > max_size:
        raise FramingError(
            f"{name}: larger than {_size(max_size)}, the most framing reads (raise it with --max-size)"
        )
    return data


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def codec_name(encoding: str) -> str:
    """One spelling for every encoding: Python's codec name (utf-8, cp1251, koi8-r, mac-cyrillic)."""
    return codecs.lookup(encoding).name.removesuffix("-sig")


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes: a BOM wins, then strict UTF-8, then UTF-16 without a BOM, then the detector among
    Cyrillic code pages. A file cut inside its last UTF-8 character is decoded without it, with a warning."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), codec_name(encoding), ()
            except UnicodeDecodeError:
                raise FramingError(
                    f"{name}: starts with a {codec_name(encoding)} byte-order mark but is not valid "
                    f"{codec_name(encoding)}"
                ) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data, name)
        if utf16 is None:
            raise FramingError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
        return utf16
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as error:
        utf8_error = error
    if utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data":
        text = data[: utf8_error.start].decode("utf-8")
        cut = len(data) - utf8_error.start
        bytes_ = "1 byte" if cut == 1 else f"{cut} bytes"
        return text, "utf-8", (f"{name}: the file ends inside a UTF-8 character ({bytes_} of it dropped)",)
    for encoding in _detected_encodings(data):
        text = data.decode(encoding)
        if _looks_russian(text):
            return text, codec_name(encoding), ()
    raise FramingError(
        f"{name}: cannot decode: not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
        f"{utf8_error.start}) and no Cyrillic encoding ({', '.join(CYRILLIC_ENCODINGS)}) gives Russian text"
    )


def _utf16_without_bom(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-16 without a byte-order mark: the byte order whose text is Russian, if either is. (Cyrillic
    letters are 0x04xx, so spaces, digits and punctuation give the NUL bytes.)"""
    even = data[: len(data) - len(data) % 2]
    warnings = (
        (f"{name}: the file ends inside a UTF-16 character (its last byte dropped)",) if len(data) % 2 else ()
    )
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = even.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and _looks_russian(text, dictionary=False):
            return text, encoding, warnings
    return None


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


def _looks_russian(text: str, *, dictionary: bool = True) -> bool:
    try:
        check_russian(text, "", dictionary=dictionary)
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
