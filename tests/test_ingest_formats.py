"""Every input format through `vbkg extract` and `vbkg build`, made from real corpus texts."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from cli import main
from graph.load import read_text, read_texts, ReadOptions
from ingest_fixtures import html_page, paragraphs, write_docx, write_pdf
from conftest import corpus_text

VBKG = str(Path(sys.executable).with_name("vbkg"))
NEWS = "bo-chinh-tri-da-ban-hanh-nghi-quyet-72-nq-tw-ngay-9-9-2025-ve-mot-so-g.txt"


def run(*args, input=None):
    return CliRunner().invoke(main, list(map(str, args)), input=input, catch_exceptions=False)


def symbols(data) -> set[str]:
    return {e["symbol"] for e in data["entities"] if e.get("symbol")}


def assert_offsets_index_the_plain_text(path, data, plain: str) -> None:
    assert data["entities"], path
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert plain[mention["start"]:mention["end"]] == mention["text"]
    for relation in data["relations"]:
        if "evidence" in relation:
            evidence = relation["evidence"]
            assert plain[evidence["start"]:evidence["end"]] == evidence["text"]


def extract_both(path):
    plain = run("extract", "--text", path)
    data = run("extract", path)
    assert plain.exit_code == 0 and data.exit_code == 0, (plain.output, data.output)
    return json.loads(data.output), plain.output


def seed_paragraph_text(seed_text: Path) -> str:
    return seed_text.read_text(encoding="utf-8")


def test_html_keeps_the_article_and_drops_menus_and_footers(seed_text, tmp_path):
    text = seed_paragraph_text(seed_text)
    page = tmp_path / "page.html"
    page.write_text(html_page(text, menu="Nghị định 99/2020/NĐ-CP", footer="Nghị quyết 88-NQ/TW"), encoding="utf-8")
    data, plain = extract_both(page)
    assert "39-KL/TW" in symbols(data)
    assert not {"99/2020/NĐ-CP", "88-NQ/TW"} & symbols(data)
    for boilerplate in ("Trang chủ", "Báo điện tử", "Tin liên quan", "Bản quyền", "tracking"):
        assert boilerplate not in plain
    for line in paragraphs(text):
        assert " ".join(line.split()) in plain
    assert_offsets_index_the_plain_text(page, data, plain)


def test_html_in_a_declared_legacy_code_page(seed_text, tmp_path):
    text = seed_paragraph_text(seed_text)
    page = tmp_path / "page.htm"
    markup = html_page(text, menu="x", footer="y").replace('charset="utf-8"', 'charset="windows-1258"')
    from graph.encodings import to_cp1258

    page.write_bytes(to_cp1258(markup))
    data, plain = extract_both(page)
    assert "39-KL/TW" in symbols(data) and paragraphs(text)[1] in plain


def test_docx_paragraphs_and_tables(seed_text, tmp_path):
    text = seed_paragraph_text(seed_text)
    path = tmp_path / "ket-luan.docx"
    write_docx(path, text, [["Số, ký hiệu", "Ngày ban hành"], ["Quy định số 57-QĐ/TW", "08/02/2022"]])
    data, plain = extract_both(path)
    assert {"39-KL/TW", "57-QĐ/TW"} <= symbols(data)
    assert "Số, ký hiệu\tNgày ban hành" in plain
    assert plain.index(paragraphs(text)[2]) < plain.index("57-QĐ/TW") < plain.index(paragraphs(text)[-1])
    assert_offsets_index_the_plain_text(path, data, plain)


def test_pdf_text_layer(seed_text, tmp_path):
    text = seed_paragraph_text(seed_text)
    path = tmp_path / "ket-luan.pdf"
    write_pdf(path, text)
    data, plain = extract_both(path)
    assert "39-KL/TW" in symbols(data)
    assert "Dấu ấn công tác đào tạo, bồi dưỡng cán bộ năm 2022" in plain
    assert_offsets_index_the_plain_text(path, data, plain)


def test_a_pdf_without_text_layer_is_named(tmp_path):
    path = tmp_path / "scan.pdf"
    write_pdf(path, None)
    result = subprocess.run([VBKG, "extract", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"vbkg: {path}: no text layer (a scanned PDF? run OCR on it first)"


def test_markdown_residue_is_blanked_keeping_offsets(tmp_path):
    source = ("# Kết luận của **Bộ Chính trị**\n\n"
              "> Bộ Chính trị ban hành [Kết luận số 39-KL/TW](https://example.vn/van-ban/40-kl-tw) ngày 18/7/2022.\n\n"
              "| Văn bản | Ngày |\n|---|---|\n| Quy định số `57-QĐ/TW` | 08/02/2022 |\n\n"
              "- Xem thêm <https://example.vn/nghi-quyet-18-nq-tw>\n")
    path = tmp_path / "note.md"
    path.write_text(source, encoding="utf-8")
    data, plain = extract_both(path)
    plain = plain[: len(source)]
    assert len(plain) == len(source)
    assert all(a == b or a == " " for a, b in zip(plain, source))  # only blanked, never moved
    for residue in ("#", "**", "](", "|", "`", "https"):
        assert residue not in plain
    found = symbols(data)
    assert {"39-KL/TW", "57-QĐ/TW"} <= found and not {"40-KL/TW", "18-NQ/TW"} & found
    assert_offsets_index_the_plain_text(path, data, plain)
    assert source[plain.index("Kết luận số 39-KL/TW"):].startswith("Kết luận số 39-KL/TW")


def test_jsonl_corpus_records_become_texts_named_path_hash_id(tmp_path):
    texts = [corpus_text(NEWS), corpus_text("luat-51-2024-qh15.txt")]
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"meta": {"url": f"https://example.vn/{i}"}, "body": {"content": t}}, ensure_ascii=False)
             for i, t in enumerate(texts)]
    lines.insert(1, json.dumps({"meta": {"url": "https://example.vn/empty"}, "body": {}}))
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([VBKG, "extract", "--format", "jsonl", "--text-field", "body.content",
                             "--id-field", "meta.url", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{path}#https://example.vn/0", f"{path}#https://example.vn/1"]
    assert "72-NQ/TW" in symbols(records[0])
    errors = result.stderr.strip().splitlines()
    assert errors == [f"vbkg: {path}#https://example.vn/empty: no text in field 'body.content'",
                      f"vbkg: {path}#3: not valid JSON (Expecting property name enclosed in double quotes: "
                      "line 1 column 2 (char 1))"]
    store = tmp_path / "store"
    built = subprocess.run([VBKG, "build", str(path), "--text-field", "body.content", "--id-field", "meta.url",
                            "--store", str(store), "-j", "2"], capture_output=True, text=True)
    assert built.returncode == 1 and "2 texts read, 2 changed" in built.stdout
    assert "2 texts" in run("stats", "--store", store).output


def test_json_array_with_default_fields(tmp_path):
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps([{"id": "nq72", "text": corpus_text(NEWS)}], ensure_ascii=False), encoding="utf-8")
    (text,) = list(read_texts(path))
    assert text.source == f"{path}#nq72" and text.content == corpus_text(NEWS)


def test_stdin_formats_are_sniffed(seed_text, tmp_path):
    text = seed_paragraph_text(seed_text)
    page = html_page(text, menu="Nghị định 99/2020/NĐ-CP", footer="x").encode("utf-8")
    result = run("extract", "-", input=page)
    data = json.loads(result.output)
    assert data["source"] == "-" and "39-KL/TW" in symbols(data) and "99/2020/NĐ-CP" not in symbols(data)


def test_json_files_in_folders_are_metadata_unless_a_record_field_is_named(shared, tmp_path):
    store = tmp_path / "store"
    result = run("build", shared / "seed", "--store", store)  # seed/ holds a .gold.json beside the text
    assert result.exit_code == 0 and "1 texts read" in result.output


def test_read_text_keeps_its_single_text_contract(seed_text):
    text = read_text(seed_text, ReadOptions())
    assert text.source == str(seed_text) and text.content.startswith("Hà Nội")


def test_stdin_json_lines_are_sniffed_too():
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(
        ["Bộ Chính trị ban hành Kết luận số 39-KL/TW ngày 18/7/2022.", corpus_text(NEWS)]))
    result = run("extract", "--format", "jsonl", "-", input=lines.encode("utf-8"))
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in records] == ["-#0", "-#1"]
    assert "39-KL/TW" in symbols(records[0]) and "72-NQ/TW" in symbols(records[1])
