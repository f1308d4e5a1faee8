"""Event words per language -> event kind (data only; used by ``store.ingest.events``).

Stems are matched case-insensitively at a word start with any ending ("тренингде", "семинара",
"dəyirmi masada"). Kinds: training | roundtable | conference | meeting | campaign | forum | other.
"""
from __future__ import annotations

KIND_WORDS: dict[str, list[str]] = {
    "roundtable": ["круглый стол", "круглого стола", "круглом столе", "круглых стол", "тегерек стол", "тегерек үстөл",
                   "дөңгелек үстел", "davra suhbat", "давра суҳбат", "мизи мудаввар", "мизҳои мудаввар",
                   "dəyirmi masa", "round table", "round-table", "roundtable"],
    "training": ["тренинг", "семинар", "мастер-класс", "обучающ", "курсы повышения", "training",
                 "workshop", "training course", "course", "seminar", "trening", "təlim", "o'quv", "o‘quv", "oʻquv", "оқыту", "оқу-семинар",
                 "окутуу", "омӯзиш", "машғулот", "mashg'ulot", "mashg‘ulot", "вебинар", "webinar",
                 "летняя школа", "летнюю школу", "летней школ", "зимняя школа", "зимнюю школу", "summer school",
                 "winter school", "жайкы мектеп", "жазғы мектеп", "yozgi maktab", "yay məktəbi",
                 # a simulation exercise (actors play a case for police, prosecutors, social workers)
                 "симуляционн", "simulation exercise", "simulation-based"],
    "conference": ["конференци", "конфронс", "ҳамоиш", "conference", "konfrans", "konferensiya", "конференсия", "симпозиум",
                   "symposium", "саммит", "summit"],
    "meeting": ["встреч", "заседани", "совещани", "жолугуш", "жолукту", "маектешүү",
                # receiving a visitor or a delegation, a visit: a meeting
                "визит", "принял делегаци", "приняла делегаци", "кабыл алды", "қабылдады", "qabul qildi",
                "қабул қилди", "қабул кард", "qəbul edib", "qəbul etdi", "met with", "received a delegation",
                "uchrashdi", "учрашди", "мәслихат",
                "жыйын", "кеңешме", "кездесу", "кездесті", "отырыс", "uchrashuv", "yig'ilish", "yig‘ilish",
                "йиғилиш", "учрашув", "вохӯрӣ", "мулоқот", "ҷаласа", "нишаст", "görüş", "iclas", "müzakirə",
                "meeting", "слушани", "hearing", "брифинг", "briefing",
                "пресс-конференци", "маслихат", "маслиҳат", "dialogue", "диалог", "dialoq", "muloqot",
                # Tajik "вохӯрӣ": its -ӣ is -и before a suffix ("вохӯриҳо", "вохӯрии"); texts also type ӯ as
                # Uzbek ў or plain у ("вохўрӣ", "вохурӣ")
                "вохӯри", "вохўр", "вохур",
                # Russian "met (with)": встретился / встретилась / встретились, as "met with"
                "встретил",
                # Tajik "маҷлис" + its kind (a solemn, a consultative, a reporting, a working meeting); "маҷлис"
                # alone also names a parliament ("Маҷлиси Олӣ")
                "маҷлиси ботантана", "маҷлиси машваратӣ", "маҷлиси ҳисоботӣ", "маҷлиси корӣ", "маҷлиси умумӣ",
                # a body's sitting or assembly: ky "жыйналыш", kk "жиналыс"
                "жыйналыш", "жиналыс"],
    "forum": ["форум", "forum", "съезд", "курултай", "congress", "конгресс", "kongres", "фестивал", "festival"],
    "campaign": ["акци", "кампани", "campaign", "kampaniya", "aksiya", "марафон", "флешмоб", "рейд", "маърака",
                 "ярмарк", "жәрмеңке", "жарманке", "yarmarka", "конкурс", "фотоконкурс", "müsabiqə", "tanlov",
                 "озмун", "caravan", "караван", "awareness raising", "awareness-raising",
                 # awareness-raising work among the public ("тарғибот тадбирлари", "təbliğat aksiyası")
                 "тарғибот", "targ'ibot", "targ‘ibot", "targʻibot", "təbliğat"],
    "other": ["мероприяти", "иш-чара", "ишчара", "tədbir", "tadbir", "тадбир", "іс-шара", "чорабин", "event",
              "презентаци", "presentation", "выставк", "көргөзмө", "көрме", "sərgi", "ko'rgazma", "exhibition",
              "церемони", "ceremony", "открыти", "открылс", "открылась", "открылось", "ачылыш", "ачылды", "ашылу",
              "ашылды", "ochildi", "ochilish", "açıldı", "açılış", "кушода шуд", "opening", "launch"],
}

