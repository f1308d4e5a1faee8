"""Page furniture: the words that mark navigation, prompts, notices and credits, per language.

Matched on case-folded lines. A whole line that is one of ``NAV_LINES`` (or starts with a
``CREDIT_PREFIXES`` entry) is furniture; ``NOTICE_WORDS`` mark script/cookie/login notices
anywhere in a short line; ``RELATED_HEADERS`` open a block of related links.
"""
from __future__ import annotations

# Lines that, alone, are navigation / calls to action.
NAV_LINES = {
    "ru": ["контакты", "обратная связь", "все новости", "читать далее", "читать полностью", "подробнее", "далее", "назад", "вперед",
           "вперёд", "главная", "на главную", "войти", "вход", "регистрация", "авторизуйтесь",
           "авторизуйтесь, пожалуйста", "поделиться", "поделитесь", "распечатать", "версия для печати",
           "комментарии", "комментировать", "оставить комментарий", "подписаться", "подпишитесь",
           "лента новостей", "архив новостей", "показать еще", "показать ещё", "загрузить еще",
           "наверх", "меню", "поиск", "источник", "теги", "метки", "просмотров", "мобильная версия",
           "перейти к содержимому", "перейти к содержанию", "все права защищены", "новости",
           "версия для слабовидящих", "для слабовидящих", "версия сайта для слабовидящих", "обычная версия сайта",
           "печать", "пресс-релиз", "перейти в канал", "перейти на канал", "подписаться на канал",
           "подписка на рассылку", "понравилась статья?", "вам понравилась статья?",
           # pagination, a news feed's and the editors' links
           "следующая", "предыдущая", "следующая статья", "предыдущая статья", "следующая новость",
           "предыдущая новость", "связаться с редакцией", "написать в редакцию", "контакты редакции"],
    "ky": ["байланыш", "байланыштар", "бардык жаңылыктар", "бардык кабарлар", "толугураак", "толук окуу", "кененирээк", "кирүү",
           "катталуу", "бөлүшүү", "башкы бет", "издөө", "окшош жаңылыктар", "архив", "жазылуу", "жаңылыктар",
           "көзү начар көргөндөр үчүн", "көзү начар көргөндөр үчүн версия", "каналга өтүү", "каналга кошулуу",
           "кийинки", "мурунку", "кийинки жаңылык", "мурунку жаңылык", "жаңылыктар тасмасы", "жаңылыктар лентасы",
           "редакция менен байланыш"],
    "kk": ["байланыс", "байланыстар", "барлық жаңалықтар", "толығырақ", "толық оқу", "кіру", "тіркелу", "бөлісу", "басты бет",
           "іздеу", "ұқсас жаңалықтар", "жазылу", "жаңалықтар", "нашар көретіндерге арналған нұсқа",
           "көзі нашар көретіндерге арналған нұсқа", "арнаға өту", "арнаға қосылу",
           "келесі", "алдыңғы", "келесі жаңалық", "алдыңғы жаңалық", "жаңалықтар таспасы", "жаңалықтар легі",
           "редакциямен байланыс"],
    "uz": ["aloqa", "biz bilan aloqa", "алоқа", "barcha yangiliklar", "batafsil", "to‘liq o‘qish", "to'liq o'qish", "kirish",
           "ro‘yxatdan o‘tish", "ro'yxatdan o'tish", "ulashish", "bosh sahifa", "qidiruv",
           "barcha yangiliklar", "yangiliklar", "барча янгиликлар", "батафсил", "кириш", "улашиш", "бош саҳифа",
           "янгиликлар", "ko‘zi ojizlar uchun", "ko'zi ojizlar uchun", "zaif ko‘ruvchilar uchun versiya",
           "kanalga o‘tish", "kanalga o'tish", "kanalga oʻtish", "каналга ўтиш", "kanalga qo‘shilish", "kanalga qo'shilish",
           "keyingi", "oldingi", "keyingi yangilik", "oldingi yangilik", "кейинги", "олдинги", "yangiliklar lentasi",
           "янгиликлар лентаси", "tahririyat bilan aloqa", "таҳририят билан алоқа"],
    "tg": ["тамос", "тамос бо мо", "ҳамаи хабарҳо", "муфассал", "бештар", "воридшавӣ", "бақайдгирӣ", "саҳифаи асосӣ", "ҷустуҷӯ", "хабарҳо",
           "ба канал гузаред", "гузариш ба канал", "навбатӣ", "қаблӣ", "хабари навбатӣ", "хабари қаблӣ",
           "тамос бо таҳририя"],
    "az": ["əlaqə", "bizimlə əlaqə", "bütün xəbərlər", "ətraflı", "daha ətraflı", "davamını oxu", "giriş", "qeydiyyat", "paylaş",
           "paylaşın", "ana səhifə", "axtarış", "oxşar xəbərlər", "xəbər lenti", "çap et", "çap versiyası", "xəbərlər",
           "zəif görənlər üçün versiya", "gözdən əlillər üçün versiya", "kanala keç", "kanala qoşul",
           "növbəti", "əvvəlki", "növbəti xəbər", "əvvəlki xəbər", "redaksiya ilə əlaqə", "redaksiyamızla əlaqə",
           "redaksiya ilə əlaqə saxlayın"],
    "en": ["contact", "contacts", "contact us", "all news", "read more", "read the full story", "continue reading", "more", "next", "previous",
           "home", "log in", "login", "sign in", "sign up", "register", "share", "share this", "print",
           "comments", "leave a comment", "subscribe", "search", "menu", "skip to content",
           "skip to main content", "back to top", "exit mobile version", "load more", "related posts",
           "all rights reserved", "tags", "source", "news", "version for the visually impaired",
           "accessibility", "accessibility options", "go to channel", "join channel", "join the channel",
           # the menu of an international agency's site, and a label of the page's type
           "who we are", "what we do", "our work", "take action", "data and resources", "press release",
           # a rating prompt under an article
           "do you like this article?", "did you like this article?", "was this article helpful?",
           "next article", "previous article", "next story", "previous story", "news feed", "contact the editors",
           "contact the newsroom"],
}

