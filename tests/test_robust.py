"""Bad input of every kind: one line on stderr and exit 2 (or a warning and a report), never a traceback."""

from __future__ import annotations

import copy
import errno
import json

import pytest

from framing.read import read_document
from tests.conftest import SEED, run

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_BYTES = SEED_TEXT.encode("utf-8")


def one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def file_error(result, message: str) -> None:
    """`check` reports an unusable file as that file's one-line error and goes on; the run exits 2."""
    assert result.exit_code == 2, result.output
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("  error: ")]
    assert message in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["analyze", "check"])
@pytest.mark.parametrize(
    ("size", "options", "message"),
    [
        (2 * 1024 * 1024, ["--max-size", "1"], "larger than 1 MB, the most framing reads"),
        (25 * 1024 * 1024, [], "larger than 20 MB, the most framing reads"),
    ],
)
def test_max_size(runner, tmp_path, command: str, size: int, options: list[str], message: str) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes((SEED_BYTES * (size // len(SEED_BYTES) + 1))[:size])
    (one_line_error if command == "analyze" else file_error)(
        run(runner, command, str(path), *options), message
    )


def test_max_size_reads_at_most_one_byte_more(monkeypatch) -> None:
    """An endless input (/dev/zero, `yes |`) is refused after max_size + 1 bytes."""
    asked = []

    class Endless:
        def read(self, size: int = -1) -> bytes:
            asked.append(size)
            assert size > 0, "an unbounded read"
            return b"\0" * size

    class Stdin:
        buffer = Endless()

    monkeypatch.setattr("sys.stdin", Stdin())
    with pytest.raises(Exception, match="larger than 1,000 bytes"):
        read_document("-", max_size=1000)
    assert asked == [1001]


def test_dev_zero(runner) -> None:
    one_line_error(run(runner, "analyze", "/dev/zero"), "/dev/zero: larger than 20 MB")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "cannot read (Permission denied)"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "cannot read (File name too long)"),
        (OSError(errno.EIO, "Input/output error"), "cannot read (Input/output error)"),
    ],
)
def test_os_errors_are_one_line(runner, monkeypatch, tmp_path, error: OSError, message: str) -> None:
    """A file in a directory without search permission, a name over 255 bytes, a failing disk (simulated:
    the tests may run as root, for whom permissions do not apply)."""

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr("builtins.open", refuse)
    one_line_error(run(runner, "analyze", str(tmp_path / "article.txt")), message)


def test_long_file_name_for_real(runner) -> None:
    result = run(runner, "analyze", "а" * 200 + ".txt")  # 400 bytes in UTF-8
    one_line_error(result, "cannot read (File name too long)")


