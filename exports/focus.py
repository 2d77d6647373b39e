"""Cut a large graph down to what a researcher asks to see: a neighbourhood, some types, relations, issuers, years.

Order: relations first (the neighbourhood follows only the chosen relations), then the neighbourhood of the
focus entities, then entity types, issuers and years (the focus entities themselves always stay).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .view_data import fold, issuers_of, year_of


class FocusError(ValueError):
    """A selection that cannot be made; str() is one line for the user."""


@dataclass
class Selection:
    focus: tuple[str, ...] = ()
    depth: int = 1
    types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None
    notes: list[str] = field(default_factory=list)

    def active(self) -> bool:
        return bool(self.focus or self.types or self.relations or self.issuers
                    or self.since is not None or self.until is not None)

    def describe(self) -> str:
        parts = []
        if self.focus:
            parts.append(f"around {', '.join(self.focus)} (depth {self.depth})")
        for name, values in (("types", self.types), ("relations", self.relations), ("issuers", self.issuers)):
            if values:
                parts.append(f"{name} {', '.join(values)}")
        if self.since is not None or self.until is not None:
            parts.append(f"years {self.since or '…'}–{self.until or '…'}")
        return "; ".join(parts)


def find_entities(graph: nx.MultiDiGraph, query: str) -> list:
    """Nodes named by `query`: an exact symbol, key or IRI first; else every node whose folded label,
    symbol or title holds all the words of the query (diacritics and case ignored)."""
    wanted = query.strip()
    exact = [n for n, d in graph.nodes(data=True)
             if wanted in (d.get("symbol"), d.get("key"), str(n)) or fold(wanted) == fold(d.get("symbol") or "")]
    if exact:
        return exact
    words = fold(wanted).split()
    if not words:
        return []
    found = []
    for node, data in graph.nodes(data=True):
        haystack = fold(" ".join(filter(None, [data.get("label"), data.get("symbol"), data.get("title")])))
        if all(word in haystack for word in words):
            found.append(node)
    return found


def select(graph: nx.MultiDiGraph, selection: Selection) -> nx.MultiDiGraph:
    """A new graph holding only what `selection` asks for; raises FocusError when a focus names nothing."""
    known_types = {d.get("type") for _, d in graph.nodes(data=True)}
    for kind in selection.types:
        if kind not in known_types:
            raise FocusError(f"no entity of type {kind!r} in the graph (types: {', '.join(sorted(known_types))})")
    view = graph
    if selection.relations:
        wanted = set(selection.relations)
        view = nx.subgraph_view(graph, filter_edge=lambda a, b, key: key in wanted)
    keep = set(view)
    anchors: set = set()
    if selection.focus:
        for query in selection.focus:
            matches = find_entities(graph, query)
            if not matches:
                raise FocusError(f"nothing in the graph matches {query!r}; try a symbol such as 39-KL/TW")
            anchors.update(matches)
        undirected = view.to_undirected(as_view=True)
        keep = set()
        for anchor in anchors:
            keep.update(nx.single_source_shortest_path_length(undirected, anchor, cutoff=selection.depth))
    wanted_issuers = {fold(name) for name in selection.issuers}

    def stays(node) -> bool:
        data = graph.nodes[node]
        if node in anchors:
            return True
        if selection.types and data.get("type") not in selection.types:
            return False
        if wanted_issuers and not (fold(data.get("label", "")) in wanted_issuers
                                   or {fold(i) for i in issuers_of(graph, node)} & wanted_issuers):
            return False
        year = year_of(data)
        if year is not None and ((selection.since is not None and year < selection.since)
                                 or (selection.until is not None and year > selection.until)):
            return False
        if year is None and (selection.since is not None or selection.until is not None):
            return False
        return True

    nodes = [node for node in keep if stays(node)]
    if (selection.since is not None or selection.until is not None) and not selection.types:
        # Undated context (the bodies that issued the dated documents) stays when linked to what is shown.
        shown = set(nodes)
        nodes += [n for n in keep if n not in shown and year_of(graph.nodes[n]) is None
                  and any(m in shown for m in nx.all_neighbors(view, n))]
    return nx.MultiDiGraph(view.subgraph(nodes))
