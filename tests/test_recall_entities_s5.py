"""Entities of the fifth session (issue 3u), on real sentences of ../shared/corpus (texts outside the development
gold where the corpus has them)."""
from __future__ import annotations

from conftest import corpus_text
from entity_helpers import around, labels
from graph.extract import extract_text
from graph.normalise import fold


def test_the_2003_supervision_law_is_named_apart_from_the_2015_one():
    # The 2015 supervision law repeals "Luật hoạt động giám sát của Quốc hội số 05/2003/QH11": a law of its own,
    # named with "của Quốc hội" (the productive name stops at "của"); the 2015 law's longer name still wins.
    laws = labels(extract_text(around("luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan-2015.txt",
                                        "Luật hoạt động giám sát của Quốc hội số 05/2003/QH11")), "Law")
    assert "Luật Hoạt động giám sát của Quốc hội" in laws
    laws = labels(extract_text(around("quoc-hoi-se-hop-bat-thuong-vao-thang-2-2025.txt",
                                        "Luật Hoạt động giám sát của Quốc hội và Hội")), "Law")
    assert "Luật Hoạt động giám sát của Quốc hội" not in laws
    assert any(label.endswith("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân") for label in laws)


def _passage(name: str, first: str, last: str) -> str:
    """The passage of a corpus text from `first` to the end of the next `last`, line breaks kept."""
    text = corpus_text(name)
    start = text.index(first)
    return text[start:text.index(last, start) + len(last)]


def test_a_name_ends_at_a_blank_line():
    # "… thi hành Luật Đất đai\n\n** **\n\n**PHỤ LỤC II**\n\n**MẪU QUYẾT ĐỊNH": the law, then the appendix's heading.
    laws = labels(extract_text(_passage("qd-5042-qd-bnnmt.txt", "định quy định chi tiết thi hành Luật Đất đai",
                                         "**MẪU QUYẾT ĐỊNH")), "Law")
    assert set(laws) == {"Luật Đất đai"}
    # "e) Cơ quan thực hiện thủ tục hành chính: Cục Trồng\ntrọt và Bảo vệ thực vật\n\nf) …": the department, not "… f".
    bodies = labels(extract_text(_passage("qd-5042-qd-bnnmt.txt", "e) Cơ quan thực hiện thủ tục hành chính: Cục Trồng",
                                           "f) Cơ quan giải quyết")), "Body")
    assert set(bodies) == {"Cục Trồng trọt và Bảo vệ thực vật"}
    # "**Điều 7. Xét\ntặng Bằng khen Chủ tịch Ủy ban nhân dân thành phố**\n\nTrên cơ sở …": no city called "Trên".
    bodies = labels(extract_text(_passage("qd-2579-qd-ubnd-can-tho.txt", "tặng Bằng khen Chủ tịch Ủy ban nhân dân thành phố**",
                                           "Trên cơ sở")), "Body")
    assert not [label for label in bodies if label.endswith("Trên")]


def test_a_provinces_place_is_a_province():
    # The heading "… ỦY QUYỀN CHO CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH CÔNG BỐ THỦ TỤC HÀNH CHÍNH …": the office of
    # the province the text names (Thanh Hóa), not of a province called "Công Bố Thủ Tục"; "Thanh Hoá" (the older
    # tone mark) is still a province.
    bodies = labels(extract_text(corpus_text("qd-3617-qd-ubnd-thanh-hoa.txt")), "Body")
    assert not [label for label in bodies if "Công Bố" in label]
    assert "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH" in bodies["Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa"]
    # qd-145-2025-qd-ubnd-thanh-hoa's heading writes "ỦY BAN NHÂN DÂN\nTỈNH THANH HOÁ".
    bodies = labels(extract_text(corpus_text("qd-145-2025-qd-ubnd-thanh-hoa.txt")[:200]), "Body")
    assert [label for label in bodies if fold(label) == "uy ban nhan dan tinh thanh hoa"], bodies


def test_the_two_departments_local_regulations_are_sent_to():
    # Recipient lists name the Ministry of Justice's legal-text department and the Government Office's
    # procedures-control department in full or by abbreviation; the productive "Cục" name stopped at "xử lý" and
    # at the abbreviation, and each written form was a body of its own.
    line = around("qd-53-2025-qd-ubnd.txt", "- Cục Kiểm tra văn bản và Quản lý xử lý", 0, 90)
    assert "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính" in labels(extract_text(line), "Body")
    line = around("nq-74-2025-nq-hdnd.txt", "- Cục KTVB&QLXL VPHC-Bộ Tư pháp;", 0, 40)
    assert "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính" in labels(extract_text(line), "Body")
    line = around("qd-2015-qd-ubnd-an-giang.txt", "- Cục Kiểm soát TTHC-VPCP;", 0, 30)
    assert labels(extract_text(line), "Body").get("Cục Kiểm soát thủ tục hành chính") == {"Cục Kiểm soát TTHC"}


