"""SPARQL benchmark: load and query a generated graph of about 1 M triples shaped like vbkg's (many source
texts, each with its documents, bodies, mentions, relations and evidence; implements/cites/amends chains),
in three engines, each in its own process so that peak memory is its own:

    vbkg     graph.store.Store: every text through Store.put() (Extraction → quads → one SPARQL update per
             text, the real ingestion path), queries through graph.sparql (named queries, bound parameters)
    raw      pyoxigraph.Store on disk, the same quads loaded as one N-Quads file: the floor
    rdflib   rdflib.Dataset in memory (default union graph), the same N-Quads file, the same query texts

Size: VBKG_BENCH_TRIPLES (default 1_000_000). Every figure is measured in this run; nothing is extrapolated.
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
REPEATS = 3
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
            kind = ("implements", "cites", "amends", "implements")[(chosen[a] + chosen[b]) % 4]
            relations.append(Relation(f"e{a}", kind, f"e{b}", Mention(400, 460, "thực hiện văn bản trước")))
        yield Extraction(Text(f"/bench/text-{t:06d}.txt", content), entities, relations)


def queries():
    """The bundled queries with the benchmark's arguments: (name, SPARQL text)."""
    from graph.sparql import named_queries

    named = named_queries()
    args = {"issued-by": ["Bộ Chính trị"], "implements": ["6-NQ/TW"], "reviews": ["1-NQ/TW"],
            "amendment-chain": ["3/2002/NĐ-CP"], "evidence": ["7-KL/TW", "Bộ Chính trị"],
            "per-issuer-year": [], "documents": []}
    return [(name, named[name].bind(args[name])) for name in args]


# -- engines (each runs in a child process) -----------------------------------------------------------------

def _time_queries(run_one) -> dict:
    out = {}
    for name, text in queries():
        times, rows = [], 0
        for _ in range(REPEATS):
            started = time.perf_counter()
            rows = run_one(text)
            times.append(time.perf_counter() - started)
        out[name] = {"seconds": statistics.median(times), "rows": rows}
    return out


def engine_vbkg(data: Path, folder: Path) -> dict:
    from graph.sparql import run_local
    from graph.store import Store

    n_texts = json.loads((data.with_suffix(".json")).read_text())["texts"]
    items = list(extractions(n_texts))  # generated before the clock starts, like texts already extracted
    started = time.perf_counter()
    with Store(folder / "vbkg", write=True) as store:
        for item in items:
            store.put(item)
    load = time.perf_counter() - started
    del items
    store = Store(folder / "vbkg")
    return {"load": load, "triples": len(store), "queries": _time_queries(lambda q: len(list(run_local(store, q))))}


def engine_raw(data: Path, folder: Path) -> dict:
    import pyoxigraph

    started = time.perf_counter()
    store = pyoxigraph.Store(str(folder / "raw"))
    store.load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    load = time.perf_counter() - started
    run = lambda q: len(list(store.query(q, use_default_graph_as_union=True)))
    return {"load": load, "triples": len(store), "queries": _time_queries(run)}


def engine_rdflib(data: Path, folder: Path) -> dict:
    import rdflib

    started = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(str(data), format="nquads")
    load = time.perf_counter() - started
    return {"load": load, "triples": len(dataset), "queries": _time_queries(lambda q: len(list(dataset.query(q))))}


ENGINES = {"vbkg": engine_vbkg, "raw": engine_raw, "rdflib": engine_rdflib}


def child(engine: str, data: str, folder: str) -> None:
    result = ENGINES[engine](Path(data), Path(folder))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


# -- driver ---------------------------------------------------------------------------------------------------

def generate(path: Path) -> int:
    """Write the generated corpus as N-Quads (what raw pyoxigraph and rdflib load); returns its quad count."""
    import pyoxigraph

    from graph.triples import extraction_quads

    n_texts = max(1, TRIPLES // TRIPLES_PER_TEXT)
    count = 0
    with open(path, "wb") as out:
        for item in extractions(n_texts):
            quads = extraction_quads(item)
            count += len(quads)
            out.write(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS))
    path.with_suffix(".json").write_text(json.dumps({"texts": n_texts, "quads": count}))
    return count


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vbkg-bench-") as tmp:
        folder = Path(tmp)
        data = folder / "corpus.nq"
        started = time.perf_counter()
        quads = generate(data)
        texts = json.loads(data.with_suffix(".json").read_text())["texts"]
        print(f"generated {quads:,} quads in {texts:,} texts ({data.stat().st_size / 1e6:.0f} MB N-Quads) "
              f"in {time.perf_counter() - started:.1f} s", flush=True)
        results = {}
        for engine in ENGINES:
            proc = subprocess.run([sys.executable, __file__, "--child", engine, str(data), str(folder)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"{engine}: failed\n{proc.stderr}", flush=True)
                continue
            results[engine] = json.loads(proc.stdout.strip().splitlines()[-1])
            r = results[engine]
            print(f"{engine:7s} load {r['load']:8.2f} s  ({r['triples']:,} quads)  peak {r['peak_mb']:7.0f} MB", flush=True)
        report(results)


def report(results: dict) -> None:
    if not results:
        return
    names = list(next(iter(results.values()))["queries"])
    print(f"\n{'query (median of %d, s)' % REPEATS:28s}" + "".join(f"{e:>10s}" for e in results)
          + "   vbkg/raw  rdflib/vbkg  rows")
    ratios_raw, ratios_rdflib = [], []
    for name in names:
        cells = [results[e]["queries"][name]["seconds"] for e in results]
        line = f"{name:28s}" + "".join(f"{c:10.4f}" for c in cells)
        if "vbkg" in results and "raw" in results:
            r = results["vbkg"]["queries"][name]["seconds"] / results["raw"]["queries"][name]["seconds"]
            ratios_raw.append(r)
            line += f"{r:10.2f}x"
        if "vbkg" in results and "rdflib" in results:
            r = results["rdflib"]["queries"][name]["seconds"] / results["vbkg"]["queries"][name]["seconds"]
            ratios_rdflib.append(r)
            line += f"{r:12.1f}x"
        rows = {results[e]["queries"][name]["rows"] for e in results}
        line += f"  {'/'.join(str(r) for r in sorted(rows))}{'' if len(rows) == 1 else '  (engines disagree!)'}"
        print(line)
    print()
    if "vbkg" in results and "raw" in results:
        print(f"load: vbkg/raw {results['vbkg']['load'] / results['raw']['load']:.2f}x; "
              f"median query vbkg/raw {statistics.median(ratios_raw):.2f}x (target ≤ 1.2x)")
    if "vbkg" in results and "rdflib" in results:
        print(f"load: rdflib/vbkg {results['rdflib']['load'] / results['vbkg']['load']:.1f}x, "
              f"rdflib/raw {results['rdflib']['load'] / results['raw']['load']:.1f}x; "
              f"median query rdflib/vbkg {statistics.median(ratios_rdflib):.1f}x (target ≥ 20x)")
        print(f"peak memory: rdflib/vbkg {results['rdflib']['peak_mb'] / results['vbkg']['peak_mb']:.1f}x, "
              f"rdflib/raw {results['rdflib']['peak_mb'] / results['raw']['peak_mb']:.1f}x")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
