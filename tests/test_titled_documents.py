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
