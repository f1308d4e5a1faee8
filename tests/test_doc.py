"""The document model: one word fold, one tokenizer, one sentence splitter shared by the extractors."""
from store.ingest.doc import Doc, fold, sentence_spans, tokenize
from store.ingest.model import DocContext, Para


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_an_abbreviation_or_an_initial_does_not_end_a_sentence():
    assert sentences("Встреча прошла в г. Бишкек. Её открыл Т. Осмонов.") == [
        "Встреча прошла в г. Бишкек.", "Её открыл Т. Осмонов."]
    assert sentences("Dr. Weller opened the session on Sept. 4 in Almaty. It ended at noon.") == [
        "Dr. Weller opened the session on Sept. 4 in Almaty.", "It ended at noon."]
    assert sentences("Жыйын Ош ш. Жаңы-Жол көчөсүндө өттү. Ага 40 киши катышты.") == [
        "Жыйын Ош ш. Жаңы-Жол көчөсүндө өттү.", "Ага 40 киши катышты."]


def test_a_sentence_may_start_with_a_number_or_a_quote_but_not_a_lower_case_word():
    assert sentences("Тренинг өттү. 2024-жылы дагы бири болот.") == ["Тренинг өттү.", "2024-жылы дагы бири болот."]
    assert sentences("Он сказал: «Всё готово». «Начнём», — добавил он.") == [
        "Он сказал: «Всё готово».", "«Начнём», — добавил он."]
    assert sentences("Сумма — 5 млн. сомов выделено фондом.") == ["Сумма — 5 млн. сомов выделено фондом."]


def test_a_line_break_ends_a_sentence_and_blank_pieces_are_dropped():
    assert sentences("Первая строка\n\nВторая строка.  ") == ["Первая строка", "Вторая строка."]


def test_dateline_pieces_stay_with_the_lead_sentence():
    assert sentences("Ош. 12 апреля. В городе прошёл форум. Он длился день.") == [
        "Ош. 12 апреля. В городе прошёл форум.", "Он длился день."]
    assert sentences("Итоги подведены. Работа продолжится.") == ["Итоги подведены.", "Работа продолжится."]


def test_one_fold_for_case_apostrophes_and_dotted_i():
    assert fold("O‘zbekiston") == fold("O'zbekiston") == fold("oʻzbekiston")
    assert fold("İşçi") == "işçi"


def test_tokens_keep_initials_and_offsets():
    text = "А.Б. Токтосунова, директор"
    toks = tokenize(text)
    assert [t.text for t in toks][:3] == ["А.", "Б.", "Токтосунова"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_the_document_gives_each_paragraph_its_sentences_and_their_tokens():
    doc = Doc.build([Para("p-1", 0, "ru", "Форум открылся. Его провёл фонд.")], DocContext("d-1"))
    para = doc.paragraphs[0]
    assert [s.text for s in para.sentences] == ["Форум открылся.", "Его провёл фонд."]
    assert [t.text for t in para.sentences[1].tokens] == ["Его", "провёл", "фонд", "."]
    assert para.sentence_at(para.para.text.index("фонд")).text == "Его провёл фонд."


def test_an_attribution_clause_ends_at_its_sentence_not_at_an_initial_or_an_abbreviation():
    from store.ingest.quotes import extract_quotes

    text = ("«Мы откроем ещё два центра в этом году», — сказал Т. Осмонов на встрече в Чуйской обл. с мигрантами. "
            "Затем выступили гости.")
    quotes = extract_quotes(Doc.build([Para("p-1", 0, "ru", text)], DocContext("d-1")), [])
    assert [q.to_row()["why"]["text"]["evidence"] for q in quotes] == [
        "сказал Т. Осмонов на встрече в Чуйской обл. с мигрантами."]


def test_organizations_are_read_from_the_shared_tokens_so_a_word_glued_to_a_name_is_split():
    from store.ingest.orgs import find_orgs

    glued = "Кездесуге АсановХалықаралық көші-қон ұйымының өкілдері қатысты."  # a space lost in scraping
    assert [o.name for o in find_orgs(glued, "kk")] == ["Халықаралық көші-қон ұйымының"]


def test_a_documents_title_from_its_first_sentence_is_not_cut_at_an_abbreviation():
    from store.ingest.clean import clean

    text = ("За год более 40 тыс. трудовых мигрантов получили консультации в центрах занятости. "
            "Это вдвое больше, чем годом ранее.\n\nЦентры работают в семи областях.")
    assert clean(text).title == "За год более 40 тыс. трудовых мигрантов получили консультации в центрах занятости."


def test_the_pipeline_builds_one_model_per_document_and_every_extractor_reads_it(monkeypatch):
    from store.ingest import align, doc, events, figures, people, quotes
    from store.ingest.pipeline import process_text

    monkeypatch.setenv("KERBEN_NO_EMBED", "1")
    built: list[Doc] = []
    real_build = Doc.build

    def build(paras, ctx):
        model = real_build(paras, ctx)
        built.append(model)
        return model

    monkeypatch.setattr(doc.Doc, "build", staticmethod(build))
    read: list[tuple[str, Doc]] = []
    for module, name in ((events, "extract_events"), (people, "extract_people"), (quotes, "extract_quotes"),
                         (figures, "extract_figures"), (align, "align_document")):
        def spy(model, *rest, _real=getattr(module, name), _name=name):
            read.append((_name, model))
            return _real(model, *rest)

        monkeypatch.setattr(module, name, spy)
    texts = ["Бишкек шаарында жаш мигранттар үчүн эки күндүк семинар өттү. Ага отуз киши катышты.\n\n"
             "В Бишкеке прошёл двухдневный семинар для молодых мигрантов. В нём участвовали тридцать человек.",
             "В Оше открылся новый консультационный центр для трудовых мигрантов и их семей."]
    rows = [process_text(t, f"doc{i}.txt", sha256=f"{i}" * 64) for i, t in enumerate(texts)]
    assert len(built) == len(rows)  # once per document, not once per extractor
    for model, row in zip(built, rows):
        assert [p.id for p in model.paras] == [p["id"] for p in row["paragraphs"]]
        readers = [name for name, m in read if m is model]
        expected = {"extract_events", "extract_people", "extract_quotes", "extract_figures"}
        if len(row["document"]["languages"]) > 1:
            expected.add("align_document")
        assert set(readers) == expected and len(readers) == len(expected)
    assert len(rows[0]["document"]["languages"]) == 2  # the bilingual one was aligned on the same model
