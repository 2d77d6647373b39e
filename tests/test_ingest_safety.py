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


# -- a crash in the middle of a bulk batch ----------------------------------------------------------------

JOURNAL = "bulk-journal"


def graph_quads_as_extracted(path: str) -> set:
    from graph.extract import extract
    from graph.triples import extraction_quads

    return {(q.subject, q.predicate, q.object) for q in extraction_quads(extract(read_text(path)))}


def assert_every_stored_text_whole(store: Path) -> dict[str, str]:
    """Every graph in the store holds exactly the statements of its text's extraction; {path: graph IRI}."""
    with Store(store) as opened:
        rows = opened.sources()
        for row in rows:
            stored = {(q.subject, q.predicate, q.object) for q in opened.graph_quads(opened.graph_of(row["path"]))}
            assert stored == graph_quads_as_extracted(row["path"]), f"{row['path']}: not as extracted"
    return {row["path"]: row["graph"] for row in rows}


def test_sigkill_during_a_bulk_batch_drops_the_batch_on_the_next_open_and_a_rerun_restores_it(texts, tmp_path):
    """Kill a real build while its journal names a batch being bulk-loaded: the next open (a reader)
    drops the batch's graphs, keeps every text committed before, and a rerun re-extracts the batch."""
    import time

    for attempt in range(8):  # each attempt: a fresh store, killed the moment a journal appears
        store = tmp_path / f"store-{attempt}"
        build = start_build(texts, store, "--jobs", "1", "--commit-every", "0.05")
        journal = store / JOURNAL
        stderr = build.stderr.fileno()
        os.set_blocking(stderr, False)
        err = b""
        while build.poll() is None and not (b"stored " in err and journal.exists()):  # a batch after the first
            try:
                err += os.read(stderr, 1 << 16)
            except BlockingIOError:
                time.sleep(0.0005)
        build.kill()
        build.wait()
        os.set_blocking(stderr, True)
        err = (err + build.stderr.buffer.read()).decode()
        if journal.exists():
            break
    else:
        pytest.fail("no kill landed while a bulk batch was being loaded")
    announced = [line.removeprefix("stored ").strip() for line in err.splitlines() if line.startswith("stored ")]
    batch = {line[1:-1] for line in journal.read_text().split()}
    assert batch and announced  # killed mid-run, after some batches were committed
    stored = assert_every_stored_text_whole(store)  # this open repairs the store
    assert not journal.exists()
    assert not batch & set(stored.values())  # the interrupted batch is gone, whatever part of it went in
    assert {os.path.abspath(p) for p in announced} <= set(stored)  # everything committed before is kept
    rerun = subprocess.run([VBKG, "build", str(texts), "--store", str(store)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    stored = assert_every_stored_text_whole(store)
    assert set(stored) == {os.path.abspath(p) for p in texts.iterdir()} and batch <= set(stored.values())


PARTIAL_BATCH = """
import os, signal, sys
from graph.load import read_text
from graph.extract import extract
from graph.store import Store, new_text_quads

store = Store(sys.argv[1], write=True)
path = sys.argv[2]
lines = new_text_quads(extract(read_text(path)), store.base).splitlines(keepends=True)
store.begin_bulk([store.graph_of(path).value])
store.db.bulk_load(b"".join(lines[: len(lines) // 2]), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
store.db.flush()
os.kill(os.getpid(), signal.SIGKILL)  # dies with half of the text in the store and the journal naming it
"""


def test_a_half_loaded_text_left_by_a_killed_writer_is_never_visible(texts, tmp_path):
    """A writer killed with half of a text bulk-loaded (the worst a crash mid-batch can leave): the next
    reader sees none of it, and the next build stores it whole."""
    import pyoxigraph

    from graph.triples import source_id
    from ontology.vocabulary import source_iri

    paths = sorted(str(p) for p in texts.iterdir())[:6]
    store = tmp_path / "store"
    first = subprocess.run([VBKG, "build", *paths[:5], "--store", str(store)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    killed = subprocess.run([sys.executable, "-c", PARTIAL_BATCH, str(store), paths[5]], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parent.parent)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    graph = source_iri(source_id(paths[5]))
    raw = pyoxigraph.Store.read_only(str(store / "oxigraph"))  # what the crash left, before any repair
    left = len(list(raw.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph))))
    del raw
    assert 0 < left < len(graph_quads_as_extracted(paths[5])) and (store / JOURNAL).exists()

    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    reader = subprocess.run([VBKG, "query", count, "--format", "csv", "--store", str(store)],
                            capture_output=True, text=True)
    assert reader.returncode == 0, reader.stderr
    assert reader.stdout.split() == ["n", "0"] and not (store / JOURNAL).exists()
    assert set(assert_every_stored_text_whole(store)) == {os.path.abspath(p) for p in paths[:5]}
    rerun = subprocess.run([VBKG, "build", *paths, "--store", str(store)], capture_output=True, text=True)
    assert rerun.returncode == 0 and "1 changed, 5 unchanged" in rerun.stdout, rerun.stdout + rerun.stderr
    assert set(assert_every_stored_text_whole(store)) == {os.path.abspath(p) for p in paths}


def test_a_reader_leaves_the_batch_of_a_live_writer_alone(texts, tmp_path):
    """A journal while a writer holds the lock means a batch in progress: a reader must not drop it."""
    paths = sorted(str(p) for p in texts.iterdir())[:3]
    store = tmp_path / "store"
    assert subprocess.run([VBKG, "build", *paths, "--store", str(store)], capture_output=True).returncode == 0
    with Store(store, write=True) as writer:
        writer.begin_bulk([writer.graph_of(paths[0]).value])  # as if its batch were being loaded now
        reader = subprocess.run([VBKG, "query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                 "--format", "csv", "--store", str(store)], capture_output=True, text=True)
        assert reader.stdout.split() == ["n", "3"] and (store / JOURNAL).exists()
        writer.end_bulk()
