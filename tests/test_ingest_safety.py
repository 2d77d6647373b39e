"""A real build killed with SIGKILL, and two builds on one store at once: never a corrupt store."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.load import read_text
from graph.store import Store

VBKG = str(Path(sys.executable).with_name("vbkg"))


@pytest.fixture
def texts(corpus, tmp_path) -> Path:
    """40 real corpus texts (news and legal, small ones so the test stays quick)."""
    folder = tmp_path / "texts"
    folder.mkdir()
    paths = sorted(p for p in corpus.rglob("*.txt") if p.stat().st_size < 40_000)
    for path in paths[:: max(1, len(paths) // 40)][:40]:
        shutil.copy(path, folder / path.name)
    return folder


def start_build(texts: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([VBKG, "build", str(texts), "--store", str(store), "--verbose", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_lines(process: subprocess.Popen, count: int) -> list[str]:
    """Wait until the build has announced `count` committed texts; their paths."""
    done = []
    while len(done) < count:
        line = process.stderr.readline()
        assert line, "the build ended before storing enough texts"
        if line.startswith("stored "):
            done.append(line.removeprefix("stored ").strip())
    return done


def children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as listed:
            found += [int(child) for child in listed.read().split()]
    return found


def gone(pid: int, seconds: float = 5.0) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


def assert_store_holds(store: Path, committed: list[str]) -> None:
    with Store(store) as opened:  # opens after the kill, read-only, with no repair step
        hashes = {row["path"]: row["sha256"] for row in opened.sources()}
    for path in committed:
        assert hashes[os.path.abspath(path)] == read_text(path).sha256


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigkill_keeps_every_committed_text_and_a_rerun_completes(texts, tmp_path, jobs):
    store = tmp_path / "store"
    committed: list[str] = []
    for kill_after in (3, 9):  # killed twice at different moments, each time mid-run
        build = start_build(texts, store, "--jobs", jobs, "--commit-every", "0")
        committed += stored_lines(build, kill_after)
        workers = children(build.pid)
        build.send_signal(signal.SIGKILL)
        build.wait()
        assert build.returncode == -signal.SIGKILL
        assert_store_holds(store, committed)
        assert all(gone(worker) for worker in workers)  # no orphaned worker keeps running
    rerun = subprocess.run([VBKG, "build", str(texts), "--store", str(store), "--jobs", jobs],
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    total = len(list(texts.iterdir()))
    assert f"{total} texts read" in rerun.stdout
    # Texts announced before the kill were not extracted again (more may have been committed after the
    # last announcement read, before the kill landed).
    import re

    changed, unchanged = map(int, re.search(r"(\d+) changed, (\d+) unchanged", rerun.stdout).groups())
    assert changed + unchanged == total and unchanged >= len(committed)
    assert_store_holds(store, [str(p) for p in texts.iterdir()])


def test_a_second_build_on_the_same_store_stops_clearly_and_the_first_completes(texts, tmp_path):
    store = tmp_path / "store"
    first = start_build(texts, store, "--jobs", "1", "--commit-every", "0")
    stored_lines(first, 1)
    second = subprocess.run([VBKG, "build", str(texts), "--store", str(store)], capture_output=True, text=True)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"vbkg: {store}: the store is being written by vbkg process {first.pid}; "
                                     "wait for it to finish (or use --wait SECONDS)")
    waiting = subprocess.run([VBKG, "build", str(texts), "--store", str(store), "--wait", "300"],
                             capture_output=True, text=True)  # waits for the first, then has nothing to do
    assert first.poll() is not None and first.returncode == 0
    assert waiting.returncode == 0 and f"0 changed, {len(list(texts.iterdir()))} unchanged" in waiting.stdout
    assert_store_holds(store, [str(p) for p in texts.iterdir()])
    first.communicate()
