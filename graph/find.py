"""Find mentions: document references, named documents and programs, bodies, congresses and plenums,
provisions.

Each finder (graph.find_documents, find_programs, find_bodies, find_events, find_provisions) scans the
matching view of the text (graph.normalise.for_matching, same length as the text) and yields `Found`
spans; nothing here decides identity (graph.resolve does). `find_all` merges them and settles overlaps.
"""
from __future__ import annotations

from .find_bodies import find_bodies
from .find_documents import find_named, find_numbered
from .find_events import find_events
from .find_programs import find_programs, find_reports
from .find_provisions import find_provisions
from .found import Found
from .sentence_dates import attach_sentence_dates
from .types import EntityType

__all__ = ["Found", "find_all"]

# Mentions that may hold other mentions: named documents and programs hold the bodies, congresses and
# references named in their titles ("Nghị quyết Đại hội XIII", "Kế hoạch … Ban Chấp hành Trung ương Đảng").
_CONTAINERS = {"named"}


def _settle(found: list[Found]) -> list[Found]:
    """Longest first at each start; a mention inside a container is kept, one crossing another is not."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    open_items: list[Found] = []
    for item in found:
        open_items = [k for k in open_items if k.end > item.start]
        if any(k.start == item.start and k.end == item.end and k.type == item.type for k in open_items):
            continue
        blocked = False
        for holder in open_items:
            inside = item.end <= holder.end
            if not inside or holder.kind not in _CONTAINERS or holder.type == item.type == EntityType.PLAN.value:
                blocked = True
                break
        if blocked:
            continue
        kept.append(item)
        open_items.append(item)
    return kept


def find_all(view: str, content: str | None = None) -> list[Found]:
    """Every mention, overlaps settled, in text order.

    `content` (the text itself, same length as the view) lets the finders see line starts.
    """
    documents = list(find_numbered(view)) + list(find_named(view)) + list(find_programs(view, content))
    documents = _settle(documents)
    found = documents + list(find_events(view)) + list(find_bodies(view))
    found += list(find_provisions(view, documents))
    found = _settle(found)
    found = _settle(found + list(find_reports(view, found)))
    # "đại hội Đảng toàn quốc" without a number is kept only when the text names exactly one congress.
    numbered = {f.label for f in found if f.type == EntityType.CONGRESS.value and not f.attributes.get("unnumbered")}
    if len(numbered) != 1:
        found = [f for f in found if not f.attributes.get("unnumbered")]
    attach_sentence_dates(view, found)
    return found
