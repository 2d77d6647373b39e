"""Relations recall on real sentences of ../shared/corpus (texts outside the extra gold sets)."""
from __future__ import annotations

from conftest import corpus_text
from graph.extract import extract_text


def _pairs(name, relation):
    extraction = extract_text(corpus_text(name))
    by_id = {e.id: e for e in extraction.entities}
    return {(by_id[r.source].label, by_id[r.target].label) for r in extraction.relations
            if r.type == relation and not r.inferred}


def test_effectiveness_clause_then_replaces():
    # "**Điều 2. **Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 942/QĐ-TTg ngày 15 tháng 6
    # năm 2021 của Thủ tướng Chính phủ …"
    assert ("Quyết định số 2629/QĐ-TTg", "Quyết định số 942/QĐ-TTg") in _pairs("qd-2629-qd-ttg.txt", "replaces")
    # "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013 và thay thế Luật xuất bản số 30/2004/QH11 …"
    assert any(target == "Luật số 30/2004/QH11" or target.lower().startswith("luật xuất bản")
               for _, target in _pairs("luat-xuat-ban-2012-19-2012-qh13.txt", "replaces"))


def test_effectiveness_clause_then_repeals():
    # "Quyết định này có hiệu lực từ ngày 10 tháng 12 năm 2025, bãi bỏ Quyết định số 32/2024/QĐ-UBND …"
    assert ("Quyết định số 82/2025/QĐ-UBND", "Quyết định số 32/2024/QĐ-UBND") in \
        _pairs("qd-82-2025-qd-ubnd.txt", "repeals")


def test_second_replaced_document_after_the_first_ones_description():
    # "… thay thế Quyết định số 3149/QĐ-UBND ngày 09/12/2016 của Ủy ban nhân dân tỉnh Quảng Trị (cũ) về việc ban
    # hành Điều lệ … Quỹ Bảo vệ môi trường tỉnh Quảng Trị và Quyết định số 2413/QĐ-UBND ngày 09/09/2021 …"
    replaced = _pairs("qd-2696-qd-ubnd.txt", "replaces")
    assert {("Quyết định số 2696/QĐ-UBND", "Quyết định số 3149/QĐ-UBND"),
            ("Quyết định số 2696/QĐ-UBND", "Quyết định số 2413/QĐ-UBND")} <= replaced


def test_decree_that_details_measures_to_organise_and_guide_a_law():
    # "… Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ
    # chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật" (26 times in the corpus)
    assert ("Nghị định số 78/2025/NĐ-CP", "Luật Ban hành văn bản quy phạm pháp luật") in \
        _pairs("qd-84-2025-qd-ubnd.txt", "guides")


def test_typed_list_whose_issuer_has_a_topic_before_the_colon():
    # "*Căn cứ các Quyết định của\nThủ tướng Chính phủ về phê duyệt quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến\nnăm
    # 2050: Quyết định số 1629/QĐ-TTg …; Quyết định số 790/QĐ-TTg …; Quyết định số 1711/QĐ-TTg …"
    issued = _pairs("qd-2820-qd-ubnd.txt", "issued_by")
    based = _pairs("qd-2820-qd-ubnd.txt", "based_on")
    for symbol in ("1629/QĐ-TTg", "790/QĐ-TTg", "1711/QĐ-TTg"):
        assert (f"Quyết định số {symbol}", "Thủ tướng Chính phủ") in issued
        assert ("Quyết định số 2820/QĐ-UBND", f"Quyết định số {symbol}") in based


def test_sibling_number_of_an_amended_decree():
    # "số\n187/2025/NĐ-CP ngày 01/7/2025 sửa đổi, bổ sung một số điều của Nghị định số\n78/2025/NĐ-CP ngày
    # 01/4/2025 và số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra, rà soát …" (the corpus's one such list)
    amended = _pairs("qd-145-2025-qd-ubnd-thanh-hoa.txt", "amends")
    assert {("Nghị định số 187/2025/NĐ-CP", "Nghị định số 78/2025/NĐ-CP"),
            ("Nghị định số 187/2025/NĐ-CP", "Nghị định số 79/2025/NĐ-CP")} <= amended


def test_signed_on_behalf_of_two_bodies():
    # "Ngày 9/6/2025, thay mặt Bộ Chính trị, Ban Bí thư, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban
    # Bí thư đã ký ban hành Quy định 301-QĐ/TW …" (the corpus's one such sentence with two bodies)
    issued = _pairs("ngay-9-6-2025-thay-mat-bo-chinh-tri-ban-bi-thu-dong-chi-tran-cam-tu-uy.txt", "issued_by")
    assert {("Quy định số 301-QĐ/TW", "Bộ Chính trị"), ("Quy định số 301-QĐ/TW", "Ban Bí thư")} <= issued


