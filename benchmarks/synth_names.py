"""Name banks for the synthetic event generator (``benchmarks/synth.py``).

Realistic names so that the benchmarks exercise what real events contain:
Azerbaijani Latin (ə ğ ı İ ş ç ö ü), Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і),
Russian Cyrillic and plain Latin, with the usual office habit of keeping a
passport-style Latin transliteration as the primary name and the name in its
own script as a local name. A few names carry characters that are markup
elsewhere (``&``, ``'``, ``"``) because text is data and must print literally.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

# --- people -----------------------------------------------------------------

AZ_MALE = ["Elnur", "Rəşad", "İlqar", "Orxan", "Tural", "Samir", "Elçin", "Vüqar", "Kamran",
           "Fərid", "Ceyhun", "Anar", "Rauf", "Şahin", "Emin", "Nicat", "Ramil", "Vüsal",
           "Cavid", "Məhəmməd", "Əli", "Hüseyn", "Ülvi", "Toğrul", "Ağası", "Çingiz"]
AZ_FEMALE = ["Aygün", "Səbinə", "Nigar", "Leyla", "Günay", "Aysel", "Könül", "Nərmin", "Lalə",
             "Şəbnəm", "Ülviyyə", "Gülnar", "Səidə", "Xədicə", "Türkan", "Aynur", "Çiçək",
             "Zəhra", "Fidan", "Sevinc", "İradə", "Gövhər"]
AZ_FAMILY = ["Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "İsmayılov", "Həsənov", "Rzayev",
             "Abbasov", "Bağırov", "Cəfərov", "Əhmədov", "Qasımov", "Nəsirov", "Şükürov",
             "Çələbiyev", "Sultanov", "Kərimov", "Vəliyev", "Səfərov", "Ağayev", "Qurbanov",
             "Hacıyev", "Orucov", "Yusifov", "Babayev", "İbrahimov", "Mustafayev", "Zeynalov",
             "Tağıyev", "Süleymanlı", "Əlizadə", "Rüstəmli", "Xəlilzadə", "Göyüşov"]

KZ_MALE = ["Нұрлан", "Ерлан", "Дәурен", "Бауыржан", "Асқар", "Ерболат", "Қайрат", "Серік",
           "Ғалымжан", "Жандос", "Мұрат", "Талғат", "Әлихан", "Дәулет", "Нұрсұлтан", "Бақытжан",
           "Ержан", "Арман", "Санжар", "Өмірзақ", "Құдайберген", "Айбек", "Жеңіс", "Шаһмардан"]
KZ_FEMALE = ["Айгерім", "Гүлнар", "Сәуле", "Мәдина", "Жанар", "Ғалия", "Әйгерім", "Динара",
             "Ақмарал", "Назерке", "Әсел", "Гүлмира", "Раушан", "Жұлдыз", "Аружан", "Салтанат",
             "Іңкәр", "Мөлдір", "Үміт", "Дана", "Жиһан"]
KZ_FAMILY = ["Сәрсенбаев", "Жұмабаев", "Қасымов", "Омаров", "Әбішев", "Ахметов", "Төлеуов",
             "Нұрғалиев", "Серікбаев", "Мұқанов", "Оспанов", "Бекмұхамбетов", "Ағыбаев",
             "Құрманғалиев", "Әуезов", "Сейітқали", "Байжанов", "Шәкенов", "Ержанов", "Ысқақов",
             "Үсенов", "Өтепов", "Дүйсенов", "Қуанышев", "Әбілқасым", "Тәжібаев"]

RU_MALE = ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Михаил", "Иван", "Николай",
           "Владимир", "Павел", "Евгений", "Константин", "Юрий", "Григорий", "Фёдор", "Илья"]
RU_FEMALE = ["Елена", "Ольга", "Наталья", "Татьяна", "Анна", "Мария", "Ирина", "Екатерина",
             "Светлана", "Юлия", "Ксения", "Дарья", "Людмила", "Вера"]
RU_FAMILY = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
             "Новиков", "Морозов", "Петров", "Волков", "Соловьёв", "Васильев", "Зайцев",
             "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров",
             "Михайлов", "Белов", "Тарасов", "Беляев", "Черных", "Шевченко"]

GB_MALE = ["John", "David", "James", "Michael", "Thomas", "Richard", "Peter", "Andrew", "Mark",
           "Daniel", "Robert", "William"]
GB_FEMALE = ["Sarah", "Emma", "Laura", "Anna", "Helen", "Claire", "Rachel", "Julia", "Sophie",
             "Catherine", "Victoria"]
GB_FAMILY = ["Smith", "Walker", "Bennett", "Harris", "Taylor", "Brown", "Wilson", "Clarke",
             "Wright", "Hughes", "Edwards", "Turner", "Collins", "Morgan", "Price", "Ward",
             "O'Brien", "Fletcher", "Sinclair", "MacLeod"]

# --- transliteration to passport-style Latin -------------------------------

_AZ_LATIN = str.maketrans({
    "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch",
    "ğ": "gh", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh", "c": "j", "C": "J",
    "q": "g", "Q": "G"})
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
_KZ = {**_RU, "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
       "і": "i"}


def _cyrillic_table(letters: dict[str, str]) -> dict[int, str]:
    table = {ord(k): v for k, v in letters.items()}
    table.update({ord(k.upper()): v.capitalize() for k, v in letters.items() if k.upper() != k})
    return table


_RU_LATIN = _cyrillic_table(_RU)
_KZ_LATIN = _cyrillic_table(_KZ)


def to_latin(text: str, country: str) -> str:
    """The passport-style Latin form of a name written in ``country``'s script."""
    if country == "AZ":
        return text.translate(_AZ_LATIN)
    if country == "KZ":
        return text.translate(_KZ_LATIN)
    if country == "RU":
        return text.translate(_RU_LATIN)
    return text


