"""Relations recall on real sentences of ../shared/corpus (texts outside the extra gold sets)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _pairs(name, relation):
    extraction = extract_text(corpus_text(name))
    by_id = {e.id: e for e in extraction.entities}
    return {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations
            if r.type == relation and not r.inferred}


def test_effectiveness_clause_then_replaces():
    # "**Điều 2. **Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 942/QĐ-TTg ngày 15 tháng 6
    # năm 2021 của Thủ tướng Chính phủ …"
    assert ("Quyết định số 2629/QĐ-TTg", "Quyết định số 942/QĐ-TTg") in _pairs("qd-2629-qd-ttg.txt", "replaces")
    # "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013 và thay thế Luật xuất bản số 30/2004/QH11 …"
    assert any(target == "Luật số 30/2004/QH11" or target.startswith("Luật xuất bản")
               for _, target in _pairs("luat-xuat-ban-2012-19-2012-qh13.txt", "replaces"))


def test_effectiveness_clause_then_repeals():
    # "Quyết định này có hiệu lực từ ngày 10 tháng 12 năm 2025, bãi bỏ Quyết định số 32/2024/QĐ-UBND …"
    assert ("Quyết định số 82/2025/QĐ-UBND", "Quyết định số 32/2024/QĐ-UBND") in \
        _pairs("qd-82-2025-qd-ubnd.txt", "repeals")


def test_second_replaced_document_after_the_first_ones_description():
    # "… thay thế Quyết định số 3149/QĐ-UBND ngày 09/12/2016 của Ủy ban nhân dân tỉnh Quảng Trị (cũ) về việc ban
    # hành Điều lệ … Quỹ Bảo vệ môi trường tỉnh Quảng Trị và Quyết định số 2413/QĐ-UBND ngày 09/09/2021 …"
    replaced = _pairs("qd-2696-qd-ubnd.txt", "replaces")
    assert {("Quyết định số 2696/QĐ-UBND", "Quyết định số 3149/QĐ-UBND"),
            ("Quyết định số 2696/QĐ-UBND", "Quyết định số 2413/QĐ-UBND")} <= replaced
