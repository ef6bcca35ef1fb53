"""Unnamed collective sources: «медиа отметили», «ряд изданий», «один из западных постпредов», «американские
официальные источники», «многие теперь воспринимают».

A claim is put in the mouth of a collective (the media, diplomats, experts, «многие») or of a source
described but not named. ``attribution.lex`` lists the fixed phrases («эксперты считают», «осведомленный
источник»); what it cannot list is the open construction: any collective noun with any verb of saying or
seeing, in either order and with adverbs or adjectives between («СМИ тут же поясняют», «так
комментировали СМИ», «многие теперь воспринимают»), and the refusal when a source is named right after
(«газеты «Коммерсант» и «Ведомости» пишут», «эксперты Центра Карнеги считают», «один из лидеров оппозиции
Алексей Навальный»).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing.rules.base import rule
from framing.rules.triggers import has_words
from framing.rules.words import ADJECTIVE_ENDINGS, joined, looks_adjectival
from framing.tokens import SentenceTokens

LATIN = re.compile(r"[A-Za-z]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The media as a collective subject (nominative).
MEDIA = _words("сми медиа масс-медиа пресса издания газеты телеканалы таблоиды журналисты")
#: The media in any case, after a quantifier: «ряд изданий», «в некоторых публикациях».
MEDIA_ANY_CASE = MEDIA | _words(
    """
    прессы прессе изданий изданиям изданиями изданиях газет газетам газетами газетах публикации публикаций
    публикациям публикациями публикациях телеканалов телеканалах таблоидов журналистов журналистами
    """
)
#: Experts, officials and observers as a collective subject (nominative).
EXPERTS = _words(
    """
    эксперты аналитики наблюдатели обозреватели комментаторы политологи экономисты специалисты юристы
    дипломаты чиновники постпреды исследователи ученые
    """
)
EXPERTS_ANY_CASE = EXPERTS | _words(
    """
    экспертов аналитиков наблюдателей обозревателей комментаторов политологов экономистов специалистов
    юристов дипломатов чиновников постпредов исследователей ученых
    """
)
#: Quantifiers that leave a collective unnamed: «ряд изданий», «многие внешние наблюдатели».
QUANTIFIERS = _words(
    "ряд ряда ряде рядом некоторые некоторых некоторым отдельные отдельных многие многих многим иные иных "
    "большинство большинства большинстве"
)
#: Beginnings of verbs of saying, seeing and judging («отметили», «поясняют», «комментировали»).
SAYS = """
    отмети отмеча замети замеча поясня пояснил пояснял комментир прокомментир пишут пишет писали писал
    написал сообща сообщил утвержда счита посчита полага указыва указал подчеркива подчеркнул обратил
    обращают обращал восприним восприня называ назвал говор уверя предполага расценива расценил оценива
    оценил высказыва признают признал признавал констатир намека сомнева опаса предупрежда связыва
    связал трактов трактуют истолков напомина напомнил рассказыва рассказал прогнозир ожидают ожидали
    подозрева уверены убеждены выяснил узнал обсужда публикую опубликовал передают передал спекулир
    гадают видят увидел заявля заявил цитиру приписыва критикую критиковал допуска предсказыва прочат
    сочли склоня усматрива увязыва расцени сказал заверил уточнил добавил поделил
""".split()  # noqa: SIM905
SAYS_PREFIXES = tuple(SAYS)
#: Adverbs that may stand between a collective subject and its verb: «многие теперь воспринимают».
ADVERBS = _words(
    "теперь уже сейчас по-прежнему давно все еще тоже также даже вполне всерьез открыто тут же "
    "сразу охотно часто нередко прямо не"
)
#: Adjectives that make a described source anonymous: «осведомленный представитель», «официальные источники»
#: (their stems; every full form of each is listed, so that one set test finds them).
ANONYMOUS = """
    осведомленн информированн высокопоставленн анонимн неназванн вышеупомянут официальн дипломатическ
    правительственн разведывательн неофициальн компетентн достоверн надежн
