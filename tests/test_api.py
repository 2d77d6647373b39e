"""The notebook API: the store as networkx and rdflib objects, and one text to the extraction dataclasses."""
from __future__ import annotations

import networkx as nx
import pytest
import rdflib

from graph.api import extract_file, extract_text, load_graph, load_rdf
from graph.load import LoadError
from graph.model import Entity, Extraction, Relation
from graph.store import Store, StoreError


def _node(graph, **wanted):
    return next(n for n, d in graph.nodes(data=True) if all(d.get(k) == v for k, v in wanted.items()))


def test_load_graph_is_the_corpus_multidigraph(small_store):
    graph = load_graph(small_store)
    assert isinstance(graph, nx.MultiDiGraph)
    nq281, nq71 = _node(graph, symbol="281/NQ-CP"), _node(graph, symbol="71-NQ/TW")
    node = graph.nodes[nq281]
    assert node["type"] == "Resolution" and node["mentions"] > 0 and nq281.startswith("https://")
    edge = graph.edges[nq281, nq71, "implements"]
    assert "281/NQ-CP thực hiện Nghị quyết 71-NQ/TW" in edge["evidence"][0]["quote"]
    # every networkx algorithm works on it directly
    assert nx.has_path(graph.to_undirected(), nq281, _node(graph, label="Ban Chấp hành Trung ương"))


def test_load_rdf_keeps_one_named_graph_per_text(small_store):
    dataset = load_rdf(small_store)
    assert isinstance(dataset, rdflib.Dataset)
    store = Store(small_store)
    try:
        sources, quads = store.sources(), len(store)
    finally:
        store.close()
    named = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert named == {s["graph"] for s in sources}
    assert sum(1 for _ in dataset.quads((None, None, None, None))) == quads
    union = load_rdf(small_store, union=True)
    assert isinstance(union, rdflib.Graph) and 0 < len(union) <= quads
    labels = {str(o) for o in union.objects(predicate=rdflib.RDFS.label)}
    assert "Nghị quyết số 71-NQ/TW" in labels


def test_load_on_a_missing_store_raises_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no vbkg store"):
        load_graph(tmp_path / "nowhere")


def test_extract_file_and_text_give_dataclasses(seed_text):
    from_file = extract_file(seed_text)
    assert isinstance(from_file, Extraction)
    assert all(isinstance(e, Entity) for e in from_file.entities)
    assert all(isinstance(r, Relation) for r in from_file.relations)
    kl39 = next(e for e in from_file.entities if e.attributes.get("symbol") == "39-KL/TW")
    assert all(from_file.text.content[m.start:m.end] == m.text for m in kl39.mentions)
    from_text = extract_text(seed_text.read_text(encoding="utf-8"))
    assert from_text.to_json()["entities"] == from_file.to_json()["entities"]


def test_extract_file_refuses_what_is_not_text(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(LoadError, match="empty file"):
        extract_file(empty)


def test_the_readme_example_runs(tmp_path, monkeypatch):
    """The Python API example of the README, run as written on a store of examples/ (its comments are its output)."""
    import ast
    import re
    from pathlib import Path

    from graph.extract import extract
    from graph.load import read_text

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Python API.*?```python\n(.*?)```", readme, re.S).group(1)
    with Store(tmp_path / "vbkg-data", write=True) as store:
        for text in sorted((root / "examples").glob("*.txt")):
            store.put(extract(read_text(text)))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(root / "examples")
    namespace: dict = {}
    statements = ast.parse(code).body
    for statement, following in zip(statements, statements[1:] + [None]):
        source = ast.get_source_segment(code, statement)
        if isinstance(statement, ast.Expr):
            value = eval(compile(ast.Expression(statement.value), "README", "eval"), namespace)
            # the comment right below an expression is its printed value
            end = code.splitlines()[statement.end_lineno:]
            shown = []
            for line in end:
                if not line.startswith("# "):
                    break
                shown.append(line[2:])
            if shown:
                assert value == ast.literal_eval("".join(s.strip() for s in shown)), source
        else:
            exec(compile(ast.Module([statement], []), "README", "exec"), namespace)
