"""Role words (job titles) and organization-type words, keyed by language.

Entries are lower-case *stems*: a token matches a stem when it starts with it and the rest is
at most ``MAX_TAIL[lang]`` letters (case and possessive endings), unless the token starts with
one of ``NOT_ROLE``. Turkic languages put the organization before the role word
("… борборунун жетекчиси"); Russian, Tajik and English put it after ("руководитель Центра …").
"""
from __future__ import annotations

ROLE_STEMS: dict[str, tuple[str, ...]] = {
    "ru": ("руководител", "директор", "гендиректор", "заместител", "замминистр", "замглав", "зампред",
           "министр", "вице-министр", "вице-премьер", "премьер-министр", "председател", "сопредседател",
           "глава", "главы", "главе", "главой", "главу", "президент", "вице-президент", "посол", "посла", "послом",
           "консул", "генконсул", "представител", "полпред", "координатор", "эксперт", "специалист",
           "советник", "секретар", "госсекретар", "начальник", "заведующ", "завотдел", "ректор", "проректор",
           "декан", "профессор", "доцент", "депутат", "сенатор", "аким", "мэр", "губернатор", "омбудсмен",
           "уполномоченн", "модератор", "тренер", "менеджер", "офицер", "сотрудник", "инспектор",
           "прокурор", "генпрокурор", "судья", "судьи", "имам", "муфтий", "муфтия", "журналист", "член",
           "спикер", "основател", "учредител", "активист", "юрист", "адвокат", "психолог", "аналитик", "социолог",
           "политолог", "экономист", "правозащитник",
           "консультант", "атташе", "посланник", "комиссар", "командующ", "руководств", "шеф", "лидер",
           "исследовател", "преподавател", "волонтер", "волонтёр", "ассистент", "помощник", "референт",
           "управляющ", "правлени", "совета", "оператор", "пресс-секретар",
           # press and culture professions
           "фотограф", "фотокорреспондент", "редактор", "главред", "корреспондент", "обозревател", "репортер",
           "репортёр", "колумнист", "публицист", "писател", "режиссер", "режиссёр", "продюсер", "блогер", "худрук", "хореограф", "солист",
           # sport and space: a player's position, a crew's trade
           "полузащитник", "защитник", "нападающ", "вратар", "голкипер", "форвард", "капитан", "бундестренер",
           "гонщик", "пилот", "астронавт", "космонавт",
           # a state adviser ("госсоветник президента по …")
           "госсоветник",
           # clergy
           "архиепископ", "епископ", "митрополит", "патриарх", "священник", "протоиерей", "игумен",
           # a special envoy or rapporteur ("спецпредставитель ОБСЕ по …")
           "спецпредставител", "спецпосланник", "спецдокладчик",
           # police investigators' posts ("старший оперуполномоченный по особо важным делам")
           "оперуполномоченн", "следовател", "дознавател",
           # a diplomat who heads a mission in the ambassador's place ("временный поверенный в делах")
           "поверенн",
           # a rapporteur, an election observer, a member of parliament
           "докладчик", "наблюдател", "парламентари"),
    "ky": ("жетекчи", "жардамчы", "төрага", "төраа", "басары", "басарынын", "директор", "башчы", "министр",
           "вице-министр", "өкүл", "адис", "координатор", "эксперт", "кеңешчи", "катчы", "президент",
           "депутат", "аким", "мэр", "элчи", "консул", "модератор", "тренер", "кызматкер", "окутуучу",
           "профессор", "доцент", "ректор", "декан", "имам", "казы", "муфтий", "акыйкатчы", "журналист",
           "юрист", "психолог", "начальниги", "менеджер", "башкармасынын", "жооптуу", "инспектор",
           "прокурор", "сотук", "мүчө", "төрайым", "башкаруучу"),
    "kk": ("басшы", "көмекші", "төраға", "төрайым", "орынбасар", "директор", "министр", "вице-министр", "өкіл",
           "маман", "үйлестіруші", "сарапшы", "кеңесші", "хатшы", "президент", "депутат", "әкім", "елші",
           "консул", "модератор", "тренер", "қызметкер", "профессор", "ректор", "имам", "журналист",
           "заңгер", "психолог", "бастық", "бастығ", "менеджер", "инспектор", "прокурор", "мүше",
           "координатор", "эксперт", "белсенді"),
    "uz": ("rahbar", "yordamchi", "ёрдамчи", "rais", "o'rinbosar", "o‘rinbosar", "oʻrinbosar", "o’rinbosar", "direktor", "vazir",
           "vakil", "mutaxassis", "koordinator", "ekspert", "maslahatchi", "kotib", "prezident", "deputat",
           "hokim", "elchi", "konsul", "moderator", "trener", "xodim", "professor", "rektor", "imom",
           "jurnalist", "yurist", "psixolog", "boshlig'", "boshlig‘", "boshligʻ", "boshliq", "menejer",
           "inspektor", "prokuror", "a'zo", "a’zo", "aʼzo", "раҳбар", "раис", "ўринбосар", "директор",
           "вазир", "вакил", "мутахассис", "координатор", "эксперт", "маслаҳатчи", "котиб", "ҳоким", "элчи",
           "бошлиғ", "бошлиқ", "тренер", "модератор", "юрист", "журналист", "инспектор", "профессор", "ходим",
           "депутат", "прокурор", "психолог", "консул", "mudir", "мудир", "президент", "раиси", "hokimi",
           "faol", "фаол"),  # an activist ("xotin-qizlar faoli X")
    "tg": ("раис", "ёрдамчи", "сардор", "муовин", "директор", "вазир", "намоянда", "мутахассис", "ҳамоҳангсоз",
           "коршинос", "мушовир", "котиб", "президент", "вакил", "сафир", "консул", "раҳбар", "сарвар",
           "мудир", "ёвар", "роҳбар", "омбудсмен", "ходим", "профессор", "ректор", "имом", "муфтӣ",
           "журналист", "ҳуқуқшинос", "равоншинос", "менеҷер", "тренер", "модератор", "координатор",
           "эксперт", "аъзо", "фаъол", "роҳбалад",  # "роҳбалад": the guide who leads a group of migrants
           "корманд"),  # a staff member ("корманди Намояндагӣ"), like ky "кызматкер", uz "xodim"
    "az": ("rəhbər", "köməkçi", "sədr", "müavin", "direktor", "nazir", "nümayəndə", "mütəxəssis", "koordinator",
           "ekspert", "məsləhətçi", "katib", "prezident", "deputat", "müvəkkil", "səfir", "konsul",
           "moderator", "təlimçi", "əməkdaş", "professor", "rektor", "başçı", "rəis", "hakim", "prokuror",
           "jurnalist", "hüquqşünas", "psixoloq", "menecer", "sözçü", "üzv", "icraçı", "baş",
           "sədrin", "müdir", "heyət", "müşavir", "doktor", "fəal",
           "təmsilçi"),  # a representative ("təşkilatın təmsilçisi"), beside "nümayəndə"
    "en": ("director", "head", "chief", "deputy", "minister", "chairman", "chairwoman", "chairperson",
           "chair", "president", "vice-president", "representative", "coordinator", "expert", "specialist",
           "adviser", "advisor", "secretary", "ambassador", "consul", "officer", "manager", "moderator",
           "trainer", "ombudsman", "ombudsperson", "commissioner", "mayor", "governor", "spokesperson",
           "spokesman", "spokeswoman", "founder", "lawyer", "psychologist", "professor", "rector", "dean", "imam",
           "journalist", "leader", "executive", "senior", "general", "member", "analyst", "consultant",
           "researcher", "lecturer", "prosecutor", "judge", "envoy", "attaché", "attache", "counsellor",
           "counselor", "administrator", "superintendent", "inspector", "activist", "assistant", "economist",
           "sociologist", "demographer", "scientist", "historian", "fellow", "co-ordinator",
           # "vice-" and "pro-" posts written with a hyphen
           "vice-rector", "pro-rector", "prorector", "vice-chairman", "vice-chairwoman", "vice-chair",
           "vice-minister", "vice-mayor", "vice-governor", "vice-speaker"),
}