# Words that, inside a short line, make it a technical notice (scripts, cookies, login, browser).
NOTICE_WORDS = ["javascript", "cookie", "cookies", "куки", "файлы cookie", "enable js", "браузер",
                "browser", "adblock", "авторизуйтесь", "зарегистрируйтесь", "log in to", "sign in to",
                "mobile version", "мобильная версия", "все права защищены", "all rights reserved",
                "при копировании", "при использовании материалов", "копирование материалов",
                "материалды көчүрүүдө", "materiallardan istifadə", "© ", "(c) ", "kuki", "çərəz",
                "подписывайтесь", "подпишитесь на", "жазылыңыз", "жазылыңыздар", "жазылыңыздар", "obuna bo",
                "abunə ol", "subscribe to", "обуна шавед", "follow us", "присоединяйтесь к нам",
                # "read / watch / follow us on": a follow-us prompt whose icons were lost
                "читайте нас", "смотрите нас", "следите за нами", "мы в соцсетях", "bizni kuzating", "bizi izləyin",
                "бизди ээрчиңиз", "бізді оқыңыз",
                # "be the first to know / to comment": a subscription or comment prompt
                "xabardor bo‘ling", "xabardor bo'ling", "xabardor boʻling", "хабардор бўлинг", "узнавайте первыми",
                "узнавай первым", "be the first to know", "be the first to comment", "биринчилерден болушуңуз",
                "биринчилерден болуңуз", "бірінші болып пікір", "станьте первым", "будьте первым",
                "birinchi bo‘lib izoh", "birinchi bo'lib izoh", "ilk şərhi",
                # "the site works in test mode"
                "test holatida ishlamoqda", "тест ҳолатида ишламоқда", "test rejimida ishlamoqda", "test rejimində",
                "тестовом режиме", "тесттик режимде", "сынақ режимінде", "дар ҳолати санҷишӣ"]

