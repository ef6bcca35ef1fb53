"""Leader personalisation: a country's aims, interests, allies or wishes told as one leader's.

«цели внешней политики Путина», «выгоден Путину», «Путин надеется», «Эрдоган уводит Турцию» reduce a state
to one person and read that person's mind. A word list cannot say this: the framing is in the construction
(a noun of aims with the leader in the genitive, a word of benefit with the leader in the dative, the leader
as the subject of a verb of wanting), not in any one word, and the same name in «визит Путина», «Путин
заявил» or «указ Путина» is neutral reporting. The leaders are a context list (``lexicons/leaders.lex``),
each surname declined here as a surname, since a dictionary misreads many of them (Токаев, Пашинян).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from framing.lexicon.format import parse_file
from framing.lexicon.load import bundled_lexicon_dir
from framing.morph import normalize
from framing.rules.base import rule
from framing.rules.triggers import has_words
from framing.rules.words import joined, looks_adjectival
from framing.tokens import SentenceTokens

NOM, GEN, DAT = "nom", "gen", "dat"


def _forms(stem: str, endings: str) -> frozenset[str]:
    """The forms ``stem`` + each ending of the space-separated ``endings`` ('-' for the bare stem)."""
    return frozenset(stem + ("" if ending == "-" else ending) for ending in endings.split())


def declension(lemma: str, indeclinable: bool = False) -> dict[str, frozenset[str]]:
    """The surname's forms with the cases each may be (nominative, genitive, dative; the rest as 'other')."""
    cases: dict[str, set[str]] = {}

    def add(form: str, *names: str) -> None:
        cases.setdefault(form, set()).update(names)

    if indeclinable or lemma[-1] in "оеиуюэыь":
        add(lemma, NOM, GEN, DAT)
    elif lemma.endswith(("ский", "цкий")):
        stem = lemma[:-2]
        add(lemma, NOM), add(stem + "ого", GEN), add(stem + "ому", DAT)
        for ending in ("им", "ом"):
            add(stem + ending, "other")
    elif lemma.endswith("ская"):
        stem = lemma[:-2]
        add(lemma, NOM), add(stem + "ой", GEN, DAT), add(stem + "ую", "other")
    elif lemma.endswith(("а", "я")):
        stem = lemma[:-1]
        add(lemma, NOM), add(stem + ("и" if stem[-1] in "гкхжшчщ" or lemma[-1] == "я" else "ы"), GEN)
        add(stem + "е", DAT)
        for ending in ("у", "ю", "ой", "ей"):
            add(stem + ending, "other")
    else:
        add(lemma, NOM), add(lemma + "а", GEN), add(lemma + "у", DAT)
        russian = lemma.endswith(("ов", "ев", "ин", "ын"))
        for ending in ("ым", "ом", "ем", "е") if russian else ("ом", "ем", "е"):
            add(lemma + ending, "other")
    return {form: frozenset(names) for form, names in cases.items()}


def _leader_lemmas() -> list[tuple[str, bool]]:
    """The surnames of ``leaders.lex``, each with whether it is marked indeclinable (``=меркель``)."""
    entries = parse_file(bundled_lexicon_dir() / "leaders.lex").entries
    return [(normalize(e.pattern.lstrip("=")), e.pattern.startswith("=")) for e in entries]


@cache
def leaders() -> dict[str, frozenset[str]]:
    """Every form of every leader's surname, lower case, with the cases it may be."""
    table: dict[str, frozenset[str]] = {}
    for lemma, indeclinable in _leader_lemmas():
        for form, names in declension(lemma, indeclinable).items():
            table[form] = table.get(form, frozenset()) | names
    return table


