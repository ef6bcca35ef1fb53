"""Rhetorical and leading questions: a question the author asks not to learn the answer but to suggest it.

«Разве можно доверять …?», «Кто же поверит …?», «Не пора ли …?» carry a claim in the form of a question, and
the reader is left to supply the expected answer. A question is rhetorical here when it opens with, or
holds, one of the cues below; a plain question («Что будет с рублём?») is not flagged. Nor is a question in
someone else's voice: inside quotation marks (a referendum's question, a speaker's words), or a dialogue turn
opened by a dash (an interviewer's question).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing.quotes import quotation_spans
from framing.rules.base import rule
from framing.rules.triggers import contains
from framing.tokens import SentenceTokens

#: Where a question clause begins: the sentence start, or after the end of the clause before it.
CLAUSE_END = re.compile(r"[.!?;:…]\s*|\s[—–-]\s")
WORDS = re.compile(r"[А-Яа-яЁё]+")
#: Words that open a rhetorical question on their own («Разве …?», «Неужели …?»).
OPENERS = frozenset("разве неужели неужто доколе нешто".split())  # noqa: SIM905
#: A question word followed by «же»: «Кто же поверит …?», «Зачем же …?».
QUESTION_WORDS = frozenset(
    "кто что как зачем почему где куда откуда когда чем кому кого каким какой".split()  # noqa: SIM905
)
#: Leading questions: «не … ли», «можно ли», «стоит ли», «нужно ли», «чем не».
LEADING = (
    re.compile(r"\bне\s+(?:[а-яё]+\s+){0,2}?ли\b"),
    re.compile(r"\b(?:можно|стоит|нужно|надо|следует|стоило|нельзя|пора)\s+ли\b"),
    re.compile(r"\bчем\s+не\b"),
    re.compile(r"\bкто\s+(?:поверит|станет|будет|осмелится|сомневается)\b"),
)


DIALOGUE_DASHES = ("—", "–", "- ")


def _rhetorical(clause: str) -> bool:
    words = WORDS.findall(clause.lower().replace("ё", "е"))
    if not words:
        return False
    first = words[1] if words[0] in ("а", "и", "но", "ну") and len(words) > 1 else words[0]
    if first in OPENERS:
        return True
    if first in QUESTION_WORDS and "же" in words[1:4]:
        return True
    lowered = " ".join(words)
    return any(pattern.search(lowered) for pattern in LEADING)


@rule(
    "rhetorical-question",
    category="rhetoric",
    title="Rhetorical and leading questions",
    explanation=(
        "Риторический вопрос в голосе автора: утверждение подано как вопрос, ответ подсказан читателю."
    ),
    neutral="[сформулируйте утверждение прямо и назовите, кто так считает]",
    technique="Doubt",
    trigger=contains("?"),
    flags=(
        "[Разве можно доверять таким обещаниям?]",
        "[Кто же поверит в искренность этих заявлений?] Ответ очевиден.",
        "Санкции продлили. [Не пора ли признать, что они не работают?]",
        "[Стоит ли удивляться, что Кремль ответил жёстко?]",
    ),
    passes=(
        "Что будет с курсом рубля в следующем году?",
        "Когда состоится встреча министров?",
        "Журналисты спросили, кто возглавит делегацию.",
        "Как сообщает агентство, переговоры продолжатся во вторник.",
        "Почему это важно для экономики?",
        "Британцы ответят на вопрос «Следует ли королевству остаться членом союза?»",
        "Британцы ответят на вопрос “Следует ли королевству остаться членом союза?”",
        "— Не начнут ли другие государства выходить из союза?",
    ),
)
def rhetorical_questions(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    if sentence.lstrip().startswith(DIALOGUE_DASHES):
        return
    quotations = quotation_spans(sentence)
    begin = 0
    for mark in re.finditer(r"\?+", sentence):
        if any(start <= mark.start() < end for start, end in quotations):
            begin = mark.end()
            continue
        start = begin
        for boundary in CLAUSE_END.finditer(sentence, begin, mark.start()):
            start = boundary.end()
        while start < mark.start() and not sentence[start].isalnum():
            start += 1
        if _rhetorical(sentence[start : mark.start()]):
            yield start, mark.end()
        begin = mark.end()
