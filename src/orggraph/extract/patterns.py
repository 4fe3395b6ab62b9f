"""Regular expressions built from the lexicons, once: names of bodies, titles, localities.

A phrase from a lexicon becomes a pattern that accepts every way the press writes it:
any case after the first letter, its abbreviations (orggraph.abbreviations: T.Ư, TW, BTV, HĐND...),
flexible spaces and dashes. Extractors import the compiled patterns from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from orggraph.abbreviations import alternatives, expand, fulls, shape, table
from orggraph.lexicon import read_list, read_tsv
from orggraph.text import LOWER, UPPER, count_words, key, strip_diacritics

__all__ = ["LOWER", "UPPER"]  # re-exported: extractors import the letter classes from here

# a capitalised word; a Central Highlands syllable keeps its apostrophe after the capital (`Ea H’leo`, `K'Đăm`)
CAPWORD = rf"[{UPPER}](?:['’][{UPPER}{LOWER}])?[^\W\d_]*"


def capitals(pattern: str) -> str:
    """`[A-ZĐ]` in a pattern (lexicons write it so) stands for any capital letter, `Ủ` and `Ô` too."""
    return pattern.replace("[A-ZĐ]", f"[{UPPER}]")


# a dot within an abbreviation (`T.Ư`, `T.W`), which ends no sentence and parts no clause
ABBREVIATION_DOT = r"(?<=[A-ZĐ])\.(?=[A-ZĐƯ](?!\w))"

# nothing before it in its sentence, or a clause's break right before it (`Theo Quyết định số 12, Chủ tịch Ủy ban là ...`)
CLAUSE_OPENS = re.compile(r"(?:^|[,;:.\n])\s*$")

# a relative (`con trai`, `chồng`, `anh ruột`; not `vợ chồng`, a couple): in an aside, someone the act is not about
KIN = (r"(?:con\s+(?:trai|gái|rể|dâu)|vợ(?!\s+chồng)|(?<!vợ\s)chồng|phu\s+nhân"
       r"|(?:anh|em|chị)\s+(?:trai|gái|ruột|rể|dâu)|cháu(?:\s+(?:nội|ngoại|ruột|trai|gái))?|bố|cha|mẹ)")

# a term written after a title (`Ủy viên Bộ Chính trị khóa XIII, ...`, `Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, ...`):
# it qualifies that title and does not end a chain of titles
TERM_WORD = r"nhiệm\s+k[ỳì]"  # a term, in either spelling (`nhiệm kỳ`, `nhiệm kì`)
TERM_AFTER_TITLE = (r"(?:\s*,?\s*\(?\s*(?i:khóa|khoá)\s+(?:[IVXL]+|\d{1,2})\b\s*\)?)?"
                    rf"(?:\s*,?\s*\(?\s*(?i:{TERM_WORD})\s+\d{{4}}\s*[-–]\s*\d{{4}}\s*\)?)?")

# the persons a roster's opening names before its colon (`gồm các ông, bà: ...`, `gồm các đồng chí: ...`)
ROSTER_WHO = r"(?:\s+các\s+(?:ông|bà|anh|chị|đồng\s+chí)(?:\s*,?\s*(?:bà|chị))?)?"  # `gồm các anh chị:`
# a list of persons opened right after a title (`; Phó Bí thư gồm các anh chị: B, C`)
ROSTER_OPENS = rf"\s*gồm(?:\s+có)?{ROSTER_WHO}\s*:"
SPACES = re.compile(r"\s*")
AND_GAP = re.compile(r"\s*(?:,|và)\s*")  # between the items of one list: `A, B`, `A và B`
# a short aside in brackets (`ông A (thứ 2 từ trái qua) và ông B`, `Tổ công tác (Tổ 1) do ...`)
SHORT_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")
# the post word after `và` between titles taken up together (`Ủy viên Ban Thường vụ và chức danh Chủ tịch X`)
POST_WORD_AFTER_AND = r"(?:(?<=và\s)chức\s+(?:danh|vụ)\s+)?"


@cache
def count() -> str:
    """A count before a plural noun: `các`, `những`, `một số`, `4`, `hai` (numerals.tsv)."""
    spelled = "|".join(r"\s+".join(map(re.escape, w.split())) for w in count_words())
    return rf"(?:các|những|một\s+số|\d{{1,3}}|{spelled})"


@cache
def count_before() -> re.Pattern[str]:
    """A count written right before a point (`các `, `5 `): what follows is plural (`các Phó Bí thư`)."""
    return re.compile(rf"(?<![\w]){count()}\s+$", re.IGNORECASE)


@cache
def counted() -> re.Pattern[str]:
    """A count and the word it counts begins after it (`3 thứ trưởng`, `các Phó Chủ tịch`, `các vị đại biểu`:
    the courtesy word counts with it)."""
    return re.compile(rf"(?<![\w]){count()}\s+(?:vị\s+)?(?=[^\W\d_])", re.IGNORECASE)


def lexicon_key(phrase: str) -> str:
    """The key a lexicon phrase is looked up by, as its pattern matches it: abbreviations written
    out, and `và` optional, since `Tài nguyên – Môi trường` matches `Tài nguyên và Môi trường`."""
    return " ".join(w for w in key(expand(phrase)).split() if w != "và")


def words(phrase: str) -> str:
    """A pattern for a phrase: its words with flexible spaces and dashes, nothing else."""
    parts = []
    for word in phrase.split():
        if word in {"-", "–"}:
            # `Văn hóa - Thể thao`, `Văn hóa, Thể thao`, `Kinh tế ngân sách`: one name
            parts.append(r"(?:\s*[-–,]\s*|\s+)")
        elif word.endswith(",") and len(word) > 1:  # (`Sở Văn hóa Thể thao và Du lịch`: the comma left out too)
            parts.append(re.escape(word[:-1]) + r"\s*[,–-]?")
        else:
            parts.append(re.escape(word))
    out = []
    for i, part in enumerate(parts):
        if i and not part.startswith((r"\s*", "(?:")) and not parts[i - 1].startswith((r"\s*", "(?:")):
            out.append(r"\s+")
        out.append(part)
    return "".join(out)


def phrase(text: str, echo: bool = False) -> str:
    """A pattern for a lexicon phrase that also accepts its abbreviations (case-sensitive). Where
    two abbreviated forms overlap (`Ủy ban Mặt trận Tổ quốc` + `Việt Nam` and `Ủy ban` + `Mặt trận Tổ
    quốc Việt Nam`), either way of writing it matches."""
    longest_first = words(text)
    for full in fulls():
        full_pattern = words(full)
        if full_pattern in longest_first:
            written = echoed(full) if echo else full_pattern
            longest_first = longest_first.replace(full_pattern, f"(?:{written}|{alternatives(full)})")
    leftmost = _leftmost(text.split(), echo)
    found = longest_first if leftmost == longest_first else f"(?:{longest_first}|{leftmost})"
    # `Bộ Giáo dục - Đào tạo`, `Sở Kế hoạch Đầu tư`, `Sở Khoa học & Công nghệ`: `và` written otherwise or not at all
    return found.replace(_AND, _AND_OR_DASH)


_AND = r"\s+và\s+"
_AND_OR_DASH = r"(?:\s+và\s+|\s*[-–&]\s*|\s+(?-i:(?=[A-ZĐ])))"


def _leftmost(tokens: list[str], echo: bool = False, inside: frozenset[str] = frozenset()) -> str:
    """The phrase with each abbreviated form taken from the left, longest first; a full form that
    holds shorter ones is also matched as they are written (`UBMTTQ Việt Nam` for `Ủy ban Mặt trận
    Tổ quốc Việt Nam`, which is also `UBMTTQVN`)."""
    parts: list[str] = []
    i = 0
    while i < len(tokens):
        for full in fulls():
            size = len(full.split())
            if full not in inside and tokens[i:i + size] == full.split():
                written = _written(full, inside, echo)
                if echo:
                    written = rf"{written}(?:\s*\({alternatives(full)}\))?"
                parts.append(f"(?:{written}|{alternatives(full)})")
                i += size
                break
        else:
            parts.append(words(tokens[i]))
            i += 1
    return words_joined(parts)


@cache
def _written(full: str, inside: frozenset[str], echo: bool) -> str:
    """A full form as written, with the shorter full forms it holds either way (each with its abbreviation after
    it in brackets where echoed: `Ủy ban Mặt trận Tổ quốc (UBMTTQ) Việt Nam`)."""
    return _leftmost(full.split(), echo, inside | {full})


@cache
def echoed(full: str) -> str:
    """A full form, and its abbreviation after it in brackets (`Ủy ban Kiểm tra (UBKT) Tỉnh ủy`)."""
    return rf"{words(full)}(?:\s*\({alternatives(full)}\))?"


def words_joined(parts: list[str]) -> str:
    return r"\s+".join(parts)


@dataclass(frozen=True)
class Scanner:
    """A big alternation of lexicon phrases, tried only where one of them can begin. Python's re
    tries every alternative at every position of the text; a lookahead over the phrases' first
    words (and every abbreviation, which may stand for them) finds the same places first, so
    `finditer` gives the same matches as the pattern's own, a few times faster (tests compare)."""

    pattern: re.Pattern[str]
    starts: re.Pattern[str]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        taken = start
        for place in self.starts.finditer(text, start, end):
            if place.start() < taken:
                continue  # inside the last match, as the pattern's own finditer would skip it
            match = self.pattern.match(text, place.start(), end)
            if match:
                yield match
                taken = max(match.end(), match.start() + 1)


