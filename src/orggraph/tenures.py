"""Who held a post on a day, from the rows of the named query `tenures`: a tenure a personnel
change bounds answers first; the attested ranges only when no such tenure covers the day.

The tenures themselves are computed in SPARQL (queries/tenures.rq), so that the same answer
comes from a remote endpoint; only the choice for one day is made here, as `pick_holders` does
for attestations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from orggraph.query import Row, pick_holders

CHANGE_BASES = frozenset({"change", "transfer"})  # a bound a change (or a transfer) gives


@dataclass(frozen=True)
class TenurePick:
    """The holders chosen for a day and what they were chosen from."""

    day: date
    rows: list[Row]  # each with `basis` ("tenure" or "attested"), `match` and `days` added
    basis: str  # "tenure", "attested", or "" when nothing dates any holder
    within: bool  # the day lies inside the tenure or attested range of each row


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None


def from_change(row: Row) -> bool:
    return row.get("startBasis") == "change" or row.get("endBasis") in CHANGE_BASES


def covers(row: Row, day: date) -> bool:
    """A tenure runs from its start (inclusive) to its end (exclusive: the successor takes over
    on the day the predecessor leaves); an open end runs on."""
    start, end = _day(row.get("start")), _day(row.get("end"))
    return start is not None and start <= day and (end is None or day < end)


def ruled_out(row: Row, day: date) -> bool:
    """A change says the person did not hold the post on the day: appointed later, or gone."""
    start, end = _day(row.get("start")), _day(row.get("end"))
    if row.get("startBasis") == "change" and start is not None and day < start:
        return True
    return row.get("endBasis") in CHANGE_BASES and end is not None and day >= end


def holders_on(rows: Iterable[Row], day: date) -> TenurePick:
    """Tenures a change bounds that cover the day; else the holders attested around the day (or
    closest to it), leaving out those a change places before or after it."""
    rows = list(rows)
    by_change = [{**r, "basis": "tenure", "match": "within", "days": 0}
                 for r in rows if from_change(r) and covers(r, day)]
    if by_change:
        return TenurePick(day, by_change, "tenure", True)
    attested = pick_holders((r for r in rows if not ruled_out(r, day)), day)
    chosen = [{**r, "basis": "attested"} for r in attested.rows]
    return TenurePick(day, chosen, "attested" if chosen else "", attested.within)
