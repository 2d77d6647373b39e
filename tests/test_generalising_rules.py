"""Rules found by reading fresh gold texts (heldout sets), each tested on real sentences of other corpus texts."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated


# --- based_on: a ground joined by "và" after the previous ground's description ----------------------

def test_a_ground_after_the_previous_grounds_description_is_based_on():
    # "Căn cứ Nghị định số 63/2010/NĐ-CP … của Chính phủ về kiểm soát thủ tục hành chính và Nghị định số
    # 92/2017/NĐ-CP …"
    assert ("2816/QĐ-UBND", "based_on", "92/2017/NĐ-CP") in stated(extract_text(corpus_text("qd-2816-qd-ubnd-dong-nai.txt")))
    # "… Nghị định số 48/2013/NĐ-CP … về sửa đổi, bổ sung một số điều của các Nghị định liên quan … và Nghị định
    # số 92/2017/NĐ-CP …"
    assert ("3618/QĐ-BYT", "based_on", "92/2017/NĐ-CP") in stated(extract_text(corpus_text("qd-3618-qd-byt.txt")))


def test_a_description_ending_with_a_law_still_lets_a_decree_ground_follow():
    # "Căn cứ Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị
    # định số 187/2025/NĐ-CP …"
    triples = stated(extract_text(corpus_text("qd-81-2025-qd-ubnd.txt")))
    assert ("81/2025/QĐ-UBND", "based_on", "187/2025/NĐ-CP") in triples


def test_a_decree_amended_with_another_in_the_description_is_not_a_ground():
    # "Căn cứ Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP … và
    # Nghị định số 79/2025/NĐ-CP …": 79 is amended, not relied on (in this item).
    triples = stated(extract_text(corpus_text("qd-84-2025-qd-ubnd.txt")))
    assert ("84/2025/QĐ-UBND", "based_on", "187/2025/NĐ-CP") in triples
    assert ("84/2025/QĐ-UBND", "based_on", "79/2025/NĐ-CP") not in triples


# --- amending laws whose title leaves out "của" ---------------------------------------------------

def test_an_amending_law_named_without_cua_amends_the_law_it_names():
    text = corpus_text("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt")
    sentence = next(line for line in text.splitlines() if "ban hành Luật sửa đổi, bổ sung Luật Ban hành" in line)
    extraction = extract_text(sentence)
    labels = {e.label for e in extraction.entities}
    assert "Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật" in labels
    assert ("Luật sửa đổi, bổ sung Luật Ban hành văn bản quy phạm pháp luật", "amends",
            "Luật Ban hành văn bản quy phạm pháp luật") in stated(extraction)


# --- bodies ---------------------------------------------------------------------------------------

def test_quan_doi_nhan_dan_without_viet_nam_is_the_army():
    text = corpus_text("luat-70-2020-qh14-thoa-thuan-quoc-te.txt")
    start = text.index("các cơ quan, đơn vị trong Quân đội nhân dân và Công an nhân dân")
    labels = {e.label for e in extract_text(text[start:text.index(".", start)]).entities}
    assert {"Quân đội nhân dân Việt Nam", "Công an nhân dân Việt Nam"} <= labels