def feminine(family: str, country: str) -> str:
    """The female form of a family name (Məmmədov → Məmmədova; Черных stays)."""
    if country in ("AZ", "KZ", "RU") and family.endswith(("ов", "ев", "ёв", "ов", "ev", "ov")):
        return family + "а" if family[-1] in "вВ" else family + "a"
    if country == "RU" and family.endswith("ий"):
        return family[:-2] + "ая"
    return family


@dataclass(frozen=True)
class Country:
    """What the generator needs of a country: its names, language, cities and ministry."""

    code: str
    language: str  # the tag of local names, "" for none
    male: list[str]
    female: list[str]
    family: list[str]
    cities: list[tuple[str, str]]  # (English, local)


COUNTRIES: dict[str, Country] = {
    "AZ": Country("AZ", "az", AZ_MALE, AZ_FEMALE, AZ_FAMILY, [
        ("Baku", "Bakı"), ("Ganja", "Gəncə"), ("Sumgait", "Sumqayıt"), ("Sheki", "Şəki"),
        ("Lankaran", "Lənkəran"), ("Nakhchivan", "Naxçıvan"), ("Mingachevir", "Mingəçevir"),
        ("Shamakhi", "Şamaxı"), ("Guba", "Quba"), ("Gabala", "Qəbələ"), ("Shusha", "Şuşa"),
        ("Zagatala", "Zaqatala")]),
    "KZ": Country("KZ", "kk", KZ_MALE, KZ_FEMALE, KZ_FAMILY, [
        ("Almaty", "Алматы"), ("Astana", "Астана"), ("Shymkent", "Шымкент"),
        ("Karaganda", "Қарағанды"), ("Aktobe", "Ақтөбе"), ("Taraz", "Тараз"),
        ("Pavlodar", "Павлодар"), ("Oskemen", "Өскемен"), ("Semey", "Семей"),
        ("Atyrau", "Атырау"), ("Kostanay", "Қостанай"), ("Kyzylorda", "Қызылорда"),
        ("Turkistan", "Түркістан")]),
    "RU": Country("RU", "ru", RU_MALE, RU_FEMALE, RU_FAMILY, [
        ("Moscow", "Московский"), ("Saint Petersburg", "Санкт-Петербургский"),
        ("Kazan", "Казанский"), ("Novosibirsk", "Новосибирский"), ("Tomsk", "Томский"),
        ("Samara", "Самарский"), ("Nizhny Novgorod", "Нижегородский"),
        ("Rostov", "Ростовский"), ("Krasnoyarsk", "Красноярский"), ("Ufa", "Уфимский"),
        ("Perm", "Пермский"), ("Omsk", "Омский")]),
    "GB": Country("GB", "", GB_MALE, GB_FEMALE, GB_FAMILY, [
        ("Leeds", ""), ("Bristol", ""), ("York", ""), ("Glasgow", ""), ("Exeter", ""),
        ("Durham", ""), ("Aberdeen", ""), ("Cardiff", ""), ("Sheffield", ""), ("Bath", "")]),
}

