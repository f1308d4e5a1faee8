"""Organization words per language (data only; used by ``store.ingest.orgs``).

* ``HEADS``: organization-type head words (stems, any ending). Russian, Tajik and English put
  the head first ("Министерство культуры", "Вазорати меҳнат", "Ministry of Labour"); Kyrgyz,
  Kazakh, Uzbek and Azerbaijani put it last ("… борбору", "… nazirliyi", "… markazi").
* ``ABBREVIATIONS``: the region's common international bodies, each abbreviation with its
  spellings and expansions in the genre's languages (any of them names the same body).
* Cue phrases that make an organization an organizer or a funder of the event.
"""
from __future__ import annotations

HEADS_FIRST = {
    "ru": ["министерств", "агентств", "центр", "фонд", "комитет", "управлени", "организаци", "служб", "ассоциаци",
           "инспекци", "департамент", "объединени", "союз", "институт", "университет", "академи", "посольств",
           "представительств", "мисси", "прокуратур", "администраци", "мэри", "акимат", "хокимият", "палат",
           "альянс", "коалици", "сеть", "бюро", "аппарат", "правительств", "омбудсмен", "генпрокуратур", "совет",
           "программ", "движени", "комисси", "отдел", "отделени", "офис", "консульств", "общество", "общества",
           "обществом", "обществу", "обществе", "парламент",
           "сенат", "мажилис", "кабинет", "ведомств", "филиал", "колледж"],
    "tg": ["вазорат", "ташкилоти", "агентии", "маркази", "кумитаи", "хадамоти", "созмони", "хазинаи", "раёсати", "намояндагии",
           "сафорати", "ассотсиатсияи", "иттиҳодияи", "иттиҳоди", "ҳукумати", "дастгоҳи", "донишгоҳи",
           "барномаи", "лоиҳаи", "идораи", "шӯъбаи", "комиссияи", "бюрои", "миссияи", "дафтари", "консулгарии",
           "факултети", "китобхонаи", "осорхонаи",
           "мақомоти", "шуъбаи"],  # an (executive) body; "шӯъбаи" as often spelt
    "en": ["ministry", "agency", "organization", "organisation", "foundation", "centre", "center", "committee",
           "service", "office", "department", "council", "association", "fund", "commission", "institute",
           "university", "embassy", "mission", "network", "union", "government", "coalition", "alliance", "faculty",
           "programme", "academy", "bureau"],
}
HEADS_LAST = {
    "ky": ["министрлиг", "агенттиг", "борбору", "борборун", "комитет", "кызматы", "кызматын", "фонд", "башкармалыг",
           "уюму", "уюмун", "кеңеши", "кеңешин", "мекемес", "департамент", "бирикме", "ассоциация", "өкүлчүлүг",
           "элчилиг", "институт", "университет", "академия", "мэрия", "аппарат", "инспекция", "прокуратура",
           "өкмөтү", "өкмөтүн", "акыйкатчы", "программасы", "программасын", "коому", "коомун", "биримдиг", "бөлүмү", "бөлүмүн",
           "консулдуг", "факультет", "китепкана", "музей"],
    "kk": ["министрлі", "агенттіг", "орталығ", "комитет", "қызметі", "қызметін", "қоры", "қорын", "басқарма",
           "ұйымы", "ұйымын", "кеңесі", "кеңесін", "департамент", "өкілдіг", "елшіліг", "әкімдіг", "бірлест",
           "қауымдастығ", "институт", "университет", "үкіметі", "үкіметін", "бағдарламасы", "бағдарламасын",
           "кеңсесі", "кеңсесін", "одағ", "одақ", "бөлімі", "бөлімін",
           "әкімдік", "консулдығ", "факультет", "кітапхана", "мұражай"],
    "uz": ["vazirlig", "agentlig", "markazi", "markazin", "tashkilot", "qo'mita", "qo‘mita", "qoʻmita", "xizmati", "jamg'arma",
           "jamg‘arma", "jamgʻarma", "boshqarma", "inspeksiya", "vakolatxona", "elchixona", "assotsiatsiya",
           "hokimlig", "kengash", "departament", "institut", "universitet", "uyushma", "hukumat", "birlashma", "ittifoq",
           "bo‘lim", "bo'lim", "boʻlim", "бўлим", "jamiyat", "жамият",
           "вазирлиг", "агентлиг", "маркази", "марказин", "ташкилот", "қўмита", "хизмати", "жамғарма", "бошқарма",
           "ваколатхона", "элчихона", "ҳокимлиг", "кенгаш", "уюшма", "ҳукумат", "бирлашма", "иттифоқ",
           # a consulate, a faculty, a library, a museum: bodies that hold events too
           "konsullig", "konsulxona", "консуллиг", "консулхона", "fakultet", "факультет", "kutubxona", "кутубхона",
           "muzey", "музей",
           "palatasi", "палатаси"],  # a chamber ("Савдо-саноат палатаси")
    "az": ["nazirliy", "nazirly", "agentliy", "təşkilat", "komitə", "mərkəzi", "mərkəzin", "nümayəndəliy", "xidməti",
           "xidmətin", "fondu", "fondun", "idarəsi", "idarəsin", "şurası", "şurasın", "səfirliy", "assosiasiya", "departament", "ofis", "institut", "universitet",
           "aparat", "birliy", "ittifaq", "hökumət", "müvəkkil", "hakimiyyət", "mərkəz", "palata", "cəmiyyət", "şura",
           "konsulluğ", "konsulluq", "fakültə", "kitabxana", "muzey"],
    "en": ["international", "foundation", "agency", "organization", "organisation", "centre", "center",
           "committee", "service", "office", "council", "association", "fund", "commission", "institute",
           "ministry", "mission", "network", "union", "initiative", "university", "trust", "partnership", "programme",
           "bank"],
}

