"""Ontology, RDF exports, SHACL validation and embedded SPARQL on real stores built from the seed and texts."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from cli import main
from graph.store import Store
from graph.types import EntityType, RelationType
from ontology.vocabulary import DEFAULT_BASE, ELI, RELATION_PROPERTIES, VBKG

VBKG_CLI = str(Path(sys.executable).with_name("vbkg"))
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
V = rdflib.Namespace(VBKG)
E = rdflib.Namespace(ELI)

# Two short texts whose relations chain across texts: 2150/QĐ-UBND → 281/NQ-CP → 71-NQ/TW (implements),
# 102/2024 → 43/2014 → 181/2004 (amends).
CHAIN_TEXTS = {
    "a.txt": "Chính phủ ban hành Nghị quyết số 281/NQ-CP ngày 15/9/2025 để triển khai "
             "Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.\n\n"
             "Nghị định số 102/2024/NĐ-CP sửa đổi, bổ sung Nghị định số 43/2014/NĐ-CP.\n",
    "b.txt": "Ủy ban nhân dân tỉnh ban hành Quyết định số 2150/QĐ-UBND ngày 2/10/2025 để triển khai "
             "Nghị quyết số 281/NQ-CP ngày 15/9/2025.\n\n"
             "Nghị định số 43/2014/NĐ-CP sửa đổi, bổ sung Nghị định số 181/2004/NĐ-CP.\n",
}


def run(*args, input=None):
    return CliRunner().invoke(main, list(map(str, args)), input=input, catch_exceptions=False)



@pytest.fixture(scope="module")
def chain_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chain")
    for name, text in CHAIN_TEXTS.items():
        (folder / "texts").mkdir(exist_ok=True)
        (folder / "texts" / name).write_text(text, encoding="utf-8")
    assert run("build", folder / "texts", "--store", folder / "store").exit_code == 0
    return folder / "store"


def store_union(path) -> rdflib.Graph:
    """The store's triples read straight from Oxigraph (not through any export), as an rdflib graph."""
    store = Store(path)
    try:
        data = io.BytesIO()
        pyoxigraph.serialize({q.triple for q in store.quads()}, data, pyoxigraph.RdfFormat.N_TRIPLES)
    finally:
        store.close()
    return rdflib.Graph().parse(data=data.getvalue().decode("utf-8"), format="nt")


def rapper_count(path: Path, syntax: str) -> int:
    if shutil.which("rapper") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("rapper (raptor2-utils) is missing: .ci/run installs it")
        pytest.skip("rapper (raptor2-utils) is not installed here")
    result = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return int(result.stderr.split("returned ")[1].split()[0])


# -- ontology ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ONTOLOGY / "vbkg.ttl")


def test_every_ontology_term_has_vietnamese_and_english_labels_and_a_comment(ontology):
    terms = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(VBKG)}
    assert len(terms) > 60
    for term in terms:
        languages = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"vi", "en"} <= languages, term
        assert {c.language for c in ontology.objects(term, RDFS.comment)} >= {"vi", "en"}, term


def test_ontology_covers_the_contract_and_aligns_with_eli(ontology):
    for entity_type in EntityType:
        assert (V[str(entity_type)], RDF.type, OWL.Class) in ontology
    documents = set(ontology.transitive_subjects(RDFS.subClassOf, V.Document))
    assert {V.Resolution, V.Decree, V.Law, V.OtherDocument} <= documents
    assert (V.Document, RDFS.subClassOf, E.LegalResource) in ontology
    assert (V.Body, RDFS.subClassOf, E.Agent) in ontology
    assert (V.Body, RDFS.subClassOf, rdflib.URIRef("http://www.w3.org/ns/org#Organization")) in ontology
    for relation in RelationType:
        prop = V[RELATION_PROPERTIES[str(relation)]]
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology
        assert ontology.value(prop, OWL.inverseOf) is not None, prop
    for ours, theirs in [("issuedBy", "passed_by"), ("implements", "implements"), ("amends", "amends"),
                         ("repeals", "repeals"), ("basedOn", "based_on"), ("cites", "cites"),
                         ("partOf", "is_part_of"), ("date", "date_document"), ("number", "number")]:
        assert (V[ours], RDFS.subPropertyOf, E[theirs]) in ontology


def test_every_class_and_property_the_store_uses_is_declared(ontology, seed_store, chain_store):
    declared = set(ontology.subjects(RDF.type, None))
    for path in (seed_store, chain_store):
        data = store_union(path)
        used = {p for p in data.predicates() if str(p).startswith(VBKG)}
        used |= {c for c in data.objects(None, RDF.type)}
        assert used and used <= declared, used - declared


