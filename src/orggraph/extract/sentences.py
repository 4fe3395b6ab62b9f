"""Sentences with their offsets: split on line breaks and on `. ! ?` before a capital, but not
inside abbreviations (T.Ư, TP.HCM, đ/c), numbers (12.3, 10.027) or after a list item's number (`1.`, `...; 2.`)."""

from __future__ import annotations

import re
from functools import cache

from orggraph.extract import extractor
from orggraph.extract.patterns import UPPER
from orggraph.lexicon import read_list
from orggraph.model import ArticleFacts, Sentence

_BOUNDARY = re.compile(rf"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[{UPPER}0-9]|[*•+]\s)|\n+")  # `... tỉnh. * HĐND tỉnh X`: a bullet
# (`khóa I.`, `lần thứ V.`: a one-letter Roman numeral ends a sentence, no initial)
_DEGREES = r"PGS|GS|ThS|TS|BS|KS"  # abbreviated degrees (`GS.`, `TS.`), written before a name
_ABBREV_END = re.compile(r"(?:(?<![Kk]hóa\s)(?<![Kk]hoá\s)(?<!thứ\s)\b[A-ZĐ]\."
                         r"|\bT[PpX]\.|\bUV\.|\bT\.Ư\.|\bNxb\.|\bSố\.|\bv\.v\."
                         rf"|(?P<degree>\b(?:{_DEGREES})\.))$")
# (`GS. TS Nguyễn A`: a degree's abbreviation before another degree goes on; before `Ông`, a new sentence)
_DEGREE = re.compile(rf"(?:TSKH|{_DEGREES})\b")

_ITEM_NUMBER = r"(?:\d{1,3}|[IVXLivxl]{1,5}|[a-zđ])[.)]"  # `1.`, `IV.`, `b)`
_ENUMERATOR = re.compile(rf"\s*{_ITEM_NUMBER}")  # `1. Phó Thủ tướng A`: an item's number, not a sentence
# `gồm: 1.`, `A, ...; 2.`: an item's number after the list's opening or the last item
_NEXT_ITEM = re.compile(rf"[;:]\s*{_ITEM_NUMBER}$")


@cache
def _honorific_next() -> re.Pattern[str]:
    words = "|".join(re.escape(w[:1].upper() + w[1:]) for w in read_list("honorifics.txt"))
    return re.compile(rf"(?:{words})\s+[{UPPER}]")


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0) and (
                _abbreviated(text, start, m)
                or _ENUMERATOR.fullmatch(text, start, m.start())  # `1. Đồng chí A, ...`: the item goes on
                or _NEXT_ITEM.search(text, start, m.start())):  # `...; 2. Đồng chí B, ...`: the list goes on
            continue
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _abbreviated(text: str, start: int, m: re.Match[str]) -> bool:
    """An abbreviation's dot, not a sentence's end; but `... Phó Chủ tịch HĐND TP. Ông A, ...` begins a new one."""
    end = _ABBREV_END.search(text[start:m.start()])
    if end is None:
        return False
    return not _honorific_next().match(text, m.end()) or bool(end.group("degree") and _DEGREE.match(text, m.end()))


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        out.append(Sentence(start + lead, start + lead + len(chunk), chunk, len(out)))


@extractor("sentences")
def sentences(facts: ArticleFacts) -> None:
    facts.sentences = split(facts.article.text)