def test_state_capital_laws_named_with_a_comma_or_and():
    # "*Căn cứ Luật Quản lý và Đầu\ntư vốn Nhà nước tại doanh nghiệp số 68/2025/QH15;*" (the productive name stops at
    # "và" before a capital): the lexicon's name, with its number.
    passage = _passage("qd-87-2025-qd-ubnd-2.txt", "Căn cứ Luật Quản lý và Đầu", "68/2025/QH15")
    laws = {e.label: e.attributes.get("symbol") for e in extract_text(passage).entities if e.type == "Law"}
    assert laws == {"Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp": "68/2025/QH15"}


def test_discipline_and_lawyers_are_no_laws():
    # Upper-case headings: "XỬ LÝ KỶ LUẬT CÁN BỘ" (discipline) and "… VÀ CỦA LUẬT SƯ, TRỢ GIÚP VIÊN PHÁP LÝ" (lawyers).
    assert not labels(extract_text(around("nd-172-2025-nd-cp.txt", "XỬ LÝ KỶ LUẬT CÁN BỘ", 0, 40)), "Law")
    heading = around("luat-khieu-nai-2011.txt", "MỤC 2. QUYỀN, NGHĨA VỤ CỦA NGƯỜI KHIẾU NẠI", 0, 130)
    assert not labels(extract_text(heading), "Law")
    # "Luật Luật sư" is still the law on lawyers.
    assert "Luật Luật sư" in labels(extract_text(around("luat-tro-giup-phap-ly-2017.txt", "Luật Luật sư", 0, 40)), "Law")


def test_an_amended_laws_name_ends_at_a_blank_line():
    # luat-51-2024-qh15's title: "## SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\n*Căn cứ Hiến pháp …".
    laws = labels(extract_text(corpus_text("luat-51-2024-qh15.txt")[:400]), "Law")
    assert "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế" in laws
    assert not [label for label in laws if "Căn cứ" in label]


def test_aviation_does_not_end_a_projects_name():
    # "… Dự án Cảng hàng không Quốc tế Long Thành …": "không" negates a clause, but "hàng không" is aviation.
    passage = around("ban-can-su-dang-ngoai-nuoc-nay-la-dang-uy-ngoai-nuoc-la-co-quan-phu-tr.txt", "Dự án Cảng hàng", 60, 60)
    assert "Dự án Cảng hàng không Quốc tế Long Thành" in labels(extract_text(passage), "Project")


def test_the_central_military_commissions_standing_board():
    # "… Quân ủy Trung ương, Thường vụ Quân ủy Trung ương đã nghiêm túc quán triệt …": the commission and its
    # standing board (named without "Ban"), two bodies.
    text = around("thong-qua-du-thao-bao-cao-ket-qua-kiem-tra-doi-voi-quan-uy-trung-uong.txt",
                   "Quân ủy Trung ương, Thường vụ Quân ủy Trung ương đã", 0, 60)
    bodies = labels(extract_text(text), "Body")
    assert bodies.get("Thường vụ Quân ủy Trung ương") == {"Thường vụ Quân ủy Trung ương"}
    assert bodies.get("Đảng ủy Quân sự Trung ương") == {"Quân ủy Trung ương"}


def test_a_reporting_verb_after_a_comma_ends_a_programs_name():
    # "… Ủy ban nhân dân cấp tỉnh lập Đề án phát hành trái phiếu, báo cáo Hội đồng nhân dân cấp tỉnh phê duyệt …".
    passage = around("luat-quan-ly-no-cong.txt", "lập Đề án phát hành trái phiếu, báo cáo", 0, 100)
    assert set(labels(extract_text(passage), "Project")) == {"Đề án phát hành trái phiếu"}


def test_a_deadline_after_an_office_is_not_its_name():
    # "Văn bản phúc đáp đề nghị gửi về\nCục Bảo tồn thiên nhiên và Đa dạng sinh học trước *ngày … tháng …".
    passage = _passage("tt-69-2025-tt-bnnmt.txt", "Văn bản phúc đáp đề nghị gửi về", "tháng")
    assert set(labels(extract_text(passage), "Body")) == {"Cục Bảo tồn thiên nhiên và Đa dạng sinh học"}
