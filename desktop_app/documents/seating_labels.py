"""The words of the seating documents (seating chart, its index, the flag placement
sheet, the flag line of the run sheet) in every language we print.

Plain data merged into ``labels.LABELS``, so ``label(language, "seating.title")`` works
everywhere. ``FLAG_REASONS`` turns the reasons ``domain.seating_flags`` gives a flag
(English) into the document's language; a reason not listed prints as it is.
"""
from __future__ import annotations

import re

SEATING_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "seating.title": "Seating plan",
        "seating.main_table": "Main table",
        "seating.uses_main": "seated as at the main table",
        "seating.layout.round": "Round table, {count} seats",
        "seating.layout.rect": "Rectangular table, {count} seats",
        "seating.layout.u": "U-shaped table, {count} seats",
        "seating.layout.head": "Head table, {count} seats",
        "seating.layout.head_rows": "Head table of {count} seats facing {rows} rows of "
                                    "{columns} seats",
        "seating.layout.signing": "Signing table, {count} seats",
        "seating.rule": "Rule",
        "seating.rule.precedence": "By precedence: the host at the seat of honour, the guest "
                                   "of honour at the host's right, the next in rank at the "
                                   "host's left, then alternating right and left by rank.",
        "seating.rule.facing": "Facing: the host delegation on one side and the guests "
                               "opposite, the two heads facing each other in the middle, "
                               "each side outward by rank.",
        "seating.rule.alphabetical": "Alphabetical: by the name of the country, then by name.",
        "seating.honour": "Seat of honour: the host",
        "seating.host": "Host",
        "seating.empty": "Empty seat",
        "seating.scale": "Scale 1:{ratio}",
        "seating.metre": "1 m",
        "seating.from_above": "Seen from above; the numbers are the seat numbers of the plan.",
        "seating.audience": "Audience",
        "seating.entrance": "Entrance",
        "seating.index": "Index of people",
        "seating.index_intro": "Everyone seated, in alphabetical order of family names; the "
                               "seat number finds them on the plan.",
        "seating.seat": "Seat",
        "seating.name": "Name and surname",
        "seating.position": "Position, organization",
        "seating.no_plans": "No seating plan has been made for this event yet.",
        "seating.unseated": "Without a seat: {names}",
        "flags.title": "Flag placement",
        "flags.intro": "The flags as the audience sees them, from left to right; each "
                       "signatory sits behind the flag of their country.",
        "flags.main_intro": "The flags behind the seat of honour as the audience sees them, "
                            "from left to right.",
        "flags.arrangement.single": "One country",
        "flags.arrangement.bilateral": "Bilateral",
        "flags.arrangement.multilateral": "Multilateral",
        "flags.number": "Flag {n}",
        "flags.no_signatory": "no signatory named",
        "flags.none": "No flags: no country is recorded for the parties.",
        "flags.nothing": "No signing is planned and the main table has no seating plan.",
        "flags.order": "Flags, from the audience's left: {countries}",
    },
    "az": {
        "seating.title": "Oturma planı",
        "seating.main_table": "Əsas masa",
        "seating.uses_main": "əsas masadakı kimi oturur",
        "seating.layout.round": "Dəyirmi masa, {count} yer",
        "seating.layout.rect": "Düzbucaqlı masa, {count} yer",
        "seating.layout.u": "U şəkilli masa, {count} yer",
        "seating.layout.head": "Rəyasət heyəti masası, {count} yer",
        "seating.layout.head_rows": "Rəyasət heyəti masası ({count} yer), qarşısında {rows} "
                                    "sıra, hər sırada {columns} yer",
        "seating.layout.signing": "İmza masası, {count} yer",
        "seating.rule": "Qayda",
        "seating.rule.precedence": "Protokol üstünlüyü üzrə: ev sahibi fəxri yerdə, fəxri "
                                   "qonaq onun sağında, rütbəcə növbəti şəxs solunda, sonra "
                                   "rütbəyə görə növbə ilə sağda və solda.",
        "seating.rule.facing": "Üz-üzə: ev sahibi nümayəndə heyəti bir tərəfdə, qonaqlar "
                               "qarşı tərəfdə; iki başçı ortada üz-üzə oturur, hər tərəf "
                               "rütbəyə görə ortadan kənarlara doğru.",
        "seating.rule.alphabetical": "Əlifba sırası ilə: ölkənin adına, sonra şəxsin adına "
                                     "görə.",
        "seating.honour": "Fəxri yer: ev sahibi",
        "seating.host": "Ev sahibi",
        "seating.empty": "Boş yer",
        "seating.scale": "Miqyas 1:{ratio}",
        "seating.metre": "1 m",
        "seating.from_above": "Yuxarıdan görünüş; rəqəmlər plandakı yer nömrələridir.",
        "seating.audience": "Zal",
        "seating.entrance": "Giriş",
        "seating.index": "İştirakçıların göstəricisi",
        "seating.index_intro": "Oturanların hamısı, soyadlarına görə əlifba sırası ilə; "
                               "yer nömrəsi plandakı yerini göstərir.",
        "seating.seat": "Yer",
        "seating.name": "Ad, soyad",
        "seating.position": "Vəzifə, təşkilat",
        "seating.no_plans": "Bu tədbir üçün hələ oturma planı tərtib edilməyib.",
        "seating.unseated": "Yersiz qalanlar: {names}",
        "flags.title": "Bayraqların yerləşdirilməsi",
        "flags.intro": "Bayraqlar zaldan göründüyü kimi, soldan sağa; hər imzalayan öz "
                       "ölkəsinin bayrağının arxasında oturur.",
        "flags.main_intro": "Fəxri yerin arxasındakı bayraqlar zaldan göründüyü kimi, soldan "
                            "sağa.",
        "flags.arrangement.single": "Bir ölkə",
        "flags.arrangement.bilateral": "İkitərəfli",
        "flags.arrangement.multilateral": "Çoxtərəfli",
        "flags.number": "Bayraq {n}",
        "flags.no_signatory": "imzalayan göstərilməyib",
        "flags.none": "Bayraq yoxdur: tərəflərin ölkəsi qeyd olunmayıb.",
        "flags.nothing": "İmzalanma planlaşdırılmayıb, əsas masanın da oturma planı yoxdur.",
        "flags.order": "Bayraqlar, zaldan baxarkən soldan: {countries}",
    },
    "kk": {
        "seating.title": "Отырғызу жоспары",
        "seating.main_table": "Негізгі үстел",
        "seating.uses_main": "негізгі үстелдегідей отырады",
        "seating.layout.round": "Дөңгелек үстел, {count} орын",
        "seating.layout.rect": "Тікбұрышты үстел, {count} орын",
        "seating.layout.u": "П тәрізді үстел, {count} орын",
        "seating.layout.head": "Президиум үстелі, {count} орын",
        "seating.layout.head_rows": "Президиум үстелі ({count} орын), алдында {rows} қатар, "
                                    "әр қатарда {columns} орын",
        "seating.layout.signing": "Қол қою үстелі, {count} орын",
        "seating.rule": "Ереже",
        "seating.rule.precedence": "Протоколдық басымдық бойынша: қабылдаушы тарап басшысы "
                                   "құрметті орында, құрметті қонақ оның оң жағында, дәрежесі "
                                   "келесі адам сол жағында, одан әрі дәрежесі бойынша "
                                   "кезек-кезек оң және сол жақта.",
        "seating.rule.facing": "Қарама-қарсы: қабылдаушы тарап делегациясы бір жақта, "
                               "қонақтар қарсы жақта; екі басшы ортада бір-біріне қарама-"
                               "қарсы отырады, әр жақ ортадан шетке қарай дәрежесі бойынша.",
        "seating.rule.alphabetical": "Әліпби бойынша: ел атауы, содан кейін аты-жөні "
                                     "бойынша.",
        "seating.honour": "Құрметті орын: қабылдаушы тарап басшысы",
        "seating.host": "Қабылдаушы тарап",
        "seating.empty": "Бос орын",
        "seating.scale": "Масштаб 1:{ratio}",
        "seating.metre": "1 м",
        "seating.from_above": "Жоғарыдан көрініс; сандар — жоспардағы орын нөмірлері.",
        "seating.audience": "Зал",
        "seating.entrance": "Кіреберіс",
        "seating.index": "Қатысушылар көрсеткіші",
        "seating.index_intro": "Отыратындардың бәрі, тегі бойынша әліпби ретімен; орын "
                               "нөмірі жоспардағы орнын көрсетеді.",
        "seating.seat": "Орын",
        "seating.name": "Аты-жөні",
        "seating.position": "Лауазымы, ұйымы",
        "seating.no_plans": "Бұл іс-шараның отырғызу жоспары әлі жасалмаған.",
        "seating.unseated": "Орынсыз қалғандар: {names}",
        "flags.title": "Жалаулардың орналасуы",
        "flags.intro": "Жалаулар залдан көрінетіндей, солдан оңға; әр қол қоюшы өз елінің "
                       "жалауының артында отырады.",
        "flags.main_intro": "Құрметті орынның артындағы жалаулар залдан көрінетіндей, солдан "
                            "оңға.",
        "flags.arrangement.single": "Бір ел",
        "flags.arrangement.bilateral": "Екіжақты",
        "flags.arrangement.multilateral": "Көпжақты",
        "flags.number": "{n}-жалау",
        "flags.no_signatory": "қол қоюшы көрсетілмеген",
        "flags.none": "Жалау жоқ: тараптардың елі көрсетілмеген.",
        "flags.nothing": "Қол қою жоспарланбаған, негізгі үстелдің де отырғызу жоспары жоқ.",
        "flags.order": "Жалаулар, залдан қарағанда солдан: {countries}",
    },
    "ru": {
        "seating.title": "План рассадки",
        "seating.main_table": "Основной стол",
        "seating.uses_main": "рассадка как за основным столом",
        "seating.layout.round": "Круглый стол, мест: {count}",
        "seating.layout.rect": "Прямоугольный стол, мест: {count}",
        "seating.layout.u": "П-образный стол, мест: {count}",
        "seating.layout.head": "Стол президиума, мест: {count}",
        "seating.layout.head_rows": "Стол президиума (мест: {count}), перед ним рядов: {rows}, "
                                    "мест в ряду: {columns}",
        "seating.layout.signing": "Стол подписания, мест: {count}",
        "seating.rule": "Правило",
        "seating.rule.precedence": "По старшинству: глава принимающей стороны на почётном "
                                   "месте, почётный гость справа от него, следующий по рангу "
                                   "слева, далее поочерёдно справа и слева по рангу.",
        "seating.rule.facing": "Друг напротив друга: делегация принимающей стороны с одной "
                               "стороны стола, гости напротив; главы делегаций сидят друг "
                               "против друга в центре, остальные от центра к краям по рангу.",
        "seating.rule.alphabetical": "По алфавиту: по названию страны, затем по имени.",
        "seating.honour": "Почётное место: глава принимающей стороны",
        "seating.host": "Принимающая сторона",
        "seating.empty": "Свободное место",
        "seating.scale": "Масштаб 1:{ratio}",
        "seating.metre": "1 м",
        "seating.from_above": "Вид сверху; числа — номера мест в плане.",
        "seating.audience": "Зал",
        "seating.entrance": "Вход",
        "seating.index": "Указатель участников",
        "seating.index_intro": "Все участники в алфавитном порядке фамилий; номер места "
                               "указывает их место на плане.",
        "seating.seat": "Место",
        "seating.name": "Фамилия, имя",
        "seating.position": "Должность, организация",
        "seating.no_plans": "План рассадки для этого мероприятия ещё не составлен.",
        "seating.unseated": "Без места: {names}",
        "flags.title": "Расстановка флагов",
        "flags.intro": "Флаги так, как их видят из зала, слева направо; каждый подписант "
                       "сидит за флагом своей страны.",
        "flags.main_intro": "Флаги за почётным местом так, как их видят из зала, слева "
                            "направо.",
        "flags.arrangement.single": "Одна страна",
        "flags.arrangement.bilateral": "Двусторонний формат",
        "flags.arrangement.multilateral": "Многосторонний формат",
        "flags.number": "Флаг {n}",
        "flags.no_signatory": "подписант не указан",
        "flags.none": "Флагов нет: страны сторон не указаны.",
        "flags.nothing": "Подписания не запланированы, а для основного стола нет плана "
                         "рассадки.",
        "flags.order": "Флаги слева направо, если смотреть из зала: {countries}",
    },
}

