"""Ingestion at corpus scale: first build vs rebuild of all of ../shared/corpus, and peak memory.

Each build is a real `vbkg build` subprocess. Goal: the rebuild of an unchanged corpus takes < 10 % of
the first build (unchanged texts are skipped by content hash before extraction). Peak RSS is sampled
over the whole process tree (the build and its worker processes) and reported with the largest single
process (getrusage).
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
VBKG = str(Path(sys.executable).with_name("vbkg"))


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of `pid` and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def timed_build(store: Path, *extra: str, source: Path = CORPUS) -> tuple[float, int, str, float]:
    """(seconds, peak RSS of the process tree in bytes, stdout, CPU seconds of all its processes) of one
    `vbkg build` of `source`."""
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([VBKG, "build", str(source), "--store", str(store), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"vbkg build failed ({process.returncode}): {err.strip()[-500:]}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return seconds, peak, out, cpu


def main() -> None:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return
    from graph.load import folder_suffixes

    inputs = [p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in folder_suffixes(False)]
    texts = len(inputs)
    megabytes = sum(p.stat().st_size for p in inputs) / 2**20
    jobs = os.environ.get("VBKG_BENCH_JOBS")
    extra = ("--jobs", jobs) if jobs else ()
    with tempfile.TemporaryDirectory(prefix="vbkg-bench-ingest-") as tmp:
        store = Path(tmp) / "store"
        first, first_peak, first_out, first_cpu = timed_build(store, *extra)
        again, again_peak, again_out, again_cpu = timed_build(store, *extra)
        # The same corpus as one JSON Lines file: records are streamed, never all held at once.
        dump = Path(tmp) / "corpus.jsonl"
        with open(dump, "w", encoding="utf-8") as out:
            for index, path in enumerate(inputs):
                out.write(json.dumps({"id": index, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
        dump_mb = dump.stat().st_size / 2**20
        lines, lines_peak, lines_out, _ = timed_build(Path(tmp) / "store-jsonl", *extra, source=dump)
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB → MiB
    ratio = again / first
    print(f"corpus: {texts} texts, {megabytes:.1f} MB; jobs: {jobs or os.cpu_count()}")
    print(f"first build: {first:.1f} s ({texts / first:.1f} texts/s), peak RSS (all processes) {first_peak / 2**20:.0f} MiB")
    print(f"   {first_out.strip().splitlines()[-1]}")
    print(f"rebuild (unchanged): {again:.2f} s, peak RSS (all processes) {again_peak / 2**20:.0f} MiB")
    print(f"   {again_out.strip().splitlines()[-1]}")
    print(f"rebuild / first build: {ratio:.1%} wall clock (goal < 10 %: {'met' if ratio < 0.10 else 'NOT met'}), "
          f"{again_cpu / first_cpu:.1%} CPU time ({again_cpu:.2f} s / {first_cpu:.1f} s, all processes)")
    print(f"one JSON Lines file of the corpus ({dump_mb:.1f} MB): {lines:.1f} s, "
          f"peak RSS (all processes) {lines_peak / 2**20:.0f} MiB")
    print(f"   {lines_out.strip().splitlines()[-1]}")
    print(f"largest single process: {largest:.0f} MiB")


if __name__ == "__main__":
    main()
