"""Relation constructions read in the fifth session's third round (relations on new texts), on real sentences of
../shared/corpus."""
from __future__ import annotations

from graph.extract import extract_text
from relation_helpers import corpus_passage, stated


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
