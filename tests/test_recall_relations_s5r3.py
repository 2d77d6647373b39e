"""Relation constructions read in the fifth session's third round (relations on new texts), on real sentences of
../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.normalise import normalise_symbol
from relation_helpers import corpus_passage, stated, with_symbol


def test_a_bill_is_not_issued_by_the_body_of_its_footers_do_clause():
    # "Nghị quyết 377/NQ-CP … về dự án Pháp lệnh Cảnh sát môi trường sửa đổi do Chính phủ ban hành": the line names
    # the resolution the Government issued; the draft ordinance it is about is issued by no one yet.
    for name, first, draft in [
            ("nq-377-nq-cp.txt", "Nghị quyết 377/NQ-CP năm 2025", "Pháp lệnh Cảnh sát môi trường"),
            ("nq-393-nq-cp.txt", "Nghị quyết 393/NQ-CP năm 2025", "Luật Viên chức (sửa đổi)")]:
        extraction = extract_text(corpus_passage(name, first, "do Chính phủ ban hành"))
        labels = {e.id: e.label for e in extraction.entities}
        assert draft in labels.values()
        assert not [r for r in extraction.relations if r.type == "issued_by" and labels[r.source] == draft]
    # A document that is no draft keeps its issuer from the same kind of line.
    triples = stated(extract_text(corpus_passage("qd-2536-qd-ttg.txt", "Quyết định 2536/QĐ-TTg năm 2025",
                                                 "do Thủ tướng Chính phủ ban hành")))
    assert ("2536/QĐ-TTg", "issued_by", "Thủ tướng Chính phủ") in triples


def test_a_type_code_run_into_its_issuer_code_gets_its_hyphen_back():
    # "Nghị định số 79/2025/NĐCP ngày 01 tháng 4 năm 2025 của Chính phủ": the decree named "79/2025/NĐ-CP" a few
    # lines before; one document, its mention kept as written, its issuer and date read.
    extraction = extract_text(corpus_text("qd-122-2025-qd-ubnd-hue.txt"))
    decree = with_symbol(extraction.entities, "79/2025/NĐ-CP")
    assert {" ".join(m.text.split()) for m in decree.mentions} >= {
        "Nghị định số 79/2025/NĐ-CP", "Nghị định số 79/2025/NĐCP ngày 01 tháng 4 năm 2025"}
    assert decree.attributes.get("date") == "2025-04-01"
    assert ("79/2025/NĐ-CP", "issued_by", "Chính phủ") in stated(extraction)
    assert not [e for e in extraction.entities if (e.attributes.get("symbol") or "").endswith("NĐCP")]
    # Codes that are one code stay whole: the Standing Committee's "UBTVQH15", the joint resolution's "NQLT".
    symbols = {e.attributes.get("symbol") for e in extract_text(corpus_text("nq-1668-nq-ubtvqh15.txt")).entities}
    assert "76/2025/UBTVQH15" in symbols
    assert normalise_symbol("525/2012/NQLT") == "525/2012/NQLT"
