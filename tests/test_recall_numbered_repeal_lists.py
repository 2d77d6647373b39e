"""A repeal whose lead names the documents only generically ("Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật của
Thủ tướng Chính phủ", "Bãi bỏ các văn bản … cụ thể như sau:") and lists them as the article's numbered items
("1. Quyết định số …\\n2. …"): every document opening an item is repealed. Real passages of ../shared/corpus."""
from __future__ import annotations

from graph.extract import extract_text
from conftest import corpus_text
from relation_helpers import stated


def _repealed(name: str) -> set[str]:
    return {target for _, relation, target in stated(extract_text(corpus_text(name))) if relation == "repeals"}


def test_heading_lead_without_colon_repeals_each_numbered_item():
    repealed = _repealed("qd-44-2025-qd-ttg.txt")
    assert {"104/2000/QĐ-TTg", "63/2002/QĐ-TTg", "769/TTg", "07/2000/CT-TTg", "139/2002/QĐ-TTg"} <= repealed
    # What an item's description names is no item: "… vào diện đầu tư Chương trình 135 giai đoạn II".
    assert not any("135" in target for target in repealed)
    assert len(repealed) == 39


def test_lead_ending_in_a_colon_repeals_each_numbered_item():
    repealed = _repealed("qd-2830-qd-ubnd-dong-nai.txt")
    assert {"76/2006/QĐ-UBND", "11/2014/QĐ-UBND", "136/1998/QĐ-UB"} <= repealed
    # The article before it applies its documents ("Điều 1. Áp dụng các văn bản …, cụ thể như sau:"): no repeal.
    assert "36/2024/QĐ-UBND" not in repealed
    assert len(repealed) == 53