def test_ontology_and_shapes_parse_in_rapper(tmp_path):
    assert rapper_count(ONTOLOGY / "vbkg.ttl", "turtle") > 300
    assert rapper_count(ONTOLOGY / "shapes.ttl", "turtle") > 50


# -- exports ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, rdflib_format, rapper_syntax", [
    ("ttl", "turtle", "turtle"), ("nt", "nt", "ntriples"), ("xml", "xml", "rdfxml"), ("jsonld", "json-ld", None)])
def test_triple_formats_round_trip_and_parse_independently(seed_store, tmp_path, fmt, rdflib_format, rapper_syntax):
    out = tmp_path / f"graph.{fmt}"
    assert run("export", "--format", fmt, "-o", out, "--store", seed_store).exit_code == 0
    expected = store_union(seed_store)
    parsed = rdflib.Graph().parse(out, format=rdflib_format)
    assert len(parsed) == len(expected) > 200 and isomorphic(parsed, expected)
    if rapper_syntax:
        assert rapper_count(out, rapper_syntax) == len(expected)
    if fmt == "jsonld":
        from pyld import jsonld

        nquads = jsonld.to_rdf(json.loads(out.read_text(encoding="utf-8")), {"format": "application/n-quads"})
        assert isomorphic(rdflib.Graph().parse(data=nquads, format="nt"), expected)


