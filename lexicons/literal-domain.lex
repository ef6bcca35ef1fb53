# Literal domains: words that show a metaphor's source domain is meant literally (soldiers attack, a storm at
# sea, a doctor's diagnosis). They flag nothing themselves; metaphor.lex (`@unless literal-domain`) does not
# flag a sentence that has one of them.
@category   literal-domain
@title      Literal source domains (context for metaphors)
@role       context
@source     framing

# war
солдат
военный
военнослужащий
армия
войско
боевик
авиация
авиаудар
самолет
беспилотник
танк
артиллерия
снаряд
ракета
бомба
обстрел
бригада
батальон
полк
# weather and water
море
океан
река
погода
синоптик
метеоролог
осадки
температура
градус
судно
корабль
берег
# illness
врач
больница
пациент
больной
медик
болезнь
заболевание
лечение
госпитализировать
здоровье
операция
опухоль
# game and sport
матч
футбол
хоккей
игрок
спортсмен
турнир
чемпионат
сборная
олимпиада
тренер
шахматист
казино
ничья
очко
гол
# theatre
театр
актер
актриса
режиссер
зритель
сцена
# building
строитель
здание
квартира
кирпич
стройка
ремонт
землетрясение
# animals
зоопарк
животное
охотник
охота
ветеринар
зверь
птица
# machines
автомобиль
водитель
механик
двигатель
завод
король
королева
монарх
император
династия