# A short line holding one of these and a number is a counter ("Просмотров: 312").
COUNTER_WORDS = ["просмотр", "прочитано", "baxış", "көрүү", "көрдү", "қаралым", "қаралды", "ko‘rildi",
                 "ko'rildi", "ko‘rishlar", "ko'rishlar", "views", "reads", "дидашуда", "комментари",
                 "şərh", "пикир", "comment(s)"]

# A line starting with one of these lists the page's tags.
TAG_PREFIXES = ["теги:", "тэги:", "метки:", "ключевые слова:", "tags:", "tag:", "teqlər:", "teq:", "тегдер:",
                "тегтер:", "белгилер:", "teglar:", "кілт сөздер:", "тегҳо:", "барчасбҳо:", "kalit so‘zlar:"]

# Words that ask to share (a share bar is these plus network names).
SHARE_WORDS = ["поделиться", "поделитесь", "share", "share this", "share on", "share via", "paylaş", "xəbəri paylaş", "paylaşın", "бөлүшүү", "бөлісу",
               "ulashish", "улашиш", "мубодила", "отправить", "send",
               # a call to send the newsroom a story, before its messengers
               "сообщи свою новость", "сообщите свою новость", "сообщить новость", "send us your story"]

# A line starting with one of these is a photo/video credit or a caption source.
CREDIT_PREFIXES = ["фото:", "фото :", "фото -", "фото –", "фото/", "фото предоставлено", "видео:",
                   "иллюстративное фото", "сүрөт:", "сүрөттө:", "сурет:", "фотосурет:", "foto:",
                   "şəkil:", "photo:", "photo by", "photo credit", "image:", "picture:", "source:",
                   "сурат:", "акс:", "rasm:", "манба:", "manba:", "mənbə:", "источник:", "булак:",
                   "дереккөз:", "коллаж:", "kollaj:", "collage:", "инфографика:", "infografika:", "infographic:"]

# Headers that open a list of related links ("read also").
RELATED_HEADERS = ["boshqa yangiliklar", "бошқа янгиликлар", "башка жаңылыктар", "басқа жаңалықтар",
                   "дигар хабарҳо", "other news", "читайте также", "читайте еще", "читайте ещё", "тағы оқыңыз", "шунингдек ўқинг",
                   "yana o‘qing", "yana o'qing", "инчунин бихонед", "həmçinin oxu", "дагы окуңуз", "смотрите также", "похожие новости", "по теме", "другие новости",
                   "популярное", "самое читаемое", "последние новости", "новости по теме",
                   "дагы окуңуз", "окшош жаңылыктар", "тектеш жаңылыктар", "акыркы жаңылыктар",
                   "сондай-ақ оқыңыз", "ұқсас жаңалықтар", "соңғы жаңалықтар",
                   "shuningdek o‘qing", "shuningdek o'qing", "o‘xshash yangiliklar", "so‘nggi yangiliklar",
                   "инчунин хонед", "хабарҳои дигар",
                   "həmçinin oxuyun", "oxşar xəbərlər", "digər xəbərlər", "son xəbərlər",
                   "read also", "also read", "read next", "see also", "related news", "оқи отырыңыз", "окуй отуруңуз",
                   "ўқинг", "o‘qing", "бихонед", "related articles", "related stories",
                   "more news", "latest news", "most read", "you may also like",
                   # "latest news" as sites spell it, one letter short included
                   "so‘ngi yangiliklar", "so'ngi yangiliklar", "so'nggi yangiliklar", "сўнгги янгиликлар",
                   "охирги янгиликлар", "акыркы кабарлар", "хабарҳои охирин", "охирин хабарҳо", "ən son xəbərlər",
                   "свежие новости", "главные новости", "актуальное",
                   # link lists of a site's footer: useful links, state bodies' sites
                   "полезные ссылки", "ссылки", "сайты государственных органов",
                   "линктер", "шилтемелер", "пайдалуу шилтемелер", "мамлекеттик органдардын сайттары",
                   "сілтемелер", "пайдалы сілтемелер", "мемлекеттік органдардың сайттары",
                   "havolalar", "foydali havolalar", "davlat organlari saytlari", "фойдали ҳаволалар",
                   "пайвандҳо", "пайвандҳои муфид", "сомонаҳои мақомоти давлатӣ", "сомонаҳои расмӣ",
                   "faydalı linklər", "linklər", "dövlət orqanlarının saytları",
                   "useful links", "links", "government websites", "government links",
                   # "similar materials", "on the topic" over a list of links
                   "окшош материалдар", "тектеш материалдар", "ұқсас материалдар", "o‘xshash materiallar",
                   "o'xshash materiallar", "ўхшаш материаллар", "mavzuga oid", "мавзуга оид", "маводҳои монанд",
                   "oxşar materiallar", "mövzuya aid"]