@pytest.mark.parametrize("fmt, rdflib_format", [("nq", "nquads"), ("trig", "trig")])
def test_quad_formats_keep_one_named_graph_per_text(chain_store, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"graph.{fmt}"
    assert run("export", "--format", fmt, "-o", out, "--store", chain_store).exit_code == 0
    parsed = rdflib.Dataset().parse(out, format=rdflib_format)
    store = Store(chain_store)
    try:
        graphs = store.graphs()
        assert len(graphs) == 2
        for graph in graphs:
            data = io.BytesIO()
            pyoxigraph.serialize([q.triple for q in store.graph_quads(graph)], data, pyoxigraph.RdfFormat.N_TRIPLES)
            expected = rdflib.Graph().parse(data=data.getvalue().decode(), format="nt")
            got = parsed.graph(rdflib.URIRef(graph.value))
            assert len(got) == len(expected) and isomorphic(got, expected)
    finally:
        store.close()


def test_turtle_is_grouped_by_subject_with_readable_prefixes_and_stable(seed_store):
    first = run("export", "--format", "ttl", "--store", seed_store).output
    assert first == run("export", "--format", "ttl", "--store", seed_store).output
    assert "@prefix doc: <https://w3id.org/vbkg/id/doc/>" in first
    block = first[first.index("doc:39-kl-tw-2022 a vbkg:Conclusion"):].split(" .\n")[0]
    assert 'rdfs:label "Kết luận số 39-KL/TW"@vi' in block and 'vbkg:date "2022-07-18"^^xsd:date' in block
    assert "vbkg:issuedBy body:bo-chinh-tri" in block


def test_jsonld_context_is_compact_and_readable(seed_store):
    data = json.loads(run("export", "--format", "jsonld", "--store", seed_store).output)
    assert data["@context"]["issuedBy"] == {"@id": "vbkg:issuedBy", "@type": "@id"}
    kl39 = next(n for n in data["@graph"] if n["id"] == "doc:39-kl-tw-2022")
    assert kl39["type"] == "Conclusion" and kl39["date"] == "2022-07-18" and kl39["symbol"] == "39-KL/TW"
    assert kl39["issuedBy"] == "body:bo-chinh-tri"


def test_no_evidence_keeps_entities_and_relations_only(seed_store):
    full = rdflib.Graph().parse(data=run("export", "--format", "nt", "--store", seed_store).output, format="nt")
    lean = rdflib.Graph().parse(data=run("export", "--format", "nt", "--no-evidence", "--store", seed_store).output,
                                format="nt")
    assert set(lean) < set(full)
    for cls in (V.Evidence, V.Mention, V.SourceText):
        assert not list(lean.subjects(RDF.type, cls)) and list(full.subjects(RDF.type, cls))
    assert not list(lean.triples((None, V.mentionedIn, None)))
    relations = {(s, p, o) for s, p, o in full if str(p) in {VBKG + v for v in RELATION_PROPERTIES.values()}}
    assert relations and relations <= set(lean)
    assert set(lean.subjects(V.key, None)) == set(full.subjects(V.key, None))


def test_export_base_iri_publishes_under_another_base(seed_store):
    out = run("export", "--format", "nt", "--base-iri", "http://example.org/kg/", "--store", seed_store).output
    assert "<http://example.org/kg/doc/39-kl-tw-2022>" in out and DEFAULT_BASE not in out
    bad = run("export", "--format", "nt", "--base-iri", "not an iri", "--store", seed_store)
    assert bad.exit_code == 2 and "base IRI" in bad.output


def test_build_records_its_base_iri_and_refuses_another(seed_text, tmp_path):
    store = tmp_path / "store"
    assert run("build", seed_text, "--store", store, "--base-iri", "http://example.org/kg/").exit_code == 0
    out = run("export", "--format", "nt", "--store", store).output
    assert "<http://example.org/kg/doc/39-kl-tw-2022>" in out and DEFAULT_BASE not in out
    result = subprocess.run([VBKG_CLI, "build", str(seed_text), "--store", str(store), "--base-iri",
                             "http://other.example/"], capture_output=True, text=True)
    assert result.returncode != 0 and "built with base IRI http://example.org/kg/" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    # Building again without the option keeps the recorded base.
    assert run("build", seed_text, "--store", store).exit_code == 0


# -- validation -------------------------------------------------------------------------------------------

def test_the_seed_graph_conforms_to_the_shapes(seed_store):
    result = run("validate", "--store", seed_store)
    assert result.exit_code == 0 and "no violations" in result.output


def test_validate_names_each_violation_and_exits_1(seed_text, tmp_path):
    path = tmp_path / "store"
    run("build", seed_text, "--store", path)
    store = Store(path, write=True)
    graph = store.graphs()[0].value
    # A document issued by a document, and a date that is not an xsd:date: what a broken extractor could write.
    store.db.update(f"""PREFIX vbkg: <{VBKG}> INSERT DATA {{ GRAPH <{graph}> {{
        <{DEFAULT_BASE}doc/39-kl-tw-2022> vbkg:issuedBy <{DEFAULT_BASE}doc/89-2021-nd-cp> ;
                                           vbkg:date "18/7/2022" . }} }}""")
    store.close()
    result = subprocess.run([VBKG_CLI, "validate", "--store", str(path)], capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["problem", "node"]
    assert any("issuedBy points to a Body, Congress or Plenum" in l and "doc:89-2021-nd-cp" in l for l in lines)
    assert any("a date is one xsd:date" in l and "18/7/2022" in l for l in lines)
    assert lines[-1].endswith("violations.")


# -- embedded SPARQL --------------------------------------------------------------------------------------

def test_issued_by_finds_the_conclusion_of_the_politburo(seed_store):
    result = run("query", "issued-by", "Bộ Chính trị", "--format", "csv", "--store", seed_store)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"39-KL/TW", "164-QĐ/TW"} <= {r["symbol"] for r in rows}
    assert all(r["issuerLabel"] == "Bộ Chính trị" for r in rows)


def test_evidence_query_returns_the_exact_passage_of_the_text(seed_store, seed_text):
    result = run("query", "evidence", "39-KL/TW", "Bộ Chính trị", "--format", "json", "--store", seed_store)
    bindings = json.loads(result.output)["results"]["bindings"]
    assert bindings and bindings[0]["relation"]["value"] == "issuedBy"
    import unicodedata

    text = unicodedata.normalize("NFC", seed_text.read_text(encoding="utf-8"))
    for row in bindings:
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        assert text[start:end] == row["quote"]["value"] and "39-KL/TW" in row["quote"]["value"]


def test_implements_is_transitive_across_texts(chain_store):
    rows = list(csv.DictReader(io.StringIO(
        run("query", "implements", "71-NQ/TW", "--format", "csv", "--store", chain_store).output)))
    # 281/NQ-CP is described in both texts: still one row each (the union graph repeats its statements).
    assert sorted(r["symbol"] for r in rows) == ["2150/QĐ-UBND", "281/NQ-CP"]


def test_amendment_chain_goes_both_ways(chain_store):
    rows = list(csv.DictReader(io.StringIO(
        run("query", "amendment-chain", "43/2014/NĐ-CP", "--format", "csv", "--store", chain_store).output)))
    assert {(r["direction"], r["symbol"]) for r in rows} == {("older", "181/2004/NĐ-CP"), ("newer", "102/2024/NĐ-CP")}


def test_documents_per_issuer_per_year(chain_store):
    rows = list(csv.DictReader(io.StringIO(
        run("query", "per-issuer-year", "--format", "csv", "--store", chain_store).output)))
    assert {"issuer": "Bộ Chính trị", "year": "2025", "documents": "1"} in rows
    assert {"issuer": "Chính phủ", "year": "2025", "documents": "1"} in rows


@pytest.mark.parametrize("name", ["documents", "per-issuer-year", "issued-by", "implements", "reviews",
                                  "amendment-chain", "evidence"])
def test_every_bundled_query_runs(seed_store, name):
    from graph.sparql import named_queries

    query = named_queries()[name]
    args = ["Bộ Chính trị"] * len(query.params)
    result = run("query", name, *args, "--format", "json", "--store", seed_store)
    assert result.exit_code == 0
    assert json.loads(result.output)["head"]["vars"]


def test_result_formats_are_the_sparql_standard_ones(seed_store):
    sparql = f"PREFIX vbkg: <{VBKG}> SELECT ?d ?symbol WHERE {{ ?d vbkg:symbol ?symbol }} ORDER BY ?symbol"
    outputs = {fmt: run("query", sparql, "--format", fmt, "--store", seed_store).output for fmt in
               ("json", "csv", "tsv", "xml", "table")}
    symbols = [b["symbol"]["value"] for b in json.loads(outputs["json"])["results"]["bindings"]]
    assert "39-KL/TW" in symbols
    assert [r["symbol"] for r in csv.DictReader(io.StringIO(outputs["csv"]))] == symbols
    tsv = pyoxigraph.parse_query_results(outputs["tsv"], pyoxigraph.QueryResultsFormat.TSV)
    assert [row["symbol"].value for row in tsv] == symbols
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    xml_rows = ET.fromstring(outputs["xml"]).findall(".//r:binding[@name='symbol']/r:literal", ns)
    assert [e.text for e in xml_rows] == symbols
    assert outputs["table"].splitlines()[0].split() == ["d", "symbol"] and "doc:39-kl-tw-2022" in outputs["table"]


def test_query_from_a_file_and_from_stdin(seed_store, tmp_path):
    sparql = f"PREFIX vbkg: <{VBKG}> ASK {{ ?d vbkg:symbol \"39-KL/TW\" }}"
    (tmp_path / "q.rq").write_text(sparql, encoding="utf-8")
    assert run("query", "-f", tmp_path / "q.rq", "--store", seed_store).output == "true\n"
    assert json.loads(run("query", "-f", "-", "--format", "json", "--store", seed_store, input=sparql).output) \
        == {"head": {}, "boolean": True}


def test_construct_prints_turtle(seed_store):
    sparql = f"PREFIX vbkg: <{VBKG}> CONSTRUCT {{ ?d vbkg:issuedBy ?b }} WHERE {{ ?d vbkg:issuedBy ?b }}"
    out = run("query", sparql, "--store", seed_store).output
    assert len(rdflib.Graph().parse(data=out, format="turtle")) == 7


def test_a_syntax_error_names_line_and_column_and_exits_2(seed_store):
    result = subprocess.run([VBKG_CLI, "query", "SELECT ?x WHERE {\n  ?x ?y }", "--store", str(seed_store)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("vbkg: SPARQL syntax error, line 2, column") and result.stderr.count("\n") == 1


def test_usage_errors_of_named_queries(seed_store):
    assert run("query", "issued-by", "--store", seed_store).exit_code == 2
    assert run("query", "no-such-query", "--store", seed_store).exit_code == 2
    listing = run("query", "--list").output
    assert "issued-by ISSUER" in listing and "evidence SUBJECT OBJECT" in listing


def test_parameters_are_data_never_query_syntax(seed_store):
    before = len(store_union(seed_store))
    for hostile in ['" } } ; DROP ALL ; #', "Bộ Chính trị\" || true || \"", "\\\" ) } UNION { ?a ?b ?c } #", "\n}"]:
        result = run("query", "issued-by", hostile, "--format", "csv", "--store", seed_store)
        assert result.exit_code == 0 and result.output.strip().splitlines() == \
            ["document,type,label,symbol,date,issuerLabel"]
    assert len(store_union(seed_store)) == before


def test_corpus_graph_folds_an_entity_described_by_several_texts(chain_store):
    from graph.corpus import load_graph

    store = Store(chain_store)
    try:
        graph = load_graph(store)
    finally:
        store.close()
    nodes = [n for n, d in graph.nodes(data=True) if d.get("symbol") == "281/NQ-CP"]
    assert len(nodes) == 1
    data = graph.nodes[nodes[0]]
    assert len(data["sources"]) == 2 and data["type"] == "Resolution"
    target = next(n for n, d in graph.nodes(data=True) if d.get("symbol") == "71-NQ/TW")
    assert graph.has_edge(nodes[0], target, key="implements")