""".split()  # noqa: SIM905
ANONYMOUS_FORMS = frozenset(stem + ending for stem in ANONYMOUS for ending in ADJECTIVE_ENDINGS)
#: Persons and sources a described source may be («источник», «представитель», «чиновник»), any case.
PERSONS = """
    источник представител собеседник чиновник дипломат постпред сотрудник офицер политик генерал
    советник помощник
""".split()  # noqa: SIM905
PERSON_PREFIXES = tuple(PERSONS)
#: «один из»: the first word, in every gender and case.
ONE = _words("один одна одно одного одной одному одним одном")
#: Plural genitives of the persons «один из …» picks out.
ONE_OF = _words(
    """
    дипломатов постпредов чиновников источников собеседников представителей сотрудников министров депутатов
    экспертов аналитиков офицеров генералов военных советников помощников политиков наблюдателей
    руководителей членов
    """
)
#: What a «source» is when it is not a person: «источник энергии», «источники дохода».
LITERAL_SOURCES = _words(
    "энергии дохода доходов финансирования питания воды тепла света излучения загрязнения заражения "
    "инфекции вдохновения средств сырья топлива опасности угрозы"
)


def _capitalised(sentence: str, tokens: SentenceTokens, i: int) -> bool:
    return sentence[tokens.starts[i]].isupper()


def _says(form: str) -> bool:
    return form.startswith(SAYS_PREFIXES)


def _adjective(sentence: str, tokens: SentenceTokens, i: int) -> bool:
    form = tokens.forms[i]
    return (
        looks_adjectival(form)
        and form not in QUANTIFIERS
        and (i == 0 or not _capitalised(sentence, tokens, i))
    )


def _person_named(sentence: str, tokens: SentenceTokens, i: int) -> bool:
    """Whether a person's name (two capitalised Cyrillic words, not an acronym) follows word ``i`` within five
    words, with no punctuation between («один из лидеров оппозиции Алексей Навальный»)."""
    for k in range(i + 1, min(i + 6, len(tokens.forms) - 1)):
        if not joined(sentence, tokens, i, k + 1):
            return False
        first, second = (sentence[tokens.starts[n] : tokens.ends[n]] for n in (k, k + 1))
        if all(w[0].isupper() and not w.isupper() and not LATIN.match(w) for w in (first, second)):
            return True
    return False


def _person_before(sentence: str, tokens: SentenceTokens, i: int) -> bool:
    """Whether a person's name (two capitalised words) stands right before word ``i``, a comma allowed
    between («Сухейль Шахин, официальный представитель …»)."""
    if i < 2:
        return False
    words = [sentence[tokens.starts[n] : tokens.ends[n]] for n in (i - 2, i - 1)]
    gap = sentence[tokens.ends[i - 1] : tokens.starts[i]].strip()
    return gap in ("", ",") and all(w[0].isupper() and not w.isupper() for w in words)


def _named_after(sentence: str, tokens: SentenceTokens, i: int) -> bool:
    """Whether the collective at word ``i`` is named right after it: a capitalised or Latin word or a
    quotation mark next to it («эксперты Центра Карнеги», «газеты «Коммерсант»», «издание Politico»), or a
    person's name."""
    after = sentence[tokens.ends[i] : tokens.ends[i] + 3].lstrip()
    if after[:1] in ("«", "“", "„", '"'):
        return True
    for k in (i + 1, i + 2):  # «эксперты Центра Карнеги», «наблюдатели от ОБСЕ»
        if k < len(tokens.forms) and joined(sentence, tokens, i, k):
            word = sentence[tokens.starts[k] : tokens.ends[k]]
            if word[0].isupper() or LATIN.match(word):
                return True
            if tokens.forms[k] not in ("от", "из"):
                break
    return _person_named(sentence, tokens, i)


def _adjectives_before(sentence: str, tokens: SentenceTokens, i: int, most: int = 3) -> int:
    """The first of up to ``most`` adjectives right before word ``i`` («[американские официальные]
    источники»)."""
    start = i
    while (
        start > max(0, i - most)
        and _adjective(sentence, tokens, start - 1)
        and joined(sentence, tokens, start - 1, start)
    ):
        start -= 1
    return start


