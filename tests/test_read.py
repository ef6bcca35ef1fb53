"""Input: Russian text in the encodings it really arrives in, and a clear exit 2 for what is not usable."""

from __future__ import annotations

import pytest

from framing.read import read_document
from tests.conftest import SEED, run

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("cp1251", "cp1251"),
        ("koi8-r", "koi8-r"),
        ("utf-16", "utf-16"),  # Python writes a BOM
        ("utf-16-le", "utf-16-le"),  # no BOM: found by the NUL bytes of spaces and punctuation
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_decodes_russian_encodings(tmp_path, encoding: str, expected: str) -> None:
    path = tmp_path / "article.txt"
    data = SEED_TEXT.encode(encoding, errors="replace")  # koi8-r has no curly quotes or em dash
    path.write_bytes(data)
    document = read_document(str(path))
    assert document.text == data.decode(encoding)
    assert "особой симпатии" in document.text
    assert document.encoding == expected


def test_reads_stdin(runner) -> None:
    result = run(runner, "analyze", "-", "--format", "json", input=SEED_TEXT.encode("cp1251"))
    assert result.exit_code == 0, result.stderr
    assert '"encoding": "cp1251"' in result.stdout


NOT_RUSSIAN = "The summit took place in a warm and trusting atmosphere, officials said on Monday.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"  \n\n\t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (SEED_TEXT.encode("utf-8")[:200] + b"\xff\xfe\xfa\xfb" * 40 + b"\xc3\x28", "cannot decode"),
        (bytes(range(128, 256)) * 4, "cannot decode"),
        (NOT_RUSSIAN.encode(), "not Russian"),
        ("Ceci n'est pas un article russe, mais un texte français.".encode(), "not Russian"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(runner, tmp_path, content: bytes | None, message: str) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    before = path.read_bytes() if content is not None else None
    result = run(runner, "analyze", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if before is not None:
        assert path.read_bytes() == before  # nothing the user gave is modified


def test_directory_is_refused(runner, tmp_path) -> None:
    result = run(runner, "analyze", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Президент України заявив, що країна продовжить співпрацю з європейськими партнерами. " * 3,
            "another Cyrillic alphabet: є, і",
        ),
        (
            "Председателят на парламента заяви, че страната ще продължи сътрудничеството с партньорите си "
            "от Европейския съюз и НАТО, като подчерта значението на общите ценности и на доверието между "
            "държавите в региона през следващите години, когато предстоят важни решения за бъдещето на "
            "съюза и за развитието на отношенията с всички съседни страни. " * 2,
            "no ы or э",
        ),
        (
            "Председник владе је изјавио да ће земља наставити сарадњу са европским партнерима. " * 3,
            "another Cyrillic alphabet: ј",
        ),
    ],
)
def test_other_cyrillic_languages_are_not_russian(runner, tmp_path, text: str, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = run(runner, "analyze", str(path))
    assert result.exit_code == 2
    assert "the text is not Russian" in result.stderr and message in result.stderr
