"""SPARQL benchmark: load and query a generated graph of about 1 M triples shaped like vbkg's (many source
texts, each with its documents, bodies, mentions, relations and evidence; implements/cites/amends chains),
in three engines, each in its own process so that peak memory is its own:

    vbkg     graph.store.Store through `vbkg build`'s ingestion path: each Extraction → its N-Quads
             (graph.store.new_text_quads, which the build runs in its worker processes; timed here, in one
             process) → graph.store.BulkWriter (journalled bulk batches); queries through graph.sparql
             (named queries, bound parameters)
    raw      pyoxigraph.Store on disk, the same quads loaded as one N-Quads file: the floor
    rdflib   rdflib.Dataset in memory (default union graph), the same N-Quads file, the same query texts

Two sizes, every figure measured in this run, nothing extrapolated:
    VBKG_BENCH_TRIPLES (default 1_000_000): vbkg and raw pyoxigraph
    VBKG_BENCH_RDFLIB_TRIPLES (default 200_000): all three engines, so the rdflib ratios compare equal graphs
    (rdflib answers each bundled query in tens of seconds at 1 M triples: the whole run would take most of an hour).
Wall-clock and CPU seconds are both reported: on a shared machine the wall clock includes waiting for a core.
Oxigraph queries: median of 3 runs; rdflib: one run.
"""
from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRIPLES = int(os.environ.get("VBKG_BENCH_TRIPLES", "1000000"))
RDFLIB_TRIPLES = int(os.environ.get("VBKG_BENCH_RDFLIB_TRIPLES", "200000"))
REPEATS = {"vbkg": 3, "raw": 3, "rdflib": 1}
# ≈ triples per generated text (measured on the generator below): texts = TRIPLES / this.
TRIPLES_PER_TEXT = 380
BODIES = ["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Chính phủ", "Quốc hội", "Thủ tướng Chính phủ",
          "Bộ Tài chính", "Bộ Nội vụ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Ủy ban Thường vụ Quốc hội"] + \
         [f"Ủy ban nhân dân tỉnh số {i}" for i in range(300)]
DOC_TYPES = [("Resolution", "Nghị quyết", "NQ/TW"), ("Conclusion", "Kết luận", "KL/TW"), ("Decree", "Nghị định", "NĐ-CP"),
             ("Decision", "Quyết định", "QĐ-TTg"), ("Circular", "Thông tư", "TT-BTC"), ("Plan", "Kế hoạch", "KH-UBND")]


def _documents(count: int, rng: random.Random) -> list[dict]:
    docs = []
    for i in range(count):
        type_, word, suffix = DOC_TYPES[i % len(DOC_TYPES)]
        year = 2000 + i % 26
        symbol = f"{i + 1}/{year}/{suffix}" if "-" in suffix else f"{i + 1}-{suffix}"
        issuer = rng.randrange(len(BODIES)) if i % 7 else 0
        docs.append({"type": type_, "label": f"{word} số {symbol}", "symbol": symbol, "number": str(i + 1),
                     "date": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "issuer": issuer})
    return docs


def extractions(n_texts: int):
    """The generated corpus, one Extraction per text, deterministic (seeded), produced lazily."""
    from graph.keys import body_key, document_key
    from graph.model import Entity, Extraction, Mention, Relation, Text

    rng = random.Random(20261125)
    docs = _documents(max(1000, n_texts * 6), rng)
    for t in range(n_texts):
        content = f"Văn bản sinh ra số {t}. " * 40
        entities, relations = [], []
        chosen = rng.sample(range(len(docs)), 15)
        for k, d in enumerate(chosen):
            doc = docs[d]
            entities.append(Entity(f"e{k}", doc["type"], doc["label"], document_key(doc["type"], doc["symbol"]),
                                   {"symbol": doc["symbol"], "number": doc["number"], "date": doc["date"]},
                                   [Mention(10 * k, 10 * k + 9, doc["label"][:9])] * (1 + k % 3)))
        for k in range(5):
            name = BODIES[chosen[k] % len(BODIES)] if k else BODIES[docs[chosen[0]]["issuer"]]
            entities.append(Entity(f"b{k}", "Body", name, body_key(name), {}, [Mention(200 + k, 205 + k, name[:5])]))
        # issuer of each document: its own body, found among the bodies or added
        for k, d in enumerate(chosen[:10]):
            name = BODIES[docs[d]["issuer"]]
            body = next((e for e in entities if e.type == "Body" and e.label == name), None)
            if body is None:
                body = Entity(f"x{k}", "Body", name, body_key(name), {}, [])
                entities.append(body)
            relations.append(Relation(f"e{k}", "issued_by", body.id, Mention(300, 340, "ban hành " + name),
                                      inferred=k % 4 == 0))
        # chains: a document implements / amends / cites an older one (lower index) in the same text
        ordered = sorted(range(15), key=lambda k: chosen[k])
        for a, b in zip(ordered[1:], ordered[:-1]):
            kind = ("implements", "cites", "amends", "implements", "reviews", "replaces")[(chosen[a] + chosen[b]) % 6]
            relations.append(Relation(f"e{a}", kind, f"e{b}", Mention(400, 460, "thực hiện văn bản trước")))
        yield Extraction(Text(f"/bench/text-{t:06d}.txt", content), entities, relations)