# Kinds ranked when a sentence names several: the specific word wins over the generic one.
KIND_PRIORITY = ["roundtable", "conference", "forum", "training", "meeting", "campaign", "other"]

# Words that introduce the event's theme or name (a quoted title follows or precedes them).
TITLE_BEFORE = [r"на\s+тему", r"по\s+теме", r"под\s+названием", r"под\s+девизом", r"по", r"on", r"titled",
                r"entitled", r"on\s+the\s+(?:theme|topic)\s+of", r"дар\s+мавзӯи", r"таҳти\s+унвони", r"бо\s+номи",
                r"под\s+лозунгом", r"под\s+слоганом", r"таҳти\s+шиори", r"бо\s+шиори", r"under\s+the\s+(?:slogan|motto)",
                r"named", r"called"]
TITLE_AFTER = [r"темасында", r"темадагы", r"темада", r"темасындагы", r"аттуу", r"деп\s+аталган", r"тақырыбында",
               r"тақырыбындағы", r"атты", r"деген", r"mövzusunda", r"mövzusuna", r"adlı", r"mavzusida",
               r"mavzusidagi", r"nomli", r"мавзусида", r"номли", r"мавзӯи", r"деген\s+тақырыпта",
               r"shiori\s+ostida", r"шиори\s+остида", r"ураны\s+астында", r"урааны\s+астында", r"ұранымен",
               r"ұраны\s+аясында", r"şüarı\s+altında", r"şüarı\s+ilə"]

# Words for taking part, for exact participant counts.
PARTICIPATE = (r"участвовал\w*|участие|приняли\s+участие|приняло\s+участие|участник\w*|присутствовал\w*|"
               r"собрал\w*|катыш\w*|ширкат\w*|qatnash\w*|қатнаш\w*|қатыс\w*|ishtirok\w*|иштирок\w*|iştirak\w*|participa\w*|attend\w*|(?:took|take[sn]?|taking)\s+part|"
               r"обучение\s+прош\w*|прош\w*\s+обучение|обучен[оы]|trained|окуудан\s+өт\w*|оқудан\s+өт\w*|"
               r"complet\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:training|course|workshop|programme|program)")
PARTICIPANT_WORDS = (r"участник\w*|слушател\w*|катышуучу\w*|қатысушы\w*|ishtirokchi\w*|иштирокчи\w*|иштирокчӣ\w*|"
                     r"iştirakçı\w*|participant\w*|attendee\w*|trainee\w*")
WOMEN_WORDS = (r"женщин\w*|аял\w*|әйел\w*|ayol\w*|аёл\w*|зан(?:он|ҳо)?|qadın\w*|wom[ae]n|female\w*|кыз-келин\w*|"
               r"девуш\w*|кыз(?:дар)?|қыз(?:дар)?|қиз(?:лар)?|qiz(?:lar)?|духтар(?:он|ҳо)?|qız(?:lar)?|girls?")
