"""Bad inputs in one build: each named on one stderr line, the rest still stored, the summary lists them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.build import build
from graph.load import read_text
from graph.store import Store
from ingest_fixtures import write_docx, write_pdf

VBKG = str(Path(sys.executable).with_name("vbkg"))


def unprivileged():
    """A command prefix under which permissions apply: as root (CI), drop the capabilities that let root
    read any file; otherwise nothing to do."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: root reads unreadable files, so this case cannot fail")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all", "--"]


@pytest.fixture
def messy_folder(seed_text, corpus, tmp_path):
    """Two real texts among every kind of bad input."""
    folder = tmp_path / "collected"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(seed_text, folder / "good.txt")
    shutil.copy(corpus / "legal" / "luat-51-2024-qh15.txt", folder / "sub" / "luat.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    locked = folder / "locked.txt"
    shutil.copy(seed_text, locked)
    locked.chmod(0)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)  # a folder link loop
    docx = tmp_path / "whole.docx"
    write_docx(docx, seed_text.read_text(encoding="utf-8"), [["a", "b"]])
    (folder / "cut.docx").write_bytes(docx.read_bytes()[: docx.stat().st_size // 2])
    pdf = tmp_path / "whole.pdf"
    write_pdf(pdf, None)
    (folder / "cut.pdf").write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    with open(folder / "huge.txt", "wb") as huge:  # 100 MB of real text
        block = seed_text.read_bytes()
        while huge.tell() < 100 * 2**20:
            huge.write(block)
    return folder


def test_every_bad_input_is_named_and_the_good_texts_go_in(messy_folder, tmp_path):
    store = tmp_path / "store"
    missing = tmp_path / "missing.txt"
    result = subprocess.run(unprivileged() + [VBKG, "build", str(messy_folder), str(missing), "--store", str(store),
                                              "--jobs", "2"], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    errors = result.stderr.strip().splitlines()
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file, not a text",
        "locked.txt": "permission denied",
        "loop.txt": "symbolic link loop",
        "back": "symbolic link loop",
        "cut.docx": "truncated or damaged DOCX",
        "cut.pdf": "truncated PDF",
        "huge.txt": "too large (100.",
        "missing.txt": "no such file",
    }
    for name, reason in expected.items():
        lines = [line for line in errors if name in line]
        assert len(lines) == 1 and reason in lines[0], (name, errors)
        assert lines[0].startswith("vbkg: ")
    assert len(errors) == len(expected)
    assert "2 texts read, 2 changed, 0 unchanged, 9 skipped:" in result.stdout
    assert all(any(name in line for line in result.stdout.splitlines()) for name in expected)
    with Store(store) as opened:
        assert {Path(s["path"]).name for s in opened.sources()} == {"good.txt", "luat.txt"}


def test_nothing_readable_exits_2(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = subprocess.run([VBKG, "build", str(folder), "--store", str(tmp_path / "s")], capture_output=True, text=True)
    assert result.returncode == 2 and "empty file" in result.stderr and "Traceback" not in result.stderr


def test_a_store_that_cannot_open_is_one_line_and_debug_shows_the_traceback(seed_text, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "oxigraph").write_text("not a database")
    plain = subprocess.run([VBKG, "build", str(seed_text), "--store", str(store)], capture_output=True, text=True)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith(f"vbkg: {store}: cannot open the store") and plain.stderr.count("\n") == 1
    debug = subprocess.run([VBKG, "--debug", "build", str(seed_text), "--store", str(store)], capture_output=True,
                           text=True)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_a_file_changing_during_the_build_is_skipped_and_named(seed_text, corpus, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt"]
    for name, source in zip(names, [seed_text, corpus / "legal" / "luat-51-2024-qh15.txt", seed_text]):
        shutil.copy(source, folder / name)
    failures = []

    def stored(source: str) -> None:
        if source.endswith("a.txt"):  # someone is still writing c.txt while the build runs
            with open(folder / "c.txt", "a", encoding="utf-8") as text:
                text.write("\nBổ sung: Quy định số 57-QĐ/TW.")

    with Store(tmp_path / "store", write=True) as store:
        summary = build([str(folder)], store, jobs=1, on_failure=failures.append, on_stored=stored, commit_every=0)
        assert [Path(s["path"]).name for s in store.sources()] == ["a.txt", "b.txt"]
    assert failures == [f"{folder / 'c.txt'}: changed during the build (still being written?); run the build again"]
    assert summary.exit_code == 1 and summary.stored == 2
    with Store(tmp_path / "store", write=True) as store:  # the next build takes the finished file
        again = build([str(folder)], store, jobs=1)
        assert (again.stored, again.unchanged, again.failures) == (1, 2, [])
        assert store.stored_hash(str(folder / "c.txt")) == read_text(folder / "c.txt").sha256


def test_the_stat_cache_is_only_a_shortcut(seed_text, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    text = folder / "a.txt"
    text.write_text("Bộ Chính trị ban hành Kết luận số 39-KL/TW ngày 18/7/2022.", encoding="utf-8")
    shutil.copy(seed_text, folder / "seed.txt")
    with Store(tmp_path / "store", write=True) as store:
        assert build([str(folder)], store, jobs=1).stored == 2
    cache = tmp_path / "store" / "ingest-cache.json"
    assert cache.exists()
    # Same size, new content and mtime: read again and replaced.
    text.write_text("Bộ Chính trị ban hành Kết luận số 38-KL/TW ngày 18/7/2022.", encoding="utf-8")
    with Store(tmp_path / "store", write=True) as store:
        again = build([str(folder)], store, jobs=1)
        assert (again.stored, again.unchanged) == (1, 1)
        assert store.stored_hash(str(text)) == read_text(text).sha256
    cache.write_text("{damaged", encoding="utf-8")  # a damaged cache: everything is read, nothing lost
    with Store(tmp_path / "store", write=True) as store:
        third = build([str(folder)], store, jobs=1)
        assert (third.stored, third.unchanged, third.failures) == (0, 2, [])