def queries():
    """The bundled queries with the benchmark's arguments: (name, SPARQL text)."""
    from graph.sparql import named_queries

    named = named_queries()
    # Generated symbols: index i → type i % 6, so 1-NQ/TW, 2-KL/TW, 3/2002/NĐ-CP are the oldest of their kind
    # (targets of many chains); "1-NQ/TW" also matches 31-NQ/TW, 61-NQ/TW … by label, as a loose user query does.
    args = {"issued-by": ["Bộ Chính trị"], "implements": ["1-NQ/TW"], "reviews": ["1-NQ/TW"],
            "amendment-chain": ["3/2002/NĐ-CP"], "evidence": ["2-KL/TW", "Bộ"],
            "per-issuer-year": [], "documents": []}
    return [(name, named[name].bind(args[name])) for name in args]


# -- engines (each runs in a child process) -----------------------------------------------------------------

class Clock:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def _time_queries(run_one, repeats: int) -> dict:
    out = {}
    for name, text in queries():
        walls, cpus, rows = [], [], 0
        for _ in range(repeats):
            with Clock() as clock:
                rows = run_one(text)
            walls.append(clock.wall)
            cpus.append(clock.cpu)
        out[name] = {"seconds": statistics.median(walls), "cpu": statistics.median(cpus), "rows": rows}
    return out


def engine_vbkg(data: Path, folder: Path) -> dict:
    from graph.sparql import run_local
    from graph.store import BulkWriter, Store, new_text_quads

    n_texts = json.loads((data.with_suffix(".json")).read_text())["texts"]
    items = list(extractions(n_texts))  # generated before the clock starts, like texts already extracted
    # The extractions held in memory are the input, not the store: their share of the peak is reported apart.
    held_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    serialise = Clock()
    serialise.wall = serialise.cpu = 0.0
    with Clock() as clock:
        with Store(folder / "vbkg", write=True) as store, BulkWriter(store) as writer:
            for item in items:
                wall, cpu = time.perf_counter(), time.process_time()
                nquads = new_text_quads(item, store.base)
                serialise.wall += time.perf_counter() - wall
                serialise.cpu += time.process_time() - cpu
                writer.add(item.text.source, item.text.sha256, nquads)
    del items
    store = Store(folder / "vbkg")
    return {"load": clock.wall, "load_cpu": clock.cpu, "triples": len(store), "input_mb": held_mb,
            "serialise": serialise.wall, "serialise_cpu": serialise.cpu,
            "queries": _time_queries(lambda q: len(list(run_local(store, q))), REPEATS["vbkg"])}


def engine_raw(data: Path, folder: Path) -> dict:
    import pyoxigraph

    with Clock() as clock:
        store = pyoxigraph.Store(str(folder / "raw"))
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)  # Oxigraph's fastest loader
        store.flush()
    run = lambda q: len(list(store.query(q, use_default_graph_as_union=True)))
    return {"load": clock.wall, "load_cpu": clock.cpu, "triples": len(store),
            "queries": _time_queries(run, REPEATS["raw"])}


def engine_rdflib(data: Path, folder: Path) -> dict:
    import rdflib

    with Clock() as clock:
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(data), format="nquads")
    triples = sum(len(g) for g in dataset.graphs())
    return {"load": clock.wall, "load_cpu": clock.cpu, "triples": triples,
            "queries": _time_queries(lambda q: len(list(dataset.query(q))), REPEATS["rdflib"])}


ENGINES = {"vbkg": engine_vbkg, "raw": engine_raw, "rdflib": engine_rdflib}


def child(engine: str, data: str, folder: str) -> None:
    result = ENGINES[engine](Path(data), Path(folder))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


# -- driver ---------------------------------------------------------------------------------------------------

def generate(path: Path, triples: int) -> int:
    """Write the generated corpus as N-Quads (what raw pyoxigraph and rdflib load); returns its quad count."""
    import pyoxigraph

    from graph.triples import extraction_quads

    n_texts = max(1, triples // TRIPLES_PER_TEXT)
    count = 0
    with open(path, "wb") as out:
        for item in extractions(n_texts):
            quads = extraction_quads(item)
            count += len(quads)
            out.write(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS))
    path.with_suffix(".json").write_text(json.dumps({"texts": n_texts, "quads": count}))
    return count