MEN_WORDS = r"мужчин\w*|эркек\w*|ер\s+адам\w*|ерлер\w*|erkak\w*|эркак\w*|мард(?:он|ҳо)?|kişi\w*|men\b|male\w*"
PEOPLE_WORDS = (r"человек\w*|чел\.|адам\w*|киши\w*|кісі\w*|nafar|нафар|kishi\w*|кас|nəfər|şəxs\w*|people|persons?|"
                r"имам\w*|специалист\w*|представител\w*|сотрудник\w*|студент\w*|журналист\w*|эксперт\w*|"
                r"мигрант\w*|волонт[её]р\w*|учител\w*|педагог\w*|адис\w*|кызматкер\w*|өкүл\w*|mütəxəssis\w*|"
                r"nümayəndə\w*|mutaxassis\w*|vakil\w*|мутахассис\w*|намоянда\w*|маман\w*|өкіл\w*|imam\w*|"
                r"officials?|specialists?|representatives?|students?|journalists?|experts?|migrants?|teachers?|"
                r"social\s+workers?|police\s+officers?|case\s*workers?|volunteers?|trainees?|lawyers?|judges?|"
                r"prosecutors?|doctors?|nurses?|border\s+guards?|officers?|inspectors?|activists?|staff|"
                r"юрист\w*|суд(?:ей|ьи|ьям)|прокурор\w*|врач\w*|пограничник\w*|инспектор\w*|активист\w*|"
                r"социальн\w+\s+работник\w*|полицейск\w*|"
                # professions in the other languages: employees, teachers, students, lawyers, journalists
                r"қызметкер\w*|мұғалім\w*|заңгер\w*|мугалим\w*|xodim\w*|ходим\w*|o[‘'ʻ’]?qituvchi\w*|ўқитувчи\w*|"
                r"talaba\w*|jurnalist\w*|омӯзгор\w*|муаллим\w*|корманд\w*|донишҷӯ\w*|хабарнигор\w*|"
                r"ҳуқуқшинос\w*|müəllim\w*|əməkdaş\w*|tələbə\w*|hüquqşünas\w*|polis\w*|"
                r"бүтүрүүчү\w*|түлек\w*|bitiruvchi\w*|битирувчи\w*|məzun\w*|хатмкунанда\w*|graduates?")
# What introduces the audience of a training ("a training for 36 caseworkers", "семинар для 25 юристов").
AUDIENCE_BEFORE = (r"(?:training|workshop|seminar|course|session|meeting|briefing|тренинг\w*|семинар\w*|курс\w*|"
                   r"встреч\w*|заняти\w*|лекци\w*|обучени\w*)(?:\s+[^\W\d_]+){0,3}\s+(?:for|для)\s+$")
# A share of a count given right after it: "36 caseworkers, 22 of them women", "40 человек, из них 25 женщин".
# Words that make a count a part of a larger one ("из них 25 женщин", "анын ичинде").
SHARE_WORDS = (r"из\s+них|в\s+том\s+числе|including|of\s+whom|алардын|анын\s+ичинде|оның\s+ішінде|олардың|шулардан|"
               r"улардан|аз\s+ҷумла|jumladan|шундан|onlardan|о\s+cümlədən|bunlardan")
# What makes a count a part of the participants, not all of them ("из них 12 женщин", "Of the participants").
SUBSET_WORDS = SHARE_WORDS + r"|среди\s+них|of\s+them|of\s+the|among|ішінде|аз\s+онҳо|shundan"
BREAKDOWN_AFTER = (r"^[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*[,(—–-]\s*(?:" + SHARE_WORDS + r")?\s*\d+\s+"
                   r"(?:of\s+them\s+|нафар\s+|nafar\s+|nəfər\s+)?(?:" + WOMEN_WORDS + r"|" + MEN_WORDS + r")")
# Words that make a count approximate (such counts go to figures only).
APPROX = (r"более(?:\s+чем)?|около|свыше|порядка|почти|примерно|приблизительно|до|более\s+чем|не\s+менее|"
          r"ашык|жакын|чамасы|ашуун|астам|шамасы|жуық|dan\s+ortiq|ga\s+yaqin|qariyb|taxminan|зиёда\s+аз|"
          r"қариб|тақрибан|dan\s+çox|təxminən|yaxın|more\s+than|over|about|approximately|nearly|around|up\s+to|some")

# Verbs saying an event took place (active verbs are in ``lexicon/orgs.HOLD_VERBS``).
HAPPENED = (r"прош[её]л|прошла|прошло|прошли|состоял\w*|проходит|проходил\w*|пройд[её]т|өттү|өткөн|өткөрүлдү|"
            r"болуп\s+өттү|өтті|өтеді|o[‘'ʻ’]?tdi|bo[‘'ʻ]?lib\s+o[‘'ʻ’]?tdi|ўтди|бўлиб\s+ўтди|"
            r"баргузор\s+(?:шуд|гардид)\w*|доир\s+гардид\w*|keçirilib|keçirildi|keçirilən|baş\s+tutdu|"
            r"took\s+place|was\s+held|were\s+held|is\s+held|"
            # passives of "organize", "conduct": "ташкил қилинди", "tashkil etildi", "гузаронида шуд", "təşkil edilib"
            r"ташкил\s+(?:этилди|қилинди)|tashkil\s+(?:etildi|qilindi)|гузаронида\s+шуд\w*|"
            r"təşkil\s+(?:edilib|edildi|olunub|olundu)")

