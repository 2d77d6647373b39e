"""A site's English translation printed after a Vietnamese text (graph.find_english): "Pursuant to the
Government's Decree No. 40/2025/ND-CP dated February 26, 2025 …". Its references join the documents the
Vietnamese text names, whose names, symbols and dates stay as the Vietnamese text gives them; on real texts of
../shared/corpus (the three such texts: tt-61-2025-tt-bct, tt-109-2025-tt-btc, tt-110-2025-tt-btc)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import corpus_passage, with_mention, with_symbol


def _flat(entity) -> set[str]:
    return {" ".join(m.text.split()) for m in entity.mentions}


def test_a_translated_decree_joins_the_vietnamese_reference():
    entities = extract_text(corpus_text("tt-61-2025-tt-bct.txt")).entities
    decree = with_mention(entities, "Decree No. 40/2025/ND-CP dated February 26, 2025")
    assert decree.label == "Nghị định số 40/2025/NĐ-CP"
    assert decree.attributes["symbol"] == "40/2025/NĐ-CP" and decree.attributes["date"] == "2025-02-26"
    assert "Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025" in _flat(decree)
    # "This Circular nullifies the Circular No. 56/2015/TT-BCT dated December 31, 2015 …"
    circular = with_symbol(entities, "56/2015/TT-BCT")
    assert "Circular No. 56/2015/TT-BCT dated December 31, 2015" in _flat(circular)


def test_a_translated_law_named_by_its_subject_joins_the_vietnamese_law():
    # "*Pursuant to the Law on\nFees and Charges No. 97/2015/QH13; *": the law the preamble calls "Luật Phí và lệ phí".
    law = with_symbol(extract_text(corpus_text("tt-109-2025-tt-btc.txt")).entities, "97/2015/QH13")
    assert law.label == "Luật Phí và lệ phí"
    assert "Law on Fees and Charges No. 97/2015/QH13" in _flat(law)


def test_the_translation_names_the_own_circular():
    entities = extract_text(corpus_text("tt-110-2025-tt-btc.txt")).entities
    own = with_symbol(entities, "110/2025/TT-BTC")
    assert own.label == "Thông tư số 110/2025/TT-BTC" and own.attributes["date"] == "2025-11-19"
    assert "Circular No. 110/2025/TT-BTC dated November 19, 2025" in _flat(own)
    replaced = with_symbol(entities, "01/2021/TT-BTC")
    assert "Circular No. 01/2021/TT-BTC dated January 07, 2021" in _flat(replaced)


def test_a_translated_reference_alone_keeps_its_symbol_as_written():
    # The English preamble item on its own: no Vietnamese spelling of the symbol to join, so "ND-CP" stays.
    passage = corpus_passage("tt-61-2025-tt-bct.txt", "*Pursuant to the Government's Decree No.", ";")
    (decree,) = [e for e in extract_text(passage).entities if e.mentions]
    assert decree.type == "Decree" and decree.label == "Nghị định số 40/2025/ND-CP"
    assert decree.attributes["symbol"] == "40/2025/ND-CP" and decree.attributes["date"] == "2025-02-26"