# Social networks: a line made only of these (and separators) is a share bar.
SOCIAL = ["facebook", "twitter", "telegram", "whatsapp", "vk", "vkontakte", "вконтакте", "одноклассники",
          "ok", "instagram", "youtube", "linkedin", "viber", "x", "tiktok", "email", "e-mail", "mail",
          "поделиться", "share", "paylaş", "бөлүшүү", "tweet", "copy link", "скопировать ссылку"]

# Metadata line prefixes: (prefix, field).
META_PREFIXES = [
    ("date", "published"), ("дата", "published"), ("yazı tarixi", "published"), ("sana", "published"),
    ("сана", "published"), ("санаси", "published"), ("обновлено", "published"), ("жарияланған", "published"), ("дата публикации", "published"), ("опубликовано", "published"),
    ("published", "published"), ("posted", "published"), ("жарыяланды", "published"), ("tarix", "published"),
    ("автор", "byline"), ("author", "byline"), ("by", "byline"), ("автору", "byline"), ("muəllif", "byline"),
    ("müəllif", "byline"), ("muallif", "byline"), ("корреспондент", "byline"),
    ("issued on", "published"),
]


def all_of(table: dict[str, list[str]]) -> list[str]:
    """Every entry of a per-language table, once."""
    seen: list[str] = []
    for words in table.values():
        for w in words:
            if w not in seen:
                seen.append(w)
    return seen


# Field labels of structured event notes ("Дата и место: …", "Организаторы: …"): a line that
# starts with one is body, never a related-news headline. Stems, matched at word starts.
FIELD_LABELS = {
    "ru": ["дата", "место", "время", "организатор", "при поддержке", "участник", "модератор", "спикер", "тема",
           "цель", "формат", "партнер", "партнёр", "тренер", "доклад", "ведущ", "программа", "финансир"],
    "ky": ["күнү", "жери", "уюштуруучу", "катышуучу", "максат", "модератор", "тема", "колдоо", "тренер",
           "убакыт", "өнөктөш", "каржылоо"],
    "kk": ["күні", "орны", "ұйымдастырушы", "қатысушы", "мақсат", "тақырып", "серіктес", "қолдау"],
    "uz": ["sana", "joy", "vaqt", "tashkilotchi", "ishtirokchi", "maqsad", "mavzu", "hamkor", "сана", "жой",
           "ташкилотчи", "иштирокчи", "мақсад", "мавзу"],
    "tg": ["сана", "ҷой", "вақт", "ташкилотчи", "иштирокчи", "мақсад", "мавзӯъ", "шарик"],
    "az": ["tarix", "yer", "vaxt", "təşkilatçı", "iştirakçı", "məqsəd", "mövzu", "moderator", "tərəfdaş",
           "dəstək"],
    "en": ["date", "venue", "place", "time", "organizer", "organiser", "participant", "speaker", "moderator",
           "topic", "theme", "supported by", "partner", "trainer", "funded by", "objective", "goal"],
}