# Plural endings of role words ("советники", "эксперты", "advisers", "эксперттер"): a plural role
# before two names joined by "and" is the role of both.
PLURAL_ROLE_ENDINGS = ("ы", "и", "s", "лар", "лер", "тар", "тер", "дар", "дер", "lar", "ler", "ҳо")
# The Turkic plural with no possessive after it: a lowercase noun so ending opens a clause as its subject
# ("дипломатлар | Тюмен … палатаси раиси X билан учрашди"), it is no word of the role after it.
BARE_PLURAL_ENDINGS = ("лар", "лер", "тар", "тер", "дар", "дер", "лор", "лөр", "дор", "дөр", "тор", "төр",
                       "lar", "lər", "ler")

# Adjectives and words that only make sense inside a role phrase ("первый заместитель").
ROLE_PREFIX: dict[str, tuple[str, ...]] = {
    "ru": ("первый", "первого", "первым", "генеральн", "исполнительн", "главн", "старш", "ведущ", "временно",
           "исполняющ", "постоянн", "чрезвычайн", "полномочн", "национальн", "региональн", "программн",
           "пресс-", "вице-", "и.о.", "врио",
           # a post's own qualifier ("официальный представитель", "бывший глава", "второй тренер")
           "официальн", "федеральн", "художественн", "государственн", "бывш", "второй", "второго", "вторым",
           "экс-", "временн"),
    "ky": ("биринчи", "башкы", "орун", "ыйгарым", "укуктуу", "улуттук", "аткаруучу", "программалык"),
    "kk": ("бірінші", "бас", "атқарушы", "уәкілетті", "ұлттық"),
    "uz": ("birinchi", "bosh", "ijrochi", "vakolatli", "milliy", "биринчи", "бош"),
    "tg": ("якуми", "сар", "иҷроия", "ваколатдор", "миллӣ"),
    "az": ("birinci", "baş", "icraçı", "səlahiyyətli", "milli", "fövqəladə"),
    "en": ("first", "senior", "chief", "acting", "executive", "general", "national", "regional", "country",
           "programme", "program", "project", "permanent", "special", "deputy", "vice", "assistant"),
}

