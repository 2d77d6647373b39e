"""The interactive HTML view: one self-contained file drawn by vis-network through pyvis."""
from __future__ import annotations

import html
import json

import networkx as nx

TYPE_COLOURS = {
    "Body": "#1f77b4", "Congress": "#d62728", "Plenum": "#ff7f0e", "Person": "#7f7f7f", "Provision": "#bcbd22",
    "Program": "#2ca02c", "Plan": "#98df8a", "Project": "#17becf", "Strategy": "#9edae5",
}
DOCUMENT_COLOUR = "#9467bd"


def _tooltip(data: dict) -> str:
    lines = [data.get("label", "")]
    for name in ("type", "symbol", "date"):
        if data.get(name):
            lines.append(f"{name}: {data[name]}")
    return "\n".join(lines)


def render_html(graph: nx.MultiDiGraph, title: str = "vbkg") -> str:
    """A first view: coloured by type, sized by degree, tooltips in plain text (never markup)."""
    from pyvis.network import Network  # pyvis takes half a second to import: only when drawing

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data.get("symbol") or data.get("label", node), title=_tooltip(data),
                     color=TYPE_COLOURS.get(data.get("type"), DOCUMENT_COLOUR), size=10 + 3 * graph.degree(node))
    for source, target, key, data in graph.edges(keys=True, data=True):
        quote = (data.get("evidence") or [{}])[0].get("quote", "")
        net.add_edge(source, target, label=key, title=f"{key}\n{quote}", dashes=bool(data.get("inferred")))
    page = net.generate_html()
    return page.replace("<head>", f"<head><title>{html.escape(title)}</title>", 1)