#: Nouns of a country's aims, interests, policy, allies, circle and wishes, in every case.
AIMS = (
    _forms("цел", "ь и ей ям ями ях ью")
    | _forms("политик", "а и е у ой ою")
    | _forms("стратеги", "я и ю ей й ям ями ях")
    | _forms("амбици", "я и ю ей й ям ями ях")
    | _forms("мечт", "а ы е у ой ам ами ах")
    | _forms("разведк", "а и е у ой")
    | _forms("пропаганд", "а ы е у ой")
    | _forms("команд", "а ы е у ой")
    | _forms("логик", "а и е у ой")
    | frozenset(
        form
        for stem in "интерес курс союзник соратник план расчет замысл приоритет мотив".split()  # noqa: SIM905
        for form in _forms(stem, "- а у ом е ы и ов ам ами ах")
    )
    | frozenset(
        form
        for stem in ("стремлени", "устремлени", "намерени", "желани", "окружени")
        for form in _forms(stem, "е я ю ем и й ям ями ях")
    )
)
#: Titles and names that may stand between the noun and the surname: «целей президента России Путина».
TITLES = ("президент", "премьер", "канцлер", "лидер", "глав", "председател", "генсек", "диктатор")
#: Words of benefit whose beneficiary is in the dative («выгоден Путину») or after «для».
BENEFIT = re.compile(r"^выгод")
BENEFIT_PAIRS = (("на", "руку"), ("на", "пользу"))
#: Verbs of wanting, hoping and scheming whose subject is the leader («Путин надеется»).
WANTS = frozenset(
    """
    надеется надеялся надеялась надеются надеялись хочет хотел хотела хотят хотели стремится стремился
    стремилась стремятся стремились мечтает мечтал мечтала мечтают мечтали рассчитывает рассчитывал
    рассчитывала рассчитывают рассчитывали добивается добивался добивалась добиваются добивались жаждет
    жаждал вынашивает вынашивал замышляет замышлял заинтересован заинтересована заинтересованы
    """.split()  # noqa: SIM905
)
#: Verbs of steering a country, flagged only with the country as their object («уводит Россию»).
STEERS = frozenset(
    """
    уводит увел увела уведет уводил уводила тащит тащил тащила толкает толкал толкала подталкивает
    подталкивал загоняет загнал загнала ведет вел вела втягивает втянул втягивал
    """.split()  # noqa: SIM905
)
STEERED = frozenset(
    """
    россию страну украину белоруссию беларусь турцию европу америку мир регион народ нацию общество
    государство венгрию грузию армению азербайджан казахстан сирию иран китай
    """.split()  # noqa: SIM905
)
#: Words allowed between the leader and the verb: «Путин явно хочет», «Путин по-прежнему надеется».
FILLERS = frozenset(
    """
    не явно очевидно видимо вероятно наверняка давно уже еще все по-прежнему также тоже же лишь только сам
    лично искренне отчаянно всерьез
    """.split()  # noqa: SIM905
)
#: The dative of wanting: «Путину хочется».
DATIVE_WANTS = frozenset(("хочется", "хотелось"))
#: Every verb leader-will looks for: a sentence with none of them is settled in one test.
WILLING = WANTS | STEERS | DATIVE_WANTS


def _leader(sentence: str, tokens: SentenceTokens, i: int) -> frozenset[str]:
    """The cases the word ``i`` may be as a leader's surname (empty when it is not one: not in the list, or
    not capitalised)."""
    if not sentence[tokens.starts[i]].isupper():
        return frozenset()
    return leaders().get(tokens.forms[i], frozenset())


def _span(tokens: SentenceTokens, i: int, j: int) -> tuple[int, int]:
    return tokens.starts[min(i, j)], tokens.ends[max(i, j)]


def _between_aim_and_name(sentence: str, tokens: SentenceTokens, k: int) -> bool:
    """Whether word ``k`` may stand between a noun of aims and the leader: an adjective, a title, a name, or
    another noun of aims («целей внешней политики Путина», «планов президента России Владимира Путина»)."""
    form = tokens.forms[k]
    return (
        form in AIMS
        or form.startswith(TITLES)
        or sentence[tokens.starts[k]].isupper()
        or looks_adjectival(form)
    )


def _with_adjectives(sentence: str, tokens: SentenceTokens, i: int) -> int:
    """The first of up to two adjectives right before word ``i`` («[политические союзники] Путина»)."""
    start = i
    while (
        start > max(0, i - 2)
        and looks_adjectival(tokens.forms[start - 1])
        and not sentence[tokens.starts[start - 1]].isupper()
        and joined(sentence, tokens, start - 1, start)
    ):
        start -= 1
    return start