# Token starts that look like a role stem but are not roles (organizations, abstract nouns).
NOT_ROLE: dict[str, tuple[str, ...]] = {
    "ru": ("министерств", "директорат", "руководств", "представительств", "председательств",
           "прокуратур", "главн", "консульств", "президентск", "секретариат", "членств", "экспертиз",
           "эксперимент", "специализ", "членами", "судьба", "судьбы", "пилотн", "пилотаж", "защитны", "защитно", "патриархи",
           "послани",  # a message ("Послание Президента"), not the ambassador's "посла"
           "наблюдательн"),  # a supervisory board, not an observer
    "ky": ("министрлиг", "өкүлчүлүг", "элчилиг", "башчылыг", "директорат", "жетекчилиг", "казыят"),
    "kk": ("министрлі", "өкілдіг", "елшілі", "басшылығ", "белсенділ"),
    "uz": ("vazirlig", "vakolatxona", "elchixona", "rahbarlig", "вазирлиг", "вакилликх", "faoliyat", "фаолият",
           "faollik", "фаоллик", "faollash", "фаоллаш"),  # activity, activeness: not "faol", an activist
    "tg": ("вазорат", "намояндаги", "сафорат", "раёсат", "фаъолият", "фаъолона", "фаъолнок"),
    "az": ("nazirli", "nümayəndəli", "səfirli", "rəhbərli", "başla", "başqa", "başın", "baş verən", "sədrli",
           "müavinə", "fəaliyyət", "fəallıq", "fəallaş"),
    "en": ("headquarter", "heading", "directorate", "chairmanship", "presidency", "secretariat", "membership",
           "generally", "representation", "headline", "generation"),
}

MAX_TAIL: dict[str, int] = {"ru": 4, "ky": 8, "kk": 8, "uz": 7, "tg": 4, "az": 8, "en": 2}

