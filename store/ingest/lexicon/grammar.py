"""The grammar of each language of the genre, as data: one ``Grammar`` record per language.

Extractors ask the record (``grammar_for(lang).conjunctions``) instead of branching on the
language code, so a fix is a fact about a language and a new language is a new record.

* Noun phrases: where an organization's type word (its head) stands ("Министерство труда",
  "Вазорати меҳнат", "Ministry of Labour" put it first; "… борбору", "… nazirliyi" last), the
  words that link a head-first name's parts ("по", "оид", "of"), the Tajik izafet ("Вазорати
  меҳнат": the head's "-и" binds the next word), how names are capitalised.
* Case and possessive endings of the Turkic languages (genitive, dative, locative, possessive),
  adpositions (prepositions or postpositions), conjunctions, subordinating words.
* Russian morphology that ends a name (a finite verb, a short participle, an auxiliary).
* Speech verbs (``lexicon/speech.py``) and where they stand relative to the quote.

A field is empty (``None``, ``()``, ``frozenset()``) only where the language truly lacks the
thing, and then ``absent`` says why; ``tests/test_grammar.py`` checks both ways.

The people rules ask it too: where a role stands (``org_heads``), the genitive and accusative
suffixes, the comitative, the izafet, the role-word loans, and the ``people:`` fields below.

>>> grammar_for("ky").org_heads, grammar_for("tg").izafet_endings[:2], grammar_for("xx").code
(('last',), ('и', 'ӣ'), 'und')
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Literal

from .events import MEMBER_WORDS
from .orgs import RU_NAME_ADVERBIALS, RU_OBJECT_PREPS
from .speech import RELEASE_NOUNS, SPEECH_STEMS

LANGUAGES = ("ru", "ky", "kk", "uz", "tg", "az", "en")
UND = "und"  # the code language identification gives a text it cannot place (no letters, too short)

NameCase = Literal["every-word", "first-word", "free"]


@dataclass(frozen=True, slots=True, eq=False)  # one record per language: compared and hashed by identity
class Grammar:
    """What the extractors need to know about one language (field docs below)."""

    code: str
    country: str | None  # the state whose language it is: a report's country when nothing else says
    # -- noun phrases and organization names
    org_heads: tuple[str, ...]  # where a body's type word stands: "first" (before its complement), "last"
    name_case: NameCase  # "every-word": Title Case names; "first-word": a lowercase type word is a common
    #                      noun; "free": running text often writes a body's name in lower case
    name_links: tuple[str, ...]  # words inside a head-first name after its head ("по", "оид", "of")
    capitalised_name_links: frozenset[str]  # lowercase words a Title Case name may hold ("of", "the")
    complement_preps: tuple[str, ...]  # prepositions opening a head-first name's complement
    adjective_heads: frozenset[str]  # type words that open names as adjectives ("International …")
    nominative_heads: str | None  # regex: a declined head-first head in the nominative
    izafet_endings: tuple[str, ...]  # endings binding a head to the next word ("Вазорати меҳнат")
    name_place_preposition: str | None  # a preposition keeping a capitalised place in a name ("… дар Аврупо")
    object_preps: frozenset[str]  # prepositions of a purpose complement's object ("по работе | с …")
    name_adverbials: tuple[tuple[str, str], ...]  # fixed adverbial phrases inside names ("за рубежом")
    adjective_endings: str | None  # regex: an agreeing adjective before a head-first head ("Городская комиссия")
    participle_markers: str | None  # regex: a participle, which opens a clause, not a name ("созданный")
    stop_prepositions: frozenset[str]  # prepositions that end a name being walked (unless a name link)
    head_case_endings: tuple[str, ...]  # after a head-last head's stem: a case or plural, not the nominative
    verbal_noun_suffixes: tuple[str, ...]  # "көмөктөшүү": a verbal noun whose dative object is inside a name
    agent_suffixes: tuple[str, ...]  # "təşkilatçı": the organizer, not the organization
    settlement_words: tuple[str, ...]  # "шаар", "şəhər": in the locative, the place of the event
    surname_endings: tuple[str, ...]  # a capitalised word with one is a person's name
    strong_surname_endings: tuple[str, ...]  # the endings that are surnames whatever follows
    # -- verbs that end a name (a fused-inflection language's finite forms)
    verb_endings: str | None  # regex of finite verb endings (words longer than 4 letters)
    short_participle_endings: str | None  # regex of short passive participles (words longer than 5)
    auxiliaries: frozenset[str]  # "был", "стал": a predicate starts
    # -- cases, possessives, adpositions, conjunctions
    adposition: Literal["pre", "post"]  # prepositions ("при поддержке") or postpositions ("колдоосу менен")
    genitive_suffixes: tuple[str, ...]  # "-нын", "-ning", "-nın": a name's head owned by the next word
    accusative_suffixes: tuple[str, ...]
    dative_suffixes: tuple[str, ...]  # "-га", "-ga", "-ya": the object of a verb, not part of a name
    locative_suffixes: tuple[str, ...]  # "-да", "-də": a place of the event, not part of a name
    possessive_suffixes: tuple[str, ...]  # third-person possessive: "борбору", "markazi", "Agentliyi"
    comitative: tuple[str, ...]  # "with": a preposition, a postposition or a suffix ("-мен")
    locative_prepositions: tuple[str, ...]  # "в", "дар", "in": a place follows
    conjunctions: tuple[str, ...]  # "and"
    subordinators: tuple[str, ...]  # words that open (or close) a reported clause: "что", "деп", "that"
    # -- speech
    speech_stems: tuple[str, ...]  # attribution verbs (``lexicon/speech.py``)
    release_nouns: tuple[str, ...]  # statements issued by a body ("пресс-релиз")
    speech_verb_after_long_subject: bool  # '"…," the dean of the faculty added': the verb may end the clause
    loan_languages: tuple[str, ...]  # languages whose words its texts use in their sentences (Russian)
    role_word_loans: tuple[str, ...]  # languages whose role words its texts use ("директор", "manager")
    contact_language: bool  # the region's lingua franca: reports are translated from or into it
    # -- people: a role and its body next to a name (``apposition.py``)
    role_comma_before_name: bool  # "The Director of the Service, A. B., said": a comma may part a role from the name
    of_preposition: str | None  # the preposition of a possessor ("Ministry of …") joining a ministry to its field
    past_participle_ending: str | None  # a lowercase word with it is a verb ("-ed"), which ends a role
    genitive_n_after_vowel: bool  # a two-letter genitive ("-ın") follows a consonant only; a vowel takes "-nın"
    voiced_k_stems: tuple[str, ...]  # a stem ending so had a k/q a vowel suffix voiced ("Agentliyi" -> "Agentlik")
    possessive_dative: str | None  # regex: a lowercase possessive in the dative ("аземине"), what one took part in
    comitative_suffix: bool  # "with" is a suffix on the possessive ("… басқармасымен"), not a word of its own
    # -- people: names (``people.py``)
    middle_names: bool  # a person's name may hold middle names: three or four capitalised words
    name_case_suffixes: bool  # a name's case is a suffix to strip ("Ergashevaning"), not a Russian declension
    suffix_on_every_name_word: bool  # a case suffix may end any word of a name, not only the last
    surname_like_genitives: tuple[str, ...]  # genitives ending like a surname's "-ин" ("Бакытбектин"): not one
    member_words: frozenset[str]  # a body's people ("волонтёры фонда провели"): the body holds the event (org_roles)
    # -- tools
    analyser: str | None  # a morphology/syntax analyser installed for it (natasha for Russian)
    morphology_dictionary: bool  # pymorphy's dictionary reads its words' case and part of speech
    absent: dict[str, str]  # field -> why the language has no such thing


def is_empty(value: object) -> bool:
    """Whether a field's value says "nothing" (``None`` or an empty collection; ``False`` is a value).

    >>> is_empty(None), is_empty(()), is_empty(False), is_empty(("и",))
    (True, True, False, False)
    """
    return value is None or (isinstance(value, (tuple, frozenset, dict, str)) and not value)


def _ru() -> Grammar:
    return Grammar(
        code="ru", country=None, org_heads=("first",), name_case="first-word",
        name_links=("по", "и", "в", "при", "для"), capitalised_name_links=frozenset(), complement_preps=("по",),
        adjective_heads=frozenset(),
        nominative_heads=(
            r"^(?:министерство|агентство|центр|фонд|комитет|управление|организация|служба|ассоциация|инспекция|"
            r"департамент|объединение|союз|институт|университет|академия|посольство|представительство|миссия|"
            r"прокуратура|администрация|мэрия|акимат|хокимият|палата|альянс|коалиция|сеть|бюро|аппарат|"
            r"правительство|омбудсмен|совет|генпрокуратура|программа|движение|комиссия|отдел|отделение|офис|"
            r"консульство|общество|парламент|сенат|мажилис|кабинет|ведомство|филиал|колледж)$"),
        izafet_endings=(), name_place_preposition=None, object_preps=RU_OBJECT_PREPS,
        name_adverbials=RU_NAME_ADVERBIALS,
        adjective_endings=r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ей)$",
        participle_markers=r"(?:ованн|ёванн|еванн|вш|ющ|ящ|ущ|ащ|ем[ыо]й|им[ыо]й)",
        stop_prepositions=frozenset({"в", "во", "на", "для", "при", "с", "со", "от", "по", "из", "к", "о", "об", "у", "через",
                                "за", "между", "среди", "перед", "под", "над", "до", "после"}),
        head_case_endings=(), verbal_noun_suffixes=(), agent_suffixes=(), settlement_words=(),
        surname_endings=("ов", "ев", "ова", "ева", "ин", "ина", "ский", "ская"),
        strong_surname_endings=("ов", "ев", "ова", "ева"),
        verb_endings=r"(?:[аеёиоуыя]л|[аеёиоуыя]ла|[аеёиоуыя]ло|[аеёиоуыя]ли|ет|ют|ит|ят|ется|ются|ся|ать|ить)$",
        short_participle_endings=r"(?:ован|ована|овано|ованы|ен|ена|ено|ены|ён|ёна|ёно|ёны)$",
        auxiliaries=frozenset({"был", "была", "было", "были", "будет", "будут", "стал", "стала", "стало", "стали",
                               "есть"}),
        adposition="pre", genitive_suffixes=(), accusative_suffixes=(), dative_suffixes=(), locative_suffixes=(),
        possessive_suffixes=(), comitative=("с", "со"), locative_prepositions=("в", "во"), conjunctions=("и",),
        subordinators=("что", "чтобы", "как"),
        speech_stems=SPEECH_STEMS["ru"], release_nouns=RELEASE_NOUNS["ru"], speech_verb_after_long_subject=False,
        loan_languages=(), role_word_loans=(), contact_language=True, analyser="natasha",
        role_comma_before_name=False, of_preposition=None, past_participle_ending=None, genitive_n_after_vowel=False,
        voiced_k_stems=(), possessive_dative=None, comitative_suffix=False, morphology_dictionary=True,
        middle_names=False, name_case_suffixes=False, suffix_on_every_name_word=False, member_words=MEMBER_WORDS,
        surname_like_genitives=(),
        absent={
            "surname_like_genitives": "-ин ends surnames and given names; a genitive is read by the dictionary",
            "of_preposition": "the possessor is in the genitive case, with no preposition",
            "past_participle_ending": "verbs are read by the dictionary (morphology_dictionary)",
            "voiced_k_stems": "no suffix is split off a stem here",
            "possessive_dative": "the dative is read by the dictionary; no possessive suffix",
            "country": "spoken across the region, the state language of no one country of it",
            "capitalised_name_links": "a name capitalises its first word only",
            "adjective_heads": "adjectives made from type words have their own endings (orgs.NOT_HEAD_PREFIXES)",
            "izafet_endings": "a head governs its complement by case, not by an izafet",
            "head_case_endings": "head-first: a head's case is read by nominative_heads",
            "verbal_noun_suffixes": "head-first: a name's verbal noun follows its head",
            "agent_suffixes": "agent nouns are words of their own, not a head with a suffix",
            "settlement_words": "the locative is a preposition: the settlement word is not a locative form",
            "name_place_preposition": "«в» is a name link already",
            "genitive_suffixes": "fused inflection: cases are read by the analyser, not split off as suffixes",
            "accusative_suffixes": "fused inflection: cases are read by the analyser, not split off as suffixes",
            "dative_suffixes": "fused inflection: cases are read by the analyser, not split off as suffixes",
            "locative_suffixes": "the place takes a preposition (locative_prepositions)",
            "possessive_suffixes": "possession is a genitive or a pronoun",
            "loan_languages": "the region's contact language itself",
            "role_word_loans": "the region's contact language itself",
        },
    )


_TURKIC = Grammar(  # what the head-last Turkic languages share; each one adds its suffixes and words
    code="", country=None, org_heads=("last",), name_case="free", name_links=(),
    capitalised_name_links=frozenset(), complement_preps=(), adjective_heads=frozenset(), nominative_heads=None,
    izafet_endings=(), name_place_preposition=None, object_preps=frozenset(), name_adverbials=(),
    adjective_endings=None, participle_markers=None, stop_prepositions=frozenset(),
    # the group's endings as written in any of its languages (texts and transliterations mix them)
    head_case_endings=("н", "м", "да", "де", "га", "ге", "ка", "ке", "na", "nə", "da", "də", "ga", "ka", "ни", "ны",
                       "ну", "нү", "n", "ning", "лар", "лер", "лор", "лөр", "дар", "дер", "дор", "дөр", "тар", "тер",
                       "тор", "төр", "lar", "lər"),
    verbal_noun_suffixes=("үү", "уу", "оо", "өө", "ыу", "іу", "ish", "ash", "ув", "ш", "маг", "мак", "mak", "mək",
                          "lik", "лык", "лик", "лук", "лүк"),
    agent_suffixes=("çı", "çi", "çu", "çü", "чы", "чи", "чу", "чү", "chi"), settlement_words=(),
    surname_endings=(), strong_surname_endings=(),
    verb_endings=None, short_participle_endings=None, auxiliaries=frozenset(), adposition="post",
    genitive_suffixes=(), accusative_suffixes=(), dative_suffixes=(), locative_suffixes=(), possessive_suffixes=(),
    comitative=(), locative_prepositions=(), conjunctions=(), subordinators=(), speech_stems=(), release_nouns=(),
    speech_verb_after_long_subject=False, loan_languages=(), role_word_loans=(), contact_language=False, analyser=None,
    role_comma_before_name=False, of_preposition=None, past_participle_ending=None, genitive_n_after_vowel=True,
    voiced_k_stems=(), possessive_dative=None, comitative_suffix=False, morphology_dictionary=False,
    middle_names=False, name_case_suffixes=True, suffix_on_every_name_word=False, member_words=frozenset(),
    surname_like_genitives=(),
    absent={
        "surname_like_genitives": "its genitive does not end like a Cyrillic surname (-ин)",
        "member_words": "no member word is known to name a body's people before it",
        "of_preposition": "the possessor takes the genitive suffix (genitive_suffixes)",
        "past_participle_ending": "a role follows its body and ends at the role word; no verb check is needed",
        "voiced_k_stems": "a stem keeps its voiced consonant (names are read with it)",
        "possessive_dative": "no dative after a possessive is known to stand before a body",
        "name_links": "head-last: a name ends at its head",
        "capitalised_name_links": "names are not capitalised word by word",
        "complement_preps": "head-last: the complement precedes the head in the genitive",
        "adjective_heads": "no type word doubles as an adjective",
        "nominative_heads": "head-last: the head's case is its suffix (possessive_suffixes)",
        "izafet_endings": "modifiers precede the head; no izafet",
        "name_place_preposition": "postpositional: a place in a name precedes the head",
        "object_preps": "postpositional: objects take case suffixes",
        "name_adverbials": "no fixed adverbial phrases inside names are known",
        "adjective_endings": "adjectives do not agree with their noun: no ending marks them",
        "participle_markers": "head-last: a participle before a name's head is part of it",
        "stop_prepositions": "postpositional (adposition)",
        "verb_endings": "head-last names end at their head; no verb check is needed",
        "short_participle_endings": "head-last names end at their head; no verb check is needed",
        "auxiliaries": "head-last names end at their head; no verb check is needed",
        "locative_prepositions": "the locative is a case suffix (locative_suffixes)",
        "analyser": "no analyser is installed for it",
    },
)


def _turkic(code: str, country: str, *, genitive: tuple[str, ...], accusative: tuple[str, ...],
            dative: tuple[str, ...], locative: tuple[str, ...], possessive: tuple[str, ...],
            comitative: tuple[str, ...], conjunctions: tuple[str, ...], subordinators: tuple[str, ...],
            settlements: tuple[str, ...], surnames: tuple[str, ...], strong_surnames: tuple[str, ...],
            role_loans: tuple[str, ...], loans: tuple[str, ...] = (), absent: dict[str, str] | None = None,
            voiced_k_stems: tuple[str, ...] = (), possessive_dative: str | None = None,
            comitative_suffix: bool = False, suffix_on_every_name_word: bool = False,
            surname_like_genitives: tuple[str, ...] = ()) -> Grammar:
    """A head-last Turkic language: ``_TURKIC`` with its own suffixes and words."""
    g = replace(_TURKIC, code=code, country=country, genitive_suffixes=genitive, accusative_suffixes=accusative,
                   dative_suffixes=dative, locative_suffixes=locative, possessive_suffixes=possessive,
                   comitative=comitative, conjunctions=conjunctions, subordinators=subordinators,
                   settlement_words=settlements, surname_endings=surnames, strong_surname_endings=strong_surnames,
                   loan_languages=loans, role_word_loans=role_loans, speech_stems=SPEECH_STEMS[code], release_nouns=RELEASE_NOUNS[code],
                   voiced_k_stems=voiced_k_stems, possessive_dative=possessive_dative,
                   comitative_suffix=comitative_suffix, suffix_on_every_name_word=suffix_on_every_name_word,
                   surname_like_genitives=surname_like_genitives, absent={**_TURKIC.absent, **(absent or {})})
    return replace(g, absent={k: why for k, why in g.absent.items() if is_empty(getattr(g, k))})


# A lowercase word in the dative after a possessive ("аземине", "ашылуына") in Kyrgyz and Kazakh.
_SURNAME_LIKE_GENITIVES = ("тин", "дин", "нин", "тын", "дын", "нын")  # Kyrgyz spelling, in Kazakh texts too
_POSSESSIVE_DATIVE = r"^[^A-ZА-ЯЁӨҮҢҚҒҰӘІҺ].*(?:ы|и|у|ү|і|сы|си|су|сү|сі)(?:на|не|нө|но)$"


_GRAMMARS: tuple[Grammar, ...] = (
    _ru(),
    _turkic(
        "ky", "KG",
        genitive=("нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн"),
        accusative=("ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү"),
        dative=("ларга", "лерге", "га", "ге", "ка", "ке", "го", "гө", "ко", "кө", "на", "не"),
        locative=("да", "де", "та", "те", "до", "дө", "то", "тө"),
        possessive=("сы", "си", "су", "сү", "ы", "и", "у", "ү"), comitative=("менен",),
        conjunctions=("жана",), subordinators=("деп", "деген"), settlements=("шаар", "айыл"),
        surnames=("уулу", "кызы", "ов", "ев", "ова", "ева"), strong_surnames=("ов", "ев", "ова", "ева"), loans=("ru",),
        role_loans=("ru",), possessive_dative=_POSSESSIVE_DATIVE,
        surname_like_genitives=_SURNAME_LIKE_GENITIVES),
    _turkic(
        "kk", "KZ",
        genitive=("ның", "нің", "дың", "дің", "тың", "тің"),
        accusative=("ны", "ні", "ды", "ді", "ты", "ті"),
        dative=("ға", "ғе", "қа", "ге", "ке", "на", "не", "ge", "ke"),
        locative=("да", "де", "та", "те"),
        possessive=("сы", "сі", "ы", "і"), comitative=("мен", "пен", "бен"),
        conjunctions=("және",), subordinators=("деп", "деген"), settlements=("қала", "ауыл"),
        surnames=("ов", "ев", "ова", "ева"), strong_surnames=("ов", "ев", "ова", "ева"), loans=("ru",),
        role_loans=("ru",), possessive_dative=_POSSESSIVE_DATIVE, comitative_suffix=True,
        surname_like_genitives=_SURNAME_LIKE_GENITIVES),
    _turkic(
        "uz", "UZ",
        genitive=("ning", "нинг"), accusative=("ni", "ни"),
        dative=("ga", "ka", "qa", "га", "ка", "қа"), locative=("da", "да"),
        possessive=("si", "i", "си", "и"), comitative=("bilan", "билан"),
        conjunctions=("va", "ва"), subordinators=("deb", "деб", "ki", "ки"), settlements=("shahr", "qishloq", "шаҳр"),
        surnames=("ov", "ova", "ev", "eva", "yev", "yeva"), strong_surnames=("ov", "ova", "ev", "eva", "yev", "yeva"),
        loans=("ru",), role_loans=("en",), suffix_on_every_name_word=True),
    Grammar(
        code="tg", country="TJ", org_heads=("first",), name_case="free", name_links=("ва", "оид", "ба"),
        capitalised_name_links=frozenset(), complement_preps=("оид",), adjective_heads=frozenset(),
        nominative_heads=None, izafet_endings=("и", "ӣ", "ии", "ҳои"), name_place_preposition="дар",
        object_preps=frozenset(), name_adverbials=(), adjective_endings=None, participle_markers=None,
        stop_prepositions=frozenset(), head_case_endings=(),
        verbal_noun_suffixes=(), agent_suffixes=(), settlement_words=(), surname_endings=("зода", "zoda", "ов", "ова"),
        strong_surname_endings=("зода", "zoda", "ов", "ова"), verb_endings=None, short_participle_endings=None,
        auxiliaries=frozenset(), adposition="pre", genitive_suffixes=(), accusative_suffixes=("ро",),
        dative_suffixes=(), locative_suffixes=(), possessive_suffixes=(), comitative=("бо",),
        locative_prepositions=("дар",), conjunctions=("ва",), subordinators=("ки",),
        speech_stems=SPEECH_STEMS["tg"], release_nouns=RELEASE_NOUNS["tg"], speech_verb_after_long_subject=False,
        loan_languages=("ru",), role_word_loans=("ru",), contact_language=False, analyser=None,
        role_comma_before_name=False, of_preposition=None, past_participle_ending=None, genitive_n_after_vowel=False,
        voiced_k_stems=(), possessive_dative=None, comitative_suffix=False, morphology_dictionary=False,
        middle_names=False, name_case_suffixes=True, suffix_on_every_name_word=False, member_words=frozenset(),
        surname_like_genitives=(),
        absent={
            "surname_like_genitives": "possession is the izafet (izafet_endings)",
            "member_words": "no member word is known to name a body's people before it",
            "of_preposition": "the possessor follows an izafet (izafet_endings), with no preposition",
            "past_participle_ending": "a name's words are bound by the izafet; a word without it ends the role",
            "voiced_k_stems": "no suffix is split off a stem here",
            "possessive_dative": "the dative is the preposition «ба»",
            "capitalised_name_links": "names are not capitalised word by word",
            "adjective_heads": "no type word doubles as an adjective",
            "nominative_heads": "nouns do not decline: the head has no case form",
            "object_preps": "no purpose complement with an object preposition is known",
            "name_adverbials": "no fixed adverbial phrases inside names are known",
            "adjective_endings": "adjectives follow the noun with the izafet, no agreement ending",
            "participle_markers": "a name's words are bound by the izafet; a word without it ends the name",
            "head_case_endings": "nouns do not decline: the head has no case form",
            "stop_prepositions": "a name may hold a prepositional complement after an izafet word ("
                                 "\"Кумитаи кор бо занон\")",
            "verbal_noun_suffixes": "head-first: a name's verbal noun follows its head",
            "agent_suffixes": "agent nouns are words of their own, not a head with a suffix",
            "settlement_words": "the locative is a preposition: the settlement word is not a locative form",
            "verb_endings": "a name's words are bound by the izafet; a word without it ends the name",
            "short_participle_endings": "a name's words are bound by the izafet; a word without it ends the name",
            "auxiliaries": "a name's words are bound by the izafet; a word without it ends the name",
            "genitive_suffixes": "possession is the izafet (izafet_endings)",
            "dative_suffixes": "the dative is the preposition «ба»",
            "locative_suffixes": "the locative is the preposition «дар»",
            "possessive_suffixes": "possession is the izafet (izafet_endings)",
            "analyser": "no analyser is installed for it",
        },
    ),
    _turkic(
        "az", "AZ",
        genitive=("nın", "nin", "nun", "nün", "ın", "in", "un", "ün"),
        accusative=("nı", "ni", "nu", "nü"),
        dative=("ya", "yə", "gə", "kə"), locative=("da", "də", "ta", "tə"),
        possessive=("sı", "si", "su", "sü", "ı", "i", "u", "ü"), comitative=("ilə",),
        conjunctions=("və",), subordinators=("ki", "deyə"), settlements=("şəhər", "kənd"),
        surnames=("li", "lı", "yev", "yeva", "ov", "ova", "заде"), strong_surnames=("yev", "yeva", "ov", "ova"), role_loans=("en",),
        voiced_k_stems=("liy", "lıy", "luy", "lüy"), suffix_on_every_name_word=True, absent={"loan_languages": "its sentences keep to Azerbaijani words"}),
    Grammar(
        code="en", country=None, org_heads=("first", "last"), name_case="every-word",
        name_links=("of", "for", "and", "on", "in", "the", "de"),
        capitalised_name_links=frozenset({"of", "for", "and", "the", "on", "&"}), complement_preps=("of", "for", "on"),
        adjective_heads=frozenset({"international"}), nominative_heads=None, izafet_endings=(),
        name_place_preposition=None, object_preps=frozenset(), name_adverbials=(), adjective_endings=None,
        participle_markers=None, stop_prepositions=frozenset({"of", "for", "to", "by", "with", "from", "at"}),
        head_case_endings=(), verbal_noun_suffixes=(), agent_suffixes=(), settlement_words=(), surname_endings=(),
        strong_surname_endings=(), verb_endings=None,
        short_participle_endings=None, auxiliaries=frozenset(), adposition="pre", genitive_suffixes=("'s", "’s"),
        accusative_suffixes=(), dative_suffixes=(), locative_suffixes=(), possessive_suffixes=(),
        comitative=("with",), locative_prepositions=("in", "at"), conjunctions=("and",), subordinators=("that",),
        speech_stems=SPEECH_STEMS["en"], release_nouns=RELEASE_NOUNS["en"], speech_verb_after_long_subject=True,
        loan_languages=(), role_word_loans=(), contact_language=False, analyser=None,
        role_comma_before_name=True, of_preposition="of", past_participle_ending="ed", genitive_n_after_vowel=False,
        voiced_k_stems=(), possessive_dative=None, comitative_suffix=False, morphology_dictionary=False,
        middle_names=True, name_case_suffixes=False, suffix_on_every_name_word=False, member_words=frozenset(),
        surname_like_genitives=(),
        absent={
            "surname_like_genitives": "possession is the genitive 's",
            "member_words": "no member word is known to name a body's people before it",
            "voiced_k_stems": "no suffix is split off a stem here",
            "possessive_dative": "the dative is the preposition «to»",
            "country": "spoken everywhere: it names no country",
            "nominative_heads": "nouns do not decline",
            "izafet_endings": "no izafet",
            "name_place_preposition": "«in» is a name link already",
            "object_preps": "a Title Case name holds its objects as capitalised words",
            "name_adverbials": "a Title Case name holds its adverbials as capitalised words",
            "adjective_endings": "adjectives do not agree: no ending marks them",
            "participle_markers": "a lowercase word ends a Title Case name",
            "head_case_endings": "no case endings",
            "verbal_noun_suffixes": "a lowercase word ends a Title Case name",
            "agent_suffixes": "agent nouns are words of their own, not a head with a suffix",
            "settlement_words": "the locative is a preposition: the settlement word is not a locative form",
            "surname_endings": "surnames have no telling ending",
            "strong_surname_endings": "surnames have no telling ending",
            "verb_endings": "a lowercase word ends a Title Case name",
            "short_participle_endings": "a lowercase word ends a Title Case name",
            "auxiliaries": "a lowercase word ends a Title Case name",
            "accusative_suffixes": "no case suffixes",
            "dative_suffixes": "no case suffixes",
            "locative_suffixes": "the place takes a preposition (locative_prepositions)",
            "possessive_suffixes": "possession is the genitive 's",
            "loan_languages": "its texts in the region quote other languages only as names",
            "role_word_loans": "its texts in the region quote other languages only as names",
            "analyser": "no analyser is installed for it",
        },
    ),
)
GRAMMARS: dict[str, Grammar] = {g.code: g for g in _GRAMMARS}

# A text whose language is unknown: no language's specific rule applies; ``org_heads`` is empty
# ("either": both walks are tried with every language's head words).
UNDETERMINED = Grammar(
    code=UND, country=None, org_heads=(), name_case="free", name_links=(), capitalised_name_links=frozenset(),
    complement_preps=(), adjective_heads=frozenset(), nominative_heads=None, izafet_endings=(),
    name_place_preposition=None, object_preps=frozenset(), name_adverbials=(), adjective_endings=None,
    participle_markers=None, stop_prepositions=frozenset(), head_case_endings=(), verbal_noun_suffixes=(),
    agent_suffixes=(), settlement_words=(), surname_endings=(), strong_surname_endings=(), verb_endings=None,
    short_participle_endings=None, auxiliaries=frozenset(), adposition="pre", genitive_suffixes=(),
    accusative_suffixes=(), dative_suffixes=(), locative_suffixes=(), possessive_suffixes=(), comitative=(),
    locative_prepositions=(), conjunctions=(), subordinators=(), speech_stems=(), release_nouns=(),
    speech_verb_after_long_subject=False, loan_languages=(), role_word_loans=(), contact_language=False, analyser=None,
    role_comma_before_name=False, of_preposition=None, past_participle_ending=None, genitive_n_after_vowel=False,
    voiced_k_stems=(), possessive_dative=None, comitative_suffix=False, morphology_dictionary=False,
    middle_names=False, name_case_suffixes=False, suffix_on_every_name_word=False, member_words=frozenset(),
    surname_like_genitives=(), absent={},
)
UNDETERMINED = replace(UNDETERMINED, absent={f.name: "the language is unknown" for f in fields(Grammar)
                                             if is_empty(getattr(UNDETERMINED, f.name))})


def grammar_for(lang: str) -> Grammar:
    """The grammar of *lang* (an ISO 639-1 code), ``UNDETERMINED`` for any other code or "".

    >>> grammar_for("az").conjunctions, grammar_for("").code
    (('və',), 'und')
    """
    return GRAMMARS.get(lang, UNDETERMINED)


def languages_with(position: str) -> tuple[str, ...]:
    """The languages whose organization names put their type word at *position* ("first" | "last").

    >>> languages_with("first")
    ('ru', 'tg', 'en')
    """
    return tuple(g.code for g in _GRAMMARS if position in g.org_heads)


def every(field: str, langs: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """The values of a tuple-of-words *field* over *langs* (every language), in order, without repeats.

    >>> every("conjunctions", ("ru", "en"))
    ('и', 'and')
    """
    out: dict[str, None] = {}
    for code in langs:
        value: tuple[str, ...] = getattr(GRAMMARS[code], field)
        out.update(dict.fromkeys(value))
    return tuple(out)


def every_pattern(field: str) -> str:
    """The regexes of a pattern *field* over every language that has one, as one alternation.

    >>> every_pattern("adjective_endings").startswith("(?:(?:ый|ий")
    True
    """
    patterns: list[str] = [p for g in _GRAMMARS if (p := getattr(g, field))]
    return "|".join(f"(?:{p})" for p in patterns)
