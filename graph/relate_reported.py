"""The document a report is about, for the phrases of a report that leave their subject to it.

A news text on a law or resolution writes what the document does without naming it again ("… để thể chế hóa
các Nghị quyết số 57-NQ/TW …", "Luật … số 22/2008/QH12 … hết hiệu lực từ ngày Luật này có hiệu lực"): the
subject is the document the report opens with, in its headline or lead paragraph.
"""
from __future__ import annotations

from .keys import is_party_symbol
from .relate_context import Context
from .types import EntityType

# How far into a report the document it is about is named (its headline and lead paragraph).
_LEAD_REACH = 400
# What makes law out of policy: the State's laws, resolutions and regulations, not a Party document.
_LAW_MAKING = frozenset(t.value for t in (EntityType.LAW, EntityType.ORDINANCE, EntityType.RESOLUTION,
                                          EntityType.DECREE, EntityType.CIRCULAR))


def reported_document(ctx: Context) -> int | None:
    """The first document of a text that is not itself a document, when its opening names it."""
    if ctx.own is not None or not ctx.docs:
        return None
    first = ctx.docs[0]
    return first if ctx.found[first].start < _LEAD_REACH else None


def reported_law(ctx: Context) -> int | None:
    """The reported document when it is a State law-making one (what "thể chế hóa" has for its subject)."""
    reported = reported_document(ctx)
    if reported is None or ctx.found[reported].type not in _LAW_MAKING:
        return None
    symbol = ctx.of_found[reported].attributes.get("symbol")
    return None if symbol and is_party_symbol(symbol) else reported
