"""A law's revised version, an organ's Party group, national councils, the digital government and a service centre
charged with others, on real sentences of ../shared/corpus (texts outside the heldout development gold where the
corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import with_mention


def _sentence_with(text: str, phrase: str) -> str:
    """The line of `text` that holds `phrase`."""
    return next(line for line in text.splitlines() if phrase in line)


def _surfaces(entity):
    return {m.text.replace("\n", " ") for m in entity.mentions}


def _labels(extraction, kind=None):
    return {e.label for e in extraction.entities if kind is None or e.type == kind}


def test_revised_law_is_a_law_of_its_own():
    # "Luật Thanh tra (sửa đổi) quán triệt …" and later "… được kế thừa từ Luật Thanh tra năm 2022 …": the bill and
    # the law it replaces are two laws.
    laws = {e.label: e for e in extract_text(corpus_text(
        "luat-thanh-tra-sua-doi-quan-triet-va-thuc-hien-chu-truong-chi-dao-ve-t.txt")).entities if e.type == "Law"}
    assert _surfaces(laws["Luật Thanh tra (sửa đổi)"]) == {"Luật Thanh tra (sửa đổi)"}
    assert "Luật Thanh tra năm 2022" in laws


def test_revised_law_keeps_apart_from_the_numbered_old_law():
    # "… Luật Cán bộ, công chức (sửa đổi) …" and "Luật Cán bộ, công chức số 22/2008/QH12 …" in one text
    extraction = extract_text(corpus_text("bon-nghi-dinh-gom-nghi-dinh-so-170-2025-nd-cp-cua-chinh-phu-quy-dinh-v.txt"))
    revised = with_mention(extraction.entities, "Luật Cán bộ, công chức (sửa đổi)")
    assert revised.label == "Luật Cán bộ, công chức (sửa đổi)"
    assert not any(m.text.endswith("QH12") for m in revised.mentions)


def test_provision_of_a_revised_law_is_part_of_it():
    # "… thống nhất với Điều 15 Luật Chứng khoán (sửa đổi), theo đó bổ sung tài liệu …"
    text = corpus_text("ngay-29-11-2024-tai-ky-hop-thu-8-quoc-hoi-khoa-xv-da-thong-qua-luat-so.txt")
    extraction = extract_text(_sentence_with(text, "Điều 15 Luật Chứng khoán (sửa đổi)"))
    by_id = {e.id: e for e in extraction.entities}
    assert ("Điều 15 Luật Chứng khoán (sửa đổi)", "Luật Chứng khoán (sửa đổi)") in {
        (by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "part_of"}


def test_title_that_ends_with_a_revised_law_keeps_the_mark():
    # "… 04 Nghị định của Chính phủ hướng dẫn thi hành Luật Tổ chức chính quyền địa phương (sửa đổi) bảo đảm …"
    text = corpus_text("bo-noi-vu-chi-dao-thuc-hien-ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-mo.txt")
    extraction = extract_text(_sentence_with(text, "hướng dẫn thi hành Luật Tổ chức chính quyền địa phương (sửa đổi)"))
    by_id = {e.id: e for e in extraction.entities}
    guides = {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations if r.type == "guides"}
    assert ("Nghị định của Chính phủ hướng dẫn thi hành Luật Tổ chức chính quyền địa phương (sửa đổi)",
            "Luật Tổ chức chính quyền địa phương (sửa đổi)") in guides


def test_party_group_of_an_organ_is_a_body_of_its_own():
    # "2. Đảng đoàn Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về phát triển khoa học, …"
    text = corpus_text("theo-nghi-quyet-57-nq-tw-den-nam-2030-viet-nam-dat-muc-tieu-dat-vi-tri.txt")
    bodies = _labels(extract_text(_sentence_with(text, "Đảng đoàn Quốc hội lãnh đạo")), "Body")
    assert "Đảng đoàn Quốc hội" in bodies and "Quốc hội" not in bodies


def test_national_councils_are_known_bodies():
    # "… theo đề nghị của Hội đồng Tiền lương quốc gia. Các doanh nghiệp được thực hiện …"
    text = corpus_text("de-an-tien-luong-va-phu-cap-doi-voi-can-bo-cong-chuc-vien-chuc-luc-luo.txt")
    assert "Hội đồng Tiền lương quốc gia" in _labels(extract_text(_sentence_with(text, "Hội đồng Tiền lương quốc gia")))
    # "Hội đồng di sản văn hoá quốc gia là hội đồng tư vấn của Thủ tướng Chính phủ về di sản văn hoá …"
    text = corpus_text("luat-di-san-van-hoa-2001-28-2001-qh10.txt")
    council = with_mention(extract_text(_sentence_with(text, "là hội đồng tư vấn")).entities,
                           "Hội đồng di sản văn hoá quốc gia")
    assert council.label == "Hội đồng Di sản văn hóa quốc gia"
    # "Thành lập Hội đồng Tư vấn quốc gia về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số …"
    text = corpus_text("theo-nghi-quyet-57-nq-tw-den-nam-2030-viet-nam-dat-muc-tieu-dat-vi-tri.txt")
    assert "Hội đồng Tư vấn quốc gia về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" in \
        _labels(extract_text(_sentence_with(text, "Thành lập Hội đồng Tư vấn quốc gia")), "Body")


def test_digital_government_is_no_body():
    # "… khoản 1 Điều 4 Quyết định số 15/2025/QĐ-TTg để phục vụ Chính phủ\nđiện tử, số hóa, …"
    text = corpus_text("qd-44-2025-qd-ubnd-quang-ngai.txt")
    start = text.index("để phục vụ Chính phủ")
    assert "Chính phủ" not in _labels(extract_text(text[start:start + 80]), "Body")
    # "… phê duyệt Chương trình phát triển Chính phủ số do Thủ tướng Chính phủ ban hành"
    text = corpus_text("qd-2629-qd-ttg.txt")
    sentence = _sentence_with(text, "Chương trình phát triển Chính phủ số do Thủ tướng Chính phủ")
    bodies = _labels(extract_text(sentence), "Body")
    assert "Chính phủ" not in bodies and "Thủ tướng Chính phủ" in bodies
    # A number after it is the symbol of the government's document: "Nghị định của Chính phủ số …" keeps the body.
    assert "Chính phủ" in _labels(extract_text("Nghị định của Chính phủ số 15/2020/NĐ-CP"), "Body")


def test_service_centre_charged_with_others_names_the_provinces_centre():
    # "Giám đốc Trung tâm Phục vụ hành chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi
    # hành Quyết định này" in a decision of the province of Đồng Nai
    bodies = {e.label: e for e in extract_text(corpus_text("qd-2815-qd-ubnd.txt")).entities if e.type == "Body"}
    assert "Trung tâm Phục vụ hành chính công tỉnh" in _surfaces(bodies["Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"])
    # "… tỉnh và các xã": both levels, no one centre.
    assert "Trung tâm Phục vụ hành chính công" not in " ".join(
        _labels(extract_text("Trung tâm Phục vụ hành chính công tỉnh và các xã tiếp nhận hồ sơ."), "Body"))


def test_vice_presidents_title_names_no_organ():
    # "h) Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Phó Chủ tịch nước, Phó Chủ tịch Quốc hội, Phó Thủ
    # tướng Chính phủ."
    text = corpus_text("luat-canh-ve-2017.txt")
    line = _sentence_with(text, "Phó Chủ tịch nước, Phó Chủ tịch Quốc hội, Phó Thủ tướng Chính phủ.")
    bodies = _labels(extract_text(line), "Body")
    assert "Chủ tịch nước" not in bodies and "Quốc hội" in bodies
    # The office itself stays a body: "a) Chủ tịch nước, Phó Chủ tịch nước;"
    text = corpus_text("luat-to-chuc-quoc-hoi-2014.txt")
    assert "Chủ tịch nước" in _labels(extract_text(_sentence_with(text, "a) Chủ tịch nước, Phó Chủ tịch nước;")), "Body")


def test_steering_committee_named_with_its_level_last_is_the_known_one():
    # "… kết luận của Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương …": the committee the
    # lexicon names "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực" (eight words before its level).
    text = corpus_text("thu-tuong-yeu-cau-ra-soat-du-an-dau-tu-kho-khan-con-ton-dong-de-trien.txt")
    line = _sentence_with(text, "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương")
    committee = with_mention(extract_text(line).entities,
                             "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực Trung ương")
    assert committee.label == "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"