def test_second_amended_document_after_the_first_ones_description():
    # "… Nghị định số 116/2024/NĐ-CP ngày 17 tháng 9 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định
    # số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 quy định về tuyển dụng, sử dụng và quản lý công chức và Nghị định
    # số 06/2023/NĐ-CP …"
    amended = _pairs("nd-170-2025-nd-cp.txt", "amends")
    assert {("Nghị định số 116/2024/NĐ-CP", "Nghị định số 138/2020/NĐ-CP"),
            ("Nghị định số 116/2024/NĐ-CP", "Nghị định số 06/2023/NĐ-CP")} <= amended
    # "… Nghị định số 62/2024/NĐ-CP … sửa đổi, bổ sung một số điều, phụ lục của Nghị định số 94/2016/NĐ-CP … quy định
    # chi tiết và hướng dẫn thi hành một số điều của Luật thống kê và Nghị định số 94/2022/NĐ-CP …": the law named in
    # the first one's description is guided by it, not amended
    amended = _pairs("qd-1383-qd-bnv.txt", "amends")
    assert ("Nghị định số 62/2024/NĐ-CP", "Nghị định số 94/2022/NĐ-CP") in amended
    assert not any(target.startswith("Luật") for _, target in amended)
    assert any(source == "Nghị định số 94/2016/NĐ-CP" for source, _ in _pairs("qd-1383-qd-bnv.txt", "guides"))


def test_amending_law_names_are_not_a_list_of_amended_laws():
    # "Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, …"
    for source, target in _pairs("nq-389-nq-cp.txt", "amends"):
        assert not target.startswith("Luật sửa đổi"), (source, target)


def test_repealed_document_described_before_it_ends():
    # "3. Nghị quyết số 13/2024/NQ-HĐND ngày 01 tháng 07 năm 2024 của Hội đồng nhân dân thành phố Hà Nội quy định nội
    # dung, mức chi hỗ trợ lực lượng Cảnh sát khu vực, … trên địa bàn thành phố Hà Nội hết hiệu lực kể từ ngày …"
    assert ("Nghị quyết số 80/2025/NQ-HĐND", "Nghị quyết số 13/2024/NQ-HĐND") in _pairs("nq-80-2025-nq-hdnd.txt", "repeals")
    # "2. Thông tư số 35/2018/TT-BTNMT … quy định tiêu chí xác định và ban hành Danh mục loài ngoại lai xâm hại hết hiệu lực"
    assert ("Thông tư số 69/2025/TT-BNNMT", "Thông tư số 35/2018/TT-BTNMT") in _pairs("tt-69-2025-tt-bnnmt.txt", "repeals")


def test_joint_issuers_before_the_next_listed_document():
    # "Nhằm thể chế hóa kịp thời Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kết luận số 137-KL/TW của Bộ
    # Chính trị, Chính phủ đã đề xuất …": both bodies issue the first; the Government opens the next clause
    issued = _pairs("quoc-hoi-thong-qua-nghi-quyet-thi-diem-co-che-chinh-sach-dac-thu-phat.txt", "issued_by")
    assert {("Kết luận số 127-KL/TW", "Bộ Chính trị"), ("Kết luận số 127-KL/TW", "Ban Bí thư"),
            ("Kết luận số 137-KL/TW", "Bộ Chính trị")} <= issued
    assert ("Kết luận số 137-KL/TW", "Chính phủ") not in issued


def test_an_amending_law_amends_every_law_its_name_joins():
    # "… Luật Cán bộ, công chức năm 2008 (được sửa đổi, bổ sung … Luật sửa đổi, bổ sung một số điều của Luật Cán bộ,
    # công chức và Luật Viên chức năm 2019) …": the last law of the name is amended too
    label = "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"
    amended = {target for source, target in _pairs("nd-171-2025-nd-cp.txt", "amends") if source == label}
    assert "Luật Viên chức" in amended and any(t.startswith("Luật Cán bộ, công chức") for t in amended)
    # "Luật sửa đổi, bổ sung một số điều của Luật Thuế tiêu thụ đặc biệt và Luật Thuế giá trị gia tăng"
    amended = {target for source, target in _pairs("luat-thue-tieu-thu-dac-biet-2008-26-2008-qh12.txt", "amends")
               if source.startswith("Luật sửa đổi")}
    assert {"Luật Thuế tiêu thụ đặc biệt", "Luật Thuế giá trị gia tăng"} <= amended
