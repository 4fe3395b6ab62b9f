"""Lexicons are data files beside this module: one entry a line, `#` starts a comment,
columns separated by tabs. Reading them is the only code here; entries are written in the
modern tone placement (a test checks), so NFC is all they need."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from orggraph.errors import OrggraphError

# lexicons whose second column is a regular expression (kind<TAB>pattern)
PATTERN_LEXICONS = ("changes.tsv", "cues.tsv", "clutter.tsv")


class LexiconError(OrggraphError):
    """A lexicon line that cannot be used; the message names the file and the line."""


def normalize(cell: str) -> str:
    return unicodedata.normalize("NFC", cell)


def _numbered(name: str) -> list[tuple[int, tuple[str, ...]]]:
    text = (resources.files(__package__) / name).read_text(encoding="utf-8")
    return [(number, tuple(normalize(cell.strip()) for cell in line.split("\t")))
            for number, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(row for _, row in _numbered(name))


# a pattern lexicon's named fragment (`@guest@<TAB>(?:Đại\s+sứ|...)`), written into the patterns that name it, so
# that two cues sharing a list keep one copy of it
_FRAGMENT = re.compile(r"@\w+@")


@cache
def read_patterns(name: str) -> tuple[tuple[str, ...], ...]:
    """A pattern lexicon's rows, each `@fragment@` written out; the fragments' own rows left out."""
    return tuple(row for _, row in _filled(name))


def kind_alternation(name: str, kind: str) -> str:
    """One pattern lexicon's rows of one kind as a single alternation (`changes.tsv` `agent`: `được|bị`)."""
    return "|".join(f"(?:{row[1]})" for row in read_patterns(name) if row[0] == kind)


def _filled(name: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    rows = _numbered(name)
    fragments = {row[0]: row[1] for _, row in rows if _FRAGMENT.fullmatch(row[0]) and len(row) > 1}
    out = []
    for number, row in rows:
        if _FRAGMENT.fullmatch(row[0]):
            continue
        if len(row) > 1 and (unknown := [f for f in _FRAGMENT.findall(row[1]) if f not in fragments]):
            raise LexiconError(f"lexicon {name}:{number}: no fragment {unknown[0]} in the file")
        if len(row) > 1:
            row = (row[0], _FRAGMENT.sub(lambda m: fragments[m.group(0)], row[1]), *row[2:])
        out.append((number, row))
    return tuple(out)


def check() -> None:
    """Every pattern lexicon compiles, so that a bad line stops a build before it starts, named
    by file and line, instead of failing every article one by one."""
    for name in PATTERN_LEXICONS:
        for number, row in _filled(name):
            if len(row) < 2:
                raise LexiconError(f"lexicon {name}:{number}: expected kind<TAB>pattern, found {row[0]!r}")
            try:
                re.compile(row[1], re.IGNORECASE)
            except re.error as err:
                raise LexiconError(f"lexicon {name}:{number}: not a regular expression: {err}") from None


@cache
def read_list(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in read_tsv(name))