# Abbreviation -> (all spellings of the abbreviation, expansions in several languages).
ABBREVIATIONS: dict[str, tuple[list[str], list[str]]] = {
    "USAID": (["USAID", "USAİD", "ЮСАИД"], [
        "Агентство США по международному развитию", "Агентство США по Международному Развитию",
        "Америка Кошмо Штаттарынын Эл аралык өнүктүрүү агенттиги", "АКШнын Эл аралык өнүктүрүү агенттиги",
        "Birləşmiş Ştatların Beynəlxalq İnkişaf Agentliyi", "ABŞ Beynəlxalq İnkişaf Agentliyi",
        "United States Agency for International Development", "U.S. Agency for International Development",
        "АҚШ Халықаралық даму агенттігі", "AQSh Xalqaro taraqqiyot agentligi",
        "Агентии ИМА оид ба рушди байналмилалӣ"]),
    "IOM": (["МОМ", "IOM", "BMqT", "ХҒМ", "ЭМУ", "XMT", "СБМ"], [
        "Международная организация по миграции", "International Organization for Migration",
        "Beynəlxalq Miqrasiya Təşkilatı", "Эл аралык миграция уюму", "Халықаралық көші-қон ұйымы",
        "Xalqaro migratsiya tashkiloti", "Созмони байналмилалии муҳоҷират", "Созмони Байналмилалии Муҳоҷират"]),
    "OSCE": (["ОБСЕ", "OSCE", "ЕҚЫҰ", "ЕККУ", "ATƏT", "YXHT", "САҲА"], [
        "Организация по безопасности и сотрудничеству в Европе",
        "Organization for Security and Co-operation in Europe",
        "Европадагы коопсуздук жана кызматташтык уюму", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы",
        "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "Yevropada xavfsizlik va hamkorlik tashkiloti",
        "Созмони амният ва ҳамкорӣ дар Аврупо"]),
    "UN": (["ООН", "БУУ", "BMT", "UN", "ҰҰ", "СММ"], [
        "Организация Объединенных Наций", "Организация Объединённых Наций", "United Nations",
        "Бириккен Улуттар Уюму", "Біріккен Ұлттар Ұйымы", "Birləşmiş Millətlər Təşkilatı",
        "Birlashgan Millatlar Tashkiloti", "Созмони Милали Муттаҳид"]),
    "UNICEF": (["UNICEF", "ЮНИСЕФ"], ["Детский фонд ООН", "United Nations Children's Fund"]),
    "UNDP": (["UNDP", "ПРООН", "БУУӨП", "BMTİP"], ["Программа развития ООН", "United Nations Development Programme"]),
    "UNHCR": (["UNHCR", "УВКБ", "БМТ ҚАОКБ"], ["Управление Верховного комиссара ООН по делам беженцев",
                                                "UN Refugee Agency"]),
    "UNODC": (["UNODC", "УНП ООН"], ["Управление ООН по наркотикам и преступности",
                                     "United Nations Office on Drugs and Crime"]),
    "ILO": (["ILO", "МОТ", "ЭЭУ", "BƏT", "ХЕҰ", "XMT"], ["Международная организация труда",
                                                       "International Labour Organization"]),
    "UNWOMEN": (["UN Women", "ООН-Женщины", "ООН Женщины", "ООН-женщины"], ["Структура ООН-Женщины"]),
    "WHO": (["WHO", "ВОЗ", "ДСУ", "ÜST", "ДСҰ"], ["Всемирная организация здравоохранения", "World Health Organization"]),
    "EU": (["ЕС", "ЕБ", "EU", "Aİ", "Евросоюз"], ["Европейский союз", "European Union", "Avropa İttifaqı",
                                                  "Европа Бирлиги", "Еуропалық Одақ", "Yevropa Ittifoqi"]),
    "GIZ": (["GIZ"], ["Германское общество по международному сотрудничеству",
                      "Deutsche Gesellschaft für Internationale Zusammenarbeit"]),
    "ADB": (["ADB", "АБР"], ["Азиатский банк развития", "Asian Development Bank"]),
    "UNFPA": (["UNFPA", "ЮНФПА"], ["Фонд ООН в области народонаселения", "United Nations Population Fund"]),
    "OHCHR": (["OHCHR", "УВКПЧ"], ["Управление Верховного комиссара ООН по правам человека"]),
    "ICMPD": (["ICMPD", "МЦРМП"], ["Международный центр по развитию миграционной политики",
                                   "International Centre for Migration Policy Development"]),
    "JICA": (["JICA"], ["Японское агентство международного сотрудничества", "Japan International Cooperation Agency"]),
    "KOICA": (["KOICA"], ["Korea International Cooperation Agency"]),
    "FAO": (["FAO", "ФАО"], ["Продовольственная и сельскохозяйственная организация ООН"]),
    "IFRC": (["IFRC", "МФОКК"], ["Международная федерация обществ Красного Креста и Красного Полумесяца"]),
}