#: Endings of a verb that agrees with a plural subject («отметили», «поясняют», «уверены»).
PLURAL_VERB = ("ли", "ют", "ят", "ут", "ат", "ны", "ются", "ятся", "лись")
#: Endings of a verb that agrees with «пресса»: «пресса отмечает», «пишет пресса».
SINGULAR_VERB = ("ет", "ит", "ла", "тся")
#: Endings of an adjective in the nominative, plural or feminine («западные СМИ», «итальянская пресса»).
NOMINATIVE_ADJECTIVE = ("ые", "ие", "ая", "яя")


def _agrees(noun: str, verb: str) -> bool:
    """Whether a verb of saying can have the collective ``noun`` as its subject: plural, or singular for
    «пресса» («рассказала СМИ»: СМИ is the one told)."""
    return verb.endswith(SINGULAR_VERB if noun == "пресса" else PLURAL_VERB)


def _verb_after(sentence: str, tokens: SentenceTokens, i: int, says=_says) -> int | None:
    """The verb of saying right after word ``i`` that agrees with it, past up to two adverbs («СМИ тут же
    поясняют»)."""
    for j in range(i + 1, min(i + 4, len(tokens.forms))):
        if not joined(sentence, tokens, j - 1, j):
            return None
        if says(tokens.forms[j]):
            return j if _agrees(tokens.forms[i], tokens.forms[j]) else None
        if tokens.forms[j] not in ADVERBS:
            return None
    return None


def _nominative(tokens: SentenceTokens, start: int, i: int) -> bool:
    """Whether the adjectives ``start`` .. before ``i`` are in the nominative («французским СМИ рассказали»
    is not a subject)."""
    return all(tokens.forms[k].endswith(NOMINATIVE_ADJECTIVE) for k in range(start, i))


def _collective(
    sentence: str,
    tokens: SentenceTokens,
    nominative: frozenset[str],
    any_case: frozenset[str],
    quantified_alone: bool,
) -> Iterator[tuple[int, int]]:
    """Spans of an unnamed collective: after a quantifier (any case; with a verb of saying unless
    ``quantified_alone``), or as the subject of a verb of saying before or after it."""
    forms, covered = tokens.forms, -1
    for i, form in enumerate(forms):
        if form not in any_case or i <= covered or _named_after(sentence, tokens, i):
            continue
        start = _adjectives_before(sentence, tokens, i)
        verb = _verb_after(sentence, tokens, i) if form in nominative else None
        if start > 0 and forms[start - 1] in QUANTIFIERS and joined(sentence, tokens, start - 1, start):
            if not quantified_alone and verb is None:
                continue
            start -= 1
            if (
                start > 0
                and forms[start - 1] in ("в", "во", "по", "у")
                and joined(sentence, tokens, start - 1, start)
            ):
                start -= 1
            yield tokens.starts[start], tokens.ends[i if verb is None else verb]
            covered = i if verb is None else verb
            continue
        if form not in nominative or not _nominative(tokens, start, i):
            continue
        if verb is not None:
            yield tokens.starts[start], tokens.ends[verb]
            covered = verb
        elif (
            start > 0
            and _says(forms[start - 1])
            and _agrees(form, forms[start - 1])
            and joined(sentence, tokens, start - 1, start)
        ):
            yield tokens.starts[start - 1], tokens.ends[i]  # «заметили медиа», «так комментировали СМИ»
            covered = i


