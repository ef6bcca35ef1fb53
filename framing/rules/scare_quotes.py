"""Scare quotes: a lowercase word or two in quotation marks that the author holds at arm's length.

«миротворцы», «выборы», «демократия» in quotation marks tell the reader not to take the word at face value,
without saying why. Not scare quotes: names and titles (capitalised: «Газпром», «Единая Россия»), a name after
the noun that introduces it (газета «коммерсант», операция «буря в пустыне», слово «демократия»), and longer
quotations, which are someone's speech (framing/quotes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing.rules.base import rule
from framing.rules.triggers import contains
from framing.tokens import SentenceTokens

MAX_WORDS = 2
QUOTED = re.compile(r"[«“„]([^«»“”„\n]{1,40})[»“”]")
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
NOT_RUSSIAN = re.compile(r"[0-9A-Za-z]")
#: Beginnings of the nouns that introduce a name or a word as a word («газета», «операция», «слово»,
#: «под названием»): a quoted word after them is a title or a mention, not a scare quote.
NAMING = tuple(
    """
    газет журнал издани телеканал канал радио агентств портал сайт передач програм шоу сериал фильм книг
    песн роман стать колонк рубрик парти движени организаци групп блок фракци фонд центр объединени союз
    компани банк завод концерн холдинг корпораци магазин сет клуб команд операци учени кампани акци
    форум конференци фестивал конкурс проект план стратеги доктрин концепци инициатив соглашени договор
    пакт закон резолюци комплекс систем ракет корабл крейсер лодк самолет самолёт танк марк бренд назван
    прозвищ псевдоним позывн лозунг девиз слов термин выражени формул понят хэштег хештег надпис табличк
    плакат отел гостиниц ресторан кафе улиц площад станци аэропорт стадион дворц дом премию преми орден
    медал звани номинаци мисси батальон бригад полк отряд дивизи полигон месторождени трубопровод
    газопровод поток платформ приложени мессенджер сервис
    """.split()  # noqa: SIM905
)


#: Verbs that report someone else's label or answer («называет Россию «партнёром»», «сказали «нет»»,
#: «с призывами «остаться»»): their words, not the author's.
REPORTED = (
    "назва",
    "называ",
    "имену",
    "именова",
    "окрести",
    "дословно",
    "сказа",
    "ответи",
    "отвеча",
    "призыв",
)
#: Words that begin like a REPORTED one but report nothing («призывник»).
NOT_REPORTED = ("призывн",)
#: The same label reported after the quotation: «нормализовать», как это именуется на официальном языке.
REPORTED_AFTER = re.compile(r"\W{0,3}\s*как\s+(?:это|их|его|ее|её|они|он|она)?\s*(?:называ|имену|говор)")
#: A vote or an answer quoted («сказали «нет»», голоса «за» и «против»): a word as said, not a doubted label.
ANSWERS = frozenset({"да", "нет", "за", "против"})


def _introduced(sentence: str, start: int) -> bool:
    """Whether one of the two words before ``start`` introduces a name (see NAMING: «статьи о «…»»), or one
    of the four before reports someone's label."""
    before = [w.lower() for w in WORD.findall(sentence, max(0, start - 60), start)]
    reported = any(w.startswith(REPORTED) and not w.startswith(NOT_REPORTED) for w in before[-4:])
    return reported or any(w.startswith(NAMING) for w in before[-2:])


@rule(
    "scare-quotes",
    category="irony",
    title="Irony and distancing",
    explanation=(
        "«Пугающие» кавычки: автор дистанцируется от слова и намекает, что оно лживо, не объясняя почему."
    ),
    neutral="[уберите кавычки или назовите, кто так говорит]",
    polarity="negative",
    technique="Questioning_the_Reputation",
    trigger=contains("«", "“", "„"),
    flags=(
        "Россия продолжает поддерживать [«ополченцев»] на востоке Украины.",
        "После [«выборов»] в республике власть осталась у прежней семьи.",
        "Боевики провели в городе [«мирную акцию»] с оружием в руках.",
        "Власти сняли с себя ответственность за [«освобождение»] города.",
        "Призывников отправили на [«учения»] к границе.",
    ),
    passes=(
        "Акции «Газпрома» выросли на 3%.",
        "Депутаты от «Единой России» проголосовали за закон.",
        "Об этом сообщила газета «коммерсант».",
        "Учения «запад-2017» пройдут в Белоруссии.",
        "Президент заявил: «мы не допустим вмешательства в наши внутренние дела».",
        "Слово «санкции» стало самым популярным в этом году.",
        "Корабль «адмирал кузнецов» вернулся в порт.",
        "Стороны обсудили проект «Северный поток — 2».",
        "Закон дополнили статьёй о «международном терроризме».",
        "Госсекретарь называет Россию «важным партнёром».",
        "Голландцы сказали «нет» договору, голоса «за» и «против» разделились поровну.",
        "Кампания шла под призывами «остаться» в союзе.",
        "Москва пытается «нормализовать», как это именуется на официальном языке, отношения.",
        "Их именуют «партнёрами».",
    ),
)
def scare_quotes(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    for match in QUOTED.finditer(sentence):
        inner = match.group(1).strip()
        words = WORD.findall(inner)
        if not words or len(words) > MAX_WORDS or not inner[0].islower() or NOT_RUSSIAN.search(inner):
            continue
        if words[0] in ANSWERS or _introduced(sentence, match.start()):
            continue
        if REPORTED_AFTER.match(sentence, match.end()):
            continue
        yield match.start(), match.end()
