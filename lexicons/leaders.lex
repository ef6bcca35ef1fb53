# Political leaders: surnames of heads of state and government of the last decades, Russian and foreign.
# They flag nothing themselves. The rules of framing/rules/leader_personalisation.py read this list to find a
# country's aims, interests, allies or wishes told as one leader's («цели Путина», «выгоден Трампу»,
# «Эрдоган мечтает»). Write each surname once, in the nominative; the rule declines it as a surname
# (Путин → Путина, Путину; Зеленский → Зеленского; Обама → Обамы; a vowel-final one like Лукашенко is
# indeclinable, and `=` marks a consonant-final one that is too: =меркель) and matches it only capitalised,
# so «путина» (the fishing season) is not a leader.
@category   leader
@title      Political leaders (context for personalisation rules)
@role       context
@source     framing

# Russia and the USSR
путин
медведев
ельцин
горбачев
мишустин
кадыров
# Ukraine, Belarus, the Caucasus and Central Asia
зеленский
порошенко
янукович
ющенко
кучма
тимошенко
лукашенко
тихановская
алиев
пашинян
саакашвили
назарбаев
токаев
мирзиеев
каримов
рахмон
бердымухамедов
атамбаев
жапаров
# Europe
=меркель
шольц
макрон
олланд
саркози
ширак
кэмерон
джонсон
сунак
блэр
=тэтчер
берлускони
мелони
орбан
качиньский
туск
дуда
фицо
вучич
милошевич
санду
додон
# the Americas
байден
трамп
обама
буш
клинтон
рейган
мадуро
чавес
кастро
болсонару
# the Middle East and Asia
эрдоган
асад
нетаньяху
хаменеи
рухани
ахмадинежад
раиси
хусейн
каддафи
мубарак
цзиньпин
цзиньтао
моди
кисида
абэ
