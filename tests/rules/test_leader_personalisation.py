"""framing/rules/leader_personalisation.py: a country's aims, benefit and wishes told as one leader's."""

from __future__ import annotations

import pytest

from framing.rules.leader_personalisation import declension, leader_aims, leader_benefit, leader_will


def flagged(rule, sentence: str) -> list[str]:
    return [flag.text for flag in rule.flags(sentence)]


@pytest.mark.parametrize(
    ("rule", "sentence", "expected"),
    [
        # a noun of aims, interests, policy, allies or wishes with the leader in the genitive
        (leader_aims, "Это победа для целей внешней политики Путина.", ["целей внешней политики Путина"]),
        (
            leader_aims,
            "Ничто не помешает реализации внешнеполитических целей Путина.",
            ["внешнеполитических целей Путина"],
        ),
        (leader_aims, "Так говорят политические союзники Путина.", ["политические союзники Путина"]),
        (leader_aims, "Это объясняет стремление Путина повысить авторитет России.", ["стремление Путина"]),
        (leader_aims, "Интересы Зеленского здесь очевидны.", ["Интересы Зеленского"]),
        (leader_aims, "Окружение Лукашенко не скрывает планов.", ["Окружение Лукашенко"]),
        (
            leader_aims,
            "Таковы амбиции президента Турции Реджепа Эрдогана.",
            ["амбиции президента Турции Реджепа Эрдогана"],
        ),
        (leader_aims, "Курс Обамы на перезагрузку провалился.", ["Курс Обамы"]),
        # neutral reporting and other genitives: not flagged
        (leader_aims, "Визит Путина в Китай продлится три дня.", []),
        (leader_aims, "Пресс-секретарь Путина Дмитрий Песков опроверг эти сведения.", []),
        (leader_aims, "Встреча Путина и Токаева состоится в Астане.", []),
        (leader_aims, "Указ Путина вступил в силу.", []),
        (leader_aims, "Цели визита Путина в Пекин не раскрываются.", []),
        (leader_aims, "Иран ставит в приоритет оставление Асада у власти.", []),
        (leader_aims, "Политика правительства Тэтчер опиралась на приватизацию.", []),
        (leader_aims, "Цели путины на Камчатке выполнены.", []),
        # benefit to the leader
        (leader_benefit, "Раскол между ЕС и США будет выгоден Путину.", ["выгоден Путину"]),
        (leader_benefit, "Brexit может оказаться выгодным для Путина.", ["выгодным для Путина"]),
        (leader_benefit, "Brexit Путину выгоден.", ["Путину выгоден"]),
        (leader_benefit, "Такое решение на руку Трампу.", ["на руку Трампу"]),
        (leader_benefit, "Путин заявил, что сделка выгодна обеим странам.", []),
        (leader_benefit, "Контракт выгоден для России, сообщил Путин.", []),
        (leader_benefit, "Путину вручили награду.", []),
        # the leader wants, hopes, schemes or steers the country
        (leader_will, "Как считают аналитики, Путин надеется, что Британия покинет ЕС.", ["Путин надеется"]),
        (leader_will, "«К сожалению, Путин уводит Россию от сотрудничества».", ["Путин уводит Россию"]),
        (leader_will, "Путин хочет и дальше поддерживать режим Асада.", ["Путин хочет"]),
        (leader_will, "Трамп явно рассчитывает на поддержку.", ["Трамп явно рассчитывает"]),
        (leader_will, "Чего на самом деле добивается Эрдоган?", ["добивается Эрдоган"]),
        (leader_will, "Путину хочется, чтобы выборы прошли спокойно.", ["Путину хочется"]),
        (leader_will, "Путин заявил, что Россия готова к переговорам.", []),
        (leader_will, "Путин подписал закон о бюджете.", []),
        (leader_will, "Путин заявил, что надеется на скорое завершение переговоров.", []),
        (leader_will, "Эрдоган ведёт переговоры с Путиным.", []),
        (leader_will, "Путин уводит войска из Сирии.", []),
        (leader_will, "Рыбаки надеются, что путина будет удачной.", []),
    ],
)
def test_rule_flags(rule, sentence: str, expected: list[str]) -> None:
    assert flagged(rule, sentence) == expected


@pytest.mark.parametrize(
    ("lemma", "indeclinable", "genitive", "dative"),
    [
        ("путин", False, "путина", "путину"),
        ("токаев", False, "токаева", "токаеву"),
        ("зеленский", False, "зеленского", "зеленскому"),
        ("обама", False, "обамы", "обаме"),
        ("тихановская", False, "тихановской", "тихановской"),
        ("лукашенко", False, "лукашенко", "лукашенко"),
        ("меркель", True, "меркель", "меркель"),
    ],
)
def test_surnames_decline(lemma: str, indeclinable: bool, genitive: str, dative: str) -> None:
    forms = declension(lemma, indeclinable)
    assert "gen" in forms[genitive]
    assert "dat" in forms[dative]
    assert "nom" in forms[lemma]
