"""Questions a researcher asks of the corpus graph: find an entity by key, show it, search, neighbours,
paths between two entities, a timeline of documents, and counts.

Everything works on the `networkx.MultiDiGraph` of graph.corpus plus the per-text mention table read from the
store (how often each text mentions an entity, and the surface forms it uses: the aliases). Results are lists
of plain row dicts, printed by exports.output in whatever format the user asked for.
"""
from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from ontology.vocabulary import VBKG

from .normalise import fold
from .types import is_document_like

_MENTION_ROWS = f"""
PREFIX vbkg: <{VBKG}>
SELECT ?e ?path ?count ?surface WHERE {{
  ?m a vbkg:Mention ; vbkg:entity ?e ; vbkg:source ?g ; vbkg:count ?count .
  ?g vbkg:path ?path .
  OPTIONAL {{ ?m vbkg:surface ?surface }}
}}"""


class LookupFailed(Exception):
    """KEY names no entity, or several: str() is one line; `candidates` lists the nodes to choose from."""

    def __init__(self, message: str, candidates: list[str] | None = None):
        super().__init__(message)
        self.candidates = candidates or []


@dataclass(frozen=True)
class _Names:
    folded: tuple[str, ...]
    words: frozenset[str]
    headline_words: frozenset[str]


@dataclass
class Corpus:
    """The corpus graph with, per entity, the texts that mention it ({path: count}) and its surface forms."""

    graph: nx.MultiDiGraph
    texts: int = 0
    mentions: dict[str, dict[str, int]] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    _names: dict | None = field(default=None, repr=False)

    def name_index(self) -> dict[str, "_Names"]:
        """Per entity, its names folded once (lookups and searches scan them all)."""
        if self._names is None:
            self._names = {}
            for node, data in self.graph.nodes(data=True):
                names = [n for n in (data.get("symbol"), data.get("label"), data.get("key"), data.get("title")) if n]
                names += sorted(self.aliases.get(node, ()))
                folded = tuple(fold(n) for n in names)
                headline = folded[: bool(data.get("symbol")) + bool(data.get("label"))]
                self._names[node] = _Names(
                    folded=folded, words=frozenset(_TOKEN.findall(" ".join(folded))),
                    headline_words=frozenset(_TOKEN.findall(" ".join(headline))))
        return self._names

    def name(self, node: str) -> str:
        """Short name for a table cell: the symbol when there is one, else the label."""
        data = self.graph.nodes[node]
        return data.get("symbol") or data.get("label") or node


def open_corpus(store) -> Corpus:
    from .corpus import load_graph

    corpus = Corpus(load_graph(store), texts=len(store.sources()))
    for row in store.query(_MENTION_ROWS):
        node, path = row["e"].value, row["path"].value
        corpus.mentions.setdefault(node, {})[path] = int(row["count"].value)
        if row["surface"] is not None:
            corpus.aliases.setdefault(node, set()).add(" ".join(row["surface"].value.split()))
    return corpus


# -- lookup -----------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(fold(text)))


def candidates(corpus: Corpus, key: str) -> list[str]:
    """Entities KEY names, best first, from the first of these tiers that finds any (diacritics and case
    ignored): the IRI or an exact symbol, label or alias; entities whose symbol and label hold every word of
    KEY; entities whose names (aliases included) contain KEY or all of its words."""
    return next((tier for tier in _tiers(corpus, key) if tier), [])


def matches(corpus: Corpus, key: str) -> list[str]:
    """Every entity any tier of `candidates` finds, best tier first (what `search` lists)."""
    seen: dict[str, None] = {}
    for tier in _tiers(corpus, key):
        seen.update(dict.fromkeys(tier))
    return list(seen)


def _tiers(corpus: Corpus, key: str):
    graph = corpus.graph
    if key in graph:
        yield [key]
    wanted = fold(key).strip()
    if not wanted:
        return
    words = _tokens(key)
    index = corpus.name_index()
    yield _by_weight(graph, (n for n, entry in index.items() if wanted in entry.folded))
    yield _by_weight(graph, (n for n, entry in index.items() if words and words <= entry.headline_words))
    yield _by_weight(graph, (n for n, entry in index.items()
                             if any(wanted in name for name in entry.folded) or (words and words <= entry.words)))