# Language names a page's language switcher shows (endonyms, and names in English and in this
# region's languages) and the short codes such switchers use. Case-folded.
LANGUAGE_NAMES = [
    "english", "русский", "русча", "орусча", "орысша", "ruscha", "русӣ", "rus dili", "rusca", "russian",
    "кыргызча", "кыргыз тили", "кыргыз", "қазақ", "қазақша", "қазақ тілі", "kazakh", "kyrgyz",
    "oʻzbek", "o‘zbek", "o'zbek", "o'zbekcha", "oʻzbekcha", "o‘zbekcha", "ўзбек", "ўзбекча", "uzbek",
    "тоҷикӣ", "тоҷик", "забони тоҷикӣ", "tajik", "türkmen", "туркмен", "turkmen",
    "azərbaycan", "azərbaycanca", "azərbaycan dili", "azerbaijani", "türkçe", "turkish",
    "chinese", "中文", "简体中文", "japanese", "日本語", "arabic", "العربية", "french", "français",
    "spanish", "español", "german", "deutsch", "italian", "italiano", "korean", "한국어", "persian",
    "فارسی", "ukrainian", "українська", "qaraqalpaq", "қарақалпақ", "uyghur",
]
LANGUAGE_CODES = [
    "ru", "rus", "en", "eng", "ky", "kg", "kir", "kk", "kz", "kaz", "uz", "uzb", "tj", "tg", "az", "aze",
    "tr", "de", "fr", "es", "zh", "ar", "tk", "рус", "ру", "кыр", "кг", "каз", "қаз", "кз", "ўзб", "ўз",
    "узб", "уз", "o'z", "oʻz", "o‘z", "тоҷ", "тҷ", "тж", "eng", "енг", "англ", "az", "en",
]

# Labels of a page's media tabs ("News | Photo | Video"); a line made only of them is furniture.
TAB_LABELS = [
    "news", "photo", "photos", "video", "videos", "gallery", "audio", "infographics", "multimedia",
    "фото", "видео", "новости", "галерея", "фотогалерея", "видеогалерея", "аудио", "инфографика",
    "мультимедиа", "фоторепортаж", "сүрөт", "сүрөттөр", "кабарлар", "жаңылыктар", "сурет", "бейне",
    "жаңалықтар", "foto", "yangiliklar", "xəbər", "xəbərlər", "акс", "аксҳо", "навор", "хабарҳо",
    "фотолар", "rasmlar", "суратлар",
]

# Words that stand for a missing image or an ad slot when a page is scraped ("img").
PLACEHOLDER_WORDS = ["img", "image", "images", "thumbnail", "thumb", "banner", "logo", "icon", "null",
                     "undefined", "nan", "placeholder", "spacer", "advertisement", "реклама", "жарнама",
                     "reklama", "ad", "ads"]

# Names of CMS shortcodes written in square brackets ("[divider]", "[caption id=…]").
SHORTCODES = ["divider", "caption", "gallery", "embed", "video", "audio", "more", "spoiler", "toc",
              "button", "column", "row", "dropcap", "separator", "clear", "space", "image", "img", "photo",
              "banner", "ad", "ads", "adsense", "readmore", "related", "pagebreak", "nextpage", "quote",
              "tweet", "youtube", "vc_row", "vc_column", "et_pb_section"]

# Year words after a date on a date-only line ("29.07.2021ж.", "2021-ж., 29-September").
DATE_LINE_WORDS = ["ж", "жыл", "жылы", "г", "года", "год", "y", "yil", "йил", "il", "ci", "cı", "cu", "cü",
                   "соли", "сол", "с", "й"]

