"""Programs, plans and projects named without a number, on real sentences."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text
from relation_helpers import stated
from relation_helpers import with_mention


def test_quoted_project_and_its_short_name(seed_text):
    entities = extract_text(seed_text.read_text(encoding="utf-8")).entities
    project = with_mention(entities, "Đề án “Đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý ở nước ngoài bằng ngân sách Nhà nước”")
    assert project.type == "Project"
    assert "Đề án 165" in {m.text for m in project.mentions}


def test_plans_with_long_names(seed_text):
    entities = extract_text(seed_text.read_text(encoding="utf-8")).entities
    assert with_mention(entities, "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2023").type == "Plan"
    partner = with_mention(entities, "Kế hoạch Hợp tác đào tạo cán bộ giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc")
    assert partner.type == "Plan"


def test_national_target_program_in_every_case():
    entities = extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")).entities
    program = with_mention(entities, "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025")
    surfaces = {m.text.replace("\n", " ") for m in program.mentions}
    assert "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 - 2025" in surfaces
    assert "chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025" in surfaces
    assert not any(m.text.startswith("chương trình mục tiêu quốc gia giai đoạn")
                   for e in entities for m in e.mentions)


def test_action_program_of_the_government():
    text = corpus_text("toan-van-nghi-quyet-281-nq-cp-thuc-hien-nghi-quyet-71-nq-tw-ve-dot-pha.txt")
    # Both times the text names it, it says what it carries out: the mention runs through that.
    program = with_mention(extract_text(text).entities,
                            "Chương trình hành động của Chính phủ thực hiện Nghị quyết 71-NQ/TW năm 2025")
    assert program.type == "Program"


def test_report_named_by_its_act():
    entities = extract_text(corpus_text("nq-33-2025-nq-hdnd.txt")).entities
    assert with_mention(entities, "Báo cáo thẩm tra").type == "Report"


def test_common_noun_at_a_clause_start_is_not_a_plan():
    entities = extract_text(corpus_text("luat-hoa-chat-2007-06-2007-qh12.txt")).entities
    assert not any(e.type == "Plan" and e.label.startswith("Kế hoạch phòng ngừa, ứng phó sự cố hóa chất")
                   and len(e.label.split()) > 12 for e in entities)


def test_digital_transformation_is_part_of_a_name():
    entities = extract_text(corpus_text("cac-van-ban-tac-dong-den-thi-truong-bat-dong-san-quy-1-2025.txt")).entities
    project = next(e for e in entities if e.type == "Project")
    assert "chuyển đổi số quốc gia giai đoạn 2022 - 2025" in project.label


def test_national_program_as_a_kind_in_a_law_is_not_a_program():
    entities = extract_text(corpus_text("luat-dau-tu-cong-2019.txt")).entities
    assert not any(m.text.lower().startswith("chương trình mục tiêu quốc gia,") for e in entities for m in e.mentions)


def test_a_capitalised_project_named_by_what_it_does():
    text = corpus_text("mot-so-noi-dung-quan-trong-tai-ket-luan-so-126-kl-tw-cua-bo-chinh-tri.txt")
    projects = {e.label for e in extract_text(text).entities if e.type == "Project"}
    assert "Đề án tổ chức lại hệ thống thanh tra" in projects
    text = corpus_text("bo-noi-vu-chi-dao-thuc-hien-ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-mo.txt")
    projects = {e.label for e in extract_text(text).entities if e.type == "Project"}
    assert {"Đề án sắp xếp đơn vị hành chính cấp tỉnh", "Đề án sắp xếp đơn vị hành chính cấp xã"} <= projects


def test_two_projects_in_a_row_and_no_two_word_kind():
    text = corpus_text("nq-nghi-quyet-ve-mot-so-co-che-chinh-sach-dac-biet-ta.txt")
    projects = {e.label for e in extract_text(text).entities if e.type == "Project"}
    assert {"Đề án xây dựng cơ sở dữ liệu lớn về pháp luật", "Đề án ứng dụng trí tuệ nhân tạo"} <= projects
    text = corpus_text("luat-giam-dinh-tu-phap-2012.txt")
    assert not any(e.type == "Project" and e.label.startswith("Đề án thành lập")
                   for e in extract_text(text).entities)


def test_a_program_named_by_the_document_it_carries_out():
    # "… trình Chính phủ ban hành Chương trình hành động triển khai thực hiện Nghị quyết 71-NQ/TW năm 2025 …"
    text = corpus_text("toan-van-chi-thi-26-ct-ttg-trien-khai-nghi-quyet-71-bo-tri-du-bien-che.txt")
    extraction = extract_text(text)
    program = with_mention(extraction.entities,
                            "Chương trình hành động triển khai thực hiện Nghị quyết 71-NQ/TW năm 2025")
    assert program.type == "Program" and "71-NQ/TW" in program.label
    resolution = next(e for e in extraction.entities if e.attributes.get("symbol") == "71-NQ/TW")
    assert any(r.source == program.id and r.type == "implements" and r.target == resolution.id
               for r in extraction.relations)
    # The name carries what it implements, so programs of different documents stay apart.
    other = extract_text(corpus_text("qd-2830-qd-ubnd-dong-nai.txt")).entities
    assert all(e.key != program.key for e in other if e.type == "Program")


def test_a_plan_enacted_by_name_runs_to_the_end_of_its_clause():
    text = corpus_text("qd-2665-qd-ubnd.txt")
    sentence = ("Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, "
                "đơn giản hoá thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025;")
    assert sentence in " ".join(text.split())
    plans = [e for e in extract_text(text).entities if e.type == "Plan"]
    assert [" ".join(m.text.split()) for e in plans for m in e.mentions] == [
        "Kế hoạch rà soát, đơn giản hoá thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025"]


def test_rules_enacted_by_name_and_the_clause_that_goes_on():
    text = corpus_text("qd-161-2025-qd-ubnd-ninh-binh.txt")
    labels = {e.label for e in extract_text(text).entities if e.type == "Regulation"}
    assert ("Quy chế Quản lý, vận hành và sử dụng Hệ thống quản lý văn bản và điều hành trong các cơ quan hành chính "
            "nhà nước trên địa bàn tỉnh Ninh Bình") in labels
    # "… phê duyệt Đề án Đô thị thông minh, hoàn thành trong tháng 12 năm 2025": the name ends at the comma.
    labels = {e.label for e in extract_text(corpus_text("tb-624-tb-vpcp.txt")).entities if e.type == "Project"}
    assert "Đề án Đô thị thông minh" in labels


def test_a_programmes_name_ends_before_ca():
    text = corpus_text("nghi-quyet-72-nq-tw-chi-tiet-06-nhiem-vu-giai-phap-dot-pha-tang-cuong.txt")
    labels = {e.label for e in extract_text(text).entities if e.type == "Program"}
    assert "Chương trình Tiêm chủng mở rộng" in labels


def test_a_charter_enacted_by_name_is_governed_by_the_body_it_names():
    text = corpus_text("bo-noi-vu-ban-hanh-thong-tu-so-07-2025-tt-bnv-huong-dan-thuc-hien-quan.txt")
    extraction = extract_text(text)
    charter = next(e for e in extraction.entities
                   if e.label == "Điều lệ tổ chức và hoạt động của Quỹ Đổi mới công nghệ quốc gia")
    assert charter.type == "OtherDocument"
    # "… của Quỹ Đổi mới công nghệ quốc gia": the fund the charter governs, not its issuer.
    assert (charter.label, "issued_by", "Quỹ Đổi mới công nghệ quốc gia") not in stated(extraction)


def test_one_name_read_two_ways_at_one_start_is_one_project():
    entities = extract_text(corpus_text("qd-384-qd-tw.txt")).entities
    projects = [e for e in entities if e.type == "Project" and e.label.startswith("Đề án Chuyển đổi số")]
    assert [e.label for e in projects] == ["Đề án Chuyển đổi số trong các cơ quan đảng"]


def test_master_plans_named_by_subject_and_period():
    # "… Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045 …" (nine times, with
    # the hyphen spaced either way) beside "Quy hoạch tổng thể quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
    from conftest import corpus_text
    from graph.extract import extract_text

    plans = {e.label: e for e in extract_text(corpus_text("qd-4385-qd-bvhttdl.txt")).entities if e.type == "Plan"}
    network = "Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ 2021-2030, tầm nhìn đến năm 2045"
    assert network in plans and len(plans[network].mentions) >= 7
    assert "Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050" in plans
    # planning as an activity is no plan: "… nâng cao chất lượng quy hoạch thời kỳ 2021 - 2030"
    assert not any("chất lượng" in label for label in plans)
