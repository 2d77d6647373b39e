"""The interactive HTML view: one self-contained file, drawn by vis-network, that needs no network at all.

vis-network is the copy pyvis ships (pyvis/templates/lib/vis-*/), inlined into the page; pyvis's own templates
still fetch Bootstrap or vis-network from a CDN (pyvis issues #228 and #229), so the page template is ours, and
vis-network's CSS is not needed, as tooltips, legend and panel are drawn by exports/assets/view.js and view.css. A
Content-Security-Policy forbids every request, and the graph travels as JSON inside a non-executable script
element, escaped so no text of a document can close it; the page script writes text with textContent only.
"""
from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .view_data import display_path, sources_of, view_data

ASSETS = Path(__file__).resolve().parent / "assets"
# Above this many entities vis-network stops being usable on a laptop: the page shows the most connected ones.
MAX_NODES = 5000
_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def vis_network_js() -> str:
    """The vis-network build that the installed pyvis ships (the newest, should it ship several)."""
    import importlib.resources

    lib = importlib.resources.files("pyvis").joinpath("templates").joinpath("lib")
    builds = sorted((d for d in lib.iterdir() if d.name.startswith("vis-")),
                    key=lambda d: tuple(int(p) for p in d.name[4:].split(".") if p.isdigit()))
    for build in reversed(builds):
        script = build.joinpath("vis-network.min.js")
        if script.is_file():
            return script.read_text(encoding="utf-8")
    raise FileNotFoundError("pyvis ships no vis-network.min.js: reinstall pyvis (pip install -U pyvis)")


def script_json(value) -> str:
    """JSON that is safe inside a <script> element whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def most_connected(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The `limit` entities with the most relations (ties broken by IRI, so the cut is deterministic)."""
    ranked = sorted(graph.degree(), key=lambda item: (-item[1], str(item[0])))
    return nx.MultiDiGraph(graph.subgraph(node for node, _ in ranked[:limit]))


def render_html(graph: nx.MultiDiGraph, title: str = "vbkg graph", *, sources: list[str] | None = None,
                note: str = "", max_nodes: int = MAX_NODES, built: datetime | None = None) -> str:
    """The page for `graph`. `sources` are the texts the graph was built from (default: those its entities
    cite); `note` is a line shown under the summary (e.g. which selection this is)."""
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    notes = [note] if note else []
    if total_nodes > max_nodes:
        graph = most_connected(graph, max_nodes)
        notes.append(f"Showing the {max_nodes:,} most connected of {total_nodes:,} entities "
                     f"({graph.number_of_edges():,} of {total_edges:,} relations): a browser cannot draw more "
                     f"and stay usable. Narrow the view with --focus, --type, --relation, --issuer or --since/--until.")
    texts = sorted(sources) if sources is not None else sources_of(graph)
    built = (built or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    summary = (f"{graph.number_of_nodes():,} entities · {graph.number_of_edges():,} relations · "
               f"from {len(texts):,} source text{'s' if len(texts) != 1 else ''} · built {built}")
    source_items = "".join(f"<li>{html.escape(display_path(text))}</li>" for text in texts)
    return _PAGE.format(
        title=html.escape(title), policy=_POLICY, css=asset("view.css"), summary=html.escape(summary),
        sources=source_items, notice=html.escape(" ".join(notes)), data=script_json(view_data(graph)),
        vis=vis_network_js(), script=asset("view.js"),
    )


def write_html(page: str, path) -> None:
    """UTF-8 whatever the locale (pyvis's write_html uses the locale's encoding)."""
    Path(path).write_text(page, encoding="utf-8")


class NotebookView:
    """The view inside Jupyter: `NotebookView(graph)` as the last line of a cell draws it in an iframe."""

    def __init__(self, graph: nx.MultiDiGraph, title: str = "vbkg graph", height: int = 720, **options):
        self.page = render_html(graph, title, **options)
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ddd" sandbox="allow-scripts"></iframe>')


def notebook(store_or_graph="vbkg-data", **options) -> NotebookView:
    """One call in a notebook: `from exports.html import notebook; notebook("vbkg-data")`."""
    if isinstance(store_or_graph, nx.Graph):
        return NotebookView(store_or_graph, **options)
    from graph.corpus import load_graph
    from graph.store import Store

    store = Store(store_or_graph)
    try:
        return NotebookView(load_graph(store), sources=[s["path"] for s in store.sources()], **options)
    finally:
        store.close()


_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<div id="summary">{summary} <details><summary>texts</summary><ol id="source-list">{sources}</ol></details></div>
<div id="notice">{notice}</div>
</header>
<main>
<aside id="filters">
<h2>Search</h2>
<input id="search" type="search" placeholder="e.g. ket luan 39" autocomplete="off" aria-label="Search entities">
<ul id="results"></ul>
<h2>Entity types</h2>
<div id="types"></div>
<h2>Relations</h2>
<div id="relations"></div>
<h2>Issuer</h2>
<select id="issuer" aria-label="Issuer"></select>
<h2>Years</h2>
<div class="years"><input id="since" type="number" aria-label="From year"> – <input id="until" type="number" aria-label="To year"></div>
<button id="reset" type="button">Show everything</button>
<div id="shown"></div>
</aside>
<div id="canvas"><div id="network"></div><div id="tooltip"></div></div>
<aside id="panel"><h2>Details</h2><div id="panel-body"><p class="hint">Click an entity or a relation to see its details and evidence.</p></div></aside>
</main>
<script id="vbkg-data" type="application/json">{data}</script>
<script>{vis}</script>
<script>{script}</script>
</body>
</html>
"""