def scanner(pattern: re.Pattern[str], phrases: Iterable[str]) -> Scanner:
    """`pattern` must begin, at `(?<![\\w.])`, with one of `phrases` as phrase() writes it."""
    firsts = {p.split()[0].rstrip(",") for p in phrases if p.split()}
    alts = sorted({re.escape(f) for f in firsts} | {shape(a.short) for a in table()}, key=lambda a: (-len(a), a))
    return Scanner(pattern, re.compile(rf"(?<![\w.])(?=(?:{'|'.join(alts)}))", re.IGNORECASE))


@cache
def honorific_pattern() -> str:
    """Words before a name that are no part of it (lexicon/honorifics.txt): `ông`, `đồng chí`, ranks, degrees."""
    return words_alternation(read_list("honorifics.txt"))


def words_alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Phrases as one alternation, longest first (no abbreviations: cue words, stop words)."""
    return "|".join(words(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


# between names of one list (`ông A và ông B`, `A, B`): people's lists, changes' subjects, meetings' hosts
LIST_JOIN = re.compile(rf"\s*(?:,\s*và|,|và)\s*(?:(?i:{honorific_pattern()})\s+)?")  # (`A, X, và B, Y`: the comma too)


@cache
def party_organs() -> tuple[str, ...]:
    """The Party's organs inside a body (lexicon/party_organs.txt: `Đảng đoàn`, `Ban cán sự đảng` ...)."""
    return tuple(read_list("party_organs.txt"))


