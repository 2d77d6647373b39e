"""SPARQL over the embedded store or a remote SPARQL 1.1 endpoint, bundled named queries, result output.

Named queries live in ontology/queries/*.rq: plain SPARQL with a comment header (first line: what it answers;
`# param: NAME  help` per parameter). A parameter is bound by a `VALUES ?NAME { "…" }` block placed at the
start of the (sub-)query's WHERE group where ?NAME is first used, its value written as an escaped RDF literal
by Oxigraph: user text never becomes query syntax.

The store's default graph is the union of the texts' graphs, and that union keeps a statement once per text
that makes it. The bundled queries therefore read an entity's description inside one graph at a time
(`GRAPH ?g { … }`) and fold texts together with DISTINCT, instead of joining repeated statements.
"""
from __future__ import annotations

import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from importlib import resources
from typing import BinaryIO

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from ontology.vocabulary import PREFIXES, instance_prefixes

RESULT_FORMATS = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "xml": QueryResultsFormat.XML}
GRAPH_FORMATS = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES}
_RESULT_MEDIA = {"application/sparql-results+json": QueryResultsFormat.JSON,
                 "application/sparql-results+xml": QueryResultsFormat.XML,
                 "text/tab-separated-values": QueryResultsFormat.TSV}
_GRAPH_MEDIA = {"application/n-triples": RdfFormat.N_TRIPLES, "text/turtle": RdfFormat.TURTLE,
                "application/rdf+xml": RdfFormat.RDF_XML}


class QueryError(Exception):
    """A query that cannot run; str() is one line for the user, `exit_code` is 2 for a bad query, 1 otherwise."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


# -- named queries ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str

    def bind(self, values: list[str] | tuple[str, ...]) -> str:
        """The query text with each parameter bound to a literal; the wrong number of values is a QueryError."""
        if len(values) != len(self.params):
            wanted = " ".join(name.upper() for name, _ in self.params) or "no arguments"
            raise QueryError(f"query {self.name} takes {wanted} ({len(values)} given)")
        if not self.params:
            return self.text
        # Where each block goes is decided on the bundled text alone, then blocks go in from the end.
        spots = sorted(((_binding_spot(self.text, name), name, Literal(value))
                        for (name, _), value in zip(self.params, values)), key=lambda s: s[0], reverse=True)
        text = self.text
        for at, name, value in spots:
            text = f"{text[:at]}\n  VALUES ?{name} {{ {value} }}{text[at:]}"
        return text


def _binding_spot(text: str, name: str) -> int:
    """Just inside the innermost WHERE group opened before ?name's first use (so it lands in the sub-query
    that needs it)."""
    body = re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), text)  # comments out of the way, offsets kept
    use = re.search(rf"\?{name}\b", body)
    return [m for m in re.finditer(r"\bWHERE\s*\{", body, re.IGNORECASE) if m.end() <= use.start()][-1].end()


def _parse_named(name: str, text: str) -> NamedQuery:
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    params = tuple(tuple(re.match(r"param:\s*(\w+)\s*(.*)", h).groups()) for h in header if h.startswith("param:"))
    description = " ".join(h for h in header if h and not h.startswith("param:"))
    for param, _ in params:
        body = re.sub(r"#[^\n]*", "", text)
        use = re.search(rf"\?{param}\b", body)
        if not use or not re.search(r"\bWHERE\s*\{", body[:use.start()], re.IGNORECASE):
            raise ValueError(f"{name}.rq: parameter ?{param} must be used inside a WHERE group")
    return NamedQuery(name, description, params, text)


def named_queries() -> dict[str, NamedQuery]:
    folder = resources.files("ontology").joinpath("queries")
    queries = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            queries[name] = _parse_named(name, entry.read_text(encoding="utf-8"))
    return queries


# -- running ----------------------------------------------------------------------------------------------

def _syntax_error(error: SyntaxError) -> QueryError:
    message = str(error)
    where = re.match(r"error at (\d+):(\d+): (.*)", message, re.DOTALL)
    if where:
        line, column, rest = where.groups()
        message = f"line {line}, column {column}: {rest}"
    return QueryError("SPARQL syntax error, " + " ".join(message.split()))


def run_local(store, sparql: str):
    """Run a query on the embedded store, every text's graph visible as the default graph."""
    try:
        return store.query(sparql)
    except SyntaxError as error:
        raise _syntax_error(error) from None


def run_remote(endpoint: str, sparql: str, *, timeout: float = 60.0):
    """Run a query on a SPARQL 1.1 Protocol endpoint; results come back as the same objects as run_local."""
    request = urllib.request.Request(
        endpoint, data=sparql.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8",
                 "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            media = response.headers.get_content_type()
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read().decode("utf-8", "replace").split())[:500]
        code = 2 if error.code == 400 else 1
        raise QueryError(f"{endpoint}: HTTP {error.code}: {detail or error.reason}", code) from None
    except (urllib.error.URLError, socket.timeout, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise QueryError(f"{endpoint}: cannot reach the SPARQL endpoint ({reason})", 1) from None
    if media in _RESULT_MEDIA:
        return pyoxigraph.parse_query_results(body, _RESULT_MEDIA[media])
    if media in _GRAPH_MEDIA:
        return iter(pyoxigraph.parse(body, _GRAPH_MEDIA[media]))
    raise QueryError(f"{endpoint}: unexpected answer of type {media}", 1)


def check_endpoint(url: str) -> str:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise QueryError(f"{url!r} is not an http(s) URL", 2)
    return url


# -- output -----------------------------------------------------------------------------------------------

def _cell(term, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, namespace in prefixes.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(rows: list[list[str]], header: list[str], width: int = 60) -> str:
    clip = [[c if len(c) <= width else c[:width - 1] + "…" for c in row] for row in rows]
    clip = [[" ".join(c.split()) for c in row] for row in clip]
    widths = [max([len(h)] + [len(r[i]) for r in clip]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in clip]
    return "\n".join(out) + "\n"


def write_results(result, fmt: str, output: BinaryIO, *, base: str | None = None) -> int:
    """Write a query result in `fmt`; returns the number of rows (solutions, triples, 1 for ASK), -1 if streamed."""
    if isinstance(result, QueryBoolean):
        if fmt in RESULT_FORMATS:
            result.serialize(output, RESULT_FORMATS[fmt])
        else:
            output.write(b"true\n" if bool(result) else b"false\n")
        return 1
    if isinstance(result, QuerySolutions):
        if fmt in RESULT_FORMATS:
            result.serialize(output, RESULT_FORMATS[fmt])  # streamed: the row count is not known
            return -1
        rows = list(result)
        header = [v.value for v in result.variables]
        values = [[row[i] for i in range(len(header))] for row in rows]
        iris = [t.value for r in values for t in r if isinstance(t, NamedNode)]
        prefixes = PREFIXES | (instance_prefixes(iris, base) if base else {})
        output.write(_table([[_cell(t, prefixes) for t in r] for r in values], header).encode("utf-8"))
        output.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n".encode("utf-8"))
        return len(rows)
    triples = list(result)
    rdf_format = GRAPH_FORMATS.get(fmt, RdfFormat.TURTLE)
    kwargs = {} if rdf_format == RdfFormat.N_TRIPLES else {"prefixes": PREFIXES}
    pyoxigraph.serialize(triples, output, rdf_format, **kwargs)
    return len(triples)
