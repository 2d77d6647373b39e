"""Dates as Vietnamese texts write them, to ISO `YYYY-MM-DD`."""
from __future__ import annotations

import datetime as _dt
import re

# "18/7/2022", "18-7-2022", "18.7.2022", "ngày 18 tháng 7 năm 2022", each optionally after "ngày".
DATE_PATTERN = (
    r"(?:[Nn]gày\s+)?(?:(?P<d1>\d{1,2})\s?[/.\-]\s?(?P<m1>\d{1,2})\s?[/.\-]\s?(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2}))"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)


def iso_date(match: re.Match) -> str | None:
    """The ISO date of a DATE_PATTERN match, or None when it names no real day (31/2/2020)."""
    groups = match.groupdict()
    for suffix in ("1", "2"):
        if groups.get("y" + suffix):
            try:
                day = _dt.date(int(groups["y" + suffix]), int(groups["m" + suffix]), int(groups["d" + suffix]))
            except ValueError:
                return None
            return day.isoformat()
    return None
