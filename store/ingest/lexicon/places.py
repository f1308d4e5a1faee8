"""Gazetteer of the region: countries, regions and cities, in every script the genre uses.

Data only; ``store.ingest.places`` compiles it. Each line of ``CITIES`` / ``REGIONS`` /
``COUNTRIES`` is ``"ISO: form|form|…"``; every form is a nominative spelling (Russian, Kyrgyz,
Kazakh, Uzbek Latin and Cyrillic, Tajik, Azerbaijani, English). Case endings are removed by
the finder, so "Ош шаарында", "Toshkent shahrida", "в Ташкенте", "Gəncədə" all find their form.
"""
from __future__ import annotations

CITIES = """
KG: Бишкек|Bishkek|Bişkek|Бішкек
KG: Ош|Osh|Oş|Уш
KG: Жалал-Абад|Джалал-Абад|Жалалабад|Jalal-Abad|Jalalabad|Jalolobod|Жалолобод
KG: Каракол|Karakol|Қарақол
KG: Нарын|Naryn|Норин
KG: Талас|Talas
KG: Баткен|Batken
KG: Токмок|Токмак|Tokmok|Tokmak
KG: Кара-Балта|Kara-Balta
KG: Балыкчы|Balykchy
KG: Кызыл-Кыя|Кызыл-Кия|Kyzyl-Kiya
KG: Өзгөн|Узген|Uzgen
KG: Кара-Суу|Kara-Suu
KG: Чолпон-Ата|Cholpon-Ata
KG: Сүлүктү|Сулюкта|Sulukta
KG: Майлуу-Суу|Майли-Сай|Mailuu-Suu
KG: Таш-Көмүр|Таш-Кумыр|Tash-Kumyr
KG: Кара-Көл|Кара-Куль|Kara-Kul
KG: Кочкор|Кочкорка|Kochkor
KG: Ат-Башы|At-Bashy
KG: Кант|Kant
KG: Исфана|Isfana
KG: Ноокат|Nookat
KG: Араван|Aravan
KG: Кемин|Kemin
KG: Сокулук|Sokuluk
KG: Аламүдүн|Аламедин|Alamudun
KG: Лейлек|Leilek
KG: Кадамжай|Kadamjay
KG: Базар-Коргон|Bazar-Korgon
KG: Токтогул|Toktogul
KZ: Астана|Astana|Нур-Султан|Nur-Sultan|Ostona|Остона
KZ: Алматы|Алма-Ата|Almaty|Olmaota|Олмаота|Алмати|Almatı|Алмаато
KZ: Шымкент|Чимкент|Shymkent|Chimkent|Shimkent|Шимкент
KZ: Караганда|Қарағанды|Karaganda|Qaraghandy
KZ: Актобе|Ақтөбе|Aktobe|Oqto‘ba|Oqto'ba|Оқтўба
KZ: Тараз|Taraz
KZ: Павлодар|Pavlodar
KZ: Усть-Каменогорск|Өскемен|Oskemen|Ust-Kamenogorsk
KZ: Семей|Semey
KZ: Атырау|Atyrau
KZ: Костанай|Қостанай|Kostanay
KZ: Кызылорда|Қызылорда|Kyzylorda|Qyzylorda
KZ: Уральск|Орал|Oral|Uralsk
KZ: Петропавловск|Петропавл|Petropavl|Petropavlovsk
KZ: Актау|Ақтау|Aktau|Oqtov|Оқтов|Aqtau
KZ: Туркестан|Түркістан|Turkistan|Turkestan
KZ: Талдыкорган|Талдықорған|Taldykorgan
KZ: Кокшетау|Көкшетау|Kokshetau
KZ: Экибастуз|Екібастұз|Ekibastuz
KZ: Жанаозен|Жаңаөзен|Zhanaozen
KZ: Конаев|Қонаев|Konaev|Капчагай
KZ: Сарыагаш|Сарыағаш|Saryagash
UZ: Ташкент|Тошкент|Toshkent|Tashkent|Ташкен|Тошканд
UZ: Самарканд|Самарқанд|Samarqand|Samarkand|Самарқанд
UZ: Бухара|Бухоро|Buxoro|Bukhara
UZ: Андижан|Андижон|Andijon|Andijan
UZ: Наманган|Namangan
UZ: Фергана|Фарғона|Farg'ona|Farg‘ona|Fargʻona|Fergana|Ferghana
UZ: Коканд|Қўқон|Qo'qon|Qo‘qon|Qoʻqon|Kokand
UZ: Нукус|Nukus
UZ: Карши|Қарши|Qarshi|Karshi
UZ: Термез|Термиз|Termiz|Termez
UZ: Ургенч|Урганч|Urganch|Urgench
UZ: Навои|Навоий|Navoiy|Navoi
UZ: Джизак|Жиззах|Jizzax|Jizzakh
UZ: Гулистан|Гулистон|Guliston|Gulistan
UZ: Хива|Xiva|Khiva
UZ: Маргилан|Марғилон|Marg'ilon|Marg‘ilon|Margilan
UZ: Чирчик|Чирчиқ|Chirchiq
UZ: Ангрен|Angren
UZ: Алмалык|Олмалиқ|Olmaliq
TJ: Душанбе|Dushanbe
TJ: Худжанд|Хуҷанд|Хужанд|Хўжанд|Khujand|Xo'jand|Xo‘jand
TJ: Бохтар|Bokhtar|Bohtar|Курган-Тюбе
TJ: Куляб|Кӯлоб|Кулоб|Kulob|Kulyab
TJ: Хорог|Хоруғ|Khorog
TJ: Истаравшан|Istaravshan
TJ: Пенджикент|Панҷакент|Panjakent|Penjikent
TJ: Турсунзаде|Турсунзода|Tursunzoda
TJ: Вахдат|Ваҳдат|Vahdat
TJ: Гиссар|Ҳисор|Hisor|Hissar
TJ: Исфара|Isfara
TJ: Рашт|Rasht
TJ: Канибадам|Конибодом|Konibodom
TM: Ашхабад|Ашгабат|Ashgabat|Aşgabat|Ashkhabad|Aşqabad
TM: Туркменабат|Türkmenabat|Turkmenabat
TM: Дашогуз|Daşoguz|Dashoguz
TM: Балканабат|Balkanabat
TM: Туркменбаши|Türkmenbaşy|Turkmenbashi
AZ: Баку|Bakı|Baku|Боку
AZ: Гянджа|Gəncə|Ganja
AZ: Сумгаит|Sumqayıt|Sumgait|Sumgayit
AZ: Мингечевир|Mingəçevir|Mingachevir
AZ: Ширван|Şirvan|Shirvan
AZ: Ленкорань|Lənkəran|Lankaran
AZ: Шеки|Şəki|Sheki
AZ: Нахчыван|Нахичевань|Naxçıvan|Nakhchivan
AZ: Губа|Quba|Guba
AZ: Шемаха|Şamaxı|Shamakhi
AZ: Гусар|Qusar|Gusar
AZ: Ханкенди|Xankəndi|Khankendi
AZ: Шуша|Şuşa|Shusha
AZ: Габала|Qəbələ|Gabala
AZ: Загатала|Zaqatala|Zagatala
AZ: Евлах|Yevlax|Yevlakh
AZ: Масаллы|Masallı|Masally
AZ: Барда|Bərdə|Barda
AZ: Газах|Qazax|Gazakh
AZ: Товуз|Tovuz
AZ: Физули|Füzuli|Fuzuli
AZ: Агдам|Ağdam|Aghdam
AZ: Сабирабад|Sabirabad
AZ: Хачмаз|Xaçmaz|Khachmaz
AZ: Астара|Astara
AZ: Джалилабад|Cəlilabad|Jalilabad
AZ: Имишли|İmişli|Imishli
AZ: Исмаиллы|İsmayıllı|Ismayilli
AZ: Гейчай|Göyçay|Goychay
AZ: Кюрдамир|Kürdəmir|Kurdamir
AZ: Хырдалан|Xırdalan|Khirdalan
AZ: Шабран|Şabran
AZ: Агджабеди|Ağcabədi
RU: Москва|Moskva|Moscow|Мәскеу|Маскав|Moskova
RU: Санкт-Петербург|Петербург|Sankt-Peterburg|Saint Petersburg|St. Petersburg|Санкт-Петербург
RU: Екатеринбург|Yekaterinburg
RU: Новосибирск|Novosibirsk
RU: Казань|Kazan
RU: Краснодар|Krasnodar
RU: Самара|Samara
RU: Омск|Omsk
RU: Челябинск|Chelyabinsk
RU: Тюмень|Tyumen
RU: Иркутск|Irkutsk
RU: Сургут|Surgut
RU: Красноярск|Krasnoyarsk
RU: Калининград|Kaliningrad
RU: Ростов-на-Дону|Rostov-on-Don
TR: Стамбул|İstanbul|Istanbul|Стамбұл
TR: Анкара|Ankara
GE: Тбилиси|Tbilisi|Tiflis
AM: Ереван|Yerevan|İrəvan
BY: Минск|Minsk
UA: Киев|Київ|Kyiv|Kiev
AT: Вена|Vienna|Wien|Vyana
CH: Женева|Geneva|Cenevrə|Jeneva
DE: Берлин|Berlin
AE: Дубай|Dubai|Dubay
KR: Сеул|Seoul|Seul
AF: Кабул|Kabul|Kobul
RU: Владивосток|Vladivostok
RU: Тюмен
RU: Оренбург|Orenburg
RU: Пермь|Перм|Perm
RU: Уфа|Ufa
RU: Волгоград|Volgograd
RU: Воронеж|Voronej|Voronezh
RU: Нижний Новгород|Nijniy Novgorod|Nizhny Novgorod
RU: Хабаровск|Xabarovsk|Khabarovsk
RU: Сочи|Sochi
RU: Барнаул|Barnaul
"""

