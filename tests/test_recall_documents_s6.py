"""Documents of the sixth session (issue 3x), on real sentences of ../shared/corpus (texts outside the development
gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text
from relation_helpers import corpus_passage, stated


def test_rules_annexed_to_another_document_are_named_by_their_title():
    # "Sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo Nghị quyết số 20/2023/NQ-HĐND …": the rules
    # are a document of their own, part of the resolution that carries them.
    extraction = extract_text(around("nq-37-2025-nq-hdnd.txt", "Sửa đổi, bổ sung một số điều của Quy định các chính",
                                     before=0, after=230))
    rules = "Quy định các chính sách hỗ trợ giảm nghèo bền vững tỉnh Thừa Thiên Huế giai đoạn 2023 - 2025"
    assert set(labels(extraction, "Regulation")) == {rules}
    assert (rules, "part_of", "20/2023/NQ-HĐND") in stated(extraction)
    # A charter ("Điều lệ") carried by a decree is an OtherDocument; the article named before it is its own.
    extraction = extract_text(around("nd-158-2025-nd-cp.txt", "Điều 54 của Điều lệ bảo hiểm xã hội", before=0))
    assert set(labels(extraction, "OtherDocument")) == {"Điều lệ bảo hiểm xã hội"}
    triples = stated(extraction)
    assert ("Điều 54 Điều lệ bảo hiểm xã hội", "part_of", "Điều lệ bảo hiểm xã hội") in triples
    assert ("Điều lệ bảo hiểm xã hội", "part_of", "12/CP") in triples


def test_a_change_of_annexed_rules_changes_the_rules_and_their_carrier():
    # The decision of Quảng Ninh amends the rules it names and the decision that carries them.
    extraction = extract_text(corpus_text("qd-97-2025-qd-ubnd-quang-ninh.txt"))
    rules = "Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Quảng Ninh"
    assert rules in labels(extraction, "Regulation")
    triples = stated(extraction)
    assert {("97/2025/QĐ-UBND", "amends", rules), ("97/2025/QĐ-UBND", "amends", "40/2024/QĐ-UBND"),
            (rules, "part_of", "40/2024/QĐ-UBND")} <= triples


def test_no_rules_without_a_title_or_in_an_article_heading():
    # "Quy định ban hành kèm theo Quyết định số 42/2018/QĐ-UBND": the rules go unnamed (graph.relate reads them).
    extraction = extract_text(around("qd-122-2025-qd-ubnd-hue.txt", "Quy định ban hành kèm theo Quyết định số"))
    assert not labels(extraction, "Regulation")
    # "Điều 24. Quy định chuyển tiếp / Các khoản phí trong Danh mục phí và lệ phí kèm theo Pháp lệnh …": an
    # article's heading, then a sentence about fees.
    passage = corpus_passage("luat-phi-va-le-phi-2015.txt", "Điều 24. Quy định chuyển tiếp", "số 38/2001/PL-UBTVQH10")
    assert not labels(extract_text(passage), "Regulation")