@cache
def place_names() -> str:
    """Places and proper names that begin like a person's (lexicon/places.txt: `Chu Lai`, `Đống Đa`), as
    one alternation: never a person's name, and they go on a unit's name."""
    return words_alternation(read_list("places.txt"))


def alternation(phrases: list[str], echo: bool = False) -> str:
    """Phrases as one alternation, longest first; with `echo`, a full form may be followed by its
    abbreviation in brackets (`Ủy ban Kiểm tra (UBKT) Tỉnh ủy`), which only bodies' names do."""
    return "|".join(phrase(p, echo) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" or "thành phố"; for a place below a province: huyện, quận, thành phố, xã ...
    level: str = "province"  # or "district": a city under a province (`thành phố Long Xuyên`), a commune


@cache
def provinces() -> dict[str, Province]:
    """Every spelling of a province or city -> the province."""
    out: dict[str, Province] = {}
    for row in read_tsv("provinces.tsv"):
        province = Province(row[0], row[1])
        for spelling in [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]:
            out[spelling.casefold()] = province
    return out


@cache
def province_pattern() -> str:
    names = sorted({s for row in read_tsv("provinces.tsv")
                    for s in [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]},
                   key=lambda s: (-len(s), s))
    return "|".join(words(n) + _longer_place(n) for n in names)


def _longer_place(province: str) -> str:
    """Not the province where a longer place's name begins with it (`chiến thắng Điện Biên Phủ`: a battle, a city)."""
    rests = [place[len(province) + 1:] for place in read_list("places.txt") if place.startswith(f"{province} ")]
    return rf"(?!\s+(?:{words_alternation(rests)})(?![\w]))" if rests else ""


@cache
def place_written(group: str = "") -> str:
    """A province or city written after a body's name, with or without its kind: `TP HCM`, `tỉnh Nghệ An`;
    given a group's name, the place's own name is captured in it."""
    name = f"?P<{group}>" if group else "?:"
    return rf"(?:(?:tỉnh|thành\s+phố)\s+|TP\.?\s*)?({name}{province_pattern()})(?![\w])"


# a foreign name in Latin letters (`Andrei Kovtun`, `Xaysomphone Phomvihane`): two to four capitalised
# words without Vietnamese letters; only read where a title, an honorific or a list says a person stands
# (letters with marks too, `Stéphanie Petitbon`, a run of Vietnamese syllables told apart by `plain_syllables`;
# letters only Vietnamese writes, `ă ơ ư ạ ế ...`, only in a name transliterated in hyphenated syllables,
# `Khăm-phăn Phôm-ma-thắt`, never in `Bà Rịa-Vũng Tàu` or a word glued to the next, `Bìnhnhiệm`)
_LATIN_LOWER = "a-zà-öø-ÿāąćčďēėęěğīįıķľłńňōőœřśşšťūůűųźżž"
_VIET_LOWER = _LATIN_LOWER + "ăđĩũơư" + "".join(c for c in map(chr, range(0x1EA0, 0x1EFA)) if c.islower())
_LATIN_WORD = (rf"[A-Z](?:[{_LATIN_LOWER}]+|[{_VIET_LOWER}]+(?=-[{_VIET_LOWER}]))(?:['-][A-Za-z][{_LATIN_LOWER}]*)?"
               rf"(?:-[{_VIET_LOWER}]+)*")
# (a regnal or family numeral after it is a word of the name: `Benigno Aquino III`, `Norodom Sihanouk II`)
# (and the lowercase particles of Iberian, Dutch, Arabic names: `Francisco de Assis Morais e Cunha Vaz Patto`)
# (not `do`, `da`, `di`, `y`: Vietnamese words too, `... Campuchia do Samdech A dẫn đầu`)
PARTICLES = "de|dos|das|del|della|du|des|la|le|van|von|der|den|e|bin|binti|ibn|al|el"
_PARTICLE = rf"(?:(?:{PARTICLES})[ \t]+){{1,2}}"  # (`de la Cruz`, `van der Berg`)
_REGNAL = r"(?:[ \t]+(?:II|III|IV|VI|Jr\.?)(?![\w]))"
_AFTER_A_PARTICLE = rf"(?:[ \t]+{_PARTICLE}{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,3}})"
# up to four words, and more only after a particle
LATIN_NAME = (rf"(?-i:(?!(?:Ông|Bà|Ngài|Cô|Chị|Anh|Em|Cụ|Bác|Thầy)[ \t]){_LATIN_WORD}"
              rf"(?:(?:[ \t]+{_LATIN_WORD}){{1,3}}{_AFTER_A_PARTICLE}{{0,2}}|{_AFTER_A_PARTICLE}{{1,2}}"
              rf"|(?={_REGNAL}))"  # (a monarch's one name and numeral: `Quốc vương Maroc Mohammed VI`)
              rf"{_REGNAL}?)(?![\w])")

# a Vietnamese syllable written without its marks (`Thanh`, `Hoa`): a run of these is a Vietnamese name
# typed plainly (`bà Thanh Hoa`), not a foreign one
PLAIN_SYLLABLE = re.compile(r"(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}"
                            r"(?:c|ch|m|n|ng|nh|p|t)?", re.IGNORECASE)


def plain_syllables(run: str) -> bool:
    """Every word of a run of capitalised words a Vietnamese syllable, with its marks or without
    (`Thanh Hoa`, `Lê Xuân Thắm`): a Vietnamese name, not a foreign one; so is a run cut short in a word
    without a vowel (`Phó Ch`; not `Ng Teck Hean`, whose first word is a surname)."""
    words = [strip_diacritics(w) for w in re.split(r"\s+|-(?=[A-Z])", run)]
    return all(PLAIN_SYLLABLE.fullmatch(w) for w in words) or not _VOWEL.search(words[-1])


_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)