# Regions (oblasts, viloyats, rayons): the base name; a region word must follow (ky "облусу",
# kk "облысы", uz "viloyati", az "rayonu", en "region") or precede (tg "вилояти Суғд").
REGIONS = """
KG: Ош|Osh|Жалал-Абад|Джалал-Абад|Jalal-Abad|Нарын|Naryn|Талас|Talas|Баткен|Batken|Чүй|Чуй|Chui|Chuy|Ысык-Көл|Иссык-Куль|Issyk-Kul|Issyk-Kol|Ысык-Кол
KZ: Алматы|Almaty|Түркістан|Туркестан|Turkistan|Жамбыл|Jambyl|Zhambyl|Жетісу|Жетысу|Абай|Ұлытау|Улытау|Маңғыстау|Мангистау|Mangystau|Ақмола|Акмола|Akmola|Қарағанды|Караганда|Karaganda|Атырау|Atyrau|Ақтөбе|Актобе|Aktobe|Қостанай|Костанай|Kostanay|Павлодар|Pavlodar|Қызылорда|Кызылорда|Kyzylorda|Шығыс Қазақстан|Батыс Қазақстан|Солтүстік Қазақстан
UZ: Toshkent|Тошкент|Ташкент|Samarqand|Самарқанд|Самарканд|Buxoro|Бухоро|Бухара|Andijon|Андижон|Андижан|Namangan|Наманган|Farg'ona|Farg‘ona|Fargʻona|Фарғона|Фергана|Navoiy|Навоий|Навои|Jizzax|Жиззах|Джизак|Sirdaryo|Сирдарё|Сырдарья|Qashqadaryo|Қашқадарё|Кашкадарья|Surxondaryo|Сурхондарё|Сурхандарья|Xorazm|Хоразм|Хорезм
TJ: Суғд|Согд|Sughd|Sogd|Хатлон|Khatlon|Бадахшон|Бадахшан|Badakhshan
AZ: Quba|Qusar|Şəki|Qəbələ|Zaqatala|Masallı|Lənkəran|Astara|Cəlilabad|Sabirabad|Xaçmaz|Ağdam|Füzuli|Tovuz|Qazax|Abşeron|Göyçay|İsmayıllı|Şamaxı|Bərdə|Yevlax|Kürdəmir|İmişli|Şabran|Ağcabədi
"""