def run_size(folder: Path, triples: int, engines: list[str]) -> dict:
    folder.mkdir()
    data = folder / "corpus.nq"
    with Clock() as clock:
        quads = generate(data, triples)
    texts = json.loads(data.with_suffix(".json").read_text())["texts"]
    print(f"\n-- {quads:,} quads in {texts:,} texts ({data.stat().st_size / 1e6:.0f} MB of N-Quads, "
          f"generated in {clock.wall:.1f} s)", flush=True)
    results = {}
    for engine in engines:
        proc = subprocess.run([sys.executable, __file__, "--child", engine, str(data), str(folder)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{engine}: failed\n{proc.stderr}", flush=True)
            continue
        results[engine] = r = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{engine:7s} load {r['load']:8.2f} s wall {r['load_cpu']:8.2f} s CPU  ({r['triples']:,} statements)"
              f"  peak RSS {r['peak_mb']:6.0f} MB"
              + (f" (of which {r['input_mb']:.0f} MB before loading: the generated extractions)" if "input_mb" in r else ""),
              flush=True)
        if "serialise" in r:
            print(f"{'':7s}      of which {r['serialise']:.2f} s wall {r['serialise_cpu']:.2f} s CPU making the N-Quads "
                  "(in `vbkg build`, done by the worker processes)", flush=True)
    report(results)
    return results


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vbkg-bench-") as tmp:
        run_size(Path(tmp) / "big", TRIPLES, ["vbkg", "raw"])
        if RDFLIB_TRIPLES:
            run_size(Path(tmp) / "small", RDFLIB_TRIPLES, ["vbkg", "raw", "rdflib"])


def _ratio_line(label: str, a: dict, b: dict, target: str) -> str:
    qa = [a["queries"][n]["seconds"] for n in a["queries"]]
    qb = [b["queries"][n]["seconds"] for n in b["queries"]]
    ca = [a["queries"][n]["cpu"] for n in a["queries"]]
    cb = [b["queries"][n]["cpu"] for n in b["queries"]]
    per = lambda x, y: statistics.median(i / j for i, j in zip(x, y))
    return (f"{label}: load {a['load'] / b['load']:.2f}x wall, {a['load_cpu'] / b['load_cpu']:.2f}x CPU; "
            f"median query ratio {per(qa, qb):.2f}x wall, {per(ca, cb):.2f}x CPU  ({target})")


def report(results: dict) -> None:
    if not results:
        return
    engines = list(results)
    names = list(results[engines[0]]["queries"])
    print(f"\n{'query: wall s (CPU s)':22s}" + "".join(f"{e:>22s}" for e in engines) + "   rows")
    for name in names:
        cells = "".join(f"{results[e]['queries'][name]['seconds']:11.4f} ({results[e]['queries'][name]['cpu']:7.4f})"
                        for e in engines)
        rows = {results[e]["queries"][name]["rows"] for e in engines}
        agree = "" if len(rows) == 1 else "  (engines disagree!)"
        print(f"{name:22s}{cells}   {'/'.join(str(r) for r in sorted(rows))}{agree}")
    print()
    if "vbkg" in results and "raw" in results:
        print(_ratio_line("vbkg / raw pyoxigraph", results["vbkg"], results["raw"], "target ≤ 1.2x"))
        vbkg, raw = results["vbkg"], results["raw"]
        if "serialise" in vbkg:
            print(f"vbkg / raw pyoxigraph, the store's share alone (without making the N-Quads, which `vbkg build` "
                  f"does in its workers): load {(vbkg['load'] - vbkg['serialise']) / raw['load']:.2f}x wall, "
                  f"{(vbkg['load_cpu'] - vbkg['serialise_cpu']) / raw['load_cpu']:.2f}x CPU")
    if "rdflib" in results and "vbkg" in results:
        print(_ratio_line("rdflib / vbkg", results["rdflib"], results["vbkg"], "target ≥ 20x"))
        print(_ratio_line("rdflib / raw pyoxigraph", results["rdflib"], results["raw"], "for reference"))
        print(f"peak RSS: rdflib / vbkg {results['rdflib']['peak_mb'] / results['vbkg']['peak_mb']:.1f}x, "
              f"rdflib / raw {results['rdflib']['peak_mb'] / results['raw']['peak_mb']:.1f}x, "
              f"vbkg / raw {results['vbkg']['peak_mb'] / results['raw']['peak_mb']:.2f}x")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
