"""Extraction throughput over all of ../shared/corpus, as a fraction of a bare scan of the same texts.

The bare scan is the least work any extractor must do (../shared/tools/bare_scan.py): read, decode,
NFC-normalise and one case-sensitive regex pass over the document-type words. Both run here, on the same
texts, in the same process, best of a few runs; the ratio is the figure that matters (target ≥ 25 %).
Also reported: the entity stage alone (view + find + resolve), since relations are a separate stage; the CPU
seconds of each pipeline stage; what the 25 % budget buys (a minimal extractor, timed against the same bare scan);
and, apart and never in the ratio, the same extraction spread over every core.
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

# The budget check's extractor: typed references with an optional symbol and date, and a few body names.
_MINIMAL_REFERENCE = re.compile("(?:" + "|".join(map(re.escape, TYPE_WORDS)) + r")(?: số)?(?: (\d+[\w/.\-]*))?"
                                r"(?: ngày (\d{1,2})[/-](\d{1,2})[/-](\d{4}))?")
_MINIMAL_BODY = re.compile(r"\b(?:Bộ Chính trị|Ban Bí thư|Chính phủ|Quốc hội|Thủ tướng Chính phủ|Ủy ban nhân dân"
                           r"|Hội đồng nhân dân|Ban Chấp hành Trung ương|Bộ [A-ZĐ]\w+(?: [a-zđ]\w+)*)")


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
    _budget(files, repeat)
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


def _minimal_extraction(texts: list[bytes]) -> int:
    """The least an extractor of typed references could do: two compiled patterns, a tuple per mention, mentions
    grouped by symbol or label, one output record per group. No view, header, bodies beyond a few names,
    coreference or relations."""
    mentions = 0
    for raw in texts:
        text = unicodedata.normalize("NFC", raw.decode("utf-8", "replace"))
        found = [(m.start(), m.end(), m.group(0), m.group(1), m.group(4)) for m in _MINIMAL_REFERENCE.finditer(text)]
        found += [(m.start(), m.end(), m.group(0), None, None) for m in _MINIMAL_BODY.finditer(text)]
        groups: dict[str, list[tuple]] = {}
        for mention in found:
            groups.setdefault(mention[3] or mention[2], []).append(mention)
        records = [{"id": f"e{n}", "label": group[0][2], "symbol": group[0][3], "date": group[0][4],
                    "mentions": [{"start": m[0], "end": m[1], "text": m[2]} for m in group]}
                   for n, group in enumerate(groups.values())]
        mentions += sum(len(record["mentions"]) for record in records)
    return mentions


def _budget(files: list[Path], repeat: int) -> None:
    """What 25 % of the bare scan leaves room for: a minimal extractor (no relations), against the same bare scan.
    Its ratio is the ceiling of any extractor written in Python that does at least this much."""
    texts = [f.read_bytes() for f in files]

    def bare():
        for raw in texts:
            sum(1 for _ in BARE.finditer(unicodedata.normalize("NFC", raw.decode("utf-8", "replace"))))

    best = _best_interleaved({"bare": bare, "minimal": lambda: _minimal_extraction(texts)}, repeat)
    print(f"budget check:         a minimal extractor (two patterns, {_minimal_extraction(texts)} mentions, "
          f"no relations) {best['minimal']:6.3f} s, {100 * best['bare'] / best['minimal']:5.1f} % of bare scan")


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