# Russian adjectival region names: stem -> (nominative, country). "Ошской области" -> "Ошская область".
RU_REGION_ADJ = """
KG: Ошск|Чуйск|Иссык-Кульск|Джалал-Абадск|Нарынск|Таласск|Баткенск
KZ: Алматинск|Туркестанск|Жамбылск|Карагандинск|Акмолинск|Мангистауск|Атырауск|Актюбинск|Костанайск|Павлодарск|Кызылординск|Восточно-Казахстанск|Западно-Казахстанск|Северо-Казахстанск|Абайск|Жетысуск|Улытауск
UZ: Ташкентск|Самаркандск|Бухарск|Андижанск|Наманганск|Ферганск|Навоийск|Джизакск|Сырдарьинск|Кашкадарьинск|Сурхандарьинск|Хорезмск
TJ: Согдийск|Хатлонск
RU: Московск|Ленинградск|Свердловск|Новосибирск|Самарск|Тюменск|Иркутск|Челябинск
"""

COUNTRIES = """
KG: Кыргызстан|Киргизия|Кыргызская Республика|Кыргыз Республикасы|Kyrgyzstan|Kyrgyz Republic|Qirg'iziston|Qirg‘iziston|Qırğızıstan|Қырғызстан|Қирғизистон|Қирғизистон|КР
KZ: Казахстан|Қазақстан|Казакстан|Kazakhstan|Qozog'iston|Qozog‘iston|Qazaxıstan|Қозоғистон|Қазоқистон|Республика Казахстан|РК
UZ: Узбекистан|Өзбекстан|Өзбекстан|Uzbekistan|O'zbekiston|O‘zbekiston|Oʻzbekiston|Özbəkistan|Ўзбекистон|Ӯзбекистон|Озбекстан|Республика Узбекистан|РУз
TJ: Таджикистан|Тажикстан|Тәжікстан|Tajikistan|Tojikiston|Tacikistan|Тоҷикистон|Тожикистон|Республика Таджикистан|РТ
TM: Туркменистан|Түркмөнстан|Түрікменстан|Turkmenistan|Turkmaniston|Türkmənistan|Туркманистон|Türkmenistan
AZ: Азербайджан|Азербайжан|Әзірбайжан|Azerbaijan|Azərbaycan|Ozarbayjon|Озарбойҷон|Озарбайжон
RU: Россия|Российская Федерация|Орусия|Ресей|Russia|Rossiya|Rusiya|Русия|Россия Федерациясы|Rusiya Federasiyası
TR: Турция|Түркия|Türkiyə|Turkiya|Turkey|Türkiye|Туркия
KR: Корея|Korea|Koreya|Кореяи
AE: ОАЭ|БАЭ|UAE|BƏƏ|Birləşmiş Ərəb Əmirlikləri|Объединенные Арабские Эмираты
GE: Грузия|Georgia|Gürcüstan|Gruziya|Грузия
AM: Армения|Armenia|Ermənistan|Armaniston|Армения
UA: Украина|Ukraine|Ukrayna|Ukraina|Украина
BY: Беларусь|Belarus
CN: Китай|China|Китай|Қытай|Xitoy|Çin|Кытай
AF: Афганистан|Afghanistan|Afg'oniston|Afg‘oniston|Əfqanıstan|Ауғанстан|Афғонистон|Ооганстан
DE: Германия|Germany|Almaniya|Germaniya|Германия
PL: Польша|Poland|Polşa|Polsha
"""

