"""`vbkg push` and `vbkg query --endpoint` against a real `oxigraph serve` on 127.0.0.1 (PyPI package oxigraph)."""
from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

BIN = Path(sys.executable).parent
VBKG = str(BIN / "vbkg")


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(location: Path, *extra: str):
    port = free_port()
    process = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}", *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/", timeout=1):
                return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()}")
            time.sleep(0.1)


def stop_server(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()



@pytest.fixture
def server(tmp_path):
    process, url = start_server(tmp_path / "server", "--union-default-graph")
    yield url
    stop_server(process)


def count_on_server(url: str) -> int:
    out = run("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv",
              "--endpoint", url + "/query").output
    return int(out.splitlines()[1])


def test_push_then_query_the_server_like_the_store(seed_store, server):
    result = subprocess.run([VBKG, "push", "--endpoint", server + "/store", "--store", str(seed_store)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Pushed 1 graphs (")
    local = run("query", "issued-by", "Bộ Chính trị", "--format", "csv", "--store", seed_store).output
    remote = run("query", "issued-by", "Bộ Chính trị", "--format", "csv", "--endpoint", server + "/query").output
    assert remote == local and "39-KL/TW" in remote
    evidence = json.loads(run("query", "evidence", "39-KL/TW", "Bộ Chính trị", "--format", "json",
                              "--endpoint", server + "/query").output)
    quote = evidence["results"]["bindings"][0]["quote"]["value"]
    assert "39-KL/TW" in quote and "Bộ Chính trị" in quote


def test_push_is_idempotent_and_matches_the_store(seed_store, server):
    from graph.store import Store

    store = Store(seed_store)
    stored = len(store)
    store.close()
    run("push", "--endpoint", server + "/store", "--store", seed_store)
    assert count_on_server(server) == stored
    run("push", "--endpoint", server + "/store", "--store", seed_store)
    assert count_on_server(server) == stored


def test_remote_syntax_error_exits_2(server):
    result = subprocess.run([VBKG, "query", "SELECT ?x WHERE {", "--endpoint", server + "/query"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_without_union_default_graph_queries_need_graph(seed_store, tmp_path):
    # What users must know: a plain `oxigraph serve` keeps named graphs out of the default graph.
    process, url = start_server(tmp_path / "plain")
    try:
        run("push", "--endpoint", url + "/store", "--store", seed_store)
        plain = run("query", "issued-by", "Bộ Chính trị", "--format", "csv", "--endpoint", url + "/query").output
        assert len(plain.strip().splitlines()) == 1  # header only
        assert count_on_server(url) > 0
    finally:
        stop_server(process)


def test_a_server_that_is_down_is_one_line_and_exit_1(seed_store):
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["query", "documents", "--endpoint", url + "/query"],
                 ["push", "--endpoint", url + "/store", "--store", str(seed_store)]):
        result = subprocess.run([VBKG, *args], capture_output=True, text=True)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1 and "cannot reach" in result.stderr


def server_graph_names(url: str) -> set[str]:
    out = run("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv",
              "--endpoint", url + "/query").output
    return set(out.split()[1:])


def put_graph(url: str, graph: str, ntriples: str) -> None:
    from graph.push import graph_url

    request = urllib.request.Request(graph_url(url + "/store", graph), data=ntriples.encode(), method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(request, timeout=10).read()


def test_push_prune_deletes_only_the_graphs_of_removed_texts(small_store, server, tmp_path):
    import shutil

    from graph.store import Store

    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    with Store(store) as opened:
        sources = [row["path"] for row in opened.sources()]
        graphs = {opened.graph_of(path).value: path for path in sources}
        base = opened.base
    # Graphs the prune must never touch: another dataset's, and one under the base but not a source graph.
    others = {"http://example.org/other-dataset", base + "doc/not-a-source-graph"}
    for graph in others:
        put_graph(server, graph, "<http://example.org/s> <http://example.org/p> \"kept\" .\n")
    assert run("push", "--endpoint", server + "/store", "--store", store).exit_code == 0
    assert server_graph_names(server) == set(graphs) | others

    removed = sources[1]
    with Store(store, write=True) as opened:
        opened.remove_source(removed)
    plain = run("push", "--endpoint", server + "/store", "--store", store)
    assert plain.exit_code == 0 and "Removed" not in plain.output
    assert server_graph_names(server) == set(graphs) | others  # without --prune the server keeps it

    pruned = subprocess.run([VBKG, "push", "--endpoint", server + "/store", "--store", str(store), "--prune"],
                            capture_output=True, text=True)
    assert pruned.returncode == 0, pruned.stderr
    assert "Removed 1 graphs of texts no longer in the store." in pruned.stdout
    kept = set(graphs) - {Store(store).graph_of(removed).value}
    assert server_graph_names(server) == kept | others
    assert count_on_server(server) == len(Store(store)) + len(others)
    again = run("push", "--endpoint", server + "/store", "--store", store, "--prune",
                "--query-endpoint", server + "/query")
    assert again.exit_code == 0 and "Removed 0 graphs" in again.output
    assert server_graph_names(server) == kept | others


def test_prune_without_a_known_query_endpoint_is_one_line(seed_store, server):
    result = subprocess.run([VBKG, "push", "--endpoint", server + "/gsp", "--store", str(seed_store), "--prune"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--query-endpoint" in result.stderr
