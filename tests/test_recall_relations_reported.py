"""Relations that news and grounds state in roundabout ways, on real sentences of ../shared/corpus: amendments
named through a decree's title, issuers of listed or fronted references, advisers and reviewers that are not
next to the phrase (issue 3g)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import passage_triples, stated


# --- amends: "X … được sửa đổi, bổ sung bởi/tại/theo Y (và Z)" ---------------------------------------------

def test_passive_amendment_of_a_decree_named_with_its_title():
    # "*Căn cứ Nghị định số 72/2020/NĐ-CP** ngày 30/6/2020 của Chính phủ quy định chi tiết một số điều của Luật Dân
    # quân tự vệ về tổ chức xây dựng lực lượng …, được sửa đổi, bổ sung bởi Nghị định số 16/2025/NĐ-CP …": the
    # title's "về tổ chức" no longer reads as filler, and a decree cannot amend the law, so the decree is amended.
    triples = passage_triples("ngay-7-8-2025-chinh-phu-ban-hanh-nghi-dinh-so-220-2025-nd-cp-sua-doi-b.txt",
                              "Nghị định số 72/2020/NĐ-CP", "16/2025/NĐ-CP")
    assert ("16/2025/NĐ-CP", "amends", "72/2020/NĐ-CP") in triples
    assert not any(r == "amends" and t.startswith("Luật") for _, r, t in triples)


def test_passive_amendment_by_two_decrees_after_a_title_in_grounds():
    # "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi hành Luật
    # Hải quan về thủ tục hải quan, …, được sửa đổi, bổ sung tại Nghị định số 59/2018/NĐ-CP … và Nghị định số
    # 167/2025/NĐ-CP …"
    text = corpus_text("tb-39305-tb-chq.txt")
    start = text.index("Nghị định số 08/2015/NĐ-CP")
    passage = text[start:text.index(";", start)]
    triples = stated(extract_text(passage))
    amending = {s for s, r, t in triples if r == "amends" and t == "08/2015/NĐ-CP"}
    assert "167/2025/NĐ-CP" in amending, triples


def test_passive_amendment_across_a_title_that_names_another_resolution():
    # "Căn cứ Nghị quyết số 03/NQ-CP … của Chính phủ Ban hành chương trình hành động của Chính phủ thực hiện Nghị
    # quyết số 57-NQ/TW … của Bộ Chính trị về đột phá … được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết
    # số 71/NQ-CP …": the ground the line opens with is what changed, not the resolution inside its title.
    triples = passage_triples("qd-2820-qd-ubnd.txt", "Căn cứ Nghị quyết số", "71/NQ-CP")
    assert ("71/NQ-CP", "amends", "03/NQ-CP") in triples
    assert ("71/NQ-CP", "amends", "57-NQ/TW") not in triples


def test_passive_amendment_of_the_decree_that_details_a_law_outside_grounds():
    # "… tại điểm a khoản 1 Điều 20 Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ quy định
    # chi tiết một số điều của Luật Quản lý, sử dụng tài sản công, được sửa đổi, bổ sung theo Nghị định số
    # 114/2024/NĐ-CP … của Chính phủ, Nghị định số 50/2025/NĐ-CP …"
    triples = passage_triples("nghi-dinh-quy-dinh-cu-the-ve-phan-cap-quan-ly-nha-nuoc-trong-quan-ly-s.txt",
                              "Nghị định số 151/2017/NĐ-CP", "50/2025/NĐ-CP")
    assert {("114/2024/NĐ-CP", "amends", "151/2017/NĐ-CP"), ("50/2025/NĐ-CP", "amends", "151/2017/NĐ-CP")} <= triples


def test_a_circular_does_not_amend_the_decree_named_in_a_title():
    # "Thông tư số 28/2015/TT-BLĐTBXH … hướng dẫn thực hiện Điều 52 Luật Việc làm và một số điều của Nghị định số
    # 28/2015/NĐ-CP … quy định chi tiết … Luật Việc làm về bảo hiểm thất nghiệp (đã được sửa đổi, bổ sung tại
    # Thông tư số 15/2023/TT-BLĐTBXH …)": a circular changes a circular, never a decree.
    triples = passage_triples("tt-thong-tu-huong-dan-thuc-hien-chinh-sach-che-do-doi.txt",
                              "Thông tư số 28/2015/TT-BLĐTBXH", "15/2023/TT-BLĐTBXH")
    assert ("15/2023/TT-BLĐTBXH", "amends", "28/2015/NĐ-CP") not in triples


def test_amends_the_named_member_of_a_counted_group():
    # "Trên cơ sở Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của 09 Luật trong lĩnh vực tài chính, trong đó
    # có Luật Chứng khoán đã bổ sung …"
    triples = passage_triples("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt",
                              "Trên cơ sở Luật số 56/2024/QH15", "trong đó có Luật Chứng khoán")
    assert any(s == "56/2024/QH15" and r == "amends" and t.startswith("Luật Chứng khoán") for s, r, t in triples)


# --- issued_by -----------------------------------------------------------------------------------------------

def test_every_document_listed_after_the_body_that_issued_them():
    # "Bên cạnh đó, Ngân hàng Nhà nước cũng đã ban hành Thông tư số 03/2025/TT-NHNN ngày 29/4/2025, Thông tư số
    # 25/2025/TT-NHNN ngày 31/8/2025 trong đó …"
    triples = passage_triples("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt",
                              "Bên cạnh đó, Ngân hàng Nhà nước", "25/2025/TT-NHNN")
    issued = {s for s, r, t in triples if r == "issued_by" and t.startswith("Ngân hàng Nhà nước")}
    assert issued == {"03/2025/TT-NHNN", "25/2025/TT-NHNN"}
    # "Chính phủ ban hành Nghị quyết số 106/NQ-CP và Nghị quyết số 127/NQ-CP …"
    triples = passage_triples("thu-tuong-khoi-cong-giai-phong-mat-bang-2-du-an-duong-sat-vao-ngay-19.txt",
                              "Chính phủ ban hành Nghị quyết số 106/NQ-CP", "127/NQ-CP")
    assert {("106/NQ-CP", "issued_by", "Chính phủ"), ("127/NQ-CP", "issued_by", "Chính phủ")} <= triples


def test_issuer_of_a_fronted_reference():
    # "**Lưu ý:** Theo tiểu mục 5.2 Mục 5 Kết luận 83-KL/TW năm 2024, Bộ Chính trị yêu cầu Ban Kinh tế Trung ương
    # chủ trì sơ kết …"
    triples = passage_triples("de-an-tien-luong-va-phu-cap-doi-voi-can-bo-cong-chuc-vien-chuc-luc-luo.txt",
                              "Theo tiểu mục 5.2 Mục 5 Kết luận 83-KL/TW", "Bộ Chính trị yêu cầu")
    assert ("83-KL/TW", "issued_by", "Bộ Chính trị") in triples


def test_fronted_reference_whose_body_submitted_it_advises():
    # "Tại Nghị định số 245/2025/NĐ-CP, Bộ Tài chính đã trình Chính phủ để tiếp tục đơn giản hóa thủ tục …": the
    # ministry proposed the decree; it did not issue it.
    triples = passage_triples("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt",
                              "Tại Nghị định số 245/2025/NĐ-CP, Bộ Tài chính đã trình", "đơn giản hóa")
    assert ("Bộ Tài chính", "advises", "245/2025/NĐ-CP") in triples
    assert ("245/2025/NĐ-CP", "issued_by", "Bộ Tài chính") not in triples


def test_body_that_acted_in_its_document():
    # "… được Thủ tướng Chính phủ phê duyệt tại Quyết định 1589/QĐ-TTg năm 2023"
    triples = passage_triples("day-nhanh-giai-phong-mat-bang-du-an-khu-cong-nghiep-que-vo-mo-rong-ii.txt",
                              "được Thủ tướng Chính phủ phê duyệt tại", "1589/QĐ-TTg")
    assert ("1589/QĐ-TTg", "issued_by", "Thủ tướng Chính phủ") in triples
    # "… do Đảng ủy Chính phủ báo cáo được Ban Chấp hành Trung ương cho chủ trương tại Nghị quyết số 69-NQ/TW"
    triples = passage_triples("sua-doi-luat-dat-dai-kip-thoi-go-nhung-diem-nghen-phat-sinh-tu-thuc-ti.txt",
                              "Nghị quyết số 18-NQ/TW do Đảng ủy", "69-NQ/TW")
    assert ("69-NQ/TW", "issued_by", "Ban Chấp hành Trung ương") in triples


def test_a_bodys_part_in_another_bodys_document_is_no_issue():
    # "## Nhiệm vụ của Bộ Công an tại Nghị quyết 124/NQ-CP": the Government's resolution gives the ministry tasks.
    triples = passage_triples("nghi-quyet-124-nq-cp-chuan-bi-dieu-binh-duyet-binh-2-9-2025-chao-mung.txt",
                              "Nhiệm vụ của Bộ Công an tại", "124/NQ-CP")
    assert not any(r == "issued_by" for _, r, _ in triples)


def test_proposer_named_inside_a_documents_name_advises_it():
    # "… thông qua Nghị quyết của UBTVQH phê chuẩn đề nghị của Chánh án Tòa án nhân dân tối cao về Cục, Vụ …"
    text = corpus_text("tiep-tuc-chuong-trinh-phien-hop-thu-42-chieu-7-2-tai-nha-quoc-hoi-duoi.txt")
    extraction = extract_text(text)
    triples = stated(extraction)
    assert any(s == "Tòa án nhân dân tối cao" and r == "advises" and "phê chuẩn đề nghị của Chánh án" in t
               for s, r, t in triples)
    assert not any(r == "issued_by" and t == "Viện kiểm sát nhân dân tối cao" and "Viện trưởng" in s
                   for s, r, t in triples)


# --- reviews ---------------------------------------------------------------------------------------------------

def test_reviewing_body_is_the_subject_of_the_sentence_across_a_semicolon():
    # "Bộ Nội vụ sẽ tập trung đôn đốc các bộ, cơ quan ngang bộ thực hiện Quyết định số 608/QĐ-TTg … về phân cấp,
    # phân quyền; thực hiện báo cáo về tình hình, kết quả thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung
    # ương và Nghị quyết số 176/2025/QH15 của Quốc hội sau khi …" (the corpus's one such sentence)
    triples = passage_triples("bo-noi-vu-da-hoan-thanh-106-109-nhiem-vu-duoc-giao-trong-thang-3.txt",
                              "Bộ Nội vụ sẽ tập trung đôn đốc", "176/2025/QH15 của Quốc hội")
    assert {("Bộ Nội vụ", "reviews", "121-KL/TW"), ("Bộ Nội vụ", "reviews", "176/2025/QH15")} <= triples
    assert not any(r == "reviews" and t == "608/QĐ-TTg" for _, r, t in triples)


def test_ministry_that_advised_and_submitted_a_resolution():
    # "… Bộ Xây dựng đã chủ động tham mưu, trình Chính phủ, Quốc hội xem xét và thông qua Nghị quyết 201 về thí điểm
    # cơ chế đặc thù …"
    triples = passage_triples("quy-dinh-moi-lam-nha-o-xa-hoi-giup-dn-rut-ngan-duoc-3-nam-lam-thu-tuc.txt",
                              "Bộ Xây dựng đã chủ động tham mưu", "Nghị quyết 201")
    assert any(s == "Bộ Xây dựng" and r == "advises" and t.startswith("Nghị quyết") for s, r, t in triples), triples


def test_issuer_whose_head_has_two_titles():
    # "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn\nphòng Chính phủ hướng dẫn
    # về nghiệp vụ kiểm soát thủ tục hành chính" (about twenty decisions cite it so)
    triples = passage_triples("qd-1486-qd-ubnd-bac-ninh.txt", "Thông tư số 02/2017/TT-VPCP", "Chính phủ")
    assert ("02/2017/TT-VPCP", "issued_by", "Văn phòng Chính phủ") in triples


def test_shared_issuer_after_dated_references_parted_by_commas():
    # "Trên cơ sở xem xét Tờ trình số 53/TTr-CP ngày 27/01/2025, Báo cáo số 54/BC-CP ngày 27/01/2025 của Chính
    # phủ": the comma after the first date parts the list (it was read as part of the date).
    triples = passage_triples("nq-nghi-quyet-ve-bo-sung-ke-hoach-phat-trien-kinh-te.txt", "Tờ trình số 53/TTr-CP",
                              "của Chính phủ")
    assert {("53/TTr-CP", "issued_by", "Chính phủ"), ("54/BC-CP", "issued_by", "Chính phủ")} <= triples


def test_party_that_reported_to_the_meeting_advises_the_notice_the_lead_names():
    # Lead: "Thay mặt Bộ Chính trị, … đã ký Thông báo kết luận số 75-TB/TW ngày 7/3/2025 …"; then "Theo đó, tại phiên
    # họp ngày 20/2, sau khi nghe Đảng uỷ Chính phủ báo cáo về việc điều chỉnh … (Tờ trình số 08-TTr/ĐU, ngày
    # 13/2/2025); ý kiến các cơ quan, Bộ Chính trị đã thảo luận và kết luận như sau:" (the corpus's one such notice)
    text = corpus_text("thay-mat-bo-chinh-tri-thuong-truc-ban-bi-thu-tran-cam-tu-da-ky-thong-b.txt")
    triples = stated(extract_text(text))
    assert ("Đảng ủy Chính phủ", "advises", "75-TB/TW") in triples
