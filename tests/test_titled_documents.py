"""Documents named by their title, without a number, on real sentences of ../shared/corpus: where a title ends."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _labels(name, entity_type):
    return {e.label for e in extract_text(corpus_text(name)).entities if e.type == entity_type}


def test_annexed_document_named_after_the_promulgation_clause():
    # "Ban hành kèm theo Quyết định này Quy định về …": the annex, even a "Quy định", is a document.
    assert "Quy định về quản lý an toàn trong sử dụng điện trên địa bàn tỉnh Quảng Trị" in \
        _labels("qd-36-2025-qd-ubnd-quang-tri.txt", "Regulation")
    # An annex needs no proper name or year to be one particular document.
    assert "Quy chế bồi dưỡng, giảng dạy của trung tâm chính trị xã, phường, đặc khu" in \
        _labels("qd-1147-qd-btgdvtw.txt", "Regulation")


def test_two_annexed_documents_of_one_type():
    labels = _labels("tt-thong-tu-ban-hanh-quy-che-kiem-tra-nghiep-vu-dai-d.txt", "Regulation")
    assert {"Quy chế kiểm tra nghiệp vụ đại diện sở hữu công nghiệp",
            "Quy chế kiểm tra nghiệp vụ giám định sở hữu công nghiệp"} <= labels
    assert not any(" và Quy chế" in label for label in labels)


def test_a_long_title_is_read_to_the_end_of_its_clause():
    assert ("Quy chế về quản lý, sử dụng chữ ký số chuyên dùng công vụ, chứng thư chữ ký số chuyên dùng công vụ, "
            "thiết bị lưu khóa bí mật và dịch vụ chứng thực chữ ký số chuyên dùng công vụ trên địa bàn tỉnh Đồng Tháp") \
        in _labels("qd-144-2025-qd-ctubnd.txt", "Regulation")


def test_a_title_that_goes_on_with_another_title_is_none():
    # "ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Đề án “…”": the plan is named by the project.
    assert "Kế hoạch triển khai thực hiện Đề án" not in _labels("qd-2853-qd-ubnd-ho-chi-minh.txt", "Plan")


def test_links_before_lower_case_words_belong_to_the_title():
    # "tại cơ quan, …", "do Nhà nước đầu tư" are part of the title; "do Thủ tướng Chính phủ" would end it.
    text = corpus_text("qd-1627-qd-ubnd-quang-ngai.txt")
    labels = {e.label for e in extract_text(text).entities if e.type in ("Plan", "Project")}
    project = ("Đề án tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu hạ tầng do Nhà nước "
               "đầu tư, quản lý")
    assert project in labels
    # Read four times, once going on with "và kết quả kiểm kê …": that reading stops where the others do.
    assert not any(label.startswith(project + " và") for label in labels)
    assert ("Kế hoạch triển khai thực hiện Tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị, tài sản kết cấu "
            "hạ tầng do Nhà nước đầu tư, quản lý thời điểm 0h00 ngày 01 tháng 01 năm 2026") in labels


def test_a_link_before_a_name_ends_the_title():
    # "phê duyệt Chương trình phát triển Chính phủ số do Thủ tướng Chính phủ ban hành"
    assert "Chương trình phát triển Chính phủ số" in _labels("qd-2629-qd-ttg.txt", "Program")


def _extraction(name):
    return extract_text(corpus_text(name))


def _entity(extraction, label):
    for entity in extraction.entities:
        if entity.label == label:
            return entity
    raise AssertionError(f"no entity {label!r}: {[e.label for e in extraction.entities]}")


def test_a_document_named_by_its_issuer_and_title():
    extraction = _extraction("tiep-tuc-chuong-trinh-phien-hop-thu-42-chieu-7-2-tai-nha-quoc-hoi-duoi.txt")
    label = "Kết luận của Bộ Chính trị về rà soát, sắp xếp, cơ cấu lại tổ chức bộ máy trong ngành Kiểm sát nhân dân"
    conclusion = _entity(extraction, label)  # "… theo hướng tinh gọn": the clause goes on after "theo"
    assert conclusion.type == "Conclusion"
    # The type and issuer alone are a mention too: the text may go on to name it so.
    assert "Kết luận của Bộ Chính trị" in {m.text for m in conclusion.mentions}
    body = _entity(extraction, "Bộ Chính trị")
    assert (conclusion.id, "issued_by", body.id) in {(r.source, r.type, r.target) for r in extraction.relations}


def test_a_title_ends_before_the_predicate_and_the_next_document():
    # "… Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025 có hiệu lực thi hành", "… năm 2025
    # và các Nghị quyết của Ủy ban Thường vụ Quốc hội về …"
    extraction = _extraction("thuc-hien-ket-luan-so-150-kl-tw-ngay-14-4-2025-cua-bo-chinh-tri-huong.txt")
    resolution = _entity(extraction, "Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025")
    assert len({m.start for m in resolution.mentions}) >= 2
    # "điều chỉnh, bổ sung": one act named by two verbs, not the end of the title at a comma
    assert "Nghị quyết của Quốc hội về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm 2025" in _labels(
        "bo-sung-du-toan-ngan-sach-tw-2025-de-chi-tra-che-do-chinh-sach-khi-thu.txt", "Resolution")


def test_a_title_holding_a_numbered_reference_ends_after_it():
    extraction = _extraction("nq-375-nq-cp.txt")
    label = ("Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nghị quyết số 136/2024/QH15 ngày 26 tháng 6 "
             "năm 2024")
    draft = _entity(extraction, label)
    amended = _entity(extraction, "Nghị quyết số 136/2024/QH15")
    assert (draft.id, "amends", amended.id) in {(r.source, r.type, r.target) for r in extraction.relations}
    # the submission about the draft holds it
    assert any(e.type == "OtherDocument" and e.label.startswith("Tờ trình của Chính phủ về dự thảo " + label[:30])
               for e in extraction.entities)


def test_titled_phrases_that_name_no_particular_document():
    # "Căn cứ các Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch …: Quyết định số …" lists several.
    assert not any(label.startswith("Quyết định của Thủ tướng Chính phủ về phê duyệt quy hoạch")
                   for label in _labels("qd-2820-qd-ubnd.txt", "Decision"))
    # In a statute, "Báo cáo của Chính phủ về …" is a kind of report.
    labels = {e.label for e in _extraction("luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan-2015.txt")
              .entities}
    assert not any(label.startswith("Báo cáo của Chính phủ về") for label in labels)
    # The own resolution named in the submission it answers ("Tờ trình … về việc ban hành Nghị quyết của Hội đồng
    # nhân dân Thành phố quy định …") is no other document.
    assert not any(label.startswith("Nghị quyết của Hội đồng nhân dân Thành phố")
                   for label in _labels("nq-72-2025-nq-hdnd.txt", "Resolution"))


def test_a_report_named_by_what_it_does_to_a_draft():
    labels = _labels("truoc-khi-tien-hanh-bieu-quyet-quoc-hoi-nghe-uy-vien-uy-ban-thuong-vu.txt", "Report")
    # The draft is the revised law: its "(sửa đổi)" ends the title.
    assert "Báo cáo giải trình, tiếp thu, chỉnh lý dự thảo Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)" in labels
    labels = _labels("luat-thanh-tra-sua-doi-quan-triet-va-thuc-hien-chu-truong-chi-dao-ve-t.txt", "Report")
    assert "Báo cáo về việc tiếp thu, giải trình, chỉnh lý dự thảo Luật Thanh tra (sửa đổi)" in labels


def test_one_title_written_several_ways_is_one_document():
    extraction = _extraction("nguoi-truc-tiep-xay-dung-phap-luat-duoc-huong-ho-tro-hang-thang-bang-1.txt")
    # "Báo cáo tiếp thu, giải trình và chỉnh lý dự thảo …" and "Báo cáo tiếp thu, giải trình, chỉnh lý dự thảo …"
    reports = [e for e in extraction.entities if e.type == "Report" and e.label.startswith("Báo cáo tiếp thu")]
    assert len(reports) == 1 and len(reports[0].mentions) >= 2
    # Read six times to "… thi hành pháp luật"; once going on ", việc xây dựng dự thảo Nghị quyết là cần thiết".
    titled = [e for e in extraction.entities if e.type == "Resolution" and e.label.startswith("Nghị quyết của Quốc hội")]
    assert len(titled) == 1
    assert titled[0].label.endswith("trong xây dựng và tổ chức thi hành pháp luật")


def test_a_document_named_by_its_matter_in_a_report_about_documents():
    labels = _labels("quyet-dinh-thanh-lap-thanh-pho-hue-truc-thuoc-trung-uong-co-y-nghia-he.txt", "Resolution")
    assert "Nghị quyết về việc thành lập thành phố Huế trực thuộc Trung ương" in labels
    # "… năm 2025 trước ngày 08/4/2025": a deadline is no part of the title
    labels = _labels("nghi-quyet-74-nq-cp-cua-chinh-phu-ve-ke-hoach-sap-xep-don-vi-hanh-chin.txt", "Resolution")
    assert "Nghị quyết về việc sắp xếp đơn vị hành chính năm 2025" in labels
    # In a statute (even one whose header is not read) "Quyết định về việc …" is a kind of decision.
    assert not any(label.startswith("Quyết định về việc")
                   for label in _labels("luat-bien-gioi-quoc-gia-2003-06-2003-qh11.txt", "Decision"))
