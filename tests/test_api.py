"""The notebook API: the store as networkx and rdflib objects, and one text to the extraction dataclasses."""
from __future__ import annotations

import networkx as nx
import pytest
import rdflib

from graph.api import extract_file, extract_text, load_graph, load_rdf
from graph.load import LoadError
from graph.model import Entity, Extraction, Relation
from graph.store import Store, StoreError


def test_load_graph_is_the_corpus_multidigraph(small_store):
    graph = load_graph(small_store)
    assert isinstance(graph, nx.MultiDiGraph)
    node = graph.nodes["https://w3id.org/vbkg/id/doc/281-nq-cp"]
    assert node["symbol"] == "281/NQ-CP" and node["type"] == "Resolution" and node["mentions"] > 0
    edge = graph.edges["https://w3id.org/vbkg/id/doc/281-nq-cp", "https://w3id.org/vbkg/id/doc/71-nq-tw", "implements"]
    assert edge["evidence"][0]["quote"].startswith("Nghị quyết 281/NQ-CP")
    # every networkx algorithm works on it directly
    assert nx.has_path(graph.to_undirected(), "https://w3id.org/vbkg/id/doc/281-nq-cp",
                       "https://w3id.org/vbkg/id/body/ban-chap-hanh-trung-uong")


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