#: The reasons ``domain.seating_flags`` gives a flag, by language: (pattern, text), the
#: text formatted with the pattern's groups (``n``: a number, ``side``: right or left).
FLAG_REASONS: dict[str, tuple[tuple[str, str], ...]] = {
    "az": (
        ("the only country", "yeganə ölkə"),
        ("guest country: the place of honour, at the host's right",
         "qonaq ölkə: fəxri yer, ev sahibinin sağında"),
        ("host country: at the audience's right, giving the guest the place of honour",
         "ev sahibi ölkə: zaldan baxarkən sağda, fəxri yeri qonağa verir"),
        ("first in alphabetical order: the place of honour",
         "əlifba sırası ilə birinci: fəxri yer"),
        ("second in alphabetical order", "əlifba sırası ilə ikinci"),
        ("host country, in the centre", "ev sahibi ölkə, mərkəzdə"),
        ("first in alphabetical order, in the centre", "əlifba sırası ilə birinci, mərkəzdə"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's right",
         "əlifba sırası üzrə {n} nömrəli, ev sahibinin sağında"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's left",
         "əlifba sırası üzrə {n} nömrəli, ev sahibinin solunda"),
    ),
    "kk": (
        ("the only country", "жалғыз ел"),
        ("guest country: the place of honour, at the host's right",
         "қонақ ел: құрметті орын, қабылдаушы тараптың оң жағында"),
        ("host country: at the audience's right, giving the guest the place of honour",
         "қабылдаушы ел: залдан қарағанда оң жақта, құрметті орынды қонаққа береді"),
        ("first in alphabetical order: the place of honour",
         "әліпби бойынша бірінші: құрметті орын"),
        ("second in alphabetical order", "әліпби бойынша екінші"),
        ("host country, in the centre", "қабылдаушы ел, ортада"),
        ("first in alphabetical order, in the centre", "әліпби бойынша бірінші, ортада"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's right",
         "әліпби бойынша {n}-орын, қабылдаушы тараптың оң жағында"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's left",
         "әліпби бойынша {n}-орын, қабылдаушы тараптың сол жағында"),
    ),
    "ru": (
        ("the only country", "единственная страна"),
        ("guest country: the place of honour, at the host's right",
         "страна-гость: почётное место, справа от принимающей стороны"),
        ("host country: at the audience's right, giving the guest the place of honour",
         "принимающая страна: справа, если смотреть из зала; почётное место — гостю"),
        ("first in alphabetical order: the place of honour", "первая по алфавиту: почётное место"),
        ("second in alphabetical order", "вторая по алфавиту"),
        ("host country, in the centre", "принимающая страна, в центре"),
        ("first in alphabetical order, in the centre", "первая по алфавиту, в центре"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's right",
         "{n}-я по алфавиту, справа от принимающей стороны"),
        (r"(?P<n>\d+)(?:st|nd|rd|th) in alphabetical order, at the host's left",
         "{n}-я по алфавиту, слева от принимающей стороны"),
    ),
}


def flag_reason(reason: str, language: str) -> str:
    """A flag's reason (as ``domain.seating_flags`` words it) in ``language``; as it is
    where that language has no words for it (English among them)."""
    for pattern, text in FLAG_REASONS.get(language.split("-")[0].lower(), ()):
        found = re.fullmatch(pattern, reason)
        if found:
            return text.format(**found.groupdict())
    return reason
