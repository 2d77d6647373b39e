"""Clause ends of one text, found lazily: only the stretches the relation rules ask about are scanned.

The relation rules ask for the clause around a few thousand positions of a text, mostly near mentions; most
of a long text is never asked about. The text is cut into chunks, each scanned once when first asked about,
so the cost follows the number of stretches asked about, not the length of the text.

Exactness: a chunk starts right after a "sync" character, one that no clause-end match can hold past its
first character (any non-ASCII character but whitespace, digits, dashes, bullets and the letters of
"Điều" and "Chương"), and which cannot start a match either. A full scan of the text never has a match
across a chunk start, so a scan from there finds exactly the matches the full scan finds.

Linear time: a text with a long stretch without clause ends (or without sync characters) would make
questions walk or rescan that stretch; the first time one is met, the whole text is scanned once instead.
"""
from __future__ import annotations

import bisect
import re

_CHUNK = 256
# A stretch this long without a clause end or a sync character switches to one scan of the whole text.
_FAR = 16 * _CHUNK
# Characters that a clause-end match (graph.relate_context) can never hold, so no match spans them.
_SYNC = re.compile("[^\\x00-\\x7f\\s\\dđĐềươ\u2013\u2022]")


class ClauseEnds:
    """The start offsets of the matches of `pattern` over `text`, as a full `finditer` would give them."""

    def __init__(self, text: str, pattern: re.Pattern):
        self.text = text
        self.pattern = pattern
        self.size = len(text)
        # Per chunk, filled on first use (lists by chunk number: cheaper to index than dicts).
        chunks = self.size // _CHUNK + 2
        self._starts: list[int | None] = [0] + [None] * chunks
        self._ends: list[list[int] | None] = [None] * chunks
        self._beyond: list[int | None] = [None] * chunks  # chunk → the first match start after it
        self._all: list[int] | None = None  # every match start, once the whole text was scanned

    def _scan_all(self) -> None:
        self._all = [match.start() for match in self.pattern.finditer(self.text)]

    def _start(self, j: int) -> int:
        """Where chunk `j` starts: the first position at or after j·CHUNK that follows a sync character."""
        start = self._starts[j]
        if start is not None:
            return start
        position = j * _CHUNK
        if position >= self.size:
            start = self.size
        else:
            match = _SYNC.search(self.text, position - 1, min(self.size, position + _FAR))
            start = match.end() if match else self.size
            if match is None and position + _FAR < self.size:
                self._scan_all()  # no sync character for a long stretch: chunks would not help
        self._starts[j] = start
        return start

    def _chunk(self, j: int) -> list[int]:
        """The match starts in chunk `j`, scanned on first use (and the first one after it)."""
        ends = self._ends[j]
        if ends is not None:
            return ends
        high = self._start(j + 1)
        current: list[int] = []
        beyond = None
        for match in self.pattern.finditer(self.text, self._start(j)):
            start = match.start()
            if start >= high:
                beyond = start
                break
            current.append(start)
        if (beyond if beyond is not None else self.size) - high > _FAR:
            self._scan_all()  # a long stretch without a clause end: do not walk or rescan it again
        self._ends[j] = current
        self._beyond[j] = beyond
        return current

    def _chunk_of(self, position: int) -> int:
        j = position // _CHUNK
        while j > 0 and (self._starts[j] if self._starts[j] is not None else self._start(j)) > position:
            j -= 1
        return j

    def last_at_or_before(self, position: int) -> int | None:
        """The last match start ≤ position."""
        if position < 0 or not self.size:
            return None
        if self._all is None:
            j = self._chunk_of(min(position, self.size - 1))
            while j >= 0 and self._all is None:
                ends = self._ends[j]
                if ends is None:
                    ends = self._chunk(j)
                k = bisect.bisect_right(ends, position)
                if k:
                    return ends[k - 1]
                j -= 1
            if self._all is None:
                return None
        k = bisect.bisect_right(self._all, position)
        return self._all[k - 1] if k else None

    def first_at_or_after(self, position: int) -> int | None:
        """The first match start ≥ position."""
        position = max(position, 0)
        if position >= self.size:
            return None
        if self._all is None:
            j = self._chunk_of(position)
            ends = self._ends[j]
            if ends is None:
                ends = self._chunk(j)
            if self._all is None:
                k = bisect.bisect_left(ends, position)
                return ends[k] if k < len(ends) else self._beyond[j]
        k = bisect.bisect_left(self._all, position)
        return self._all[k] if k < len(self._all) else None