# Cue phrases, as regexes. *_BEFORE precede the organization, *_AFTER follow it.
FUNDER_BEFORE = [
    r"при\s+(?:финансовой\s+|технической\s+|экспертной\s+)?поддержке", r"при\s+финансировании",
    r"при\s+содействии", r"финансируем\w*\s+со\s+стороны", r"финансиру\w*", r"финансирован\w*", r"финансировал\w*", r"за\s+сч[её]т\s+средств",
    r"благодаря\s+(?:финансовой\s+)?(?:поддержке|помощи)", r"оказанной\s+через", r"через",
    r"with\s+(?:the\s+)?(?:financial\s+|generous\s+)?support\s+(?:of|from)", r"funded\s+by", r"financed\s+by",
    r"supported\s+by", r"sponsored\s+by", r"with\s+(?:the\s+)?funding\s+(?:of|from)", r"through",
    r"бо\s+(?:дастгирии|маблағгузории|кӯмаки|мадади)(?:\s+молиявии)?",
    # "co-funded by X": a second funder beside the first
    r"co-(?:funded|financed|sponsored)\s+by",
]
FUNDER_AFTER = [
    r"тарабынан\s+каржы\w*", r"каржылык\s+колдоо\w*", r"каржылоо\w*", r"колдоосу\s+менен", r"колдоосунда",
    r"аркылуу", r"қаржыл(?:ық|ай)\s+қолдау\w*", r"қолдауымен", r"каржылай\s+колдоо\w*", r"қаржыландыру\w*", r"тарапынан\s+қаржыланд\w*",
    r"moliyaviy\s+ko[‘'ʻ’]?ma\w*", r"ko[‘'ʻ’]?magida", r"ko[‘'ʻ’]?magi\s+bilan", r"homiyligida",
    r"tomonidan\s+moliyalash\w*", r"молиявий\s+кўма\w*", r"кўмагида", r"ҳомийлигида",
    r"-(?:funded|sponsored|supported|financed)",
    r"tərəfindən\s+maliyyələşdir\w*", r"maliyyə\s+dəstəyi\s+ilə", r"dəstəyi\s+ilə", r"maliyyələşdirdiyi",
    r"maliyyə\s+yardımı\s+ilə",  # "X-in maliyyə yardımı ilə": with X's financial help
]
ORGANIZER_BEFORE = [
    r"совместно\s+с[о]?", r"в\s+партн[её]рстве\s+с[о]?", r"в\s+сотрудничестве\s+с[о]?", r"по\s+инициативе",
    r"организатор(?:ом|ами|ы|)\s*(?:выступил[аи]?|стал[аи]?|является|являются)?", r"организован\w*",
    r"организовал[аио]?", r"провел[аио]?", r"провёл", r"реализованн\w+", r"реализуем\w+",  # "Тренинги организовало Бюро ОБСЕ": the subject after its verb
    r"together\s+with", r"jointly\s+with", r"in\s+(?:partnership|cooperation|co-operation|collaboration)\s+with",
    r"organi[sz]ed\s+by", r"hosted\s+by", r"run\s+by", r"led\s+by", r"conducted\s+by", r"at\s+the\s+initiative\s+of", r"convened\s+by",
    r"якҷоя\s+бо", r"дар\s+ҳамкорӣ\s+бо", r"бо\s+ташаб{1,2}ус{1,2}и",  # "ташаббуси", often "ташабуси"/"ташабусси" r"бо\s+ҳамкории", r"бо\s+иштироки\s+фаъоли",
    # "co-organised by X", "carried out by X", "organized at the city hall by X", "организаторами выступают X"
    r"co-organi[sz]ed\s+(?:by|with)", r"carried\s+out\s+by", r"organi[sz]ed\s+(?:in|at)\s+[^.;]{1,80}?\s+by",
    r"by\s+the\s+organi[sz]ation\s+of",  # "held … by the organization of X and Y"
    r"joint[-\s][a-z]+\s+with",  # "joint-trainings with X", "a joint seminar with X": X holds it too
    r"организатор(?:ом|ами|ы)\s+выступа\w+",
]
ORGANIZER_AFTER = [
    r"менен\s+биргеликте", r"менен\s+бирге", r"менен\s+кызматташтыкта", r"демилгеси\s+менен",
    r"тарабынан\s+уюштур\w*", r"уюштурган", r"бірлесіп", r"бірлесе\s+отырып", r"ынтымақтастығымен",
    r"бастамасымен", r"ұйымдастыруымен", r"тарапынан\s+ұйымдастырыл\w*",
    r"bilan\s+hamkorlikda", r"hamkorligida", r"tashabbusi\s+bilan", r"bilan\s+birgalikda",
    r"tomonidan\s+tashkil\s+\w+", r"ташаббуси\s+билан", r"билан\s+ҳамкорликда", r"ҳамкорлигида",
    r"билан\s+биргаликда", r"томонидан\s+ташкил\s+\w+",
    r"ilə\s+birgə", r"ilə\s+birlikdə", r"ilə\s+əməkdaşlıq\w*", r"təşəbbüsü\s+ilə", r"təşkilatçılığı\s+ilə",
    r"birgə\s+təşkilatçılığı\s+ilə",  # "A-nın, B-nin və C-nin birgə təşkilatçılığı ilə": organized jointly by them
    r"tərəfindən\s+(?:təşkil|keçiril)\w*(?:\s+\w+)?",
    # "by X" with the passive verb later in the sentence ("X томонидан … семинар ташкил этилди")
    r"томонидан(?=[^.!?]{0,200}?(?:ташкил|ўтказил))", r"tomonidan(?=[^.!?]{0,200}?(?:tashkil|o[‘'ʻ’]?tkazil))",
    r"тарабынан(?=[^.!?]{0,200}?(?:уюштурул|өткөрүл))", r"тарапынан(?=[^.!?]{0,200}?(?:ұйымдастырыл|өткізіл))",
    r"tərəfindən(?=[^.!?]{0,200}?(?:təşkil|keçiril))",
    # an English compound adjective: "an OSCE-organized exercise", "IOM-led campaign"
    r"-(?:organi[sz]ed|led|hosted|run)",
]
# A list of Title Case names after a cue ("organized by the A in Astana, the B under the C, D and E"):
# the articles before a name, and the words a listed name holds beside its capitalised words.
LIST_ARTICLES = ("the",)
LIST_NAME_LINKS = ("of", "for", "on", "the", "&", "de", "under", "to")
# Verbs of holding an event: an organization in the nominative before them is the organizer.
HOLD_VERBS = [
    r"провел\w*", r"провёл", r"провод\w*", r"организовал\w*", r"организует", r"организуют",
    r"запустил\w*", r"устроил\w*", r"инициировал\w*",
    r"өткөр\w*", r"уюштур\w*", r"өткізді", r"өткізеді", r"ұйымдастыр\w*",
    r"o[‘'ʻ’]?tkaz\w*", r"tashkil\s+(?:etdi|qildi|etgan)", r"ўтказ\w*", r"ташкил\s+(?:этди|қилди)",
    r"баргузор\s+(?:кард|намуд)\w*", r"оғоз\s+(?:кард|намуд)\w*", r"стартовал\w*", r"started", r"kicked\s+off", r"гузаронд\w*", r"ташкил\s+(?:кард|намуд)\w*",
    r"keçirdi", r"keçirib", r"keçirmişdir", r"təşkil\s+(?:etdi|edib|etmişdir)",
    # carries out, began carrying out (a project, with its events): "X … həyata keçirdiyi layihə", "X … icrasına başlayıb"
    r"həyata\s+keçir(?:di|ib|diyi|ir|mişdir)\w*", r"icrasına\s+başla(?:dı|yıb|mışdır)",
    r"held", r"holds", r"organi[sz]ed", r"organi[sz]es", r"hosted", r"conducted", r"launched", r"convened",
    r"facilitated",
    # opened (a centre, an office, a hotline)
    r"открыл[аио]?", r"ачты", r"ачышты", r"ашты", r"ochdi", r"очди", r"açdı", r"açıb", r"кушод", r"opened",
    # handed over, donated (equipment, a centre's furnishings): the giver holds the handover
    r"передал[аио]?", r"вручил[аио]?", r"передади", r"тапшырды", r"topshirdi", r"топширди", r"супурд",
    r"təhvil\s+verdi", r"handed\s+over", r"donated",
]
# A body's people after it in the genitive, in the head-last languages ("… орталығының психологтары …
# өткізді": the centre's psychologists held it, so the centre did).
MEMBERS_AFTER = frozenset({
    "қызметкерлері", "өкілдері", "мамандары", "психологтары", "еріктілері", "волонтерлері",
    "кызматкерлери", "өкүлдөрү", "адистери", "волонтёрлору", "волонтерлору", "ыктыярчылары",
    "xodimlari", "vakillari", "mutaxassislari", "ходимлари", "вакиллари", "мутахассислари",
    "əməkdaşları", "nümayəndələri", "mütəxəssisləri", "könüllüləri",
})
# A parent body named before these words only qualifies the next organization.
# The same, as words after a dative ("Өкмөтүнө караштуу X"): a body under another, one name.
SUBORDINATE_WORDS = frozenset({"караштуу", "қарасты", "қарамағындағы", "алдындагы", "жанындагы", "жанындағы",
                               "qarashli", "қарашли", "tabe", "tabeli", "huzuridagi", "ҳузуридаги"})