# Verbs of discussing: a dated or placed sentence with one reports a meeting even with no event word.
DISCUSSED = (r"обсудили|обсуждали|обсуждался|обсуждались|обсуждены|талкууланды|талкуулашты|талқыланды|"
             r"muhokama\s+qilindi|muhokama\s+qilishdi|муҳокама\s+қилинди|баррасӣ\s+(?:шуд|гардид|карданд)|"
             r"müzakirə\s+(?:edildi|olundu|ediblər)|discussed|met\s+to\s+discuss")

# A sentence that recalls an earlier event is background, not a new event of the report.
BACKGROUND = (r"напомним|ранее|в\s+прошлом\s+году|earlier|previously|last\s+year|мурда|былтыр|бұрын|"
              r"өткен\s+жылы|avval|o['‘ʻ’]tgan\s+yili|əvvəl|keçən\s+il|пештар|соли\s+гузашта")
# Labels of a field giving the event's date ("Дата и место: 27 октября", "Date: 3 May").
DATE_LABELS = r"дата|время|date|when|күнү|өтетін\s+күні|sana|vaqti|сана|tarix|vaxt|таърих"

# The two words of "round table" in each language: the first opens an event, not a body's name
# ("Тегерек стол | Сорос-Кыргызстан фондунун колдоосу менен").
ROUND_TABLE_FIRST = frozenset({"мизи", "мизҳои", "тегерек", "дөңгелек", "davra", "давра", "dəyirmi", "round", "круглый",
                               "круглого", "круглом", "круглых"})
ROUND_TABLE_SECOND = frozenset({"стол", "үстөл", "үстел", "masa", "suhbat", "suhbati", "суҳбат", "мудаввар", "table"})
# Members of a body ("волонтёры фонда провели акцию"): the body holds the event through them.
MEMBER_WORDS = frozenset({"волонтёры", "волонтеры", "сотрудники", "представители", "активисты", "специалисты", "юристы",
                          "члены", "эксперты", "тренеры", "студенты", "ученики", "психологи", "команда"})
# Sentence-opening words for the project, not a body ("Loyiha Acme ko‘magida …").
PROJECT_WORDS = frozenset({"loyiha", "layihə", "долбоор", "жоба", "лоиҳа", "проект", "project"})
# A date that ends a span says until when something lasts, not when it happened: a glued ending
# ("noyabrgacha", "noyabradək"), a postposition after it ("27 ноябрига қадар", "27-ноябрга чейин",
# "27 қарашаға дейін") or a preposition before it ("до 27 ноября", "то 27 ноябр", "until 27 November").
UNTIL_GLUED = r"гача|gacha|ғача|qacha|dək|dәk|дәк"
UNTIL_AFTER = r"қадар|qadar|чейин|дейін|qədər|kadar|кадар"
UNTIL_BEFORE = r"до|то|until|till"
# A date then a dash and the name of a day ("18 декабрь – Халқаро мигрантлар куни", "30 июля – Всемирный день
# борьбы с торговлей людьми") names the day an event marks, not the day it was held.
OCCASION_DAY = r"күнү|күні|куни|kuni|günü|рӯзи|день|дня|day"
# A date then "signed", "adopted" (a case ending may be glued to the date) dates a document, not the event
# ("2019 йил 30 июлда имзоланган фармон", "3 мартта кабыл алынган мыйзам", "a decree signed on 3 May" is English order).
SIGNED_AFTER = (r"имзоланган|imzolangan|қабул\s+қилинган|qabul\s+qilingan|кол\s+коюлган|кабыл\s+алынган|"
                r"қол\s+қойылған|қабылданған|imzalanmış|imzalanan|imzalanıb|qəbul\s+edilmiş|ба\s+имзо\s+расида|"
                r"қабулгардида|имзошуда|подписанн\w*|принят\w*")