@rule(
    "unnamed-media",
    category="attribution",
    title="Unnamed collective sources",
    explanation="Ссылка на СМИ вообще («медиа отметили», «ряд изданий»): какие именно издания — не сказано.",
    neutral="как сообщает [название издания]; по данным [издание]",
    technique="Obfuscation-Vagueness-Confusion",
    trigger=has_words(*MEDIA_ANY_CASE),
    flags=(
        "В целом [медиа отметили], что Путин вёл себя спокойнее.",
        "[СМИ поясняют], что трубопровод не заработает.",
        "Это клуб держав — так [комментировали СМИ] итоги саммита.",
        "Европа не хочет поставлять оружие, [заметили медиа].",
        "[Ряд изданий] обратил внимание на сообщение.",
        "[В некоторых публикациях] подчёркивается иное.",
        "[Немецкие издания сообщают] о расколе в коалиции.",
    ),
    passes=(
        "Газета «Коммерсант» пишет, что сделка сорвалась.",
        "Газеты «Коммерсант» и «Ведомости» пишут о сделке.",
        "По данным Reuters, переговоры продолжатся.",
        "Песков заявил журналистам, что визит состоится.",
        "Закон о СМИ вступил в силу.",
        "Издания Politico и Axios сообщают о встрече.",
        "Мать подозреваемого рассказала СМИ, что её сын невиновен.",
        "В материале издания отмечается, что сделка сорвалась.",
        "Об этом французским СМИ рассказали в полиции.",
    ),
)
def unnamed_media(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    yield from _collective(sentence, tokens, MEDIA, MEDIA_ANY_CASE, quantified_alone=True)


@rule(
    "unnamed-experts",
    category="attribution",
    title="Unnamed collective sources",
    explanation=(
        "Мнение приписано безымянной группе экспертов, дипломатов или чиновников: авторитет заявлен, "
        "источник не назван."
    ),
    neutral="[имя, должность, организация] считает; по словам [имя]",
    technique="Appeal_to_Authority",
    trigger=has_words(*EXPERTS_ANY_CASE),
    flags=(
        "[Многие внешние наблюдатели видят] непоследовательность в политике Минска.",
        "[Западные дипломаты уже говорят], что переговоры зашли в тупик.",
        "[Экономисты посчитали], что выход из ЕС — это потери.",
        "Так [считают американские чиновники].",
    ),
    passes=(
        "Эксперт Центра Карнеги Иван Иванов считает, что санкции сохранятся.",
        "Эксперты Центра Карнеги считают, что санкции сохранятся.",
        "Дипломаты обеих стран встретились в Женеве.",
        "Министр провёл встречу с экспертами.",
        "Аналитики Goldman Sachs прогнозируют рост.",
        "Как сообщают наблюдатели от ОБСЕ, голосование прошло спокойно.",
        "Некоторые европейские чиновники участвовали в этих операциях.",
    ),
)
def unnamed_experts(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    yield from _collective(sentence, tokens, EXPERTS, EXPERTS_ANY_CASE, quantified_alone=False)


#: Words before a source that make it one: «по словам …», «со ссылкой на …».
CITING = _words("словам ссылкой данным мнению информации сведениям оценкам")


def _cited(tokens: SentenceTokens, start: int, end: int) -> bool:
    """Whether the words ``start`` .. ``end`` are cited as a source: a verb of saying among the eight words
    after them, or «по словам», «со ссылкой на» just before."""
    after = tokens.forms[end + 1 : end + 9]
    before = tokens.forms[max(0, start - 3) : start]
    return any(_says(form) for form in after) or any(form in CITING for form in before)


def _described_person(tokens: SentenceTokens, i: int) -> bool:
    """Whether word ``i`` is a person or source a rule may describe («представитель», «источники»), not a
    source of something («источник энергии»)."""
    following = tokens.forms[i + 1] if i + 1 < len(tokens.forms) else ""
    return tokens.forms[i].startswith(PERSON_PREFIXES) and following not in LITERAL_SOURCES


@rule(
    "anonymous-official",
    category="attribution",
    title="Unnamed collective sources",
    explanation=(
        "Источник описан, но не назван («осведомлённый представитель», «один из западных постпредов», "
        "«официальные источники»): проверить сказанное нельзя."
    ),
    neutral="[должность, имя и ведомство источника] сообщил",
    technique="Obfuscation-Vagueness-Confusion",
    trigger=has_words(*ANONYMOUS_FORMS, *ONE_OF),
    flags=(
        "Потом [один осведомленный представитель] правительственных кругов рассказал мне об этом.",
        "Со ссылкой на [американские официальные источники] газета сообщила о переброске.",
        "[Один из западных постпредов] в НАТО сказал, что российская сторона не готова.",
        "[Один бывший высокопоставленный американский чиновник] рассказал об этом.",
        "По словам [одного из высокопоставленных чиновников], решение уже принято.",
    ),
    passes=(
        "Один из лидеров оппозиции Алексей Навальный выступил с заявлением.",
        "Официальный представитель МИД России Мария Захарова опровергла эти сведения.",
        "Официальные источники энергии обеспечивают половину потребления.",
        "Он один из самых опытных дипломатов страны.",
        "Официальный визит продлится два дня.",
        "Сухейль Шахин, официальный представитель движения, написал о встрече.",
    ),
)
def anonymous_official(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    forms, covered = tokens.forms, -1
    for i, form in enumerate(forms):
        if i <= covered:
            continue
        # «один из [западных] постпредов», not followed by a name
        if form in ONE and i + 1 < len(forms) and forms[i + 1] == "из" and joined(sentence, tokens, i, i + 1):
            j = i + 2
            while (
                j < len(forms)
                and j < i + 5
                and _adjective(sentence, tokens, j)
                and joined(sentence, tokens, j - 1, j)
            ):
                j += 1
            if j < len(forms) and forms[j] in ONE_OF and joined(sentence, tokens, j - 1, j):
                if not _person_named(sentence, tokens, j) and _cited(tokens, i, j):
                    yield tokens.starts[i], tokens.ends[j]
                covered = j
            continue
        # «[один] осведомленный представитель», «американские официальные источники»
        if form not in ANONYMOUS_FORMS or not _adjective(sentence, tokens, i):
            continue
        j = i + 1
        while (
            j < len(forms)
            and j < i + 3
            and _adjective(sentence, tokens, j)
            and joined(sentence, tokens, j - 1, j)
        ):
            j += 1
        if j >= len(forms) or not joined(sentence, tokens, j - 1, j) or not _described_person(tokens, j):
            continue
        if _person_named(sentence, tokens, j) or not _cited(tokens, i, j):
            covered = j
            continue
        start = _adjectives_before(sentence, tokens, i)
        if start > 0 and forms[start - 1] in ONE and joined(sentence, tokens, start - 1, start):
            start -= 1
        if _person_before(sentence, tokens, start):
            covered = j
            continue
        yield tokens.starts[start], tokens.ends[j]
        covered = j


#: Verbs of opinion and perception that «многие» may have («многие теперь воспринимают»), not of doing.
THINKS = tuple(
    """
    счита посчита полага восприним восприня называ назвал уверены убеждены расценива расцени оценива видят
    связыва говор утвержда предполага подозрева опаса сомнева
    """.split()  # noqa: SIM905
)


def _thinks(form: str) -> bool:
    return form.startswith(THINKS)


@rule(
    "unnamed-many",
    category="attribution",
    title="Unnamed collective sources",
    explanation="Мнение приписано неназванным «многим»: большинство заявлено, но не показано.",
    neutral="по мнению [кого именно]; по данным опроса [источник]",
    technique="Appeal_to_Popularity",
    trigger=has_words("многие", "некоторые"),
    flags=(
        "Это протест против ЕС, который [многие теперь воспринимают] как бюрократический.",
        "[Некоторые уже называют] это поражением.",
    ),
    passes=(
        "Многие страны подписали соглашение.",
        "Некоторые депутаты голосовали против.",
        "Многие из них вернулись домой.",
        "Некоторые писали краской на тротуаре.",
    ),
)
def unnamed_many(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    for i, form in enumerate(tokens.forms):
        if form not in ("многие", "некоторые"):
            continue
        verb = _verb_after(sentence, tokens, i, _thinks)
        if verb is not None:
            yield tokens.starts[i], tokens.ends[verb]
