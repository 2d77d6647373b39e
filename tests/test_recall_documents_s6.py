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


def test_international_agreements_are_named_by_their_title():
    # "… trong Hiệp định Thương mại hàng hóa thuộc Hiệp định khung về … giữa Chính phủ các nước thành viên Hiệp hội
    # các quốc gia Đông Nam Á và Chính phủ Đại Hàn Dân Quốc": two agreements, one within the other; "thuộc" inside the
    # parties' names ("các nước thành viên thuộc Hiệp hội …") goes on.
    extraction = extract_text(around("qd-3361-qd-bct.txt", "Hiệp định Thương mại hàng hóa thuộc", before=0, after=240))
    assert set(labels(extraction, "OtherDocument")) == {
        "Hiệp định Thương mại hàng hóa",
        "Hiệp định khung về Hợp tác Kinh tế Toàn diện giữa Chính phủ các nước thành viên Hiệp hội các quốc gia Đông "
        "Nam Á và Chính phủ Đại Hàn Dân Quốc"}
    extraction = extract_text(around("qd-3361-qd-bct.txt", "Hiệp định Khung về hợp tác kinh tế toàn diện giữa Chính phủ "
                                     "của các nước thành viên thuộc", before=0, after=240))
    assert "Hiệp định Khung về hợp tác kinh tế toàn diện giữa Chính phủ của các nước thành viên thuộc Hiệp hội các " \
           "quốc gia Đông Nam Á và Chính phủ nước Đại Hàn Dân Quốc" in labels(extraction, "OtherDocument")
    # "phê chuẩn Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương và các văn kiện có liên quan": "và"
    # joins the title's capitalised words, not the documents that follow.
    extraction = extract_text(around("tt-55-2025-tt-bct.txt", "phê chuẩn Hiệp định Đối tác", before=0, after=140))
    assert set(labels(extraction, "OtherDocument")) == {"Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"}
    # A kind of agreement is no title: "theo Hiệp định của Chính phủ", "trên cơ sở Hiệp định ký kết giữa Chính phủ
    # Việt Nam với Chính phủ nước ngoài".
    assert not labels(extract_text(around("nd-158-2025-nd-cp.txt", "theo Hiệp định của Chính phủ")), "OtherDocument")
    assert not labels(extract_text(around("luat-dau-khi-1993-18-l-ctn.txt", "Hiệp định ký kết giữa")), "OtherDocument")


def test_a_treaty_is_neither_issued_nor_amended_by_a_domestic_document():
    # "Thông tư số 07/2019/TT-BCT … quy định về xuất khẩu hàng dệt may sang Mê-hi-cô theo Hiệp định … (được sửa đổi,
    # bổ sung bởi Thông tư số 06/2020/TT-BCT …)": the circular titled first was amended, not the treaty.
    extraction = extract_text(corpus_text("tt-55-2025-tt-bct.txt"))
    treaty = "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"
    assert treaty in labels(extraction, "OtherDocument")
    assert not [t for t in stated(extraction) if treaty in (t[0], t[2]) and t[1] in ("issued_by", "amends")]


def test_a_numbered_protocol_is_part_of_its_agreement():
    # "Nghị định thư 1 của Hiệp định vận chuyển hàng không giữa … và Chính phủ New Zealand về các quyền vận chuyển 3,
    # 4 và 5 giữa các Bên": the protocol is named by its number; what follows the parties is its subject.
    extraction = extract_text(around("nq-385-nq-cp.txt", "Thông qua nội dung", before=0, after=420))
    agreement = ("Hiệp định vận chuyển hàng không giữa Chính phủ các Quốc gia thành viên Hiệp hội các quốc gia Đông Nam "
                 "Á và Chính phủ New Zealand")
    assert {agreement, "Nghị định thư 1"} <= set(labels(extraction, "OtherDocument"))
    assert ("Nghị định thư 1", "part_of", agreement) in stated(extraction)


def test_an_agreements_foreign_parties_and_committee_are_bodies():
    # "… giữa Chính phủ các nước thành viên Hiệp hội các quốc gia Đông Nam Á và Chính phủ Đại Hàn Dân Quốc": Korea's
    # Government is a party of its own, not Việt Nam's (graph.find_bodies names it by the countries lexicon).
    bodies = labels(extract_text(around("qd-3361-qd-bct.txt", "Hiệp định Thương mại hàng hóa thuộc", before=0,
                                        after=240)), "Body")
    assert bodies["Chính phủ Hàn Quốc"] == {"Chính phủ Đại Hàn Dân Quốc"}
    # "… giữa Chính phủ nước Cộng hòa Xã hội Chủ nghĩa (CHXHCN) Việt Nam và Chính phủ nước Cộng hòa Dân chủ Nhân dân
    # Lào": Việt Nam's Government stays the lexicon's, Laos's is its own.
    bodies = labels(extract_text(around("tt-61-2025-tt-bct.txt", "Hiệp định Thương mại giữa Chính phủ nước Cộng hòa Xã",
                                        before=0, after=200)), "Body")
    assert bodies["Chính phủ Lào"] == {"Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"}
    assert "Chính phủ" in bodies
    # "do Ủy ban thực thi Hiệp định Thương mại tự do ASEAN - Hàn Quốc (AKFTA-IC) thông qua": the committee that
    # carries the agreement out is a body named by it, its abbreviation aside.
    extraction = extract_text(around("qd-3361-qd-bct.txt", "do Ủy ban thực thi", before=0, after=120))
    assert "Ủy ban thực thi Hiệp định Thương mại tự do ASEAN - Hàn Quốc" in labels(extraction, "Body")
    assert not labels(extraction, "OtherDocument")