# Organization-type words (stems). A capitalized phrase with one of these is an organization.
ORG_STEMS: dict[str, tuple[str, ...]] = {
    "ru": ("министерств", "комитет", "агентств", "служб", "центр", "фонд", "организаци", "управлени",
           "департамент", "ассоциаци", "союз", "совет", "посольств", "представительств", "миссия", "миссии",
           "программ", "проект", "университет", "институт", "академи", "объединени", "обществ", "парти",
           "палат", "парламент", "правительств", "администраци", "аппарат", "прокуратур", "суд", "инспекци",
           "комисси", "подкомисси", "подразделени", "субкомитет", "мэри", "акимат", "хокимият", "бюро", "офис", "отдел", "секретариат", "банк", "движени",
           "корпораци", "компани", "коалици", "движени", "ведомств", "казыят", "муфтият", "уполномоченн",
           "омбудсмен", "сеть", "сети", "платформ", "правлени", "кенеш", "меджлис", "жогорку", "сенат",
           "мажилис", "мажлис", "пресс-служб", "информагентств", "учреждени", "колледж", "школ", "лицей", "больниц",
           "клиник", "альянс", "федераци", "консорциум", "инициатив", "агентство", "оон", "мвд", "мид",
           "церков", "церкв", "епархи", "патриархи", "делегаци", "концерн", "холдинг", "вооружённ", "вооруженн",
           "театр", "музе", "оркестр", "филармони", "консерватори", "галере", "библиотек", "клуб", "сборн",
           "кабинет", "маджлис"),  # Tajikistan's parliament in Russian ("Маджлиси Оли")
    "ky": ("министрлиг", "комитет", "агенттиг", "агенттик", "кызмат", "борбор", "фонд", "уюм", "башкармалыг",
           "департамент", "ассоциация", "кеңеш", "элчилиг", "өкүлчүлүг", "миссия", "программа", "долбоор",
           "университет", "институт", "академия", "бирикме", "коом", "партия", "палата", "өкмөт",
           "администрация", "аппарат", "прокуратура", "сот", "комиссия", "мэрия", "бөлүм", "банк",
           "акыйкатчы", "казыят", "муфтият", "башкармалык", "мекеме", "кеңсе", "бюро", "альянс", "тармак",
           "колледж", "лицей"),
    "kk": ("министрлі", "комитет", "агенттіг", "қызмет", "орталығ", "орталық", "қор", "ұйым", "басқарма",
           "департамент", "қауымдастығ", "кеңес", "елшілі", "өкілдіг", "миссия", "бағдарлама", "жоба",
           "университет", "институт", "академия", "бірлесті", "қоғам", "партия", "палата", "үкімет",
           "әкімдік", "прокуратура", "сот", "комиссия", "бөлім", "банк", "колледж", "лицей"),
    "uz": ("vazirlig", "qo'mita", "qo‘mita", "qoʻmita", "agentlig", "xizmat", "markaz", "jamg'arma",
           "jamg‘arma", "jamgʻarma", "tashkilot", "boshqarma", "departament", "assotsiatsiya", "kengash",
           "elchixona", "vakolatxona", "missiya", "dastur", "loyiha", "universitet", "institut", "akademiya",
           "birlashma", "jamiyat", "partiya", "palata", "hukumat", "hokimlig", "hokimiyat", "prokuratura",
           "sud", "komissiya", "bo'lim", "bo‘lim", "boʻlim", "bank", "вазирлиг", "қўмита", "агентлиг", "хизмат",
           "марказ", "жамғарма", "ташкилот", "бошқарма", "кенгаш", "вакиллик", "ҳокимлиг", "oliy majlis",
           "kollej", "коллеж", "litsey", "лицей"),
    "tg": ("вазорат", "ташкилот", "иттиҳод", "хазина", "ассотсиатсия", "кумита", "агентии", "агентӣ",
           "хадамот", "марказ", "фонд", "созмон", "раёсат", "департамент", "шӯро", "шурои", "сафорат", "намояндаги", "миссия", "барнома", "лоиҳа", "донишгоҳ",
           "институт", "академия", "ҷамъият", "ҳизб", "палата", "ҳукумат", "прокуратура", "суд", "комиссия",
           "шуъба", "бонк", "идора", "маҷлис", "дастгоҳ", "ваколатдор", "омбудсмен", "коллеҷ", "литсей"),
    "az": ("nazirli", "komitə", "agentli", "xidmət", "mərkəz", "fond", "təşkilat", "idarə", "departament",
           "assosiasiya", "şura", "səfirli", "nümayəndəli", "missiya", "proqram", "layihə", "universitet",
           "institut", "akademiya", "birli", "cəmiyyət", "partiya", "palata", "hökumət", "prokurorlu",
           "məhkəmə", "komissiya", "şöbə", "bank", "heyət", "ofis", "aparat", "müvəkkil", "ombudsman",
           "məclis", "dövlət komitəsi", "icra hakimiyyəti", "qurum", "ittifaq", "alyans", "federasiya", "kollec",
           "lisey"),
    "en": ("ministry", "committee", "agency", "service", "centre", "center", "fund", "foundation",
           "organization", "organisation", "office", "department", "association", "council", "embassy",
           "mission", "programme", "program", "project", "university", "institute", "academy", "union",
           "society", "party", "chamber", "parliament", "government", "administration", "prosecutor", "court",
           "commission", "bureau", "bank", "network", "coalition", "alliance", "authority", "secretariat",
           "initiative", "unit", "division", "police", "inspectorate", "federation", "consortium", "school",
           "college", "hospital", "corporation", "company", "board", "unicef", "unhcr", "undp", "iom", "osce",
           "usaid", "un", "faculty"),
}

