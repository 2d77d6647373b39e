"""A report on a document quotes what the document does without naming it again: a subject-less "thể chế hóa",
"… hết hiệu lực từ ngày Luật này có hiệu lực" and a quoted article "Bãi bỏ khoản 3 Điều 7 Thông tư số …" have the
document the report opens with for their subject (issue 3n). Real passages of ../shared/corpus, read from the
text's start so that the report's opening is there."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import passage_triples, stated


def _opening_to(name: str, last: str) -> set[tuple[str, str, str]]:
    """Triples of the text from its start to the end of the first `last`."""
    text = corpus_text(name)
    return stated(extract_text(text[:text.index(last) + len(last)]))


def test_subjectless_institutionalising_is_the_reported_laws():
    # "## Thông qua Luật Cán bộ, công chức (sửa đổi) …" … "Hoàn thiện cơ chế thu hút nguồn nhân lực … để thể chế
    # hóa các Nghị quyết số 57-NQ/TW, ngày 22/12/2024, Nghị quyết số 66-NQ/TW … và Nghị quyết số 68- NQ/TW …"
    triples = _opening_to("thong-qua-luat-can-bo-cong-chuc-sua-doi-voi-99-dai-bieu-tan-thanh.txt", "68- NQ/TW")
    law = "Luật Cán bộ, công chức (sửa đổi)"
    assert {(law, "implements", "57-NQ/TW"), (law, "implements", "66-NQ/TW")} <= triples, triples


def test_fronted_institutionalising_lists_both_conclusions_joined_by_and():
    # "Nhằm thể chế hóa kịp thời Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kết luận số 137-KL/TW của Bộ
    # Chính trị, Chính phủ đã đề xuất …" in a report on the resolution the Assembly passed: the second conclusion
    # is one more object (joined by "và"), not the subject of the main clause.
    triples = _opening_to("quoc-hoi-thong-qua-nghi-quyet-thi-diem-co-che-chinh-sach-dac-thu-phat.txt", "Chính phủ đã đề xuất")
    resolution = next(s for s, r, t in triples if r == "implements" and t == "127-KL/TW")
    assert resolution.startswith("Nghị quyết của Quốc hội")
    assert (resolution, "implements", "137-KL/TW") in triples
    assert ("137-KL/TW", "implements", "127-KL/TW") not in triples


def test_institutionalising_with_a_body_for_subject_is_not_the_reported_documents():
    # "… Viện trưởng VKSNDTC trình UBTVQH phê chuẩn bộ máy làm việc của VKSNDTC là có căn cứ, bảo đảm thể chế hóa
    # Nghị quyết số 18-NQ/TW …": the submission does it, not the resolution the report opens with.
    triples = _opening_to("tiep-tuc-chuong-trinh-phien-hop-thu-42-chieu-7-2-tai-nha-quoc-hoi-duoi.txt",
                          "bảo đảm thể chế hóa Nghị quyết số 18-NQ/TW")
    assert not any(r == "implements" and t == "18-NQ/TW" for s, r, t in triples), triples


def test_ended_from_the_day_this_law_takes_effect_by_the_reported_law():
    # "Luật Tổ chức Chính phủ số 76/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 47/2019/QH14 và Luật
    # số 20/2023/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành" in a report on the 2025 law.
    triples = _opening_to("luat-to-chuc-chinh-phu-la-luat-goc-cua-nen-hanh-chinh-nha-nuoc.txt", "Luật này có hiệu lực")
    assert ("Luật Tổ chức Chính phủ năm 2025", "repeals", "76/2015/QH13") in triples, triples
    assert not any(r == "repeals" and t in ("47/2019/QH14", "20/2023/QH15") for s, r, t in triples)


def test_quoted_articles_of_a_reported_decree_change_other_decrees():
    # "Ngày 7/8/2025, Chính phủ ban hành Nghị định số 220/2025/NĐ-CP …" and then its articles, each "Sửa đổi, bổ sung
    # một số điều của **Nghị định số 22/2021/NĐ-CP** …".
    triples = _opening_to("ngay-7-8-2025-chinh-phu-ban-hanh-nghi-dinh-so-220-2025-nd-cp-sua-doi-b.txt", "13/2014/NĐ-CP")
    assert {("220/2025/NĐ-CP", "amends", "22/2021/NĐ-CP"), ("220/2025/NĐ-CP", "amends", "13/2014/NĐ-CP")} <= triples


def test_quoted_repeal_of_an_article_by_the_reported_circular():
    # "Ngày 06/5/2025, Bộ Quốc phòng ban hành Thông tư số 25/2025/TT-BQP …" … "Bãi bỏ khoản 3 Điều 7 Thông tư số
    # 162/2017/TT-BQP …"
    text = corpus_text("huong-dan-cac-che-do-chinh-sach-doi-voi-si-quan.txt")
    extraction = extract_text(text[:text.index("162/2017/TT-BQP") + 20])
    by_id = {e.id: e for e in extraction.entities}
    repeals = {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "repeals"}
    assert ("Thông tư số 25/2025/TT-BQP", "khoản 3 Điều 7 Thông tư số 162/2017/TT-BQP") in repeals, repeals


def test_a_report_on_a_law_quoting_the_decree_that_details_it_changes_nothing_by_the_law():
    # "… Quốc hội khóa XV đã thông qua Luật số 56/2024/QH15 … Bộ Tài chính đã trình Chính phủ ban hành Nghị định số
    # 245/2025/NĐ-CP …" … "Sửa đổi khoản 2 Điều 19 Nghị định số 155/2020/NĐ-CP …": the decree's wording, not the law's.
    triples = _opening_to("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt",
                          "Sửa đổi khoản 2 Điều 19 Nghị định số 155/2020/NĐ-CP")
    assert ("56/2024/QH15", "amends", "155/2020/NĐ-CP") not in triples


def test_a_paragraph_opening_with_the_reported_documents_type_word_quotes_its_preamble():
    # "Ngày 25/5/2025, thay mặt Bộ Chính trị, … ký ban hành Kết luận số 157-KL/TW …" then "Kết luận nêu rõ, căn cứ …;
    # sau khi xem xét, đề xuất, kiến nghị của Ban Tổ chức Trung ương tại Báo cáo số 392-BC/BTCTW, …, Bộ Chính trị
    # kết luận như sau:"
    triples = _opening_to("bo-chinh-tri-yeu-cau-hoan-tat-sap-xep-cap-xa-truoc-15-7-cap-tinh-truoc.txt",
                          "Bộ Chính trị kết luận như sau:")
    assert ("Ban Tổ chức Trung ương", "advises", "157-KL/TW") in triples, triples


def test_bracket_after_the_promulgated_title_says_what_the_resolution_carries_out():
    # "*Hội đồng nhân dân ban hành Nghị quyết quy định … trên địa bàn thành phố Hà Nội (thực hiện điểm b khoản 2 Điều
    # 29 Luật Thủ đô số\n39/2024/QH15).*" and "Xét Tờ trình số … đề nghị ban hành Nghị quyết … (Thực hiện khoản 3,\nkhoản
    # 4 Điều 15 và khoản 1 Điều 35 Luật Thủ đô); Báo cáo thẩm tra …": the own resolution implements the articles.
    for name, own, article in (("nq-73-2025-nq-hdnd.txt", "Nghị quyết số 73/2025/NQ-HĐND", "điểm b khoản 4 Điều 24"),
                               ("nq-81-2025-nq-hdnd.txt", "Nghị quyết số 81/2025/NQ-HĐND", "khoản 1 Điều 35")):
        extraction = extract_text(corpus_text(name))
        by_id = {e.id: e for e in extraction.entities}
        implemented = {by_id[r.target].label for r in extraction.relations
                       if r.type == "implements" and by_id[r.source].label == own}
        assert any(label.startswith(article + " Luật Thủ đô") for label in implemented), implemented



def test_joint_bodies_before_tai_issue_the_document():
    # "… trên cơ sở kết luận của Bộ Chính trị, Ban Bí thư tại Kết luận 202-KL/TW 2025 …": both bodies, joined by a
    # comma after "của", issued it (as "của <body> tại <document>" reads for one body).
    triples = passage_triples("day-nhanh-tien-do-sap-xep-bo-tri-va-xu-ly-cac-co-so-nha-dat-sau-sap-nh.txt",
                              "kết luận của Bộ Chính trị", "202-KL/TW")
    assert {("202-KL/TW", "issued_by", "Bộ Chính trị"), ("202-KL/TW", "issued_by", "Ban Bí thư")} <= triples, triples
    # One body still: "đề xuất, kiến nghị của Ban Tổ chức Trung ương tại Báo cáo số 392-BC/BTCTW".
    triples = passage_triples("bo-chinh-tri-yeu-cau-hoan-tat-sap-xep-cap-xa-truoc-15-7-cap-tinh-truoc.txt",
                              "kiến nghị của Ban Tổ chức Trung ương", "392-BC/BTCTW")
    assert ("392-BC/BTCTW", "issued_by", "Ban Tổ chức Trung ương") in triples
