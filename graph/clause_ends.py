"""Clause ends of one text, found lazily: only the stretches the relation rules ask about are scanned.

The relation rules ask for the clause around a few thousand positions of a text, mostly near mentions; most
of a long text is never asked about. The text is cut into chunks, each chunk scanned once when first asked
about, so the cost follows the number of stretches asked about, not the length of the text.

Exactness: a chunk starts right after a "sync" character, one that no clause-end match can hold past its
first character (any non-ASCII character but whitespace, digits, dashes, bullets and the letters of
"Điều" and "Chương"), and which cannot start a match either. A full scan of the text therefore never has a
match across a chunk start, so scanning from there finds exactly the matches the full scan finds.
"""
from __future__ import annotations

import bisect
import re

_CHUNK = 512
# Characters that a clause-end match (graph.relate_context) can never hold, so no match spans them.
_SYNC = re.compile("[^\\x00-\\x7f\\s\\dđĐềươ\u2013\u2022]")


class ClauseEnds:
    """The start offsets of the matches of `pattern` over `text`, as a full `finditer` would give them."""

    def __init__(self, text: str, pattern: re.Pattern):
        self.text = text
        self.pattern = pattern
        self.size = len(text)
        self._starts: dict[int, int] = {0: 0}
        self._ends: dict[int, list[int]] = {}

    def _start(self, j: int) -> int:
        """Where chunk `j` starts: the first position at or after j·CHUNK that follows a sync character."""
        start = self._starts.get(j)
        if start is not None:
            return start
        position = j * _CHUNK
        if position >= self.size:
            start = self.size
        else:
            match = _SYNC.search(self.text, position - 1)
            start = match.end() if match else self.size
        # Every chunk whose nominal start lies in the stretch just searched starts there too.
        for k in range(j, min(start, self.size) // _CHUNK + 1):
            self._starts.setdefault(k, start)
        self._starts[j] = start
        return start

    def _chunk(self, j: int) -> list[int]:
        """The match starts in chunk `j`, scanned on first use."""
        ends = self._ends.get(j)
        if ends is not None:
            return ends
        high = self._start(j + 1)
        current: list[int] = []
        for match in self.pattern.finditer(self.text, self._start(j)):
            position = match.start()
            if position < high:
                current.append(position)
                continue
            self._ends[j] = current
            # The chunks wholly before the next match hold none: settled now, so a long stretch without a
            # clause end is scanned once.
            k = j + 1
            while k not in self._ends and self._start(k + 1) <= position:
                self._ends[k] = []
                k += 1
            return current
        self._ends[j] = current
        k = j + 1
        while k not in self._ends and self._start(k) < self.size:
            self._ends[k] = []
            k += 1
        return current

    def _chunk_of(self, position: int) -> int:
        j = position // _CHUNK
        while j > 0 and self._start(j) > position:
            j -= 1
        return j

    def last_at_or_before(self, position: int) -> int | None:
        """The last match start ≤ position."""
        if position < 0 or not self.size:
            return None
        j = self._chunk_of(min(position, self.size - 1))
        while j >= 0:
            ends = self._chunk(j)
            k = bisect.bisect_right(ends, position)
            if k:
                return ends[k - 1]
            j -= 1
        return None

    def first_at_or_after(self, position: int) -> int | None:
        """The first match start ≥ position."""
        position = max(position, 0)
        if position >= self.size:
            return None
        j = self._chunk_of(position)
        while self._start(j) < self.size:
            ends = self._chunk(j)
            k = bisect.bisect_left(ends, position)
            if k < len(ends):
                return ends[k]
            j += 1
        return None