# Section names of a site's menu; a line made of them (with navigation words) is the menu.
SECTION_WORDS = {
    "ru": ["главная", "новости", "политика", "экономика", "общество", "спорт", "культура", "происшествия", "мир",
           "регионы", "аналитика", "интервью", "мнения", "видео", "фото", "здоровье", "образование", "технологии",
           "наука", "бизнес", "право", "о нас", "реклама", "контакты", "в мире", "статьи", "события", "проекты",
           "документы", "пресс-центр", "медиа", "галерея", "услуги", "карта сайта"],
    "ky": ["башкы", "жаңылыктар", "саясат", "экономика", "коом", "спорт", "маданият", "дүйнө", "окуялар",
           "аймактар", "билим", "ден соолук", "укук", "биз жөнүндө", "маектер", "пикир", "иликтөө", "мыйзам"],
    "kk": ["басты", "жаңалықтар", "саясат", "экономика", "қоғам", "спорт", "мәдениет", "әлем", "оқиғалар",
           "аймақтар", "білім", "денсаулық", "біз туралы", "сұхбат", "талдау"],
    "uz": ["bosh", "yangiliklar", "siyosat", "iqtisodiyot", "jamiyat", "sport", "madaniyat", "dunyo", "hodisalar",
           "hududlar", "ta’lim", "ta'lim", "salomatlik", "biz haqimizda", "сиёсат", "иқтисодиёт", "жамият",
           "маданият", "дунё", "ҳодисалар", "ҳудудлар", "таълим", "спорт", "янгиликлар"],
    "tg": ["сиёсат", "иқтисод", "ҷомеа", "варзиш", "фарҳанг", "ҷаҳон", "ҳодисаҳо", "хабарҳо", "минтақаҳо",
           "маориф", "тандурустӣ", "дар бораи мо"],
    "az": ["siyasət", "iqtisadiyyat", "cəmiyyət", "idman", "mədəniyyət", "dünya", "hadisələr", "regionlar",
           "təhsil", "səhiyyə", "xəbərlər", "müsahibə", "haqqımızda", "ana səhifə", "gündəm", "sosial"],
    "en": ["home", "news", "politics", "economy", "society", "sports", "sport", "culture", "world", "incidents",
           "regions", "opinion", "business", "health", "education", "technology", "science", "about us",
           "about", "contact", "videos", "photos", "multimedia", "analysis", "interviews", "publications",
           "resources", "media", "events", "projects"],
}

# Lines asking for or counting comments.
COMMENT_LINES = ["написать комментарий", "добавить комментарий", "комментариев нет", "нет комментариев",
                 "пикир калтыруу", "пикир жазуу", "пикирлер", "комментарий калтыруу", "пікір қалдыру", "пікірлер",
                 "izoh qoldirish", "izohlar", "изоҳ қолдириш", "изоҳлар", "фикр билдириш", "шарҳ нависед", "шарҳҳо",
                 "şərh yaz", "şərhlər", "şərh yazın", "no comments", "add comment", "add a comment", "post a comment",
                 "write a comment", "comments are closed", "комментарии закрыты"]

# Weekday names and clock words of a page's date-and-time widget ("ишемби, Бишкек убактысы 08:19").
CLOCK_WORDS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
               "дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби",
               "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "сенбі", "жексенбі",
               "dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba",
               "душанбе", "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа", "шанбе", "якшанбе",
               "bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "время", "убактысы", "уақыты", "vaqti", "вақти", "vaxtı", "time", "сегодня", "бүгүн", "бугун",
               "бүгін", "bugun", "имрӯз", "bu gün", "today"]

# Currency names in a ticker ("Доллар 87.45").
CURRENCY_WORDS = ["доллар", "евро", "рубль", "юань", "тенге", "сом", "сум", "манат", "сомони", "dollar", "euro",
                  "rubl", "yevro", "yuan", "manat", "avro", "долл", "руб"]

# Links to the rest of a story, glued after a cut lead ("… Подробнее →").
READ_MORE = ["читать далее", "читать полностью", "подробнее", "далее", "толугураак", "толук окуу", "кененирээк",
             "толығырақ", "толық оқу", "batafsil", "to‘liq o‘qish", "to'liq o'qish", "батафсил", "муфассал",
             "бештар", "ətraflı", "daha ətraflı", "davamını oxu", "read more", "continue reading",
             "read the full story", "more"]
