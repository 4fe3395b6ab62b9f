"""Matching keys per entity type: what two spellings must share to be one entity.

Built on orggraph.text.key (NFC, modern tones, casefold, Arabic numerals) and, for bodies and
titles, orggraph.abbreviations (`T.Ư` -> `Trung ương`), folded before casefolding so that the
common word `tư` (fourth) is never read as `TƯ`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from orggraph.abbreviations import expand
from orggraph.text import key, numeral_words, ordinal


@lru_cache(maxsize=1 << 16)
def folded(text: str) -> str:
    """The key of a body or title with its abbreviations expanded (cached: spellings repeat)."""
    return key(expand(text))


def org_key(label: str) -> str:
    return folded(label)


_DOUBLE_BAN = re.compile(r"\bban ban\b")


@lru_cache(maxsize=1 << 16)
def post_key(label: str) -> str:
    """`Trưởng Ban Ban Tổ chức T.Ư` and `Trưởng ban Tổ chức Trung ương` are one title."""
    return _DOUBLE_BAN.sub("ban", folded(label))


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    return key(name)


def name_parts(name: str) -> tuple[str, str, str]:
    """(surname, middle, given) of a keyed full name; middle may be empty."""
    words = name.split()
    if len(words) < 2:
        return ("", "", name)
    return (words[0], " ".join(words[1:-1]), words[-1])


# ---------------------------------------------------------------------- places
@cache
def places() -> tuple[tuple[str, str], ...]:
    """(keyed spelling, keyed province name) from the extractor's provinces lexicon, if present."""
    from orggraph.lexicon import read_tsv

    try:
        rows = read_tsv("provinces.tsv")
    except (FileNotFoundError, OSError):
        return ()
    out = []
    for row in rows:
        name = folded(row[0])
        spellings = [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]
        out += [(folded(s), name) for s in spellings if folded(s)]
    return tuple(sorted(set(out), key=lambda p: (-len(p[0]), p)))


_PLACE_AFTER = re.compile(r"\b(?:tỉnh ủy|thành ủy|tỉnh|thành phố)\s+((?:(?!khóa|nhiệm|lần)\w+\s?){1,3})")


def localities(keys: list[str] | tuple[str, ...] | set[str]) -> frozenset[str]:
    """Provinces named in folded titles or bodies (`bí thư tỉnh ủy nghệ an` -> `nghệ an`);
    without the lexicon, the words after `tỉnh ủy`/`tỉnh`/`thành phố`."""
    found: set[str] = set()
    for text in keys:
        found.update(_localities(text))
    return frozenset(found)


@cache
def _localities(text: str) -> frozenset[str]:
    hits = [name for spelling, name in places() if re.search(rf"\b{re.escape(spelling)}\b", text)]
    if hits:
        return frozenset(hits)
    return frozenset(m.group(1).strip() for m in _PLACE_AFTER.finditer(text)
                     if not any(ch.isdigit() for ch in m.group(1)))


# ---------------------------------------------------------------------- meetings
_MEETING_FILLER = re.compile(r"\b(?:đại biểu toàn quốc|lần thứ|của đảng)\b")


def meeting_key(label: str) -> str:
    """`Đại hội đại biểu toàn quốc lần thứ XIII của Đảng` and `Đại hội XIII` -> `đại hội 13`;
    `Kỳ họp thứ nhất` and `Kỳ họp thứ 1` -> `kỳ họp thứ 1`."""
    text = _ORDINAL_WORD.sub(lambda m: f"thứ {ordinal(m.group(1))}", folded(label))
    return " ".join(_MEETING_FILLER.sub(" ", text).split())


_ORDINAL_WORD = re.compile(rf"\bthứ ({'|'.join(numeral_words())})\b")


# (a key has lost `lần thứ` already, _MEETING_FILLER: `Kỳ họp bất thường lần thứ 2` is `kỳ họp bất thường 2`)
_BARE_SESSION = re.compile(r"(?:(?:kỳ họp|phiên họp|hội nghị|đại hội|cuộc họp)(?: lần)? thứ"
                           r"|(?:kỳ họp|phiên họp) (?:bất thường|chuyên đề)) \d+(?: khóa \d+)?")


@lru_cache(maxsize=1 << 16)
def distinctive(meeting: str) -> bool:
    """A meeting key naming one event by itself (a number and whose: congress 13, plenum 6 of term
    12, session 8 of the National Assembly), not `kỳ họp thứ 12` of a council the text never places."""
    return any(ch.isdigit() for ch in meeting) and not _BARE_SESSION.fullmatch(meeting) and not unplaced(meeting)