def _by_weight(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    return sorted(nodes, key=lambda n: (-graph.nodes[n].get("mentions", 0), -graph.degree(n), n))


def lookup(corpus: Corpus, key: str) -> str:
    """The one entity KEY names; LookupFailed (with the candidates) when it names none or several."""
    found = candidates(corpus, key)
    if not found:
        raise LookupFailed(f"no entity matches {key!r} (try `vbkg search`)")
    if len(found) > 1:
        raise LookupFailed(f"{len(found)} entities match {key!r}; name one of them (a symbol, label or IRI)", found)
    return found[0]


def names_starting(graph: nx.MultiDiGraph, prefix: str, limit: int = 50) -> list[str]:
    """Symbols (or labels, for entities without one) that start with `prefix`, diacritics ignored."""
    wanted = fold(prefix)
    names = {data.get("symbol") or data["label"] for _, data in graph.nodes(data=True)}
    return sorted(name for name in names if fold(name).startswith(wanted))[:limit]


def candidate_rows(corpus: Corpus, nodes: list[str]) -> list[dict]:
    return [_entity_summary(corpus, n) for n in nodes]


def _entity_summary(corpus: Corpus, node: str) -> dict:
    data = corpus.graph.nodes[node]
    return {"symbol": data.get("symbol", ""), "type": data["type"], "label": data["label"],
            "date": data.get("date", ""), "mentions": data.get("mentions", 0),
            "texts": len(data.get("sources") or ()), "iri": node}


# -- show -------------------------------------------------------------------------------------------------

ENTITY_FIELDS = ("iri", "type", "label", "symbol", "number", "date", "term", "title", "key", "mentions", "texts")


def show(corpus: Corpus, node: str) -> dict[str, list[dict]]:
    """One entity: its attributes, aliases, the texts that mention it, and its edges with their quotes."""
    graph = corpus.graph
    data = graph.nodes[node]
    values = {"iri": node, **data, "texts": len(data.get("sources") or ())}
    attributes = [{"field": f, "value": values[f]} for f in ENTITY_FIELDS if values.get(f) not in (None, "")]
    aliases = [{"alias": a} for a in sorted(corpus.aliases.get(node, ()), key=fold)]
    mentioned = sorted(corpus.mentions.get(node, {}).items(), key=lambda item: (-item[1], item[0]))
    texts = [{"text": path, "count": count} for path, count in mentioned]
    outgoing = [row for _, other, relation, edge in graph.out_edges(node, keys=True, data=True)
                for row in _evidence_rows(corpus, relation, other, edge, "target")]
    incoming = [row for other, _, relation, edge in graph.in_edges(node, keys=True, data=True)
                for row in _evidence_rows(corpus, relation, other, edge, "source")]
    return {"entity": attributes, "aliases": aliases, "mentioned in": texts,
            "outgoing": outgoing, "incoming": incoming}


def _evidence_rows(corpus: Corpus, relation: str, other: str, edge: dict, side: str) -> list[dict]:
    base = {"relation": relation, side: corpus.name(other), f"{side}_type": corpus.graph.nodes[other]["type"],
            "inferred": bool(edge.get("inferred"))}
    evidence = edge.get("evidence") or []
    if not evidence:
        return [{**base, "quote": "", "text": ""}]
    return [{**base, "quote": item["quote"], "text": item["source"]} for item in evidence]


# -- search -----------------------------------------------------------------------------------------------

def search(corpus: Corpus, text: str, types: Iterable[str] = (), limit: int | None = None) -> list[dict]:
    """Entities whose symbol, label, title, key or alias contains TEXT (or all of its words), most mentioned first."""
    wanted_types = {t.lower() for t in types}
    nodes = [n for n in matches(corpus, text)
             if not wanted_types or corpus.graph.nodes[n]["type"].lower() in wanted_types]
    return candidate_rows(corpus, nodes[:limit] if limit else nodes)


# -- neighbours and paths ---------------------------------------------------------------------------------

def neighbors(corpus: Corpus, node: str, depth: int = 1, relations: Iterable[str] = (),
              direction: str = "both") -> list[dict]:
    """Entities within `depth` edges of `node` (breadth first), each with the edge that first reached it."""
    graph, wanted = corpus.graph, set(relations)
    seen, rows = {node}, []
    queue = deque([(node, 0)])
    while queue:
        current, level = queue.popleft()
        if level == depth:
            continue
        steps = []
        if direction in ("out", "both"):
            steps += [("out", target, key, data) for _, target, key, data in graph.out_edges(current, keys=True, data=True)]
        if direction in ("in", "both"):
            steps += [("in", source, key, data) for source, _, key, data in graph.in_edges(current, keys=True, data=True)]
        for way, other, relation, data in sorted(steps, key=lambda s: (s[2], s[0], corpus.name(s[1]))):
            if (wanted and relation not in wanted) or other in seen:
                continue
            seen.add(other)
            rows.append({"depth": level + 1, "via": corpus.name(current), "relation": relation,
                         "direction": "→" if way == "out" else "←", "neighbor": corpus.name(other),
                         "type": graph.nodes[other]["type"], "label": graph.nodes[other]["label"],
                         "inferred": bool(data.get("inferred")), "iri": other})
            queue.append((other, level + 1))
    return rows


def paths(corpus: Corpus, start: str, end: str, relations: Iterable[str] = (), limit: int = 5) -> list[dict]:
    """The shortest paths between two entities, whatever the edges' direction; one row per step.

    Each step names the relation(s) joining the two entities and the way they point (→ from the earlier
    entity of the path to the later one, ← the other way). Empty when no path exists.
    """
    graph, wanted = corpus.graph, set(relations)
    undirected = nx.Graph()
    undirected.add_nodes_from(graph)
    undirected.add_edges_from((s, t) for s, t, k in graph.edges(keys=True) if not wanted or k in wanted)
    try:
        found = []
        for path in nx.all_shortest_paths(undirected, start, end):
            found.append(path)
            if len(found) == limit:
                break
    except nx.NetworkXNoPath:
        return []
    rows = []
    for number, path in enumerate(found, 1):
        for step, (a, b) in enumerate(zip(path, path[1:]), 1):
            links = [f"{k} →" for k in graph.get_edge_data(a, b, default={}) if not wanted or k in wanted]
            links += [f"{k} ←" for k in graph.get_edge_data(b, a, default={}) if not wanted or k in wanted]
            rows.append({"path": number, "step": step, "from": corpus.name(a), "relation": ", ".join(sorted(links)),
                         "to": corpus.name(b), "to_type": graph.nodes[b]["type"]})
    return rows


# -- timeline ---------------------------------------------------------------------------------------------

def issuers_of(corpus: Corpus, node: str) -> list[str]:
    graph = corpus.graph
    return sorted(target for _, target, key in graph.out_edges(node, keys=True) if key == "issued_by")


def timeline(corpus: Corpus, issuer: str | None = None, types: Iterable[str] = (), since: str | None = None,
             until: str | None = None, undated: bool = False) -> list[dict]:
    """Documents and programs by date (ISO strings compare in date order); undated ones last when asked."""
    graph = corpus.graph
    wanted_types = {t.lower() for t in types}
    rows = []
    for node, data in graph.nodes(data=True):
        if not _is_document(data["type"]) or (wanted_types and data["type"].lower() not in wanted_types):
            continue
        issuers = issuers_of(corpus, node)
        if issuer is not None and issuer not in issuers:
            continue
        date = data.get("date") or ""
        if not date and not undated:
            continue
        if date and ((since and date < since) or (until and date > _end_of(until))):
            continue
        rows.append({"date": date, "symbol": data.get("symbol", ""), "type": data["type"], "label": data["label"],
                     "issued_by": [corpus.name(i) for i in issuers], "texts": len(data.get("sources") or ()),
                     "iri": node})
    return sorted(rows, key=lambda r: (r["date"] == "", r["date"], r["symbol"], r["label"]))


def _end_of(until: str) -> str:
    """`2022` or `2022-07` as an upper bound covers the whole year or month."""
    return until + "-99" * (2 - until.count("-"))


def _is_document(entity_type: str) -> bool:
    try:
        return is_document_like(entity_type)
    except ValueError:
        return False


# -- stats ------------------------------------------------------------------------------------------------

def stats(corpus: Corpus, top: int = 5) -> list[dict]:
    """Counts as rows (what, name, count): totals, entities and relations by type, the most connected."""
    graph = corpus.graph
    rows = [{"what": "texts", "name": "", "count": corpus.texts},
            {"what": "entities", "name": "", "count": graph.number_of_nodes()},
            {"what": "relations", "name": "", "count": graph.number_of_edges()},
            {"what": "evidence", "name": "", "count": sum(len(d.get("evidence") or ()) for *_, d in graph.edges(data=True))},
            {"what": "inferred", "name": "", "count": sum(1 for *_, d in graph.edges(data=True) if d.get("inferred"))},
            {"what": "dated documents", "name": "",
             "count": sum(1 for _, d in graph.nodes(data=True) if d.get("date") and _is_document(d["type"]))}]
    for entity_type, count in Counter(d["type"] for _, d in graph.nodes(data=True)).most_common():
        rows.append({"what": "entity type", "name": entity_type, "count": count})
    for relation, count in Counter(k for *_, k in graph.edges(keys=True)).most_common():
        rows.append({"what": "relation type", "name": relation, "count": count})
    cited = Counter({n: graph.in_degree(n) for n, d in graph.nodes(data=True) if _is_document(d["type"])})
    for node, count in cited.most_common(top):
        if count:
            rows.append({"what": "most linked-to document", "name": corpus.name(node), "count": count})
    issued = Counter(t for _, t, k in graph.edges(keys=True) if k == "issued_by")
    for node, count in issued.most_common(top):
        rows.append({"what": "top issuer", "name": corpus.name(node), "count": count})
    mentioned = Counter({n: d.get("mentions", 0) for n, d in graph.nodes(data=True)})
    for node, count in mentioned.most_common(top):
        rows.append({"what": "most mentioned", "name": corpus.name(node), "count": count})
    return rows