# A link to an earlier story closing a sentence after a dash ("… - подробнее об этом читайте здесь.").
READ_HERE = ["подробнее об этом читайте здесь", "подробнее об этом читайте тут", "подробнее читайте здесь",
             "подробнее читайте тут", "читайте здесь", "подробнее здесь", "подробнее об этом здесь",
             "толугураак бул жерден окуңуз", "толугураак бул жерде", "толығырақ мына жерден оқыңыз",
             "толығырақ осы жерден", "batafsil bu yerda", "batafsil shu yerda", "батафсил бу ерда",
             "ətraflı burada", "ətraflı buradan oxuyun", "муфассал дар ин ҷо", "read more here", "more details here",
             "details here", "more on this here"]

# Reading-time units a page's dateline may add ("19:47 • 35 soniya", "3 мин", "2 min read", "5 мин оқу").
READING_TIME_UNITS = ["soniya", "сония", "daqiqa", "дақиқа", "сек", "секунд", "мин", "минут", "мүнөт", "min",
                      "sec", "second", "seconds", "minute", "minutes", "saniyə", "dəqiqə"]

# Stems of the file names cameras give photos ("DSC_0412", "IMG 2041"): a short line naming one is a caption.
CAMERA_FILE_STEMS = ["dsc", "dscn", "dscf", "img", "mvi", "_mg"]
# Verbs of a reading-time line ("1 дақиқада ўқилади", "3 мүнөттө окулат", "2 dəqiqəyə oxunur").
READ_VERBS = ["ўқилади", "o‘qiladi", "o'qiladi", "oʻqiladi", "окулат", "оқылады", "oxunur", "хонда мешавад", "read"]

# The five prayers (and sunrise) of a Muslim site's prayer-times widget, one a line ("Peshin 12:34").
PRAYER_NAMES = ["bomdod", "tong", "quyosh", "peshin", "asr", "shom", "xufton", "бомдод", "тонг", "қуёш", "пешин",
                "аср", "шом", "хуфтон", "таң", "күн", "бесін", "екінті", "ақшам", "құптан", "багымдат", "бешим",
                "шам", "куптан", "sübh", "günəş", "zöhr", "əsr", "axşam", "işa", "fajr", "sunrise", "dhuhr", "maghrib",
                "isha"]

# A press office signing a release ("Пресс-служба министерства", "NukusDPI matbuot xizmati."): a short line
# holding one of these after the body is the signature, not body.
PRESS_OFFICES = ["пресс-служба", "пресс-службы", "пресс-центр", "пресс служба", "информационная служба",
                 "басма сөз кызматы", "басма сөз кызматынын", "маалымат кызматы", "пресс-кызматы",
                 "баспасөз қызметі", "баспасөз орталығы", "ақпарат қызметі", "matbuot xizmati", "матбуот хизмати",
                 "axborot xizmati", "ахборот хизмати", "matbuot kotibi", "хадамоти матбуот", "маркази матбуот",
                 "mətbuat xidməti", "mətbuat mərkəzi", "informasiya xidməti", "press service", "press office",
                 "press centre", "press center", "media office", "communications office"]

# "ago" of a news card's relative time ("3 года назад", "2 hours ago", "5 saat əvvəl").
AGO_WORDS = ["назад", "ago", "мурун", "бұрын", "oldin", "олдин", "əvvəl", "пеш", "қабл"]

# "logo" in an image's alt text left in the page ("International Fund - IF logo", "Логотип фонда").
LOGO_WORDS = ["logo", "logotype", "логотип", "логотиби", "логотипі", "логотипи", "logotipi", "loqo",
              "loqosu", "loqotip", "logotip", "нишона"]

# Words of a photo's source in brackets closing a caption ("Участники тренинга (фото пресс-службы)", "(iStockphoto)").
PHOTO_WORDS = ["фото", "photo", "сүрөт", "сурет", "foto", "şəkil", "rasm", "сурат", "акс", "image", "getty",
               "shutterstock"]
