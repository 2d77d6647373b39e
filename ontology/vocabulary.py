"""Names → IRIs: the one place that knows the vbkg namespace, the ELI alignment and how keys become IRIs."""
from __future__ import annotations

import re

from graph.normalise import fold

VBKG = "https://w3id.org/vbkg/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
OWL = "http://www.w3.org/2002/07/owl#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCTERMS = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"
DEFAULT_BASE = "https://w3id.org/vbkg/id/"

PREFIXES = {"vbkg": VBKG, "eli": ELI, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "prov": PROV,
            "dcterms": DCTERMS}

# Relation type (contract name) → property local name in the vbkg namespace.
RELATION_PROPERTIES = {
    "issued_by": "issuedBy", "implements": "implements", "reviews": "reviews", "amends": "amends",
    "replaces": "replaces", "repeals": "repeals", "guides": "guides", "based_on": "basedOn",
    "part_of": "partOf", "advises": "advises", "cites": "cites",
}
PROPERTY_RELATIONS = {v: k for k, v in RELATION_PROPERTIES.items()}


def term(local: str) -> str:
    return VBKG + local


def relation_iri(relation_type: str) -> str:
    return VBKG + RELATION_PROPERTIES[relation_type]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug or "x"


def iri_for_key(key: str, base: str = DEFAULT_BASE) -> str:
    """A readable, deterministic IRI from an identity key: `doc:89/2021/nđ-cp` → `<base>doc/89-2021-nd-cp`.

    Keys that differ only in case, diacritics or punctuation share an IRI on purpose: they name one thing.
    """
    kind, _, rest = key.partition(":")
    return f"{base}{kind}/{_slug(rest)}"


def source_iri(source_id: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}source/{source_id}"


def evidence_iri(source_id: str, index: int, base: str = DEFAULT_BASE) -> str:
    """The n-th stated relation of a text: stable while the text is unchanged, so exports diff cleanly."""
    return f"{base}evidence/{source_id}-{index}"


def mention_iri(source_id: str, index: int, base: str = DEFAULT_BASE) -> str:
    return f"{base}mention/{source_id}-{index}"


def check_base_iri(base: str) -> str:
    """A base IRI must be absolute and end in `/` or `#`, so that `<base>doc/…` is a clean IRI."""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", base):
        raise ValueError(f"{base!r} is not a usable base IRI (absolute, ending in / or #, e.g. {DEFAULT_BASE})")
    return base


def instance_prefixes(iris, base: str = DEFAULT_BASE) -> dict[str, str]:
    """Readable prefixes for the kinds of instance IRIs present: `doc:` → `<base>doc/`, `body:` → …

    Source texts get `src:` (`source` is a property name in JSON-LD). A kind whose name is already a
    vocabulary prefix (or not a valid prefix name) keeps its full IRIs.
    """
    kinds = set()
    for iri in iris:
        if iri.startswith(base):
            kind, slash, _ = iri[len(base):].partition("/")
            if slash and re.fullmatch(r"[a-z][a-z0-9_]*", kind) and kind not in PREFIXES:
                kinds.add(kind)
    return {_KIND_PREFIX.get(kind, kind): f"{base}{kind}/" for kind in sorted(kinds)}


_KIND_PREFIX = {"source": "src"}