#: The order countries take turns in when organizations are dealt out: about 35% AZ and
#: KZ each, 18% RU and 12% GB, as at an AZ-KZ round table with guests.
COUNTRY_CYCLE = ["AZ", "KZ", "AZ", "KZ", "RU", "AZ", "KZ", "GB", "AZ", "KZ",
                 "RU", "AZ", "KZ", "AZ", "KZ", "RU", "GB", "AZ", "KZ", "GB"]

# --- organizations ----------------------------------------------------------

#: (English type, Azerbaijani, Kazakh, Russian adjective + noun)
UNIVERSITY_TYPES = [
    ("State University", "Dövlət Universiteti", "мемлекеттік университеті",
     "государственный университет"),
    ("Technical University", "Texniki Universiteti", "техникалық университеті",
     "технический университет"),
    ("University of Economics", "İqtisad Universiteti", "экономикалық университеті",
     "экономический университет"),
    ("Pedagogical University", "Pedaqoji Universiteti", "педагогикалық университеті",
     "педагогический университет"),
    ("Medical University", "Tibb Universiteti", "медицина университеті",
     "медицинский университет"),
    ("Agrarian University", "Aqrar Universiteti", "аграрлық университеті",
     "аграрный университет"),
    ("University of Architecture & Construction", "Memarlıq və İnşaat Universiteti",
     "сәулет-құрылыс университеті", "архитектурно-строительный университет"),
    ("Oil and Industry University", "Neft və Sənaye Universiteti",
     "мұнай және өнеркәсіп университеті", "нефтяной университет"),
    ("University of Languages", "Dillər Universiteti", "тілдер университеті",
     "лингвистический университет"),
    ("Polytechnic Institute", "Politexnik İnstitutu", "политехникалық институты",
     "политехнический институт"),
]

#: Government bodies and agencies: (id, kind, country, English, local)
INSTITUTIONS = [
    ("moe-az", "ministry", "AZ", "Ministry of Science and Education of the Republic of Azerbaijan",
     "Azərbaycan Respublikasının Elm və Təhsil Nazirliyi"),
    ("mshe-kz", "ministry", "KZ",
     "Ministry of Science and Higher Education of the Republic of Kazakhstan",
     "Қазақстан Республикасы Ғылым және жоғары білім министрлігі"),
    ("kz-embassy-az", "embassy", "KZ", "Embassy of Kazakhstan in Azerbaijan",
     "Қазақстан Республикасының Әзірбайжан Республикасындағы Елшілігі"),
    ("minobr-ru", "ministry", "RU",
     "Ministry of Science and Higher Education of the Russian Federation",
     "Министерство науки и высшего образования Российской Федерации"),
    ("tkta-az", "agency", "AZ", "Agency for Quality Assurance in Education",
     "Təhsildə Keyfiyyət Təminatı Agentliyi"),
    ("iaar-kz", "agency", "KZ", "Independent Agency for Accreditation and Rating",
     "Тәуелсіз аккредиттеу және рейтинг агенттігі"),
    ("az-embassy-kz", "embassy", "AZ", "Embassy of Azerbaijan in Kazakhstan",
     "Azərbaycan Respublikasının Qazaxıstan Respublikasındakı Səfirliyi"),
    ("dfe-gb", "ministry", "GB", "Department for Education", ""),
    ("rosobr-ru", "agency", "RU", "Federal Service for Supervision in Education and Science",
     "Федеральная служба по надзору в сфере образования и науки"),
    ("british-council", "agency", "GB", "British Council", ""),
]