# "minister of X" names the ministry of X (ru/tg/en put the object after the role word).
# Ranks written between a role and the name ("заместитель начальника ГУВД полковник милиции X"):
# not part of the body's name. Stems, head-first languages.
RANKS: dict[str, tuple[str, ...]] = {
    "ru": ("полковник", "подполковник", "майор", "капитан", "генерал", "лейтенант", "старший лейтенант",
           "сержант", "советник юстиции", "государственный советник"),
    "tg": ("полковник", "подполковник", "майор", "генерал"),
    "en": ("colonel", "lieutenant colonel", "major general", "brigadier", "captain", "sergeant",
           "associate professor", "professor"),
}
# Words of a civil-service class rank ("II dərəcəli dövlət miqrasiya xidməti müşaviri", "1-darajali maslahatchi"):
# a rank after a comma follows the post, which is the role ("X-in rəisi, II dərəcəli … müşaviri NAME").
CLASS_RANK_WORDS = frozenset({"dərəcəli", "darajali", "даражали", "дәрежелі", "даражаи"})
CLASS_RANK_HEADS = ("müşavir", "maslahatchi", "маслаҳатчи", "маслиҳатчи", "кеңесші", "кеңешчи", "mushovir")
# A minister's role with no ministry named beside it, and the stems that make a body a ministry:
# when a document names one ministry, that is the one ("Министрдин орун басары X").
MINISTER_WORDS = ("министр", "vazir", "вазир", "nazir", "minister")
MINISTRY_STEMS = ("министерств", "министрлиг", "министрлі", "vazirlig", "вазирлиг", "вазорат", "nazirliy",
                  "nazirly", "ministry")

# One role written in different ways and languages: a quote attributed to "the vice-minister"
# belongs to the person introduced as "Министрдің орынбасары". Regexes on folded text.
ROLE_SYNONYMS: dict[str, str] = {
    "deputy minister": r"вице-министр|замминистр|заместител\w*\s+министр|министр\w*\s+орынбасар|министрдин\s+орун\s+басар|"
                       r"deputy\s+minister|vice[-\s]minister|vazir\s+o.?rinbosar|вазир\s+ўринбосар|nazir\s+müavin|"
                       r"муовини\s+вазир",
    "head": r"руководител|глав[аы]\b|жетекчи|башчы|басшы|rahbar|раҳбар|rəhbər|роҳбар|\bhead\b",
    "chair": r"председател|төрага|төраға|төрайым|rais\b|раис|sədr|\bchair",
    "director": r"директор|direktor|director",
}

MINISTER_TO_MINISTRY: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("вице-министр", "Министерство"), ("замминистр", "Министерство"), ("министр", "Министерство")),
    "en": (("deputy minister", "Ministry"), ("minister", "Ministry")),
    "tg": (("муовини вазир", "Вазорати"), ("вазир", "Вазорати")),
}
# Head-last languages: "<field> министри" is the minister of "<field> министрлиги" (role word -> body word).
MINISTER_TO_MINISTRY_LAST: dict[str, tuple[tuple[str, str], ...]] = {
    "ky": (("министри", "министрлиги"),),
    "kk": (("министрі", "министрлігі"),),
    "uz": (("vaziri", "vazirligi"), ("вазири", "вазирлиги")),
    "az": (("naziri", "nazirliyi"),),
}

