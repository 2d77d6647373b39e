"""Relations found by the fifth session's corpus-wide trigger audit (issue 3z): constructions frequent across
../shared/corpus rather than in one development set, each read on a real sentence."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import passage_triples, stated


def test_detailing_and_guiding_joined_by_a_comma():
    # "quy định chi tiết, hướng dẫn thi hành một số điều của Luật X": the comma stands for "và"; the listed
    # phrase is read whole, so its object lead is the usual "một số điều của".
    triples = passage_triples("qd-81-2025-qd-ubnd.txt", "Căn cứ Nghị định số 165/2024/NĐ-CP", "Luật Đường bộ")
    assert ("165/2024/NĐ-CP", "guides", "Luật Đường bộ") in triples
    # The own decree's scope: "Nghị định này quy định chi tiết, hướng dẫn thi hành khoản 3 Điều 87, … của Luật Đất đai".
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    assert ("81/VBHN-BNNMT", "guides", "31/2024/QH15") in triples  # Luật Đất đai số 31/2024/QH15