SUBORDINATE_AFTER = [r"tabeliyində", r"nəzdində", r"караштуу", r"қарасты", r"huzuridagi", r"ҳузуридаги",
                     r"олан", r"olan"]
# A body attached to a parent body: the name goes on through the parent's name after these
# ("Агентство миграции при Кабинете Министров", "Совет при Президенте").
PARENT_LINKS = frozenset({"при"})
# "… , а также Y", "… as well as Y": Y is listed with the bodies before it (and shares their role).
AS_WELL_AS = r"а\s+также|as\s+well\s+as|ошондой\s+эле|сондай-ақ|shuningdek|шунингдек|həmçinin|инчунин"
# Words that end an organization name when walking over a phrase.
STOP_WORDS = {
    "и", "а", "но", "или", "также", "совместно", "сегодня", "вчера", "провел", "провела", "провели", "при",
    "жана", "менен", "же", "да", "дагы", "бул", "ал", "биргеликте", "тарабынан", "аркылуу",
    "və", "ilə", "və ya", "bu", "birgə", "tərəfindən", "olan", "tabeliyində",
    "va", "bilan", "hamda", "tomonidan", "ва", "бо", "ҳамчунин", "билан", "ҳамда", "томонидан",
    "және", "мен", "бен", "пен", "тарапынан",
    "and", "with", "by", "the", "on", "in", "at", "to", "from",
}

# Russian names carry a complement of their purpose after "по": its object follows with "с/со" in the
# instrumental ("Центр по работе с мигрантами", "отдел по работе с молодежью"); these prepositions
# then stay inside the name. Fixed adverbial phrases are part of a name too ("… студентов за рубежом").
RU_PURPOSE_LINK = "по"
RU_OBJECT_PREPS = frozenset({"с", "со"})
RU_NAME_ADVERBIALS = (("за", "рубежом"), ("за", "границей"), ("за", "пределами"))

# Words that begin like a head but are adjectives or persons made from it ("центральный", "отдельный").
NOT_HEAD_PREFIXES = ("центральн", "отдельн", "общественн", "программн", "советск", "союзн", "офисн", "парламентск",
                     "сенатор", "комиссионн", "кабинетн")
