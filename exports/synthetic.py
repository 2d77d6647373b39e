"""Generated corpus graphs of any size, shaped like the real one, for benchmarks of the HTML view.

Shape taken from the corpus graph of ../shared: mostly documents, a few bodies that issue many of them
(a heavy-tailed issuer distribution), documents that implement, cite or amend earlier ones, and provisions
that are part of documents. Attributes follow graph/corpus.py, so every part of the page gets exercised.
"""
from __future__ import annotations

import random

import networkx as nx

_DOCUMENT_TYPES = ["Resolution", "Conclusion", "Decree", "Decision", "Law", "Directive", "Circular", "Regulation",
                   "Plan", "Program", "Project"]
_SUFFIX = {"Resolution": "NQ/TW", "Conclusion": "KL/TW", "Directive": "CT/TW", "Regulation": "QĐ/TW"}
_DOCUMENT_RELATIONS = ["implements", "based_on", "cites", "amends", "guides", "reviews", "replaces"]


def corpus_like(nodes: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    bodies = max(3, nodes // 12)
    provisions = nodes // 10
    documents = nodes - bodies - provisions
    base = "https://example.org/vbkg/"
    body_ids = []
    for i in range(bodies):
        node = f"{base}body/{i}"
        graph.add_node(node, type="Body", label=f"Cơ quan số {i}", key=f"body:{i}", sources=[f"t/{i % 40}.txt"],
                       mentions=1 + i % 5)
        body_ids.append(node)
    doc_ids = []
    for i in range(documents):
        kind = rng.choice(_DOCUMENT_TYPES)
        year = rng.randint(1990, 2025)
        symbol = f"{i}-{_SUFFIX[kind]}" if kind in _SUFFIX else f"{i}/{year}/NĐ-CP"
        node = f"{base}doc/{i}"
        graph.add_node(node, type=kind, label=f"Văn bản số {symbol}", key=f"doc:{i}", symbol=symbol, number=str(i),
                       date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       title=f"về nội dung thứ {i} của công tác cán bộ",
                       sources=[f"t/{rng.randrange(473)}.txt"], mentions=rng.randint(1, 6))
        # Issuers: heavy-tailed, a few bodies issue most documents.
        issuer = body_ids[min(int(rng.paretovariate(1.2)) - 1, bodies - 1)]
        _edge(graph, node, issuer, "issued_by", rng, inferred=rng.random() < 0.3)
        if doc_ids and rng.random() < 0.45:
            target = doc_ids[min(int(rng.paretovariate(0.9)) - 1, len(doc_ids) - 1) * -1 - 1] \
                if rng.random() < 0.5 else rng.choice(doc_ids)
            _edge(graph, node, target, rng.choice(_DOCUMENT_RELATIONS), rng)
        doc_ids.append(node)
    for i in range(provisions):
        node = f"{base}provision/{i}"
        graph.add_node(node, type="Provision", label=f"Điều {i % 60 + 1}", key=f"provision:{i}",
                       sources=[f"t/{rng.randrange(473)}.txt"], mentions=1)
        _edge(graph, node, rng.choice(doc_ids), "part_of", rng)
    return graph


def _edge(graph, source, target, relation, rng, inferred=False):
    evidence = [] if inferred else [{"source": f"t/{rng.randrange(473)}.txt", "start": 0, "end": 40,
                                     "quote": f"{graph.nodes[source]['label']} … {graph.nodes[target]['label']}"}]
    graph.add_edge(source, target, key=relation, type=relation, inferred=inferred, evidence=evidence)
