"""In-text resolution on real texts: short forms, appositions, sentence dates, Party years, keys."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention

KL118 = "ket-luan-118-dieu-chinh-chi-thi-35-ve-dai-hoi-dang-bo-cac-cap-tien-toi.txt"
LAND = "thu-tuong-chu-tri-hoi-nghi-quan-trong-ve-nghi-quyet-18-va-luat-dat-dai.txt"


def test_short_forms_join_the_full_reference():
    entities = extract_text(corpus_text(KL118)).entities
    directive = with_mention(entities, "Chỉ thị 35-CT/TW ngày 14/6/2024")
    surfaces = {m.text for m in directive.mentions}
    assert {"Chỉ thị 35", "Chỉ thị số 35", "Chỉ thị 35-CT/TW, ngày 14/6/2024"} <= surfaces
    conclusion = with_mention(entities, "Kết luận 118-KL/TW")
    assert "Kết luận 118" in {m.text for m in conclusion.mentions}


def test_date_given_by_the_sentence():
    entities = extract_text(corpus_text(KL118)).entities
    # "Ngày 18/01/2025, Ban Chấp hành Trung ương ký ban hành Kết luận 118-KL/TW …"
    assert with_mention(entities, "Kết luận 118-KL/TW").attributes["date"] == "2025-01-18"
    # "Nghị quyết số 18-NQ/TW về "…" được Ban Chấp hành Trung ương khóa XIII ban hành ngày 16/6/2022."
    land = extract_text(corpus_text(LAND)).entities
    assert with_mention(land, "Nghị quyết số 18-NQ/TW").attributes["date"] == "2022-06-16"


def test_named_law_its_symbol_in_brackets_and_its_bare_name():
    entities = extract_text(corpus_text(LAND)).entities
    law = with_mention(entities, "Luật Đất đai năm 2024")
    surfaces = {m.text for m in law.mentions}
    assert {"Luật số 31/2024/QH15", "Luật Đất đai 2024", "Luật Đất đai"} <= surfaces
    assert law.attributes["symbol"] == "31/2024/QH15"
    assert law.attributes["date"] == "2024-01-18"
    older = with_mention(entities, "Luật Đất đai năm 2013")
    assert older.id != law.id


def test_a_year_in_the_sentence_names_the_party_document():
    text = corpus_text("toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt")
    entities = extract_text(text).entities
    resolution = with_mention(entities, "Nghị quyết 71-NQ/TW năm 2025")
    assert resolution.attributes["date"] == "2025-08-22"
    assert "Nghị quyết 71" in {m.text for m in resolution.mentions}
    assert resolution.key == "doc:71-nq/tw@2025"


def test_party_numbering_restarts_each_term(seed_text):
    seed = extract_text(seed_text.read_text(encoding="utf-8"))
    ours = next(e for e in seed.entities if e.attributes.get("symbol") == "26-NQ/TW")
    assert ours.key == "doc:26-nq/tw@2018"
    older = extract_text("Thực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương.").entities
    assert older[0].key == "doc:26-nq/tw@2008" != ours.key


def test_undated_party_reference_with_two_candidates_stays_apart():
    text = ("Nghị quyết số 26-NQ/TW ngày 05/8/2008 về nông nghiệp và Nghị quyết số 26-NQ/TW ngày 19/5/2018 "
            "về cán bộ; Nghị quyết số 26-NQ/TW được nhắc lại.")
    entities = [e for e in extract_text(text).entities if e.attributes.get("symbol") == "26-NQ/TW"]
    assert len(entities) == 3
    assert sum(1 for e in entities if e.attributes.get("ambiguous")) == 1


def test_state_symbols_key_without_year_suffix():
    entities = extract_text(corpus_text("nd-16-2025-nd-cp.txt")).entities
    decree = with_mention(entities, "Nghị định số 58/2020/NĐ-CP ngày 27 tháng 5 năm 2020")
    assert decree.key == "doc:58/2020/nđ-cp"


def test_every_mention_is_an_exact_slice():
    for name in (KL118, LAND, "nd-16-2025-nd-cp.txt", "nq-33-2025-nq-hdnd.txt", "qd-383-qd-tw.txt"):
        extraction = extract_text(corpus_text(name))
        for entity in extraction.entities:
            for mention in entity.mentions:
                assert extraction.text.content[mention.start:mention.end] == mention.text


def test_a_plenum_without_its_term_is_the_one_named_with_it():
    text = corpus_text("uy-vien-bo-chinh-tri-moi-nhat-2026-2031-khoa-14-duoc-trung-uong-thao-l.txt")
    plenums = [e for e in extract_text(text).entities if e.type == "Plenum" and e.attributes.get("number") == "14"]
    assert len(plenums) == 1 and plenums[0].label == "Hội nghị Trung ương 14 (khóa XIII)"
    assert "Hội nghị Trung ương 14" in {m.text for m in plenums[0].mentions}
