"""Extraction throughput over all of ../shared/corpus, as a fraction of a bare scan of the same texts.

The bare scan is the least work any extractor must do (../shared/tools/bare_scan.py): read, decode,
NFC-normalise and one case-sensitive regex pass over the document-type words. Both run here, on the same
texts, in the same process, best of a few runs; the ratio is the figure that matters (target ≥ 25 %).
Also reported: the entity stage alone (view + find + resolve), since relations are a separate stage; the CPU
seconds of each pipeline stage; and, apart and never in the ratio, the same extraction spread over every core.
"""
from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
# The bare scan's type words, as ../shared/tools/bare_scan.py lists them.
TYPE_WORDS = ["Nghị quyết", "Kết luận", "Quy định", "Quyết định", "Chỉ thị", "Hướng dẫn", "Thông báo",
              "Báo cáo", "Tờ trình", "Nghị định", "Thông tư", "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp",
              "Công văn", "Quy chế", "Đề án", "Chương trình", "Kế hoạch", "Chiến lược", "Dự án"]
BARE = re.compile("|".join(map(re.escape, TYPE_WORDS)))


def _best_interleaved(runs: dict, repeat: int) -> dict:
    """Best time of each run, the runs interleaved so that a busy machine slows them alike."""
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main(repeat: int = 5) -> None:
    from graph.extract import extract_text
    from graph.find import find_all
    from graph.normalise import for_matching
    from graph.resolve import resolve

    files = sorted(CORPUS.rglob("*.txt"))
    if not files:
        print(f"no texts under {CORPUS}: nothing to measure")
        return
    size = sum(f.stat().st_size for f in files) / 1e6

    def bare():
        for f in files:
            text = unicodedata.normalize("NFC", f.read_bytes().decode("utf-8", "replace"))
            sum(1 for _ in BARE.finditer(text))

    def entities():
        for f in files:
            text = unicodedata.normalize("NFC", f.read_bytes().decode("utf-8", "replace"))
            view = for_matching(text)
            resolve(text, find_all(view, text), view)

    counts = {"entities": 0, "mentions": 0}

    def full():
        counts["entities"] = counts["mentions"] = 0
        for f in files:
            text = f.read_bytes().decode("utf-8", "replace")
            extraction = extract_text(text, str(f))
            counts["entities"] += len(extraction.entities)
            counts["mentions"] += sum(len(e.mentions) for e in extraction.entities)

    extract_text("Nghị quyết số 18-NQ/TW")  # build the compiled pattern sets once, outside the timings
    best = _best_interleaved({"bare": bare, "entities": entities, "full": full}, repeat)
    bare_s, entity_s, full_s = best["bare"], best["entities"], best["full"]
    print(f"corpus: {len(files)} texts, {size:.2f} MB")
    print(f"bare scan:            {bare_s:6.3f} s  {size / bare_s:7.2f} MB/s")
    print(f"entities (find+resolve): {entity_s:6.3f} s  {size / entity_s:7.2f} MB/s  "
          f"{100 * bare_s / entity_s:5.1f} % of bare scan")
    print(f"full extraction:      {full_s:6.3f} s  {size / full_s:7.2f} MB/s  "
          f"{100 * bare_s / full_s:5.1f} % of bare scan  ({counts['entities']} entities, {counts['mentions']} mentions)")
    _stages(files, repeat)
    _parallel(files, size, full_s, repeat)


def _stages(files: list[Path], repeat: int) -> None:
    """CPU seconds per pipeline stage over the corpus (best of `repeat`), single process."""
    from graph.extract import extract_stages

    texts = [f.read_bytes().decode("utf-8", "replace") for f in files]
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals: dict[str, float] = {}
        for text in texts:
            for stage, seconds in extract_stages(text):
                totals[stage] = totals.get(stage, 0.0) + seconds
        best = {stage: min(best.get(stage, float("inf")), seconds) for stage, seconds in totals.items()}
    print("stages (CPU s):       " + "  ".join(f"{stage} {seconds:.3f}" for stage, seconds in best.items()))


def _extract_files(paths: list[str]) -> int:
    from graph.extract import extract_text

    return sum(len(extract_text(Path(p).read_bytes().decode("utf-8", "replace"), p).entities) for p in paths)


def _parallel(files: list[Path], size: float, single_s: float, repeat: int) -> None:
    """The same extraction spread over every core: reported apart, never counted in the ratio above."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    workers = os.cpu_count() or 1
    if workers < 2:
        return
    # Largest first, dealt round-robin: the workers finish together.
    ordered = sorted(files, key=lambda f: -f.stat().st_size)
    shares = [[str(f) for f in ordered[k::workers * 4]] for k in range(workers * 4)]
    # fork: the workers share this process's modules, however this benchmark was loaded (bench/run.py).
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        list(pool.map(_extract_files, [[] for _ in range(workers)]))  # start and import in every worker
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            list(pool.map(_extract_files, shares))
            best = min(best, time.perf_counter() - start)
    print(f"PARALLEL, {workers} processes (not counted above): {best:6.3f} s  {size / best:7.2f} MB/s  "
          f"({single_s / best:.2f}× the single process)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
