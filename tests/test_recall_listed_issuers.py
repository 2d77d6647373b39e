"""Issuers and proposers that lists and preambles state once for several documents, and bodies named in forms
the lexicon did not know, on real sentences of ../shared/corpus (issue 3h)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import corpus_passage, passage_triples, stated, with_mention


# --- a shared issuer after a list of references ----------------------------------------------------------------

def test_a_listed_symbol_after_va_so_shares_the_issuer():
    # "… Thông báo số 01-TB/BCĐTW ngày 22/1/2025 và số 03-TB/BCĐTW ngày 6/3/2025 của Ban chỉ đạo Trung ương …":
    # the second symbol stands after "số" alone; both notices are the committee's.
    triples = passage_triples("bo-sung-du-toan-ngan-sach-tw-2025-de-chi-tra-che-do-chinh-sach-khi-thu.txt",
                              "Thông báo số 01-TB/BCĐTW", "của Ban chỉ đạo Trung ương")
    assert ("01-TB/BCĐTW", "issued_by", "Ban chỉ đạo Trung ương") in triples
    assert ("03-TB/BCĐTW", "issued_by", "Ban chỉ đạo Trung ương") in triples


def test_a_committees_term_does_not_part_its_reports():
    # "Báo cáo thẩm tra số 308/BC-UBKTTC ngày 04 tháng 5 năm 2025, Báo cáo thẩm tra bổ sung số 389/BC-UBKTTC15 …
    # của Ủy ban Kinh tế và Tài chính của Quốc hội": "15" is the committee's term, the code is the same.
    triples = passage_triples("chu-tich-quoc-hoi-tran-thanh-man-vua-ky-ban-hanh-nghi-quyet-so-196-202.txt",
                              "Báo cáo thẩm tra số 308", "của Quốc hội")
    issuers = {t for s, r, t in triples if s == "308/BC-UBKTTC" and r == "issued_by"}
    assert issuers == {"Ủy ban Kinh tế và Tài chính của Quốc hội"}, triples


def test_listed_conclusions_share_every_joint_issuer():
    # "… để cụ thể hóa các Kết luận số 150-KL/TW, số 163-KL/TW và số 167-KL/TW của Bộ Chính trị, Ban Bí thư)".
    triples = passage_triples("quoc-hoi-chinh-thuc-thong-qua-nghi-quyet-sua-doi-bo-sung-mot-so-dieu-c.txt",
                              "các Kết luận số 150-KL/TW", "Ban Bí thư")
    for symbol in ("150-KL/TW", "163-KL/TW", "167-KL/TW"):
        assert (symbol, "issued_by", "Bộ Chính trị") in triples, (symbol, triples)
        assert (symbol, "issued_by", "Ban Bí thư") in triples, (symbol, triples)


# --- a typed list: "các <type> của <issuer>: …" ----------------------------------------------------------------

def test_a_typed_list_after_the_heads_title_and_a_bold_colon():
    # "… theo quy định tại các Thông tư của Bộ trưởng Bộ Tài chính gồm:** Thông tư số 40/2017/TT-BTC quy định …,
    # Thông tư số 12/2025/TT-BTC sửa đổi, bổ sung …; Thông tư số 71/2018/TT-BTC …; Thông tư số 102/2012/TT-BTC …".
    triples = passage_triples("theo-thong-tu-so-28-2025-tt-btc-chi-khen-thuong-doi-voi-danh-hieu-thi.txt",
                              "**Chi học tập", "kinh phí.")
    for symbol in ("40/2017/TT-BTC", "12/2025/TT-BTC", "71/2018/TT-BTC", "102/2012/TT-BTC"):
        assert (symbol, "issued_by", "Bộ Tài chính") in triples, (symbol, triples)
    assert ("12/2025/TT-BTC", "amends", "40/2017/TT-BTC") in triples


def test_a_typed_list_leaves_an_items_own_issuer_alone():
    # "… đã được công bố tại các Quyết định của Chủ tịch UBND tỉnh về việc công bố danh mục TTHC …: số 761/QĐ-UBND
    # … của Chủ tịch UBND tỉnh Bắc Ninh (cũ); số 810/QĐ-UBND … của Chủ tịch UBND tỉnh Bắc Giang."
    extraction = extract_text(corpus_text("qd-1486-qd-ubnd-bac-ninh.txt"))
    triples = stated(extraction)
    assert ("810/QĐ-UBND", "issued_by", "Ủy ban nhân dân tỉnh Bắc Giang") in triples
    assert ("810/QĐ-UBND", "issued_by", "Ủy ban nhân dân tỉnh Bắc Ninh") not in triples
    # The typed list of the preamble is still read: "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP …".
    assert ("48/2013/NĐ-CP", "issued_by", "Chính phủ") in triples


# --- preambles -----------------------------------------------------------------------------------------------

def test_after_considering_the_governments_submission_it_advises():
    # "*Trên cơ sở xem xét Tờ trình số 53/TTr-CP ngày 27/01/2025, Báo cáo số 54/BC-CP …" (a National Assembly
    # resolution): the Government submitted it.
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-bo-sung-ke-hoach-phat-trien-kinh-te.txt"))
    assert any(s == "Chính phủ" and r == "advises" and t.startswith("Nghị quyết về bổ sung Kế hoạch")
               for s, r, t in stated(extraction))


def test_sau_khi_xem_xet_to_trinh_advises_too():
    # "*Sau khi xem xét Tờ trình số 69/TTr-CP ngày 08 tháng 02 năm 2025 của Chính phủ, Báo cáo thẩm tra số …".
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-chu-truong-dau-tu-du-an-dau-tu-xay-d.txt"))
    advisers = {s for s, r, t in stated(extraction) if r == "advises"}
    assert "Chính phủ" in advisers


# --- bodies ---------------------------------------------------------------------------------------------------

def test_a_department_with_no_ministry_of_its_name_proposes():
    # "*Theo đề nghị của Sở Ngoại vụ tại Văn bản số 1605/TTr-SNgV ngày 06/11/2025; …".
    triples = stated(extract_text(corpus_text("qd-84-2025-qd-ubnd.txt")))
    assert ("Sở Ngoại vụ", "advises", "84/2025/QĐ-UBND") in triples
    assert ("1605/TTr-SNgV", "issued_by", "Sở Ngoại vụ") in triples


def test_the_planning_and_architecture_department_is_a_body():
    # "Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường hướng dẫn các đơn vị …".
    extraction = extract_text(corpus_passage("qd-2820-qd-ubnd.txt", "Sở Quy hoạch - Kiến trúc", "hướng dẫn"))
    assert with_mention(extraction.entities, "Sở Quy hoạch - Kiến trúc").type == "Body"


def test_the_culture_ministry_without_its_comma_proposes():
    # "*Theo đề nghị của Bộ trưởng Bộ Văn hóa Thể thao\nvà Du lịch.*"
    triples = stated(extract_text(corpus_text("qd-170-qd-bcdnndl.txt")))
    assert ("Bộ Văn hóa, Thể thao và Du lịch", "advises", "170/QĐ-BCĐNNDL") in triples


def test_the_anti_corruption_committee_named_with_its_level_last():
    # "… xử lý nghiêm theo quy định của Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương."
    passage = corpus_passage("thu-tuong-yeu-cau-ra-soat-du-an-dau-tu-kho-khan-con-ton-dong-de-trien.txt",
                             "xử lý nghiêm theo quy định", "Trung ương.")
    body = with_mention(extract_text(passage).entities, "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương")
    assert body.type == "Body" and body.label.startswith("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng")


def test_an_annexed_rules_article_is_not_put_in_another_regulation():
    # "Căn cứ tại Điều 24 Quy chế ban hành kèm theo Quyết định 190-QĐ/TW năm 2024 …" in a text whose one other
    # regulation is "Quy định 365-QĐ/TW": the article is not that regulation's.
    triples = stated(extract_text(corpus_text("bau-tong-bi-thu-khoa-14-nhiem-ky-2026-2031-theo-quy-trinh-moi-nhat-nhu.txt")))
    assert not any(s.startswith("Điều 24") and r == "part_of" and t == "365-QĐ/TW" for s, r, t in triples), triples
    assert any(s.startswith("Điều 24") and r == "part_of" and t == "190-QĐ/TW" for s, r, t in triples), triples


# --- the proposer's submission is what the document was made on ------------------------------------------------

def test_the_proposers_submission_is_relied_on_not_the_opinions_after_it():
    # "*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 664/TTr-SNNMT ngày 13 tháng 11 năm
    # 2025, ý kiến của Sở Nội vụ tại Công văn số 2252/SNV-TCBC&TCPCP …*"
    triples = stated(extract_text(corpus_text("qd-2696-qd-ubnd.txt")))
    assert ("2696/QĐ-UBND", "based_on", "664/TTr-SNNMT") in triples
    assert not any(t.startswith("2252/SNV") and r == "based_on" for s, r, t in triples), triples


def test_a_submission_listed_with_its_scheme_and_review():
    # "*Xét đề nghị của Chính phủ tại Tờ trình số 363/TTr-CP và Đề án số 364/ĐA-CP ngày …, Báo cáo thẩm tra số
    # 414/BC-UBPLTP15 … của Ủy ban Pháp luật và Tư pháp,*"
    triples = stated(extract_text(corpus_text("nq-1655-nq-ubtvqh15.txt")))
    for symbol in ("363/TTr-CP", "364/ĐA-CP", "414/BC-UBPLTP15"):
        assert ("1655/NQ-UBTVQH15", "based_on", symbol) in triples, (symbol, triples)


def test_a_submission_named_again_in_the_body_is_no_citation():
    # Preamble "Xét đề nghị của Bộ trưởng Bộ Xây dựng tại Tờ trình số 118/TTr-BXD …"; body "… nêu tại Tờ trình số
    # 118/TTr-BXD …": the resolution was made on it.
    triples = stated(extract_text(corpus_text("nq-385-nq-cp.txt")))
    assert ("385/NQ-CP", "based_on", "118/TTr-BXD") in triples
    assert ("385/NQ-CP", "cites", "118/TTr-BXD") not in triples


# --- national plans and programmes are particular ones ------------------------------------------------------------

def test_a_national_programme_named_in_a_decision_is_found():
    # "Thủ tướng Chính phủ ban hành Chương trình quốc gia về bảo vệ dữ liệu cá nhân" (a list of tasks).
    passage = corpus_passage("qd-2623-qd-ttg.txt", "Thủ tướng Chính phủ ban hành Chương trình quốc gia", "cá nhân")
    program = with_mention(extract_text(passage).entities, "Chương trình quốc gia về bảo vệ dữ liệu cá nhân")
    assert program.type == "Program"


def test_a_national_programmes_name_stops_before_its_case():
    # "… từ kinh phí của Chương trình quốc gia phát triển công nghệ cao đối với trường hợp tự đầu tư nghiên cứu …".
    passage = corpus_passage("luat-cong-nghe-cao-2008-21-2008-qh12.txt", "b) Được xem xét hỗ trợ", "môi trường;")
    labels = {e.label for e in extract_text(passage).entities if e.type == "Program"}
    assert labels == {"Chương trình quốc gia phát triển công nghệ cao"}, labels


def test_the_chairing_ministry_submits_the_state_plan():
    # "1. Bộ Quốc phòng chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư trình Thủ tướng Chính phủ phê duyệt Kế hoạch nhà
    # nước về xây dựng và huy động lực lượng dự bị động viên." — a plan of the State is one particular plan.
    triples = passage_triples("luat-luc-luong-du-bi-dong-vien-2019.txt",
                              "Bộ Quốc phòng chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư trình", "dự bị động viên.")
    plan = "Kế hoạch nhà nước về xây dựng và huy động lực lượng dự bị động viên"
    assert ("Bộ Quốc phòng", "advises", plan) in triples, triples


def test_the_ministrys_office_named_without_the_ministry():
    # A decision of the Ministry of Health: "… Các ông, bà: Chánh Văn phòng Bộ; Vụ trưởng Vụ Tổ chức cán bộ; …".
    extraction = extract_text(corpus_text("qd-3574-qd-byt.txt"))
    assert with_mention(extraction.entities, "Văn phòng Bộ").label == "Văn phòng Bộ Y tế"


def test_the_ministrys_office_proposes_its_circular():
    # A circular of the Ministry of Industry and Trade: "*Theo đề nghị của Chánh Văn phòng Bộ;*".
    triples = stated(extract_text(corpus_text("tt-56-2025-tt-bct.txt")))
    assert ("Văn phòng Bộ Công Thương", "advises", "56/2025/TT-BCT") in triples


def test_no_ministrys_office_in_a_text_that_is_no_ministrys():
    # A decree of the Government lists a ministry's units: "… Văn phòng Bộ." names no particular ministry's office.
    text = corpus_text("nd-25-2025-nd-cp.txt")
    assert "Văn phòng Bộ." in text
    extraction = extract_text(text)
    assert not any(e.label.startswith("Văn phòng Bộ") for e in extraction.entities)


# --- an unnumbered own document named over its annex ------------------------------------------------------------

def test_an_unnumbered_decree_takes_its_symbol_from_its_annex_heading():
    # The decree's header states no number; its annex opens "*(Kèm theo Nghị định số 305/2025/NĐ-CP ngày 25 tháng 11
    # năm 2025 của Chính phủ)*": that is the decree itself, one entity with that symbol and date.
    extraction = extract_text(corpus_text("nd-nghi-dinh-ve-vien-tro-cua-viet-nam-cho-nuoc-ngoai.txt"))
    decrees = [e for e in extraction.entities if e.attributes.get("symbol") == "305/2025/NĐ-CP"]
    assert len(decrees) == 1 and decrees[0].attributes.get("date") == "2025-11-25", decrees
    assert ("305/2025/NĐ-CP", "issued_by", "Chính phủ") in stated(extraction)


def test_an_amended_circular_named_in_an_article_is_not_the_own_one():
    # "**Điều 8. Thay thế Phụ lục kèm theo Thông tư số 07/2024/TT-NHNN**" is no annex heading; the annex's is
    # "*(Ban hành kèm theo Thông tư số 44/2025/TT-NHNN …": the own circular amends 07/2024.
    triples = stated(extract_text(corpus_text("tt-thong-tu-sua-doi-bo-sung-mot-so-dieu-cua-thong-tu-2.txt")))
    assert ("44/2025/TT-NHNN", "amends", "07/2024/TT-NHNN") in triples


# --- the objects of a change announced as a list -----------------------------------------------------------------

def test_a_decree_replaces_each_decree_of_its_list():
    # "Nghị định này thay thế các Nghị định sau: Nghị định số 123/2016/NĐ-CP … của Chính phủ quy định …; Nghị định
    # số 101/2020/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP …"
    triples = stated(extract_text(corpus_text("nd-303-2025-nd-cp.txt")))
    assert ("303/2025/NĐ-CP", "replaces", "123/2016/NĐ-CP") in triples
    assert ("303/2025/NĐ-CP", "replaces", "101/2020/NĐ-CP") in triples


def test_a_repealed_items_description_keeps_its_own_change():
    # "2. Bãi bỏ các Thông tư\nsau:\n\na) Thông tư số\n57/2014/TT-BCT …;\n\nb) Thông tư số\n31/2022/TT-BCT … sửa đổi bổ
    # sung một số điều của Thông tư số 57/2014/TT-BCT …": every lettered circular is repealed, and 31/2022 still
    # amends 57/2014 (a circular named inside an item's description is no item).
    triples = stated(extract_text(corpus_text("tt-57-vbhn-bct.txt")))
    repealed = {t for s, r, t in triples if r == "repeals"}
    assert {"57/2014/TT-BCT", "31/2022/TT-BCT", "19/2023/TT-BCT", "20/2024/TT-BCT", "15/2022/TT-BCT"} <= repealed
    assert "57/2020/TT-BCT" not in repealed
    assert ("31/2022/TT-BCT", "amends", "57/2014/TT-BCT") in triples


# --- an article inserted after another ---------------------------------------------------------------------------

def test_an_article_inserted_after_another_is_the_provision():
    # "Bổ sung Điều 11a sau Điều 11 Nghị định 24/2024/NĐ-CP như sau": the new article 11a is the decree's provision
    # the sentence is about; article 11 only says where it goes.
    passage = corpus_passage("toan-van-nghi-dinh-232-2025-nd-cp-sua-doi-bo-sung-nghi-dinh-24-2012-ve.txt",
                             "Bổ sung Điều 11a sau Điều 11", "như sau")
    provisions = {e.label for e in extract_text(passage).entities if e.type == "Provision"}
    assert provisions == {"Điều 11a Nghị định số 24/2024/NĐ-CP"}, provisions


def test_bo_sung_them_an_article_amends_it():
    # "Trong đó, Nghị định số 17/2025/NĐ-CP bổ sung thêm Điều 2a vào sau Điều 2 Nghị định số 24/2024/NĐ-CP …".
    triples = passage_triples("theo-do-nghi-dinh-so-17-2025-nd-cp-sua-doi-bo-sung-mot-so-dieu-cua-ngh.txt",
                              "Trong đó, Nghị định số 17/2025/NĐ-CP", "ngày 27/2/2024")
    assert ("17/2025/NĐ-CP", "amends", "Điều 2a Nghị định số 24/2024/NĐ-CP") in triples, triples


def test_the_party_group_of_the_national_assembly_is_a_body_of_its_own():
    # "2. Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, …".
    passage = corpus_passage("theo-nghi-quyet-57-nq-tw-den-nam-2030-viet-nam-dat-muc-tieu-dat-vi-tri.txt",
                             "2. Đảng đoàn Quốc hội", "chỉ đạo")
    labels = {e.label for e in extract_text(passage).entities if e.type == "Body"}
    assert labels == {"Đảng đoàn Quốc hội"}, labels


def test_tren_co_so_de_nghi_cua_opens_a_proposal():
    # "*Trên cơ sở đề nghị của Bộ Tài chính tại văn bản số 18345/BTC-NSNN …*" in a Prime Minister's decision.
    triples = stated(extract_text(corpus_text("qd-2639-qd-ttg.txt")))
    assert ("Bộ Tài chính", "advises", "2639/QĐ-TTg") in triples