@rule(
    "leader-aims",
    category="personalisation",
    title="Personalisation: a country told as its leader",
    explanation=(
        "Цели, интересы, политика или союзники страны приписаны одному лидеру: государство сведено "
        "к человеку."
    ),
    neutral="[назовите страну или ведомство: цели России; внешняя политика России; союзники Кремля]",
    technique="Loaded_Language",
    trigger=has_words(*leaders()),
    flags=(
        "Это гигантская победа для [целей внешней политики Путина].",
        "Ничто не помешает реализации [внешнеполитических целей Путина].",
        "Об этом говорят [политические союзники Путина].",
        "Это объясняет [стремление Путина] повысить авторитет России.",
        "О [намерениях Эрдогана] надо узнавать заранее.",
        "[Амбиции президента Турции Реджепа Эрдогана] растут.",
    ),
    passes=(
        "Визит Путина в Китай продлится три дня.",
        "Пресс-секретарь Путина Дмитрий Песков опроверг эти сведения.",
        "Встреча Путина и Токаева состоится в Астане.",
        "Указ Путина вступил в силу.",
        "Цели визита Путина в Пекин не раскрываются.",
        "Экспедиция изучает рыбную путину на Камчатке.",
    ),
)
def leader_aims(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    forms, covered = tokens.forms, -1
    if AIMS.isdisjoint(forms):  # a leader named, but no noun of aims: the usual case, settled in one test
        return
    for i, form in enumerate(forms):
        if form not in AIMS or i <= covered:  # «целей внешней политики Путина» is one flag, not two
            continue
        for j in range(i + 1, min(i + 6, len(forms))):
            if not joined(sentence, tokens, j - 1, j):
                break
            if GEN in _leader(sentence, tokens, j):
                yield _span(tokens, _with_adjectives(sentence, tokens, i), j)
                covered = j
                break
            if not _between_aim_and_name(sentence, tokens, j):
                break


def _benefit_at(tokens: SentenceTokens, i: int) -> int:
    """How many words a word of benefit starting at word ``i`` takes (0: none there)."""
    if BENEFIT.match(tokens.forms[i]):
        return 1
    pair = tokens.forms[i : i + 2]
    return 2 if tuple(pair) in BENEFIT_PAIRS else 0


@rule(
    "leader-benefit",
    category="personalisation",
    title="Personalisation: a country told as its leader",
    explanation="Выгода подана как выгода одного лидера, а не страны: политика сведена к личному интересу.",
    neutral="[назовите страну или ведомство: выгодно России; в интересах Кремля]",
    technique="Loaded_Language",
    trigger=has_words(*leaders()),
    flags=(
        "Раскол между ЕС и США будет [выгоден Путину].",
        "Brexit может оказаться явно [выгодным для Путина].",
        "Также утверждают, что Brexit [Путину выгоден].",
        "Такое решение [на руку Трампу].",
    ),
    passes=(
        "Путин заявил, что сделка выгодна обеим странам.",
        "Путину вручили награду.",
        "Контракт выгоден для России, сообщил Путин.",
    ),
)
def leader_benefit(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    forms = tokens.forms
    lowered = sentence.lower()
    if "выгод" not in lowered and not any(pair[1] in lowered for pair in BENEFIT_PAIRS):
        return
    for i in range(len(forms)):
        size = _benefit_at(tokens, i)
        if not size:
            continue
        last = i + size - 1
        # the beneficiary after: «выгоден Путину», «выгодным для Путина», «выгодно прежде всего Путину»
        for j in range(last + 1, min(last + 4, len(forms))):
            if not joined(sentence, tokens, j - 1, j):
                break
            cases = _leader(sentence, tokens, j)
            if DAT in cases or (GEN in cases and forms[j - 1] == "для"):
                yield _span(tokens, i, j)
                break
        # the beneficiary before: «Путину выгоден», «Путину это на руку»
        for j in range(i - 1, max(i - 3, -1), -1):
            if not joined(sentence, tokens, j, i):
                break
            if DAT in _leader(sentence, tokens, j):
                yield _span(tokens, j, last)
                break


def _wanting_after(sentence: str, tokens: SentenceTokens, i: int) -> int | None:
    """The word of the verb of wanting or steering whose subject is the leader at ``i``, if there is one."""
    forms = tokens.forms
    for j in range(i + 1, min(i + 4, len(forms))):
        if not joined(sentence, tokens, j - 1, j):
            return None
        if forms[j] in WANTS:
            return j
        if forms[j] in STEERS:
            objects = [k for k in range(j + 1, min(j + 3, len(forms))) if forms[k] in STEERED]
            return objects[0] if objects and joined(sentence, tokens, j, objects[0]) else None
        if forms[j] not in FILLERS:
            return None
    return None


@rule(
    "leader-will",
    category="personalisation",
    title="Personalisation: a country told as its leader",
    explanation=(
        "Лидеру приписаны желания, надежды и замыслы («Путин надеется», «уводит Россию»): автор читает мысли "
        "политика и сводит к ним политику страны."
    ),
    neutral="[приведите заявление и источник: по словам Путина; Кремль заявил, что рассчитывает]",
    technique="Loaded_Language",
    trigger=has_words(*leaders()),
    flags=(
        "Как считают аналитики, [Путин надеется], что Британия покинет ЕС.",
        "«К сожалению, [Путин уводит Россию] от политики сотрудничества».",
        "[Путин хочет] и дальше поддерживать режим Асада.",
        "[Путин заинтересован] в ослаблении Европы.",
        "[Путину хочется], чтобы выборы прошли спокойно.",
        "Чего на самом деле [добивается Эрдоган]?",
        "[Трамп явно рассчитывает] на поддержку избирателей.",
    ),
    passes=(
        "Путин заявил, что Россия готова к переговорам.",
        "Путин подписал закон о бюджете.",
        "Путин заявил, что надеется на скорое завершение переговоров.",
        "Эрдоган ведёт переговоры с Путиным.",
        "Путин уводит войска из Сирии.",
        "Рыбаки надеются, что путина будет удачной.",
    ),
)
def leader_will(sentence: str, tokens: SentenceTokens) -> Iterator[tuple[int, int]]:
    forms = tokens.forms
    if WILLING.isdisjoint(forms):
        return
    for i in range(len(forms)):
        cases = _leader(sentence, tokens, i)
        if not cases:
            continue
        if NOM in cases:
            end = _wanting_after(sentence, tokens, i)
            if end is not None:
                yield _span(tokens, i, end)
                continue
            # the subject after its verb: «Чего добивается Эрдоган?», «на что надеется Путин»
            if i > 0 and forms[i - 1] in WANTS and joined(sentence, tokens, i - 1, i):
                yield _span(tokens, i - 1, i)
                continue
        if (
            DAT in cases
            and i + 1 < len(forms)
            and forms[i + 1] in DATIVE_WANTS
            and joined(sentence, tokens, i, i + 1)
        ):
            yield _span(tokens, i, i + 1)
