"""Lexicons are data files beside this module: one entry a line, `#` starts a comment,
columns separated by tabs. Reading them is the only code here; entries are written in the
modern tone placement (a test checks), so NFC is all they need."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


def normalize(cell: str) -> str:
    return unicodedata.normalize("NFC", cell)


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    text = (resources.files(__package__) / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(normalize(cell.strip()) for cell in line.split("\t")))
    return tuple(rows)


@cache
def read_list(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in read_tsv(name))