@cache
def national_congress_years() -> dict[int, int]:
    """The year each national congress met (lexicon/national_congresses.tsv), the first of its term."""
    return {int(number): int(year) for number, year in read_tsv("national_congresses.tsv")}


# the Party's national congresses held and the next one, named ahead: a higher ordinal is a local congress
NATIONAL_CONGRESSES = max(national_congress_years()) + 1


@cache
def local_kinds() -> dict[str, str]:
    """Each local body's head (lexicon/local_bodies.tsv) -> the kind of locality it needs."""
    return {head: kind for head, kind in read_tsv("local_bodies.tsv")}


# the kinds of place below a province, as written (`đặc khu`: the special zones of 2025, a commune's level);
# one list, from which the patterns of places are built
DISTRICT_KINDS = ("huyện đảo", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")
COMMUNE_KINDS = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
# the ruling parties' kinds as their names open (`Đảng Cộng sản X`, `Đảng Nhân dân Cách mạng Lào`; `nhân dân X` in lowercase is
# a country's people)
PARTY_KINDS = r"Cộng\s+sản|Nhân\s+dân\s+Cách\s+mạng|(?-i:Nhân\s+dân)|Lao\s+động|Dân\s+chủ\s+Tự\s+do"
KIND_OF = {"huyện đảo": "huyện"}  # a kind written otherwise: an island district is a district (`huyện đảo Lý Sơn`)
DISTRICT_KIND = "|".join(r"\s+".join(kind.split()) for kind in DISTRICT_KINDS)  # `thị xã` before `xã`
# `Q.Đống Đa`, `H.Hưng Nguyên`, `P.Dương Đông`, `X.Phú Mỹ`: a district's or commune's word abbreviated
LOCALITY_WORD = (r"(?:tỉnh|thành\s+phố|(?-i:TP)(?![.\s]?HCM)\.?|(?-i:TX)\.?|(?-i:[QHPX])\.(?=\s?(?-i:[A-ZĐ\d]))"
                 rf"|{DISTRICT_KIND})")
# a place's name numbered after its words (`phường Cổ Nhuế 2`, `xã Thường Phước 1`): one digit, and then the name's end
# (not a count: `xã X 6 tháng đầu năm`, `phường X 1 Chi bộ`, `xã X 2 Phó Chủ tịch`; a person's name may follow)
PLACE_NUMBER = (r"(?:[ \t]+[1-9](?=\s*(?:[,;:()]|\.(?!\d)|$)|\s+(?:và|đối\s+với|theo|kể\s+từ|của|huyện|quận|thị\s+xã"
                rf"|thành\s+phố|tỉnh|TP)(?![\w])|\s+(?!(?i:phó|ủy|uỷ|trưởng|bí|chủ|giám|tổng|thứ|chánh|cán|đảng|hội|ban|chi|tổ)\s)(?-i:[{UPPER}]\w*\s+[{UPPER}])))?")
# words after a title or before a name that make its holder a former one (`2 Tổng Giám đốc trước đó là A`)
FORMER_HOLDER = r"trước\s+đó|trước\s+đây|tiền\s+nhiệm"
# `Ban Chấp hành Trung ương Hội`, `UV BCH TW Đoàn`: the central committee of the association named
# (or just named), not the Party's
MASS_ORGANISATION_KINDS = r"Hội|Đoàn|Công\s+đoàn"  # the kinds a mass organisation's name opens with
# an association named after its kind (`Hội Kiến trúc sư Hà Nội`, `Liên đoàn Cờ tỉnh X`, `Hội Ẩm thực Việt Nam`): its
# committees and its chairs are its own, not a Party organisation's (a word of one letter is a name an excerpt cut,
# `... Ban Chấp hành Hội N`); a branch (`Chi hội Mỹ thuật ...`) and a province's bar (`Đoàn luật sư TP. Cần Thơ`) too
ASSOCIATION_NAME = re.compile(rf"(?:(?:Tổng\s+hội|Chi\s+hội|Hội|Liên\s+hiệp|Liên\s+đoàn|Hiệp\s+hội)\s+[{UPPER}]\w"
                              r"|Đoàn\s+[Ll]uật\s+sư(?![\w]))")
OF_A_MASS_ORGANISATION = re.compile(rf"\s+(?:{MASS_ORGANISATION_KINDS})(?![\w])")
# festivities, fairs, contests and games (lowercase, matched in any case): events, no meetings, whose opening is a
# ceremony (`Lễ khai mạc Festival ...`) and whose organising committee no Party commission (`Ban tổ chức Hội thi`)
FESTIVITIES = (r"festival|lễ\s+hội|hội\s+chợ|hội\s+thi|hội\s+thao|hội\s+diễn|hội\s+báo|liên\s+hoan|tuần|năm\s+du\s+lịch"
               r"|triển\s+lãm|ngày\s+hội|cuộc\s+thi|kỳ\s+thi")

