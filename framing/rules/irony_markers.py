"""Irony markers a word list cannot bound: «так называемый» with what it names, and the author's ironic
aside in brackets («(!)», «(sic)»).

A lexicon entry can match «так называемый», but not the thing it casts doubt on, which may be one word or a
quoted phrase; and an aside like «(!)» is punctuation, which the matcher skips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing.rules.base import rule
from framing.rules.triggers import contains, has_words
from framing.tokens import SentenceTokens

SO_CALLED = re.compile(
    r"\bтак\s+называем(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых|ом)\s+"
    r"(?:[«“„][^«»“”„\n]{1,60}[»“”]|[А-Яа-яЁё-]+(?:\s+[А-Яа-яЁё-]+)?)",
    re.IGNORECASE,
)
#: Every form of «называемый», which SO_CALLED follows «так» with (the rule's trigger).
SO_CALLED_FORMS = tuple(
    "называем" + ending
    for ending in "ый ая ое ые ого ой ому ую ым ыми ых ом".split()  # noqa: SIM905
)
ASIDE = re.compile(
    r"[А-Яа-яЁё»”-]+[\s]*\((?:!+|\?!?|!\?|sic!?|sic|sic\s*!|[А-Яа-яЁё ]{0,30}!)\)", re.IGNORECASE
)


@rule(
    "so-called",
    category="irony",
    title="Irony and distancing",
    explanation="«Так называемый»: автор ставит под сомнение само название того, о чём пишет.",
    neutral="[назовите предмет без оценки или укажите, кто его так называет]",
    polarity="negative",
    technique="Questioning_the_Reputation",
    trigger=has_words(*SO_CALLED_FORMS),
    flags=(
        "В регионе действуют [так называемые «силы самообороны»].",
        "Он выступил от имени [так называемой оппозиции].",
        "[ТАК НАЗЫВАЕМЫЕ «РЕФОРМЫ»] ПРОВАЛИЛИСЬ.",
    ),
    passes=(
        "Этот процесс называют диффузией.",
        "Процесс, называемый диффузией, изучают в школе.",
    ),
)
def so_called(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    for match in SO_CALLED.finditer(sentence):
        text = match.group()
        if "«" not in text and "“" not in text and "„" not in text:
            # without quotation marks, only the first word (usually the noun or its adjective) is named
            words = list(re.finditer(r"[А-Яа-яЁё-]+", text))
            yield match.start(), match.start() + words[2].end()
            continue
        yield match.start(), match.end()


@rule(
    "ironic-aside",
    category="irony",
    title="Irony and distancing",
    explanation="Ироническая ремарка автора в скобках («(!)», «(sic)»): насмешка вместо аргумента.",
    neutral="[уберите ремарку; если есть возражение, изложите его]",
    polarity="negative",
    technique="Doubt",
    trigger=contains("!)", "?)", "sic", "Sic", "SIC"),
    flags=(
        "Министр назвал рост цен [умеренным (!)].",
        "Министр назвал рост цен [умеренным (SIC!)].",
        "Россия остаётся [огромным (и непредсказуемым!)] рынком сбыта.",
    ),
    passes=(
        "Рост ВВП составил 1,5% (по данным Росстата).",
        "Организация (запрещена в России) взяла ответственность на себя.",
    ),
)
def ironic_aside(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    for match in ASIDE.finditer(sentence):
        yield match.start(), match.end()
