"""Relations found by the fifth session's corpus-wide trigger audit (issue 3z): constructions frequent across
../shared/corpus rather than in one development set, each read on a real sentence."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from graph.relate_lexicon import trigger_pattern, triggers
from relation_helpers import passage_triples, stated


def test_detailing_and_guiding_joined_by_a_comma():
    # "quy định chi tiết, hướng dẫn thi hành một số điều của Luật X": the comma stands for "và"; the listed
    # phrase is read whole, so its object lead is the usual "một số điều của".
    triples = passage_triples("qd-81-2025-qd-ubnd.txt", "Căn cứ Nghị định số 165/2024/NĐ-CP", "Luật Đường bộ")
    assert ("165/2024/NĐ-CP", "guides", "Luật Đường bộ") in triples
    # The own decree's scope: "Nghị định này quy định chi tiết, hướng dẫn thi hành khoản 3 Điều 87, … của Luật Đất đai".
    triples = stated(extract_text(corpus_text("nd-81-vbhn-bnnmt.txt")))
    assert ("81/VBHN-BNNMT", "guides", "31/2024/QH15") in triples  # Luật Đất đai số 31/2024/QH15


def test_a_phrase_listed_with_a_comma_is_not_cut_at_its_shorter_form():
    # "Sửa đổi, bổ sung, bãi bỏ một số điểm, khoản, điều của Luật Giao dịch điện tử số 20/2023/QH15": the trie
    # tried "bổ sung" (which ends "sửa đổi, bổ sung") before "bổ sung," and the object lead ", bãi bỏ một số …"
    # then read as no object at all. Every listed phrase must match whole.
    pattern = trigger_pattern()
    for trigger in triggers():
        phrase = trigger.phrase.replace("{n}", "3 năm")
        match = pattern.match(phrase + " X")
        assert match is not None and match.end() == len(phrase), trigger.phrase
    triples = stated(extract_text(corpus_text("luat-quoc-hoi-cong-hoa-xa-hoi-chu-nghia-viet-namdoc-lap.txt")))
    assert ("60/2024/QH15", "amends", "20/2023/QH15") in triples


def test_a_title_that_steps_up_carrying_out_a_document():
    # "Chỉ thị số 07/CT-TTg … về đẩy mạnh triển khai Đề án …": like "về tiếp tục thực hiện", the title's adverb
    # ("đẩy mạnh", "tăng cường") stands between the document and the phrase.
    triples = passage_triples("cac-van-ban-tac-dong-den-thi-truong-bat-dong-san-quy-1-2025.txt",
                              "Chỉ thị số 07/CT-TTg", "giai đoạn 2022 - 2025")
    assert any(t[0] == "07/CT-TTg" and t[1] == "implements" and t[2].startswith("Đề án phát triển ứng dụng dữ liệu")
               for t in triples), triples


def test_rules_named_before_the_document_they_were_issued_with_are_no_unrecognised_document():
    # "Quyết định số 08/2023/QĐ-UBND … Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số
    # 55/2014/QĐ-UBND": the rules' type word stands between the phrase and the decision they were issued with, within
    # the usual reach; like the long-named rules (test_recall_relations_s5w), the change acts on the decision.
    triples = passage_triples("qd-81-2025-qd-ubnd.txt", "Quyết định số\n08/2023/QĐ-UBND", "55/2014/QĐ-UBND")
    assert ("08/2023/QĐ-UBND", "amends", "55/2014/QĐ-UBND") in triples
    triples = passage_triples("qd-2830-qd-ubnd-dong-nai.txt", "Quyết định số\n52/2020/QĐ-UBND", "ngày 05 tháng 5 năm 2016")
    assert ("52/2020/QĐ-UBND", "amends", "28/2016/QĐ-UBND") in triples


def test_the_guidance_of_a_body_is_a_noun_and_guides_nothing():
    # "Căn cứ quy định tại Nghị định số 180/2025/NĐ-CP ngày 01/7/2025, hướng dẫn của Bộ Tài chính tại Công văn số
    # 11725/BTC-QLĐT …": the ministry's guidance, listed beside the decree; the decree does not guide the letter.
    triples = passage_triples("tb-624-tb-vpcp.txt", "Căn cứ quy định tại Nghị định số 180/2025/NĐ-CP", "11725/BTC-QLĐT")
    assert not [t for t in triples if t[1] == "guides"], triples
    assert ("11725/BTC-QLĐT", "issued_by", "Bộ Tài chính") in triples
