"""Bookkeeping that keeps every extractor linear in the article's length: mentions grouped by
sentence once per stage, and sorted non-overlapping intervals asked by bisection, where a scan
of every earlier mention would make a long article cost its length squared."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable
from typing import Protocol, TypeVar


class InSentence(Protocol):
    @property
    def sentence(self) -> int: ...


M = TypeVar("M", bound=InSentence)


def by_sentence(items: Iterable[M]) -> dict[int, list[M]]:
    """Mentions grouped by the index of their sentence, in their original order."""
    out: dict[int, list[M]] = {}
    for item in items:
        out.setdefault(item.sentence, []).append(item)
    return out


class Intervals:
    """Non-overlapping [start, end) intervals: does a new one overlap, which one covers a point."""

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()):
        self._items: list[tuple[int, int]] = sorted(intervals)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._items, (start, float("inf")))
        if index and self._items[index - 1][1] > start:
            return True
        return index < len(self._items) and self._items[index][0] < end

    def covers(self, pos: int) -> bool:
        index = bisect_right(self._items, (pos, float("inf")))
        return bool(index) and self._items[index - 1][0] <= pos < self._items[index - 1][1]

    def add(self, start: int, end: int) -> None:
        insort(self._items, (start, end))