def test_truncated_last_character_is_a_warning(runner, tmp_path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(SEED_BYTES.rstrip() + "й".encode()[:1])
    result = run(runner, "analyze", str(path), "-f", "json")
    assert result.exit_code == 0
    assert (
        result.stderr == f"warning: {path}: the file ends inside a UTF-8 character (1 byte of it dropped)\n"
    )
    assert json.loads(result.stdout)["document"]["characters"] == len(SEED_TEXT.rstrip())


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_not_binary(encoding: str, tmp_path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(SEED_TEXT.encode(encoding))
    document = read_document(str(path))
    assert document.text == SEED_TEXT and document.encoding == encoding


def test_binary_with_nul_bytes_is_still_binary(runner, tmp_path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    one_line_error(run(runner, "analyze", str(path)), "looks like a binary file")


# Lexicon files -----------------------------------------------------------------------------------------

GOOD_LEX = "@category mine\n@explain Test entry.\nособая симпатия\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("\ufeff" + GOOD_LEX, "ok: 1 files, 1 entries"),  # a UTF-8 byte-order mark
        ("@category\tmine\n@explain\t\tTest entry.\nособая симпатия\n", "ok: 1 files, 1 entries"),  # tabs
        ("@category mine\n@explain Test.\nа ... б ... в ... г ... д ... е\n", "has 5 '...' gaps; at most 4"),
        ("@category mine\n@explain Test.\n" + " ".join(["слово"] * 13) + "\n", "has 13 words and gaps"),
    ],
)
def test_lexicon_file_forms(runner, tmp_path, content: str, expected: str) -> None:
    path = tmp_path / "mine.lex"
    path.write_text(content, encoding="utf-8")
    result = run(runner, "lexicon", "validate", str(path))
    assert expected in result.output
    if expected.startswith("ok"):
        assert result.exit_code == 0
    else:
        one_line_error(result, f"{path}:3: pattern")


def test_many_gaps_cost_is_bounded(tmp_path) -> None:
    """Four gaps over a sentence of the gap words only: every state tried once, not 7^4 paths each."""
    import time

    from framing.lexicon import load_lexicon

    path = tmp_path / "gaps.lex"
    path.write_text("@category gaps\n@explain Test.\nа ... а ... а ... а ... а б\n", encoding="utf-8")
    lexicon = load_lexicon([path], bundled=False)
    sentence = " ".join(["а"] * 3000) + "."
    start = time.perf_counter()
    assert lexicon.flags(sentence) == []
    assert time.perf_counter() - start < 5


def test_directory_named_lex_is_skipped(runner, tmp_path) -> None:
    (tmp_path / "mine.lex").write_text(GOOD_LEX, encoding="utf-8")
    (tmp_path / "sub.lex").mkdir()
    result = run(runner, "lexicon", "validate", str(tmp_path))
    assert result.exit_code == 0 and "ok: 1 files" in result.stdout


def test_directory_named_lex_given_alone(runner, tmp_path) -> None:
    (tmp_path / "sub.lex").mkdir()
    one_line_error(run(runner, "lexicon", "validate", str(tmp_path)), "no .lex files in this directory")


@pytest.mark.parametrize("command", [["lexicon", "validate"], ["analyze", str(SEED), "--lexicon"]])
def test_unreadable_lexicon_is_one_line(runner, tmp_path, monkeypatch, command: list[str]) -> None:
    from pathlib import Path

    path = tmp_path / "mine.lex"
    path.write_text(GOOD_LEX, encoding="utf-8")
    real = Path.read_text

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    one_line_error(run(runner, *command, str(path)), "cannot read the lexicon file (Permission denied)")


# The compiled-lexicon cache --------------------------------------------------------------------------------


def _cached_lexicon(tmp_path, monkeypatch):
    from framing.lexicon import load_lexicon
    from framing.lexicon.cache import cache_dir

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mine.lex"
    path.write_text(GOOD_LEX + "теплый ... прием\n", encoding="utf-8")
    lexicon = load_lexicon([path], bundled=False)
    (cached,) = cache_dir().glob("combined-*.json")
    return path, lexicon, cached


def _signed(data: dict) -> bytes:
    import hashlib

    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return b'{"sha256":"' + hashlib.sha256(payload).hexdigest().encode() + b'","data":' + payload + b"}"


def _emptied(data: dict) -> dict:
    data["patterns"] = [[[] if slot is not None else None for slot in p] for p in data["patterns"]]
    return data


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "the right key, empty slots, a digest that does not match",
            lambda d: json.dumps({"sha256": "0" * 64, "data": _emptied(d)}).encode(),
        ),
        ("the right key, empty slots, the digest recomputed", lambda d: _signed(_emptied(d))),
        (
            "deeply nested JSON",
            lambda d: (
                _signed({"key": d["key"], "lexemes": [], "patterns": []})[:-1].replace(
                    b'"patterns":[]', b'"patterns":' + b"[" * 100_000 + b"]" * 100_000
                )
                + b"}"
            ),
        ),
        (
            "nested beyond the layout's depth, digest right",
            lambda d: _signed({**d, "patterns": [[[[["особая"]]]]] * len(d["patterns"])}),
        ),
        ("truncated", lambda d: _signed(d)[:-100]),
    ],
)
def test_cache_cannot_change_results(tmp_path, monkeypatch, name: str, content) -> None:
    from framing.lexicon import load_lexicon

    path, first, cached = _cached_lexicon(tmp_path, monkeypatch)
    data = json.loads(cached.read_text(encoding="utf-8"))["data"]
    cached.write_bytes(content(copy.deepcopy(data)))
    again = load_lexicon([path], bundled=False)
    assert again.slots == first.slots
    assert again.flags("Это особая симпатия.")  # rebuilt, and stored anew
    assert json.loads(cached.read_text(encoding="utf-8"))["data"] == data


def test_cache_temporary_files(tmp_path, monkeypatch) -> None:
    import os
    import time

    from framing.lexicon import load_lexicon

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    orphan = tmp_path / "cache" / ".combined-dead.tmp"
    orphan.write_text("half written")
    old = time.time() - 7200
    os.utime(orphan, (old, old))
    fresh = tmp_path / "cache" / ".combined-busy.tmp"  # another process may be writing it now
    fresh.write_text("being written")
    path = tmp_path / "mine.lex"
    path.write_text(GOOD_LEX, encoding="utf-8")
    load_lexicon([path], bundled=False)
    assert not orphan.exists() and fresh.exists()
    assert next((tmp_path / "cache").glob("*.json")).name.startswith("combined-")


# Text forms ------------------------------------------------------------------------------------------------


def _forms():
    import unicodedata

    return {
        "LF": SEED_TEXT,
        "CRLF": SEED_TEXT.replace("\n", "\r\n"),
        "CR": SEED_TEXT.replace("\n", "\r"),
        "NFD": unicodedata.normalize("NFD", SEED_TEXT),
        "NFD and CR": unicodedata.normalize("NFD", SEED_TEXT).replace("\n", "\r"),
    }