HEAD_POSITIONS = {
    ("ministry", "AZ"): "Minister of Science and Education",
    ("ministry", "KZ"): "Minister of Science and Higher Education",
    ("ministry", "RU"): "Minister of Science and Higher Education",
    ("ministry", "GB"): "Secretary of State for Education",
    ("embassy", "KZ"): "Ambassador of Kazakhstan to Azerbaijan",
    ("embassy", "AZ"): "Ambassador of Azerbaijan to Kazakhstan",
}
STAFF_POSITIONS = {
    "university": ["Vice-Rector for Research", "Vice-Rector for International Affairs",
                   "Dean of the Faculty of {field}", "Head of the International Office",
                   "Professor of {field}", "Associate Professor of {field}",
                   "Head of the Department of {field}"],
    "ministry": ["Deputy Minister", "Head of the Department of Higher Education",
                 "Head of International Cooperation", "Adviser to the Minister"],
    "embassy": ["Counsellor", "First Secretary", "Attaché for Education"],
    "agency": ["Deputy Director", "Head of Accreditation", "Expert"],
}

FIELDS = ["Petroleum Engineering", "Computer Science", "Economics", "Public Health",
          "International Relations", "Linguistics", "Materials Science", "Agriculture",
          "Chemistry", "Mathematics", "Law", "Architecture", "History", "Physics"]

PANEL_TITLES = [
    "Dual diploma programmes: effective implementation and impact",
    "Scientific cooperation: promoting innovation and global partnership",
    "Expanding academic mobility and cultural cooperation",
    "Digital universities & the future of teaching",
    "Quality assurance across borders: \"mutual recognition\" in practice",
    "Research infrastructure <shared> between universities",
    "Green campuses and the energy transition",
    "Languages of instruction: Azerbaijani, Kazakh, Russian and English",
    "Industry partnerships in engineering education",
    "Funding joint doctoral schools",
]
TOPICS = [
    "Joint curricula and credit transfer", "Accreditation of joint programmes",
    "Student mobility grants", "Staff exchange and visiting professors",
    "Shared laboratories & equipment", "Open-access publishing", "Summer schools",
    "Recognition of diplomas", "Research funding calls", "Alumni networks",
    "Digital learning platforms", "Language courses for exchange students",
]
AGREEMENT_TITLES = {
    "mou": "Memorandum of Understanding on academic cooperation",
    "dual-degree": "Agreement on a dual diploma programme in {field}",
    "exchange": "Agreement on student and staff exchange in {field}",
    "research": "Memorandum on joint research and innovation in {field}",
    "other": "Agreement on the \"Silk Way\" summer school in {field}",
}


def person_name(rng: random.Random, country_code: str) -> dict[str, Any]:
    """Name fields of a person of ``country_code``, plus ``female`` (for the caller).

    About 7 in 10 people of a country with its own script have their passport
    Latin as the name and the name in their script as a local name; the others
    are written directly in Azerbaijani Latin or Cyrillic, as offices do.
    """
    country = COUNTRIES[country_code]
    female = rng.random() < 0.45
    given = rng.choice(country.female if female else country.male)
    family = rng.choice(country.family)
    if female:
        family = feminine(family, country_code)
    fields: dict[str, Any] = {"given_name": given, "family_name": family}
    if country.language and rng.random() < 0.72:
        fields = {"given_name": to_latin(given, country_code),
                  "family_name": to_latin(family, country_code),
                  "local_names": {country.language: f"{given} {family}"}}
    fields["female"] = female
    return fields


def university(country: Country, taken: int, key: str) -> dict[str, Any]:
    """The ``taken``-th university of ``country`` (types cycle, then cities, then campuses)."""
    combos = len(country.cities) * len(UNIVERSITY_TYPES)
    campus, combo = divmod(taken, combos)
    city, city_local = country.cities[combo // len(UNIVERSITY_TYPES)]
    english, az, kk, ru = UNIVERSITY_TYPES[combo % len(UNIVERSITY_TYPES)]
    name = f"{city} {english}"
    local = {"AZ": f"{city_local} {az}", "KZ": f"{city_local} {kk}",
             "RU": f"{city_local} {ru}"}.get(country.code)
    if campus:
        name += f", campus {campus + 1}"
        word = "kampus" if country.code == "AZ" else "кампус"
        local = local and f"{local}, {campus + 1}-{word}"
    short = "".join(w[0] for w in name.replace("&", "").split() if w[0].isupper())
    org: dict[str, Any] = {"id": key, "name": name,
                           "short_name": short + (f"-{campus + 1}" if campus else ""),
                           "kind": "university", "country": country.code, "city": city}
    if local:
        org["local_names"] = {country.language: local}
    return org
