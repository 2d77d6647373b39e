"""Rules from the sixth session's audit without gold (issue 3u): patterns read on corpus texts no rule was fitted to."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import labels
from graph.extract import extract_text
from relation_helpers import corpus_passage, stated

_RAILWAY = "Dự án đầu tư xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng"


def test_a_project_named_by_places_joined_with_hyphens_keeps_them_all():
    # "Quyết định chủ trương đầu tư Dự án đầu tư xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng (sau đây gọi
    # là Dự án).": the spaced hyphens join proper names of the route; the name stopped at "Lào Cai" before.
    sentence = corpus_passage("nq-nghi-quyet-ve-chu-truong-dau-tu-du-an-dau-tu-xay-d.txt",
                              "Quyết định chủ trương đầu tư Dự án", "gọi là Dự án).")
    assert list(labels(extract_text(sentence), "Project")) == [_RAILWAY]


def test_markup_inside_a_project_title_does_not_split_the_project():
    # The bold title "Về chủ trương đầu tư Dự án đầu tư xây dựng ****tuyến đường sắt …" and the sentences that
    # name the project again are one project, labelled with single spaces.
    extraction = extract_text(corpus_text("nq-nghi-quyet-ve-chu-truong-dau-tu-du-an-dau-tu-xay-d.txt"))
    assert list(labels(extraction, "Project")) == [_RAILWAY]


def test_a_notice_of_conclusions_is_a_notice():
    # "… theo chỉ đạo của Bộ Chính trị tại Thông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025.": the notice
    # that reports the conclusions ("TB" in its symbol) was read as a Conclusion from its second word on.
    passage = corpus_passage("nq-380-nq-cp.txt", "theo chỉ đạo của Bộ Chính trị tại\nThông báo", "năm 2025.")
    extraction = extract_text(passage)
    assert labels(extraction, "Conclusion") == {}
    (notice, mentions), = labels(extraction, "Notice").items()
    assert mentions == {"Thông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025"}
    assert ("99-TB/TW", "issued_by", "Bộ Chính trị") in stated(extraction)


def test_a_list_of_repealed_texts_led_by_a_generic_word_repeals_each_item():
    # "2. Bãi bỏ các văn bản, quy định sau đây:\n a) Pháp lệnh thuế thu nhập … số 35/2001/PL-UBTVQH10 …": "văn bản" is
    # a generic word here, not the type of the items (an ordinance); nothing was repealed before.
    text = corpus_text("luat-thue-thu-nhap-ca-nhan-2007-04-2007-qh12.txt")
    triples = stated(extract_text(text))
    assert ("04/2007/QH12", "repeals", "35/2001/PL-UBTVQH10") in triples


def test_a_list_of_repealed_texts_led_by_the_word_regulations_repeals_not_amends():
    # "2. Bãi bỏ các quy định sau:\n\na) Thông tư số 05/2023/TT-BKHCN …": the lead names the items; the whole circular
    # is repealed (it was read as a change of some of its provisions, "các quy định", which also dropped the text's
    # citations as those of an amending text).
    triples = stated(extract_text(corpus_text("tt-thong-tu-quy-dinh-ma-so-va-tieu-chuan-chuc-danh-kh.txt")))
    own = next(s for s, r, t in triples if r == "repeals" and t == "05/2023/TT-BKHCN")
    assert (own, "amends", "05/2023/TT-BKHCN") not in triples
    assert (own, "cites", "262/2025/NĐ-CP") in triples