# Region words after the base name -> the nominative to show.
REGION_AFTER = {
    "облус": "облусу", "облыс": "облысы", "viloyat": "viloyati", "вилоят": "вилояти",
    "rayon": "rayonu", "район": "району", "аудан": "ауданы", "tuman": "tumani", "туман": "тумани",
    "region": "region", "oblast": "oblast", "province": "province", "district": "district",
}
# Tajik region words before the name ("вилояти Суғд", "ноҳияи Рашт"): the name is the region.
REGION_BEFORE = ("вилояти", "ноҳияи")

# Words that say "city/village" next to a name; a capitalized name beside them is a settlement
# even when the gazetteer lacks it.
CITY_AFTER = ("шаар", "айыл", "кыштак", "қала", "ауыл", "shahr", "shahar", "qishloq", "шаҳр", "шаҳар",
              "қишлоқ", "şəhər", "kənd", "qəsəbə", "city", "village", "town")
CITY_BEFORE = ("в городе", "в г.", "г.", "в селе", "в поселке", "в посёлке", "в сёле", "шаҳри", "деҳаи",
               "city of", "village of", "town of")

# A country's capital, Cyrillic and Latin, and the words that name the capital without its name
# ("в столичной гостинице", "in the capital", "борбор шаарда", "poytaxtda"): the event's place.
CAPITALS = {"KG": ("Бишкек", "Bishkek"), "KZ": ("Астана", "Astana"), "UZ": ("Ташкент", "Tashkent"),
            "TJ": ("Душанбе", "Dushanbe"), "AZ": ("Баку", "Baku")}
CAPITAL_WORDS = (r"в\s+столиц\w*|столичн\w*|in\s+the\s+capital\b(?!\s+of)|борбор\s+шаар\w*|елордада|елордамыз\w*|"
                 r"poytaxt\w*|пойтахт\w*|paytaxt\w*")

# Place names that are also common words or names in some language: need a cue or a locative ending.
AMBIGUOUS = {"Ош", "Уш", "Кант", "Mary", "Oral", "Орал", "Абай", "Семей", "Рашт", "Talas", "Кемин", "Oş", "Oral"}
