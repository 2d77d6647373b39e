"""Dates as Vietnamese texts write them, to ISO `YYYY-MM-DD`."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

_YEAR = r"(?:19|20)\d{2}(?!\d)"
# "18/7/2022", "18-7-2022", "18.7.2022", "ngày 18 tháng 7 năm 2022" (any case), each optionally after "ngày".
DATE_SHAPE = (
    rf"(?:(?i:ngày) +)?(?:\d{{1,2}} ?[/.\-] ?\d{{1,2}} ?[/.\-] ?{_YEAR}"
    rf"|\d{{1,2}} +(?i:tháng) +\d{{1,2}},? +(?i:năm) +{_YEAR})"
)
DATE_PATTERN = (
    rf"(?:(?i:ngày) +)?(?:(?P<d1>\d{{1,2}}) ?[/.\-] ?(?P<m1>\d{{1,2}}) ?[/.\-] ?(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}}) +(?i:tháng) +(?P<m2>\d{{1,2}}),? +(?i:năm) +(?P<y2>{_YEAR}))"
)
DATE_RE = re.compile(DATE_PATTERN)
YEAR_RE = re.compile(_YEAR)


def iso_day(year: int, month: int, day: int) -> str | None:
    """The ISO date of a day, or None when there is no such day (31/2/2020)."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(match: re.Match) -> str | None:
    """The ISO date of a DATE_PATTERN match, or None when it names no real day (31/2/2020)."""
    groups = match.groupdict()
    for suffix in ("1", "2"):
        if groups.get("y" + suffix):
            return iso_day(int(groups["y" + suffix]), int(groups["m" + suffix]), int(groups["d" + suffix]))
    return None


@lru_cache(maxsize=65536)
def date_in(fragment: str | None) -> str | None:
    """The first real date written in `fragment`, as ISO."""
    if not fragment:
        return None
    for match in DATE_RE.finditer(fragment):
        iso = iso_date(match)
        if iso:
            return iso
    return None


def year_in(fragment: str | None) -> str | None:
    match = YEAR_RE.search(fragment or "")
    return match.group(0) if match else None
