"""Relation constructions read in the fifth session's second round (relation accuracy on new texts), on real
sentences of ../shared/corpus."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import passage_triples, stated


def test_an_unnumbered_own_document_is_named_by_its_title_lines():
    # "QUYẾT ĐỊNH / PHÊ DUYỆT NHIỆM VỤ LẬP QUY HOẠCH … TỈNH PHÚ THỌ" with no "Số:" line: the title names the decision,
    # so it is a mention of the own document beside its type line; the relations stay the own document's.
    text = corpus_text("qd-quyet-dinh-phe-duyet-nhiem-vu-lap-quy-hoach-bao-qu.txt")
    extraction = extract_text(text)
    own = next(e for e in extraction.entities if e.type == "Decision" and not e.attributes.get("symbol"))
    surfaces = {" ".join(m.text.split()) for m in own.mentions}
    assert "QUYẾT ĐỊNH" in surfaces
    assert any(s.startswith("PHÊ DUYỆT NHIỆM VỤ LẬP QUY HOẠCH") and s.endswith("TỈNH PHÚ THỌ") for s in surfaces)
    triples = stated(extraction)
    assert (own.label, "based_on", "208/2025/NĐ-CP") in triples
    assert (own.label, "issued_by", "Thủ tướng Chính phủ") in triples
    # A numbered text keeps its symbol as its mention: no title mention is added.
    numbered = extract_text(corpus_text("qd-3303-qd-btp.txt"))
    own = next(e for e in numbered.entities if e.attributes.get("symbol") == "3303/QĐ-BTP")
    assert all(m.text.startswith("3303") or "3303" in m.text for m in own.mentions)


def test_submissions_listed_after_a_proposer_are_all_its():
    # "Xét đề nghị của Bộ trưởng Bộ Tài chính tại Tờ trình số 844/TTr-BTC ngày 17 tháng 11 năm 2025 và Tờ trình số
    # 18186/TTr-BTC …": the second submission is the ministry's too, as the first.
    triples = passage_triples("nq-380-nq-cp.txt", "Xét đề nghị của Bộ trưởng", "năm 2025; ")
    assert ("844/TTr-BTC", "issued_by", "Bộ Tài chính") in triples
    assert ("18186/TTr-BTC", "issued_by", "Bộ Tài chính") in triples
    # "… tại Tờ trình: số 334/TTr-BVHTTDL ngày 12 tháng 8 năm 2025 và số 449/TTr-BVHTTDL …": a type word and a colon
    # head the list.
    triples = passage_triples("qd-quyet-dinh-phe-duyet-nhiem-vu-lap-quy-hoach-bao-qu.txt",
                              "Theo đề nghị của Bộ trưởng", "tháng 10 năm 2025")
    assert ("334/TTr-BVHTTDL", "issued_by", "Bộ Văn hóa, Thể thao và Du lịch") in triples
    assert ("449/TTr-BVHTTDL", "issued_by", "Bộ Văn hóa, Thể thao và Du lịch") in triples


def test_a_change_to_annexed_rules_named_at_length_changes_the_document_that_carries_them():
    # "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH ĐƠN GIÁ BỒI THƯỜNG … TRÊN ĐỊA BÀN TỈNH CAO BẰNG BAN HÀNH KÈM THEO QUYẾT
    # ĐỊNH SỐ 52/2024/QĐ-UBND": the annexed rules' long name puts the decision beyond the object's usual reach.
    extraction = extract_text(corpus_text("qd-56-2025-qd-ubnd.txt"))
    assert ("56/2025/QĐ-UBND", "amends", "52/2024/QĐ-UBND") in stated(extraction)
    # The same in a list of documents a decision names: "Quyết định số 52/2020/QĐ-UBND … Sửa đổi một số điều của Quy
    # định về trình tự, thủ tục, … trên địa bàn tỉnh Đồng Nai ban hành kèm theo Quyết định số 28/2016/QĐ-UBND".
    triples = passage_triples("qd-2830-qd-ubnd-dong-nai.txt", "2. Quyết định số", "nhân dân tỉnh Đồng Nai.")
    assert ("52/2020/QĐ-UBND", "amends", "28/2016/QĐ-UBND") in triples