# Words that end an apposition when scanning away from a name (verbs of motion, participles,
# prepositions that introduce something other than the role).
APPOSITION_STOP: dict[str, tuple[str, ...]] = {
    "ru": ("с", "со", "от", "для", "к", "у", "что", "как", "который", "которая", "которые", "также", "был",
           "была", "были", "стал", "стала", "вошли", "вошел", "вошла", "выступил", "выступила", "приняли",
           "принял", "приняла", "открыл", "открыла", "провел", "провела", "участием", "словам", "мнению",
           "заявил", "заявила", "отметил", "отметила", "сказал", "сказала", "подчеркнул", "подчеркнула",
           "ходе", "рамках", "время", "числе", "том", "среди", "перед", "после", "однако", "но", "а", "это",
           "этом", "тем", "его", "ее", "её", "их", "поделился", "поделилась", "рассказал", "рассказала"),
    "ky": ("менен", "деп", "үчүн", "тарабынан", "болгон", "болуп", "катышты", "чыкты", "сүйлөдү", "айтты",
           "белгиледи", "билдирди", "деди", "ошондой", "анын", "алардын", "бул", "ал", "кийин", "мурун",
           "учурунда", "алдында", "катышуусу", "катышуусунда", "өттү", "берди", "кошумчалады", "жеткирди",
           "тууралуу", "жөнүндө",  # "Бул тууралуу | министр X": "about" ends a role
           "алкагында", "максатында"),  # "within", "for the purpose of": adverbials before the role's body

    "kk": ("мен", "пен", "бен", "деп", "үшін", "тарапынан", "болған", "болып", "қатысты", "сөйледі", "айтты",
           "атап", "деді", "мәлімдеді", "сондай-ақ", "оның", "бұл", "ол", "кейін", "бұрын", "барысында",
           "өтті", "етті", "берді", "көрсетті", "жеткізді", "туралы", "жөнінде", "аясында", "мақсатында",
           "шеңберінде"),
    "uz": ("bilan", "deb", "uchun", "tomonidan", "bo'lgan", "bo‘lgan", "boʻlgan", "ishtirok", "so'zlagan",
           "so‘zlagan", "dedi", "ta'kidladi", "ta’kidladi", "bildirdi", "shuningdek", "uning", "bu", "u",
           "keyin", "ҳамда", "билан", "деб", "учун", "томонидан", "деди", "деганди", "dedi u", "haqida", "ҳақида",
           "deydi", "дейди", "doirasida", "доирасида", "maqsadida", "мақсадида"),
    "tg": ("аз", "барои", "ки", "гуфт", "қайд", "изҳор", "таъкид", "иштирок", "инчунин", "ӯ", "онҳо",
           "баъд", "пеш", "ҳангоми", "дар", "бораи",
           "рӯзи"),  # "on the day of" ("…, раиси идора рӯзи 5 март гуфт"): a date, not the body's name
    "az": ("ilə", "edən", "edib", "edərək", "olan", "olunan", "verən", "çıxış", "iştirak", "tərəfindən",
           "üçün", "dedi", "bildirdi", "vurğuladı", "həmçinin", "onun", "bu", "o", "sonra", "əvvəl", "zamanı",
           "barədə", "haqqında", "qeyd", "deyə", "deyib", "bildirib", "vurğulayıb", "qeyd edib", "açan", "aparan",
           "keçirən", "aparıcı", "görə", "deyir", "çərçivəsində", "məqsədilə"),
    "en": ("with", "by", "for", "from", "to", "that", "which", "who", "as", "said", "says", "noted", "stressed",
           "also", "his", "her", "their", "after", "before", "during", "while", "when", "according", "told",
           "was", "were", "is", "are", "has", "have", "had"),
}

# Conjunctions that separate two appositions in a list of people.
LIST_CONJ: dict[str, tuple[str, ...]] = {
    "ru": ("и", "а", "также"), "ky": ("жана", "ошондой", "менен"), "kk": ("және", "мен", "пен", "бен"),
    "uz": ("va", "hamda", "ва", "ҳамда"), "tg": ("ва", "инчунин"), "az": ("və", "həmçinin"),
    "en": ("and",),
}

# Heads of government: a "minister" word that names no ministry ("премьер-министр Японии": Japan's).
HEAD_OF_GOVERNMENT = ("премьер", "prime minister", "prime-minister", "bosh vazir", "бош вазир", "baş nazir",
                      "сарвазир", "премьер-министр")

# Heads of a place: a role made of one of these alone ("президент", "первый президент", "мэр города")
# heads the place the report is about. Russian, folded.
HEAD_OF_PLACE = ("президент", "премьер-министр", "премьер", "канцлер", "мэр", "губернатор", "вице-губернатор",
                 "глава государства", "глава правительства")
HEAD_OF_PLACE_TAIL = ("первый", "бывший", "экс-", "города", "страны", "области", "региона", "республики")

# "one of" before a plural role ("X, один из основателей фонда", "X, one of the founders"): the plural
# names the group the one person belongs to, so the role is still X's.
ONE_OF = frozenset({"один", "одна", "одного", "одной", "одному", "одним", "одною", "одну", "one"})