@cache
def _local_heads() -> re.Pattern[str]:
    from orggraph.lexicon import read_tsv

    central = {folded(row[0]) for row in read_tsv("bodies.tsv")}
    heads = sorted({folded(row[0]) for row in read_tsv("local_bodies.tsv")} - central, key=len, reverse=True)
    words = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
    # the head (and its kind of locality) at the end, or before what a place would come before
    return re.compile(rf"(?:^|\s)(?:(?:{'|'.join(map(re.escape, heads))})(?:\s(?:{words}))?|(?:{words}))"
                      r"(?:\s(?:khóa|nhiệm kỳ)\s[\d\s]+)?(?:$|\s(?=lần thứ|khóa|nhiệm kỳ|về|của|và|năm|\d))")


@cache
def _central() -> tuple[str, ...]:
    from orggraph.lexicon import read_tsv

    return tuple(folded(name) for row in read_tsv("bodies.tsv")
                 for name in [row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])])


@lru_cache(maxsize=1 << 16)
def unplaced(label: str) -> bool:
    """A body, title or meeting whose local body the text never placed (`Hội đồng nhân dân tỉnh`,
    `Phó Bí thư Huyện ủy`): one of its article's, never merged with another article's."""
    text = folded(label)
    return bool(_local_heads().search(text)) and not text.endswith(_central())


# ---------------------------------------------------------------------- documents
_KIND_CODES = {"nq", "qđ", "qd", "ct", "kl", "hd", "nđ", "nd", "tb", "qc", "cv", "tt", "ttr", "đa", "bc"}
_SERIES_ALIASES = {"tư": "tw"}
_KNOWN = {"tw", "tu", "cp", "qh", "ttg"}
_CENTRAL = ("trung ương", "bộ chính trị", "ban bí thư")
_LOCAL = re.compile(r"\b(?:ban thường vụ|ban chấp hành|tỉnh ủy|thành ủy|tỉnh|thành phố)\b")
_AUTHORITY = (("chính phủ", "cp"), ("thủ tướng", "ttg"), ("quốc hội", "qh"))


@dataclass(frozen=True)
class DocumentId:
    """What identifies a document across articles: kind, number, and who issued it."""

    kind: str  # keyed kind: `nghị quyết`
    number: int | None  # 205 for `205-QĐ/TW`
    year: int | None  # 2020 for `15/2020/NĐ-CP`
    series: str | None  # authority code from the number's suffix: tw, tu, cp
    issuer: str | None  # authority read from the issuer: tw, tu, cp, or the issuer's key
    locality: str | None  # place of a local issuer (`nghệ an`)
    label: str  # folded label, the identity of an unnumbered document

    def conflicts(self, other: DocumentId) -> bool:
        pairs = [(self.year, other.year), (self.series, other.series), (self.issuer, other.issuer),
                 (self.locality, other.locality)]
        pairs += [(a.series, b.issuer) for a, b in ((self, other), (other, self))
                  if a.series in _KNOWN and b.issuer in _KNOWN]
        return any(a is not None and b is not None and a != b for a, b in pairs)

    @property
    def block(self) -> tuple[str, str]:
        return (self.kind, str(self.number)) if self.number is not None else (self.kind, self.label)

    def slug_text(self) -> str:
        if self.number is None:
            return self.label
        scope = [str(self.year)] if self.year else []
        scope += [self.series or self.issuer or ""] if (self.series or self.issuer) else []
        scope += [self.locality] if self.locality else []
        return " ".join([self.kind, str(self.number), *scope])


_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1 << 12)
def _places_in(ikey: str, localities: tuple[str, ...]) -> tuple[str, ...]:
    """The localities an issuer's key names (few issuers, cited by thousands of documents)."""
    return tuple(p for p in localities if re.search(rf"\b{re.escape(p)}\b", ikey))


def document_id(kind: str, number: str | None, issuer: str | None, label: str,
                localities: tuple[str, ...] = ()) -> DocumentId:
    """`Quy định số 205` and `Quy định 205-QĐ/TW` share kind and number, and do not conflict;
    `Nghị quyết số 15-NQ/TU` of two provinces conflict on the issuer's locality."""
    kind_key = key(kind)
    base = year = series = None
    if number:
        found = _NUMBER.search(number)
        base = int(found.group()) if found else None
        rest = number[found.end():] if found else number
        years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", rest)]
        year = years[0] if years else None
        codes = [_SERIES_ALIASES.get(c, c) for c in key(rest).split() if not c.isdigit()]
        codes = [c for c in codes if c not in _KIND_CODES]
        series = codes[-1] if codes else None
    issuer_code = locality = None
    if issuer:
        ikey = org_key(issuer)
        if _LOCAL.search(ikey) and not any(c in ikey for c in _CENTRAL):
            issuer_code = "tu"
            places = _places_in(ikey, localities)
            rest_words = " ".join(_LOCAL.sub(" ", ikey).split())
            locality = places[0] if places else (rest_words or None)
        elif any(c in ikey for c in _CENTRAL):
            issuer_code = "tw"
        else:
            issuer_code = next((code for name, code in _AUTHORITY if name in ikey), ikey)
    return DocumentId(kind_key, base, year, series, issuer_code, locality,
                      meeting_key(label) if base is None else "")
