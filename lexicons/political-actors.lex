# Political actors: words that make a sentence about politics. They flag nothing themselves; a category
# with `@require political-actor` (metaphor.lex) flags only in a sentence that has one of them.
@category   political-actor
@title      Political actors (context for metaphors)
@role       context
@source     framing

страна
государство
держава
россия
сша
америка
европа
евросоюз
=ес
нато
альянс
коалиция
запад
кремль
=белый =дом
вашингтон
москва
киев
брюссель
пекин
украина
китай
германия
франция
британия
турция
сирия
иран
грузия
белоруссия
правительство
кабинет
министр
министерство
=мид
ведомство
администрация
президент
премьер
премьер-министр
лидер
глава
власть
режим
оппозиция
партия
парламент
дума
госдума
сенат
конгресс
депутат
политик
политика
политический
дипломатия
дипломат
дипломатический
переговоры
саммит
санкция
выборы
избирательный
реформа
путин
медведев
лавров
обама
трамп
керри
меркель
порошенко
эрдоган
асад