@pytest.fixture(scope="module")
def analyzer():
    from framing import Analyzer

    return Analyzer.load()


@pytest.mark.parametrize("form", list(_forms()))
def test_every_text_form_gives_the_same_report(analyzer, form: str) -> None:
    """Flags, paragraphs and lines as for LF NFC text; every offset indexes the text as given."""
    from framing.positions import LineIndex

    text = _forms()[form]
    report, plain = analyzer.analyze(text), analyzer.analyze(SEED_TEXT)
    assert [f.rule for f in report.flags] == [f.rule for f in plain.flags]
    assert [p.line for p in report.paragraphs] == [p.line for p in plain.paragraphs]
    assert [(p.kind, len(p.sentences)) for p in report.paragraphs] == [
        (p.kind, len(p.sentences)) for p in plain.paragraphs
    ]
    spans = [p.span for p in report.paragraphs] + [s.span for s in report.sentences]
    spans += report.flags
    assert all(text[s.start : s.end] == s.text for s in spans)
    lines, plain_lines = LineIndex(text), LineIndex(SEED_TEXT)
    assert [lines.line(f.start) for f in report.flags] == [plain_lines.line(f.start) for f in plain.flags]
    repeated = [(r.lemma, len(r.places)) for r in report.repetitions]
    assert repeated == [(r.lemma, len(r.places)) for r in plain.repetitions] and repeated
    assert all(text[start:end] == word for r in report.repetitions for start, end, word in r.places)
    assert analyzer.summarise(text) == report.summary  # what check and the streams judge


@pytest.mark.parametrize(("text", "lines"), [("а\nб\r\nв\rг", [1, 2, 3, 4]), ("\r\r\n\n", [1, 2, 3, 4])])
def test_line_index_counts_every_line_break(text: str, lines: list[int]) -> None:
    from framing.positions import LineIndex

    index = LineIndex(text)
    starts = [0] + [
        i + 1 for i, c in enumerate(text) if c == "\n" or (c == "\r" and text[i + 1 : i + 2] != "\n")
    ]
    assert [index.line(s) for s in starts] == lines


# Smaller things ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_max_density_must_be_finite(runner, value: str) -> None:
    one_line_error(
        run(runner, "check", str(SEED), "--max-density", value), "--max-density must be a finite number"
    )


@pytest.mark.parametrize(
    "command",
    [
        ("analyze", "-f", "text"),
        ("analyze", "-f", "text", "--color", "always"),  # rich's own escapes around, the article's shown
        ("check", "-f", "human", "--max-density", "100"),
    ],
)
def test_terminal_escapes_are_shown_not_sent(runner, tmp_path, command) -> None:
    path = tmp_path / "escape.txt"
    path.write_text(
        "Это \x1b[31mкрасная\x1b[0m новость: лишь немногие лидеры удостаиваются чести встречи.\a\n",
        encoding="utf-8",
    )
    result = run(runner, *command[:1], str(path), *command[1:])
    assert result.exit_code == 0, result.output
    assert "\x1b[31mкрасная" not in result.stdout and "\a" not in result.stdout
    assert "\\x1b[31mкрасная\\x1b[0m" in result.stdout
    assert "\\x07" in result.stdout or command[0] == "check"  # check shows the flagged line, not the bell


def test_json_carries_no_absolute_local_path(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, "analyze", str(SEED), "-f", "json")
    data = json.loads(result.stdout)
    assert data["model"]["path"] == "news-sentiment.ftz"
    files = {f["lexicon"]["file"] for p in data["paragraphs"] for f in p["flags"]}
    assert "attribution.lex" in files and not any("/" in f for f in files)


def test_one_of_each_is_singular(runner, tmp_path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Хорошая новость\n", encoding="utf-8")
    result = run(runner, "analyze", str(path))
    assert "0 paragraphs, 1 heading, 1 sentence, 2 words" in result.stdout


def test_jsonl_is_the_json_report_line_by_line(runner) -> None:
    """Paragraphs as in `-f json` but for the document-wide Repetition count; the same summary."""
    whole = json.loads(run(runner, "analyze", str(SEED), "-f", "json").stdout)
    lines = [
        json.loads(line) for line in run(runner, "analyze", str(SEED), "-f", "jsonl").stdout.splitlines()
    ]
    assert [line["type"] for line in lines] == ["paragraph"] * len(whole["paragraphs"]) + ["summary"]
    *paragraphs, summary = lines
    assert {k: summary[k] for k in ("schema", "document", "model", "summary")} == {
        k: whole[k] for k in ("schema", "document", "model", "summary")
    }
    for streamed, full in zip(paragraphs, whole["paragraphs"], strict=True):
        streamed.pop("type")
        streamed.pop("techniques"), full.pop("techniques")
        assert streamed == full
