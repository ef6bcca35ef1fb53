"""Property tests: on Russian-ish text mixed with arbitrary Unicode, control characters, every line ending
and long lines, the analysis never raises (beyond FramingError); every offset indexes the text as given."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import Analyzer, FramingError

VOCABULARY = [
    "президент",
    "теплый",
    "прием",
    "особой",
    "симпатии",
    "настоящей",
    "дружбы",
    "отмечается",
    "что",
    "лишь",
    "немногие",
    "удостаиваются",
    "чести",
    "встреча",
    "прошла",
    "в",
    "доверительной",
    "атмосфере",
    "экономика",
    "ёлка",
    "йод",
    "Ещё",
    "объём",
    "«Газпром»",
    "—",
    "2024",
    "года.",
]
NOISE = st.one_of(
    st.sampled_from(
        ["\n", "\r", "\r\n", "\n\n", " ", "\t", ".", "!", "«", "»", '"', "\x1b[31m", "\x00", "\u0306"]
    ),
    st.text(max_size=3),  # arbitrary Unicode, control characters and unpaired surrogates' neighbours included
)
PIECES = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(VOCABULARY), NOISE), max_size=120)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.load()


def text_of(pieces: list[str], nfd: bool) -> str:
    import unicodedata

    text = " ".join(pieces)
    return unicodedata.normalize("NFD", text) if nfd else text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=PIECES, nfd=st.booleans(), long_line=st.booleans())
def test_analysis_never_raises_and_offsets_are_exact(analyzer, pieces, nfd, long_line) -> None:
    text = text_of(pieces * (20 if long_line else 1), nfd)
    try:
        report = analyzer.analyze(text)
    except FramingError:
        return  # not Russian enough, or empty: a one-line error, which is fine
    paragraphs = [p.span for p in report.paragraphs]
    for earlier, later in itertools.pairwise(paragraphs):
        assert earlier.end <= later.start
    for paragraph in report.paragraphs:
        assert text[paragraph.span.start : paragraph.span.end] == paragraph.span.text
        sentences = [s.span for s in paragraph.sentences]
        for earlier, later in itertools.pairwise(sentences):
            assert earlier.end <= later.start
        for span in [*sentences, *paragraph.flags]:
            assert paragraph.span.start <= span.start <= span.end <= paragraph.span.end
            assert text[span.start : span.end] == span.text
    for repetition in report.repetitions:
        for start, end, word in repetition.places:
            assert text[start:end] == word
