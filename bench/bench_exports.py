"""Export and inspection speed on a real store: load the corpus graph, write every table format, answer
show/search/neighbors/path/timeline/stats.

Uses the store named by VBKG_BENCH_STORE when set (e.g. one built from the whole corpus), else builds one
from ../shared/corpus/news into a temporary folder. Prints one line per figure.
"""
from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news"


def _timed(label: str, func, repeat: int = 1):
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = func()
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    # CPU time too: on a shared machine the wall clock mostly measures the neighbours.
    print(f"{label:<38} {best * 1000:9.1f} ms wall {best_cpu * 1000:9.1f} ms cpu", flush=True)
    return result


def _store_path(scratch: Path) -> Path:
    given = os.environ.get("VBKG_BENCH_STORE")
    if given:
        return Path(given)
    from graph.extract import extract
    from graph.load import read_text
    from graph.store import Store

    path = scratch / "store"
    texts = sorted(NEWS.glob("*.txt"))
    started = time.perf_counter()
    with Store(path, write=True) as store:
        for text in texts:
            store.put(extract(read_text(text)))
    print(f"built a store of {len(texts)} news texts in {time.perf_counter() - started:.1f} s (not the figure here)")
    return path


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from exports import tables
    from graph import inspect
    from graph.corpus import load_graph
    from graph.normalise import fold
    from graph.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        store = Store(_store_path(scratch))
        try:
            graph = _timed("load_graph (store → networkx)", lambda: load_graph(store), 3)
            corpus = _timed("open_corpus (graph + mentions)", lambda: inspect.open_corpus(store), 3)
        finally:
            store.close()
        print(f"graph: {corpus.texts} texts, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        for name, spec in tables.FORMATS.items():
            if spec.folder:
                _timed(f"export {name}", lambda: tables.write_folder(name, graph, scratch / name), 3)
                size = sum(p.stat().st_size for p in (scratch / name).iterdir())
            else:
                buffer = io.BytesIO()
                _timed(f"export {name}", lambda: tables.write_stream(name, graph, io.BytesIO()), 3)
                tables.write_stream(name, graph, buffer)
                size = len(buffer.getvalue())
            print(f"{'':<38} {size / 1e6:9.2f} MB")
        busiest = max(graph, key=graph.degree)
        label = graph.nodes[busiest]["label"]
        corpus._names = None
        _timed("name index (built by the 1st lookup)", corpus.name_index)
        _timed("lookup by label (no diacritics)", lambda: inspect.lookup(corpus, fold(label)), 3)
        _timed("search 'nghi quyet'", lambda: inspect.search(corpus, "nghi quyet"), 3)
        _timed("show (busiest entity)", lambda: inspect.show(corpus, busiest), 3)
        _timed("neighbors depth 2 (busiest)", lambda: inspect.neighbors(corpus, busiest, 2), 3)
        far = max(graph, key=lambda n: (graph.degree(n) == 1, n))
        _timed("path (busiest → a leaf)", lambda: inspect.paths(corpus, busiest, far), 3)
        _timed("timeline", lambda: inspect.timeline(corpus), 3)
        _timed("stats", lambda: inspect.stats(corpus), 3)


if __name__ == "__main__":
    main()
