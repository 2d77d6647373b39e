"""Entities of the fifth session's second round (issue 3x), on real sentences of ../shared/corpus (texts outside
the development gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text


def test_related_to_stays_inside_a_programs_name():
    # "liên quan đến" (related to) is part of the name; "năm 2025 và 2026" is its period, two years.
    programs = labels(extract_text(around("qd-2609-qd-ubnd.txt", "Chương trình cắt giảm, đơn giản hóa thủ tục",
                                            after=160)), "Program")
    assert set(programs) == {"Chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, "
                             "kinh doanh năm 2025 và 2026"}
    # The abbreviated name reads the same way, and stops before the sentence goes on (", cắt giảm các thành phần …").
    programs = labels(extract_text(around("qd-2842-qd-ubnd-ho-chi-minh.txt", "Chương trình cắt giảm, đơn giản hóa TTHC",
                                            after=160)), "Program")
    assert set(programs) == {"Chương trình cắt giảm, đơn giản hóa TTHC liên quan đến hoạt động sản xuất, kinh doanh "
                             "năm 2025 và 2026"}
    # The ministry's programme for 2025 alone is another one.
    programs = labels(extract_text(corpus_text("qd-5042-qd-bnnmt.txt")[:1400]), "Program")
    assert len(programs) == 2


def test_a_law_amending_many_laws_is_named_by_their_count():
    # "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch" (35/2018/QH14): no law's own name
    # follows "của", the lexicon names it whole, in either case of "luật".
    laws = labels(extract_text(around("qd-4385-qd-bvhttdl.txt", "Luật sửa đổi, bổ sung một số điều của 37 luật")), "Law")
    assert "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch" in laws
    # An amending law whose amended law is named is read as before.
    laws = labels(extract_text(around("qd-4385-qd-bvhttdl.txt", "Luật sửa đổi, bổ sung một số điều của 37 luật",
                                        after=260)), "Law")
    assert not [label for label in laws if label.startswith("Luật sửa đổi") and "37" not in label and "của Luật" not in label]


def test_registration_offices_are_bodies():
    # The land registration office that a province's procedures send files to, and the registries of the
    # Ministry of Justice and of ships named in a table of procedures.
    bodies = labels(extract_text(around("qd-2979-qd-ubnd-ha-tinh.txt", "tại Văn phòng đăng ký đất đai")), "Body")
    assert "Văn phòng đăng ký đất đai" in bodies
    bodies = labels(extract_text(around("qd-3303-qd-btp.txt", "Cơ quan đăng ký tàu biển")), "Body")
    assert "Cơ quan đăng ký tàu biển Việt Nam" in bodies
    bodies = labels(extract_text(around("qd-3303-qd-btp.txt", "Trung tâm đăng ký giao dịch, tài sản")), "Body")
    assert "Trung tâm Đăng ký giao dịch, tài sản" in bodies


def test_a_non_governmental_organisation_names_no_government():
    # "tổ chức phi Chính phủ": a non-governmental organisation, not the Government.
    bodies = labels(extract_text(around("luat-phong-chong-rua-tien-2012.txt", "tổ chức phi Chính phủ")), "Body")
    assert "Chính phủ" not in bodies
    # "tổ chức quốc tế liên Chính phủ": intergovernmental; "chữ ký số chuyên dùng Chính phủ": the Government's
    # dedicated digital signature, a kind of signature.
    bodies = labels(extract_text(around("luat-an-toan-thong-tin-mang-2015.txt", "tổ chức quốc tế liên Chính phủ")), "Body")
    assert "Chính phủ" not in bodies
    bodies = labels(extract_text(around("qd-165-2025-qd-ubnd.txt", "chữ ký số chuyên dùng Chính phủ")), "Body")
    assert "Chính phủ" not in bodies
    # The organ itself is still read: "theo quy định của Chính phủ".
    bodies = labels(extract_text(around("qd-165-2025-qd-ubnd.txt", "của Chính phủ về công tác văn thư")), "Body")
    assert "Chính phủ" in bodies


def test_a_titled_document_of_two_issuers():
    # "Kết luận của Bộ Chính trị, Ban Bí thư về một số nhiệm vụ trọng tâm …": both issuers named before the title's
    # lead; the conclusion is named so, and both issue it.
    extraction = extract_text(around("bo-noi-vu-chi-dao-thuc-hien-ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-mo.txt",
                                      "Kết luận của Bộ Chính trị, Ban Bí thư về", before=0, after=160))
    conclusions = labels(extraction, "Conclusion")
    label = next(iter(conclusions))
    assert label.startswith("Kết luận của Bộ Chính trị, Ban Bí thư về một số nhiệm vụ trọng tâm")
    assert "Kết luận của Bộ Chính trị, Ban Bí thư" in conclusions[label]
    by_id = {e.id: e.label for e in extraction.entities}
    issuers = {by_id[r.target] for r in extraction.relations if r.type == "issued_by" and by_id[r.source] == label}
    assert issuers == {"Bộ Chính trị", "Ban Bí thư"}


def test_departments_named_past_where_the_productive_name_stops():
    # "Cục Người có công" ("có" is no verb here), "Cục Quản lý Y, Dược cổ truyền" (a comma before a capital), "Vụ Kế
    # hoạch, Tài chính" (the department the lexicon writes with a hyphen), the legal-text review department by
    # recipient lists' abbreviations.
    bodies = labels(extract_text(around("nd-25-2025-nd-cp.txt", "17. Cục Người có công")), "Body")
    assert "Cục Người có công" in bodies and "Cục Người" not in bodies
    bodies = labels(extract_text(around("qd-3621-qd-byt.txt", "Cục Quản lý Y, Dược cổ truyền")), "Body")
    assert "Cục Quản lý Y, Dược cổ truyền" in bodies and "Cục Quản lý" not in bodies
    bodies = labels(extract_text(around("qd-4385-qd-bvhttdl.txt", "Vụ trưởng Vụ Kế hoạch, Tài chính")), "Body")
    assert bodies.get("Vụ Kế hoạch - Tài chính") == {"Vụ Kế hoạch, Tài chính"}
    bodies = labels(extract_text(around("qd-36-2025-qd-ubnd-quang-tri.txt", "Cục Kiểm tra VB và QLXLVPHC")), "Body")
    assert "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính" in bodies and "Cục Kiểm tra" not in bodies


def test_a_national_department_ends_with_the_country():
    # "Cục Đăng kiểm Việt Nam", "Cục Hàng không Việt Nam": the country is the name's last words; a lexicon body
    # keeps its own name ("Tổng cục Hải quan").
    bodies = labels(extract_text(around("tt-37-2025-tt-bxd.txt", "Cục trưởng Cục Đăng kiểm Việt Nam")), "Body")
    assert "Cục Đăng kiểm Việt Nam" in bodies and "Cục Đăng kiểm" not in bodies
    bodies = labels(extract_text(around("qd-3303-qd-btp.txt", "Cục Hàng không Việt Nam - Bộ Xây dựng")), "Body")
    assert "Cục Hàng không Việt Nam" in bodies
    # A recipient list's abbreviations of the departments: "Cục Quản lý KCB" is the medical examination one.
    bodies = labels(extract_text(around("tb-624-tb-vpcp.txt", "Cục Quản lý KCB")), "Body")
    assert "Cục Quản lý Khám, chữa bệnh" in bodies and "Cục Quản lý" not in bodies


def test_a_draft_named_by_its_title():
    # "dự thảo Nghị định về chức năng, nhiệm vụ của các cơ quan chuyên môn …": a draft decree named by its subject.
    decrees = labels(extract_text(around("bo-noi-vu-chi-dao-thuc-hien-ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-mo.txt",
                                           "dự thảo Nghị định về chức năng", after=200)), "Decree")
    assert any(label.startswith("Nghị định về chức năng, nhiệm vụ của các cơ quan chuyên môn") for label in decrees)
    # "Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013 quy định như sau": the title ends with the
    # document it amends.
    extraction = extract_text(around("quoc-hoi-chinh-thuc-thong-qua-nghi-quyet-sua-doi-bo-sung-mot-so-dieu-c.txt",
                                      "Dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp trình", after=200))
    assert set(labels(extraction, "Resolution")) == {"Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp"}
    # What is said about a draft is no title: "chỉnh lý dự thảo Nghị quyết về hiệu lực thi hành theo hướng …".
    extraction = extract_text(around("quoc-hoi-thong-qua-nghi-quyet-thi-diem-co-che-chinh-sach-dac-thu-phat.txt",
                                      "dự thảo Nghị quyết về hiệu lực thi hành"))
    assert not labels(extraction, "Resolution")


def test_law_names_with_and_or_a_comma():
    # "Luật Đo đạc và bản đồ năm 2018", "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự": lexicon names,
    # which the productive name stops short of ("Luật Đo đạc", "Luật Quản lý").
    laws = labels(extract_text(around("qd-2702-qd-ubnd-quang-tri.txt", "Luật Đo đạc và bản đồ")), "Law")
    assert "Luật Đo đạc và bản đồ năm 2018" in laws and "Luật Đo đạc" not in laws
    laws = labels(extract_text(around("qd-89-vbhn-bqp.txt", "Luật Quản lý, bảo vệ công trình")), "Law")
    assert "Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự" in laws
