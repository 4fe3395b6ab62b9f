"""Party and state bodies, central and local, with their abbreviations, qualified by locality.

`Ban Tổ chức T.Ư` is Ban Tổ chức Trung ương; `Tỉnh ủy` in an article about Nghệ An is
Tỉnh ủy Nghệ An; a local body the text never places stays unqualified and is not a node.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache

from orggraph.abbreviations import expand
from orggraph.extract import extractor
from orggraph.extract.patterns import (
    AND_GAP,
    ASSOCIATION_NAME,
    CAPWORD,
    COMMUNE_KINDS,
    DISTRICT_KIND,
    DISTRICT_KINDS,
    FESTIVITIES,
    KIND_OF,
    LOCALITY_WORD,
    OF_A_MASS_ORGANISATION,
    PARTY_KINDS,
    PLACE_NUMBER,
    SPACES,
    Province,
    Scanner,
    alternation,
    honorific_pattern,
    lexicon_key,
    local_kinds,
    party_organs,
    place_names,
    place_written,
    province_pattern,
    provinces,
    scanner,
    words_alternation,
)
from orggraph.lexicon import read_list, read_tsv
from orggraph.model import ArticleFacts, OrgMention, Sentence, Span
from orggraph.text import CLOSING, LOWER, UPPER, key

_LOCALITY_KINDS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "tp": "thành phố", "tx": "thị xã", "q": "quận", "h": "huyện",
                   "p": "phường", "x": "xã",
                   **{kind: KIND_OF.get(kind, kind) for kind in DISTRICT_KINDS}}
# the kinds of place a city numbers (`quận 1`, `phường 7`)
_NUMBERED_KINDS = ("quận", "phường")
_LOCALITY_WRITTEN = {"tỉnh": "tỉnh", "thành phố": "Thành phố", **{kind: kind for kind in DISTRICT_KINDS if kind not in KIND_OF}}


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    surface: str
    name: str  # canonical name without locality: `Ban Tổ chức Tỉnh ủy`
    province: Province | None  # the locality as written
    needs: str | None  # the kind of locality a local body still lacks, None when complete
    generic: bool = False  # `HĐND các cấp`: a kind of body, not one body
    bare_sub: bool = False  # only `Ban Thường vụ`: a part of an unnamed committee
    sub: str | None = None  # `Ban Tổ chức` of `Ban Tổ chức Tỉnh ủy`
    # the name as written (abbreviations written out), before equivalences (`Ban Chấp hành Đảng bộ tỉnh` = `Tỉnh ủy`)
    written: str = ""
    board_of: Body | None = None  # the corporation a board (`Hội đồng thành viên`) governs

    @property
    def committee(self) -> str | None:
        """The local committee a sub-body belongs to (`Tỉnh ủy` of `Ban Tổ chức Tỉnh ủy`)."""
        if self.needs is None and self.province is None:
            return None
        return self.name[len(self.sub) + 1:] if self.sub else self.name

    @property
    def any_committee(self) -> str | None:
        """The committee a part belongs to: a local one, or a central organisation's."""
        if self.committee or self.bare_sub:
            return self.committee
        if self.sub and self.name.startswith(self.sub + " "):  # `Ban Tuyên giáo Huyện ủy Mê Linh`
            return self.name[len(self.sub) + 1:]
        return _central_committee_of(self.name) or (self.name if _LOCALITY_TAIL.search(self.name) else None)

    def with_committee(self, other: Body) -> Body:
        """A bare `Ban Thường vụ` completed by the committee of a sibling title's body (a local
        committee's, or a central organisation's: `Ban Tổ chức Trung ương Đoàn` -> `Trung ương Đoàn`)."""
        if not self.bare_sub:
            return self
        committee = other.any_committee
        if committee is None or (self.name == "Ban Chấp hành" and _PARTY_COMMITTEE.match(committee)):
            return self  # (`Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy`: a member of the Tỉnh ủy itself)
        whose = _standing_board_of(committee)  # lexicon/standing_boards.tsv
        if whose == "locality":  # `UVBTV, Phó Chủ tịch HĐND huyện`: the Huyện ủy's
            party = party_committee(other)
            if party is None or self.name in _any_bodys_parts():  # (`Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo`)
                return self
            return Body(self.start, self.end, self.surface, f"{self.name} {party.name}", party.province,
                        party.needs, sub=self.name)
        if whose == "own":  # `UVBTV, Phó Viện trưởng VKSND tỉnh`: the board of its Đảng ủy
            committee = f"Đảng ủy {committee}"
        return Body(self.start, self.end, self.surface, f"{self.name} {committee}", other.province,
                    other.needs, sub=self.name)

    def label(self, province: Province | None = None, name: str | None = None) -> str | None:
        """The full name, with the locality given here when the text left it implicit."""
        name = name or self.name
        if self.generic or self.bare_sub:
            return None
        if self.needs is None:
            return name if not self.province else placed(name, self.province)
        if province is None or not _fits(self.needs, province):
            return None
        if self.needs in {"province", "commune"}:  # `Sở Nội vụ` of the article's province: `Sở Nội vụ tỉnh Quảng Ngãi`
            return placed(f"{name} {_LOCALITY_WRITTEN[province.kind]}", province)
        return placed(name, province)


    def written_label(self) -> str | None:
        """A local body the text never places, named as written (`Hội đồng nhân dân tỉnh`): a
        body of this article only, never merged with another province's."""
        if self.generic or self.bare_sub or self.needs in (None, "never"):
            return None
        return self.written or self.name


_LOCALITY_TAIL = re.compile(rf"\s(?P<kind>(?i:{alternation(['tỉnh', 'thành phố', *DISTRICT_KINDS])}))"
                            r"(?:\s+(?P<name>[A-ZĐ0-9].*))?$")


@cache
def _party_committees() -> dict[str, str]:
    """Kind of locality -> its Party committee's head, from lexicon/local_bodies.tsv (`huyện` -> `Huyện ủy`)."""
    out: dict[str, str] = {}
    for head, kind in local_kinds().items():
        if kind in (*DISTRICT_KINDS, "tỉnh", "thành phố") and re.search(r"(?<!\w)ủy(?!\s+ban)(?!\w)", head.casefold()):
            out.setdefault(kind, head)
    return out


_PARTY_COMMITTEE_WORDS = r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy"
_PARTY_COMMITTEE = re.compile(rf"{_PARTY_COMMITTEE_WORDS}(?![\w])")


def party_committee(body: Body) -> Body | None:
    """The Party committee of the locality a council or committee serves (`Hội đồng nhân dân tỉnh
    Nghệ An` -> `Tỉnh ủy Nghệ An`): what `Phó Bí thư` means in `Phó Bí thư, Chủ tịch HĐND tỉnh`."""
    tail = _LOCALITY_TAIL.search(body.name)
    if tail is None:
        return None
    kind = " ".join(tail.group("kind").casefold().split())
    head = _party_committees().get(kind)
    if head is None:
        return None
    if tail.group("name"):  # `quận 1` keeps its word: `Quận ủy quận 1`, but `Đảng ủy phường 1` says it once
        numbered = tail.group("name").isdigit() and not head.endswith(f" {kind}")
        name = f"{head} {kind} {tail.group('name')}" if numbered else f"{head} {tail.group('name')}"
        return Body(body.start, body.end, body.surface, name, None, None, written=name)
    needs = None if body.province else kind
    return Body(body.start, body.end, body.surface, head, body.province, needs, written=head)


@cache
def _standing_boards() -> tuple[tuple[str, str], ...]:
    """lexicon/standing_boards.tsv, the longest kind first."""
    return tuple(sorted(((kind, whose) for kind, whose in read_tsv("standing_boards.tsv")), key=lambda r: -len(r[0])))


def _standing_board_of(committee: str) -> str | None:
    """Whose standing board sits beside a post of the body named: `locality`, `own` (its Đảng ủy's) or None (its own)."""
    return next((whose for kind, whose in _standing_boards()
                 if committee == kind or committee.startswith(f"{kind} ")), None)


def _central_committee_of(name: str) -> str | None:
    """`Ban Tổ chức Trung ương Đoàn ...` -> `Trung ương Đoàn ...`: the organisation a part of it belongs to."""
    for part, _member in read_tsv("organization_parts.tsv"):
        if name.startswith(part + " Trung ương "):
            return name[len(part) + 1:]
    return None


def _fits(needs: str, place: Province) -> bool:
    if needs == "province":
        return place.level == "province"
    if needs == "commune":  # a bare `Đảng ủy` in an article about a commune is that commune's
        return place.kind in COMMUNE_KINDS
    return needs in {"any", place.kind}


def placed(name: str, place: Province) -> str:
    """`Thành ủy` + `Thành phố Hồ Chí Minh`; `Ủy ban nhân dân Thành phố` + the same city, written once."""
    for word in ("Thành phố", "thành phố", "tỉnh", "quận", "phường"):
        if name.endswith(" " + word) and place.name.casefold().startswith(word.casefold() + " "):
            name = name[: -len(word) - 1]
    return f"{name} {place.name}"


# one capitalised word and a lowercase one, a sentence run on without its full stop
# (`Chủ tịch UBND phường Báo cáo kết quả`): no district is named by one syllable before lowercase
_WORD_THEN = re.compile(r"\w+\s+(\w)")


# one more capitalised word, then no other: the rest of a district's name (`Điện Biên Đông khóa VI`)
_LONGER_NAME = re.compile(rf"[ \t]+({CAPWORD})(?![\w])(?![ \t]+{CAPWORD})")


def _cased_name(name: str) -> str:
    """A place's words up to a credit or a term (`Khóa XX`), or up to one in capitals after words that
    are not: a caption's (`ẢNH`), not the name's. Empty when the first word already ends it."""
    words = name.split()
    if not words:
        return name
    capitals = words[0].isupper()
    cut = next((i for i, w in enumerate(words) if key(w) in not_syllables() or (len(w) > 1 and w.isupper() and not capitals)),
               None)
    return name if cut is None else name[:name.index(words[cut], len(" ".join(words[:cut])))].rstrip()


@cache
def not_syllables() -> frozenset[str]:
    """Capitalised words that end a name (lexicon/not_syllables.txt), by key."""
    return frozenset(key(w) for w in read_list("not_syllables.txt"))


def _runs_on(text: str, pos: int) -> bool:
    """One capitalised word, then a lowercase one (a range like `à-ỹ` would take capitals too)."""
    if text[pos:pos + 1].isdigit():
        return False  # `quận 1 có ...`: a number is the whole name
    m = _WORD_THEN.match(text, pos)
    return bool(m and m.group(1).islower())
_SEPARATORS = re.compile(r"\s*[,–-]\s*|\s+và\s+")


def _loose(spellings: tuple[str, ...]) -> tuple[str, ...]:
    """The press drops a name's `và`, commas, dashes and `của` (`Bộ Kế hoạch Đầu tư`, `Bộ Lao động
    Thương binh và Xã hội`, `Ủy ban Kinh tế Quốc hội`): those spellings too, for every name that has them."""
    out = list(spellings)
    for spelling in spellings:
        for variant in (_SEPARATORS.sub(" ", spelling), re.sub(r"\s*[,–-]\s*", " ", spelling)):
            if variant not in out:
                out.append(variant)
    for spelling in list(out):
        if (variant := spelling.replace(" của ", " ")) not in out:
            out.append(variant)
    return tuple(out)


@cache
def central_bodies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical name, spellings) of every central body: bodies.tsv, and the parts of the national
    mass organisations (`Ban Bí thư Trung ương Đoàn`, `Ban Chấp hành Trung ương Hội Nông dân Việt Nam`)."""
    rows = [(row[0], _loose((row[0], *(row[1].split("|") if len(row) > 1 and row[1] else []))))
            for row in read_tsv("bodies.tsv")]
    for org in read_tsv("mass_organizations.tsv"):
        spellings = [org[0], *(org[1].split("|") if len(org) > 1 and org[1] else [])]
        central = "Trung ương " if len(org) > 2 and org[2] == "central" else ""
        for part, _member in read_tsv("organization_parts.tsv"):
            rows.append((f"{part} {central}{org[0]}", tuple(f"{part} {central}{s}" for s in spellings)))
    return tuple(rows)


@cache
def elects_members(body: str) -> bool:
    """A body whose members are listed by name when it is elected: a committee or one of its parts
    (lexicon/members.tsv, lexicon/organization_parts.tsv), not a delegation or an office."""
    return body in _members() or any(body.startswith(part + " ") for part, _ in read_tsv("organization_parts.tsv"))


@cache
def _members() -> dict[str, str]:
    return dict(read_tsv("members.tsv"))


def member_title(body: str) -> str:
    """What a member of a body is called: `Ủy viên Bộ Chính trị`, `Bí thư Trung ương Đoàn`."""
    explicit = _members()
    if body in explicit:
        return explicit[body]
    for part, member in read_tsv("organization_parts.tsv"):
        if body.startswith(part + " "):
            return f"{member}{body[len(part):]}"
    return f"Ủy viên {body}"


@cache
def _fixed() -> dict[str, str]:
    """key of every spelling -> canonical name of a central body."""
    out: dict[str, str] = {}
    for name, spellings in central_bodies():
        for spelling in spellings:
            out[lexicon_key(spelling)] = name
    central = set(out.values())
    for source, target in read_tsv("equivalents.tsv"):
        if target in central:
            out.setdefault(lexicon_key(source), target)
    return out


@cache
def _fixed_names() -> frozenset[str]:
    return frozenset(_fixed().values())


@cache
def _equivalents() -> dict[str, str]:
    return {lexicon_key(a): b for a, b in read_tsv("equivalents.tsv")}


@cache
def _heads() -> dict[str, list[tuple[str, str, str]]]:
    """lexicon key -> (head as the lexicon spells it, its kind of locality, its own key) for each spelling."""
    heads: dict[str, list[tuple[str, str, str]]] = {}
    for h, kind in local_kinds().items():
        heads.setdefault(lexicon_key(h), []).append((h, kind, key(h)))
    return heads


def _head(written: str) -> tuple[str, str]:
    """A local body's head as the lexicon spells it: the spelling written (`Khoa học kỹ thuật` or `Khoa học và Kỹ
    thuật`), else the first of the spellings that read alike."""
    spellings = _heads()[lexicon_key(written)]
    as_written = key(written)
    head, kind, _ = next((s for s in spellings if s[2] == as_written), spellings[0])
    return head, kind


@cache
def _any_bodys_parts() -> frozenset[str]:
    """The parts any body may have, not only a Party committee (lexicon/sub_bodies.txt, marked `any`)."""
    return frozenset(row[0] for row in read_tsv("sub_bodies.txt") if row[1:] == ("any",))


@cache
def sub_bodies() -> dict[str, str]:
    """The parts of a committee or council (lexicon/sub_bodies.txt), by lexicon key."""
    return {lexicon_key(s): s for s in read_list("sub_bodies.txt")}


_ORGANISING_COMMITTEE = "ban tổ chức"  # by lexicon key
# an event after `Ban tổ chức`: a meeting, a ceremony, a festivity, or a tournament or a prize (`Giải bóng đá ...`,
# `Giải Báo chí ...`, `... giải,`), not `giải quyết`, `giải phóng`
_EVENT_NEXT = re.compile(r"\s+(?i:đại\s+hội|hội\s+nghị|lễ|giải(?=\s+(?i:thưởng|bóng|báo\s+chí|việt\s+dã)|\s+[A-ZĐ]"
                         rf"|\s*[,.;:)]|\s*$)|{FESTIVITIES})(?![\w])")


def event_committee(sub: str, text: str, pos: int) -> bool:
    """`Ban Tổ chức` written before an event (`Trưởng Ban tổ chức Đại hội`, `... Giải bóng đá`): the committee
    organising it, not the Party's organisation commission a part of a committee would be."""
    return lexicon_key(sub) == _ORGANISING_COMMITTEE and _EVENT_NEXT.match(text, pos) is not None


# a national body's name followed by a locality is that locality's (`Bộ đội Biên phòng tỉnh Hà Giang`)
_NOT_OF_A_PLACE = r"(?!\s+(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã)(?![\w]))"
_NOT_A_SITE = r"(?!\.(?i:vn|com|net|org)(?![\w]))"  # `VOV.VN` in a byline: the site, not the body in the news


@cache
def _fixed_spellings() -> tuple[str, ...]:
    """Every spelling of a central body, and the equivalents that stand for one."""
    fixed_names = [n for _, spellings in central_bodies() for n in spellings]
    return (*fixed_names, *(a for a, b in read_tsv("equivalents.tsv") if b in {name for name, _ in central_bodies()}))


@cache
def _body_scanner() -> Scanner:
    """body_pattern tried only where a body's name can begin (a central body, a part, a local head)."""
    return scanner(body_pattern(), [*_fixed_spellings(), *local_kinds(), *read_list("sub_bodies.txt")])


@cache
def body_pattern() -> re.Pattern[str]:
    fixed_names = list(_fixed_spellings())
    heads = list(local_kinds())
    subs = list(read_list("sub_bodies.txt"))
    # `TP.Long Xuyên`; a city's numbered district or ward (`Quận ủy quận 1`)
    # (`HĐND TP. Ông Lê Văn A`: a sentence ends after `TP.`, the next begins with a person)
    # (`Huyện Ủy Viên`: a committee's member, every word capitalised; no place is named `Viên`)
    district = (rf"(?:(?:[ \t]+|(?<=\.))(?!(?-i:Ông|Bà)[ \t]+{CAPWORD}[ \t]+{CAPWORD})(?!(?-i:Viên)(?![\w]))"
                rf"(?P<district>(?-i:{CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}}){PLACE_NUMBER}|\d{{1,2}}(?![\d/.,-]\d)))")
    # `Ban Kinh tế - Xã hội, HĐND thị xã`: a council's committee, a comma before the council
    council = r"(?:\s*,(?=\s*(?:HĐND|Hội\s+đồng\s+nhân\s+dân)))?"
    local = (rf"(?:(?P<sub>{alternation(subs, echo=True)}){council}\s+)?(?P<head>{alternation(heads, echo=True)})"
             # `Hội đồng nhân dân (HĐND) tỉnh`, `Hội Nông dân (HND) tỉnh`, `Liên hiệp các Hội Khoa học và Kỹ thuật (Liên hiệp
             # hội) Hải Phòng`: its abbreviation or short name in passing, before its place
             r"(?:\s*\((?-i:[A-ZĐ][A-ZĐ&]{1,7})\)|\s*\((?-i:[A-ZĐ][^\W\d_A-ZĐ]*(?:[ \t]+[^\W\d_A-ZĐ]+){1,2})\)"
             rf"(?=\s+(?:{LOCALITY_WORD}|{province_pattern()})(?![\w])))?"
             rf"(?:\s+(?:khóa|khoá)\s+(?-i:[IVXL]+|\d{{1,2}})(?=\s+{LOCALITY_WORD}\s))?"  # `Đoàn ĐBQH khóa XV tỉnh X`
             rf"(?:\s+(?P<lword>{LOCALITY_WORD}))?(?:(?:\s+|(?<=\.))(?P<prov>{province_pattern()})|{district})?")
    return re.compile(
        rf"(?<![\w.])(?:(?P<fixed>{alternation(fixed_names, echo=True)}){_NOT_OF_A_PLACE}{_NOT_A_SITE}|{local}"
        rf"|(?P<baresub>{alternation(subs)}))"
        rf"(?P<generic>\s+các\s+cấp)?(?![\w])",
        re.IGNORECASE,
    )


def parse_body(match: re.Match[str], lower_ok: bool = False) -> Body | None:
    """The body a match names; in lowercase only a local committee after a title (`Bí thư tỉnh ủy`)."""
    surface = match.group(0)
    if not surface[:1].isupper() and not (lower_ok and match.group("head") and not match.group("sub")):
        return None
    generic = bool(match.group("generic"))
    end = match.end("generic") if generic else match.end()
    if generic:
        surface = surface[: match.start("generic") - match.start()]
    if match.group("fixed"):
        name = _fixed().get(lexicon_key(match.group("fixed")), expand(match.group("fixed")))
        if name == "Ban Chấp hành Trung ương" and OF_A_MASS_ORGANISATION.match(match.string, match.end()):
            return None  # `Ban Chấp hành Trung ương Hội`: the committee of the association just named
        if not generic and _PARTY_ORGAN.search(name) and (party := _foreign_party_next().match(match.string, match.end())):
            # `Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào`: that party's organ, not ours
            written = " ".join(match.string[match.start():party.end()].split())
            return Body(match.start(), party.end(), written, written, None, None, written=written)
        return Body(match.start(), end, surface, name, None, None, generic)
    if match.group("baresub"):
        if event_committee(match.group("baresub"), match.string, end):
            return None  # `Ban Tổ chức Đại hội`: the committee organising the event, no part of a Party committee
        return Body(match.start(), end, surface, sub_bodies()[lexicon_key(match.group("baresub"))], None, None,
                    generic, bare_sub=True)
    head, kind = _head(match.group("head"))
    lword = match.group("lword")
    word_kind = _LOCALITY_KINDS.get(key(lword)) if lword else None
    province = provinces().get(" ".join(match.group("prov").split()).casefold()) if match.group("prov") else None
    district = match.group("district")
    if district and unit_kind_alone(match.string, match.start("district")) is not None:
        district = None  # `Đảng ủy Tổng Công ty`: the organ of a unit named by its kind alone, not of a place
    if district and _ROMAN.fullmatch(district):  # `HĐND thành phố X, nhiệm kỳ 2021-2026`: its term, not a place
        district = None
        surface = match.string[match.start():match.start("district")].rstrip()
        end = match.start() + len(surface)
    if district and len(cased := _cased_name(district)) < len(district):  # `Thành ủy Đông Triều ẢNH: N.H`
        district = cased or None
        end = match.start("district") + len(cased) if cased else match.start("district")
        surface = match.string[match.start():end].rstrip()
        end = match.start() + len(surface)
    if district and (named := _name_in_district(match.string, match.start("district"), district)) is not None:
        district = named  # `Chủ tịch UBND huyện Nga Sơn Lê Văn A`: the district's name ends where the person's begins
        end = match.start("district") + len(named)
        surface = match.string[match.start():end]
    longer = _LONGER_NAME.match(match.string, match.end()) if province and (word_kind or kind) in DISTRICT_KINDS \
        and not generic else None
    if longer is not None and longer.group(1) not in surnames():  # `huyện Điện Biên Đông`: a district's name, not the province
        province, district, end = None, f"{match.group('prov')} {longer.group(1)}", longer.end()
        surface = match.string[match.start():end]
    if province is None and lword and match.group("district"):  # `Thành ủy Thành phố Hồ Chí Minh`: the word is the name's
        province = provinces().get(" ".join(f"{lword} {match.group('district')}".split()).casefold())
        lword = None if province else lword
    name = head
    numbered = bool(match.group("district")) and match.group("district").isdigit()
    # `Tỉnh ủy tỉnh Bắc Ninh` is `Tỉnh ủy Bắc Ninh` (its head says the level); `Thành ủy thành phố Quảng Ngãi`,
    # a city in the province of that name, and `Quận ủy quận 1`, a number, keep the word
    if word_kind and (numbered or not (kind == word_kind and (province is None or province.kind == word_kind))):
        name = f"{head} {_LOCALITY_WRITTEN[word_kind]}"
    sub = sub_bodies()[lexicon_key(match.group("sub"))] if match.group("sub") else None
    written = f"{sub} {name}" if sub else name
    name = _equivalents().get(lexicon_key(name), name)
    if sub:
        name = _equivalents().get(lexicon_key(f"{sub} {name}"), f"{sub} {name}")
        if not name.startswith(sub):
            sub = None
    district_kind = word_kind or kind
    if numbered and word_kind not in _NUMBERED_KINDS:  # `Ủy ban nhân dân 2`: no place
        surface = surface[: match.start("district") - match.start()].rstrip()
        end = match.start() + len(surface)
    whole = body_at(match.string, match.start("head")) if sub and not province else None
    if whole is not None and whole.end > match.end("head") and whole.name in _fixed_names():
        # `Ban Thường vụ Đảng ủy Công an Trung ương`: the part of a central body, not of a local one
        return Body(match.start(), whole.end, match.string[match.start():whole.end], f"{sub} {whole.name}",
                    None, None, generic, sub=sub, written=f"{sub} {whole.name}")
    if (kind == "commune" or head in _UNIT_PARTY) and not word_kind and not province:
        # `(Ban Thường vụ) Đảng ủy UBND tỉnh X`, `Đảng bộ Văn phòng UBND tỉnh`: that body's
        gap = _ORGAN_GAP.match(match.string, match.end("head"))
        owner = _owner_of_organ(match.string, gap.end()) if gap else None
        if owner is not None and not owner.generic and (owner.province or owner.needs or owner.name != head):
            name, written = (f"{name} cơ quan", f"{written} cơ quan") if gap and gap.group(1) else (name, written)
            return Body(match.start(), owner.end, match.string[match.start():owner.end], f"{name} {owner.name}",
                        owner.province, owner.needs, generic, sub=sub, written=f"{written} {owner.written or owner.name}")
    # a city written with a name that is no province is a provincial city (`Thành ủy Long Xuyên`)
    if district and province is None and district_kind in (*DISTRICT_KINDS, "thành phố") \
            and (not numbered or word_kind in _NUMBERED_KINDS) \
            and not _looks_like_a_person(district) \
            and not (match.group("district") and _runs_on(match.string, match.start("district"))
                     and not _place_name().fullmatch(district)) \
            and not _headline_only(match.string, lword or match.group("head"), district):  # `HUYỆN ỦY LÀM VIỆC TẠI`
        return Body(match.start(), end, surface, f"{name} {district}", None, None, generic, sub=sub,
                    written=f"{written} {district}")
    if match.group("district") and province is None and not numbered:  # capitalised words not a province: not this body's
        surface = surface[: match.start("district") - match.start()].rstrip()
        end = match.start() + len(surface)
    if province:
        return Body(match.start(), end, surface, name, province, None, generic, sub=sub, written=written)
    needs = word_kind or (kind if kind in {"tỉnh", "thành phố", "province", "commune", "alone", "unnamed",
                                                          *DISTRICT_KINDS}
                          else None)
    if needs is None:  # `UBND`, `Công an` with no locality written: too vague to be one body
        return Body(match.start(), end, surface, name, None, "never", True, sub=sub, written=written)
    return Body(match.start(), end, surface, name, None, needs, generic, sub=sub, written=written)


_ROMAN = re.compile(r"[IVXL]+")
_UNIT_PARTY = frozenset({"Đảng bộ", "Ban Chấp hành Đảng bộ"})  # written before a unit, that unit's Party organisation
# `Đảng ủy Bộ Y tế`, `Đảng ủy cơ quan Tạp chí Cộng sản` (`Cơ quan` capitalised too): a Party committee, then the body
# it sits in
_ORGAN_GAP = re.compile(rf"\s+(?:([Cc]ơ\s+quan)\s+(?=[{UPPER}]))?")


def _owner_of_organ(text: str, pos: int) -> Body | None:
    """The body a Party committee belongs to; a newspaper or an office counts there (`Đảng ủy Báo Nhân Dân`),
    though written alone it is only the page's source."""
    owner = body_at(text, pos)
    if owner is None and (unit := unit_at(text, pos, titled=True)) is not None \
            and _units().get(lexicon_key(unit_kind_at(text, pos) or "")) == "headed":
        return unit
    return owner


@cache
def surnames() -> frozenset[str]:
    """lexicon/surnames.txt, for telling a person's name from a place's."""
    return frozenset(read_list("surnames.txt"))


def _looks_like_a_person(words: str) -> bool:
    """`Huyện ủy` + a full name is a title before a name, not a district: three syllables from a surname."""
    parts = words.split()
    if any(" ".join(parts[:n]).casefold() in provinces() for n in (2, 3)):
        return False  # `xã Đồng Nai Thượng`: a place named after a province, though `Đồng` is a surname
    if _place_name().fullmatch(" ".join(parts)) and f"thành phố {' '.join(parts)}".casefold() not in provinces():
        return False  # `huyện U Minh Thượng`: a place the lexicon knows, though `U` is a surname (not the city named for a man)
    return len(parts) >= 3 and parts[0] in surnames() and len(parts[-1]) > 1  # not `Châu Thành A`


# the issuer's code glued to a document's number (`Nghị quyết số 19/NQ-UBBC`): part of the number, no mention
_IN_A_NUMBER = re.compile(r"[A-ZĐ\d][-/–]$")  # (not a tag glued to a name: `... phòng chống dịch-Ban Thường vụ X`)


def find_bodies(text: str, start: int = 0, end: int | None = None) -> list[Body]:
    end = len(text) if end is None else end
    found = []
    for match in _body_scanner().finditer(text, start, end):
        body = parse_body(match)
        if body and (bare_unit_kind(body) or _named_alone(body)):
            # `Ban Chỉ đạo Chuyển đổi số tỉnh X`: a unit named by its task; `Chi bộ 25`: by a name of its own
            unit = unit_at(text, body.start, end=end)
            body = unit if unit is not None and unit.end > body.end else body
        if body and body.needs != "unnamed" and not _credited(text, body) and not _in_venue(text, body) \
                and not _IN_A_NUMBER.match(text, max(0, body.start - 2), body.start):
            found.append(body)  # (`Chi bộ` alone names only a post: `Bí thư Chi bộ`)
    taken = [(b.start, b.end) for b in found]
    for match in _unit_pattern().finditer(text, start, end):  # `Cục An ninh nội địa`, `Vụ Châu Mỹ`
        if _PREVIOUS_CAPITAL.search(text, max(0, match.start() - 12), match.start()):
            continue  # inside a capitalised run, a name most likely (`Lê Trường Thịnh`)
        if not any(s <= match.start() < e for s, e in taken):
            # `thành lập Tổ công tác đợt cao điểm đấu tranh ngăn chặn, đẩy lùi tội phạm buôn lậu, ...`, `kiện toàn Ban
            # Chỉ huy tiền phương ...`: a committee or working group set up is named in lowercase too, by its task
            set_up = _SET_UP_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None \
                and _SET_UP_KIND.match(match.group("kind")) is not None
            unit = _set_up_body(text, match, end) if set_up else None
            unit = unit or unit_at(text, match.start(), titled=set_up, end=end)
            if unit is not None:
                found.append(unit)
                if unit.board_of is not None:
                    found.append(unit.board_of)
                taken.append((unit.start, unit.end))
    return _shared_place(text, sorted(found, key=lambda b: b.start))


_SET_UP_BEFORE = re.compile(r"(?<![\w])(?:thành\s+lập|kiện\s+toàn|củng\s+cố)\s+$", re.IGNORECASE)
_OWNED_UNIT = re.compile(r"(?:của|và|với|cho)(?![\w])")  # an owner or a second body, no task
_SET_UP_KIND = re.compile(r"Ban\s|Tổ\s+[Cc]ông\s+tác$")  # committees and working groups, not teams


def _set_up_body(text: str, match: re.Match[str], end: int) -> Body | None:
    """A committee or working group named by its task where it is set up (`Tổ công tác ... ngăn chặn, đẩy lùi ...`)."""
    if text[match.end():match.end() + 1].isupper() or _OWNED_UNIT.match(text, match.end()):
        return None  # a name of its own: as any unit's; `thành lập Tổ công tác của đơn vị mình`: an order, no body
    return _named_by_task(text, match.start(), match.end(), end)


_DATELINE = re.compile(r"\)[ \t]*[-–—]")


def _in_venue(text: str, body: Body) -> bool:
    """`tại Nhà Quốc hội, Ủy ban Đối ngoại tổ chức ...`: the body closes a venue's name (venues.txt), a place."""
    venue = next((m for m in _venue().finditer(text, max(0, body.start - 12), body.end) if m.start() < body.start), None)
    return venue is not None and venue.end() >= body.end


def _credited(text: str, body: Body) -> bool:
    """`(VOV) - Tại phiên họp ...`: the agency credited at the head of a line is the page's source, not news."""
    line = text.rfind("\n", 0, body.start) + 1
    return bool(_DATELINE.match(text, body.end)) and text[line:body.start].strip(" \t") == "("


_ALL_LEVELS = re.compile(r"\s+các\s+cấp(?![\w])")


def _shared_place(text: str, found: list[Body]) -> list[Body]:
    """`Tỉnh ủy, HĐND, UBND, UBMTTQ Việt Nam tỉnh Long An`: council and committee heads written
    bare in a list share the place of the last body listed."""
    out = list(found)
    for i, body in enumerate(found):
        if body.needs != "never" or _ALL_LEVELS.search(text, body.start, body.end) \
                or _ALL_LEVELS.match(text, body.end):
            continue
        j, tail, bare = i, None, False
        while tail is None and not bare and j + 1 < len(found) \
                and AND_GAP.fullmatch(text, found[j].end, found[j + 1].start):  # `Tỉnh ủy, HĐND và UBND tỉnh X`
            j += 1
            last = found[j]
            placed = _LOCALITY_TAIL.search(last.name) if last.needs is None else None
            if placed is not None and (last.province is None) == bool(placed.group("name")):
                tail = placed
            # `Thành ủy, HĐND, UBND TP.HCM`: a province written with no kind before it, its own name the place
            bare = placed is None and last.needs is None and last.province is not None and last.province.level == "province" \
                and local_kinds().get(last.name) == "written"  # (not `Ban Thường vụ Thành ủy Hà Nội`: the city's kind)
        if tail is None and not bare:
            continue
        place = f" {tail.group(0).strip()}" if tail is not None else ""  # `tỉnh` (its province apart), `huyện Thăng Bình`
        out[i] = Body(body.start, body.end, body.surface, f"{body.name}{place}", found[j].province, None,
                      written=f"{body.written or body.name}{place}")
    return out


# the acronyms an article defines for the bodies it names (`Trung tâm Kiểm soát bệnh tật TP.HCM (HCDC)`), while it is read
# (and the short names it gives them in words, as one pattern: `Ban Chỉ đạo`), while it is read
_ACRONYMS: ContextVar[tuple[str, dict[str, Body], re.Pattern[str] | None] | None] = ContextVar("acronyms", default=None)
# (or a brand without a Vietnamese mark, `Tập đoàn Dệt May Việt Nam (Vinatex)`, then `Đảng ủy Vinatex`)
_ACRONYM_FORM = r"[A-ZĐ][A-ZĐ0-9&]{1,9}|[A-Z][a-z]{4,}(?:[A-Z][a-z]+)?"
_DEFINED = re.compile(rf"(?:\s+mới)?\s*\((?P<acronym>{_ACRONYM_FORM})(?:\s+mới)?\)")
_ACRONYM = re.compile(rf"(?<![\w&])(?:{_ACRONYM_FORM})(?![\w&])")
# a short name the article gives a body in words (`Ban Chỉ đạo ... tỉnh (sau đây gọi tắt là Ban Chỉ đạo)`): two words or more
_DEFINED_AS = re.compile(r"\s*\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là|:)\s*"
                         r"(?P<short>[A-ZĐ][^\s()]*(?:\s+[^\s()]+){1,5}?)\s*\)", re.IGNORECASE)
# or the words of its kind alone in brackets (`Ủy ban Quốc gia về trẻ em (Ủy ban)`, then `Chủ tịch Ủy ban là ...`)
_KIND_IN_BRACKETS = re.compile(rf"\s*\((?P<short>[{UPPER}][^\s()]*(?:\s+[^\s()]+){{1,3}})\)")


def _defined(text: str, pos: int) -> Body | None:
    """The body the article defined the acronym or the short name at pos for (`... (HCDC)`, then `Giám đốc HCDC`;
    `... (sau đây gọi tắt là Ban Chỉ đạo)`, then `Phiên họp thứ Nhất của Ban Chỉ đạo`)."""
    acronyms = _ACRONYMS.get()
    if acronyms is None or acronyms[0] is not text:
        return None
    m = _ACRONYM.match(text, pos) or (acronyms[2].match(text, pos) if acronyms[2] is not None else None)
    defined = acronyms[1].get(m.group(0)) if m else None
    return replace(defined, start=pos, end=m.end(), surface=m.group(0)) if m and defined is not None else None


def body_at_any_case(text: str, pos: int, titled: bool = False) -> Body | None:
    """The body written at pos, its first letter in lowercase too (`Đại hội đảng bộ xã X`, `Viện trưởng viện Y`)."""
    first = text[pos:pos + 1]
    return body_at(text if first.isupper() else f"{text[:pos]}{first.upper()}{text[pos + 1:]}", pos, titled)


def body_at(text: str, pos: int, titled: bool = False) -> Body | None:
    """A body that starts exactly at pos (titles ask for this, `titled`: after a title's head)."""
    match = body_pattern().match(text, pos)
    body = parse_body(match, lower_ok=titled) if match else None
    if match is not None and match.group("fixed") and body is not None and body.name in local_kinds() \
            and (place := _province_next().match(text, body.end)) is not None:
        # `Bộ đội Biên phòng Sóc Trăng`, `BĐBP Đăk Nông`: a central body's name that is also a province's body's
        name = f"{body.name} {place.group('lword')}" if place.group("lword") else body.name
        return Body(pos, place.end(), text[pos:place.end()], name, provinces()[place.group("prov").casefold()], None,
                    written=name)
    if (defined := _defined(text, pos)) is not None and (
            body is None or body.end <= defined.end or body.generic or body.bare_sub):
        return defined  # (not the start of a longer name: `(Ủy ban)` is no `Ủy ban nhân dân tỉnh X`)
    if body is None or body.bare_sub:  # `Đảng đoàn Liên minh Hợp tác xã Việt Nam`: a part of a central body
        part = _part_pattern().match(text, pos)
        whole = body_at(text, part.end()) if part else None
        written_part = expand(" ".join(part.group("part").split())) if part is not None else ""  # `BCH` written out
        if whole is not None and whole.province is None and whole.name in _fixed_names():
            name = f"{written_part} {whole.name}"
            return Body(pos, whole.end, text[pos:whole.end], name, None, None, written=name)
        if whole is not None and written_part in COMMITTEES and ASSOCIATION_NAME.match(whole.name) \
                and not whole.generic and not whole.bare_sub:
            # `Ban Thường vụ Hội Âm nhạc TP.HCM`: the committee of an association named after it
            return Body(pos, whole.end, text[pos:whole.end], f"{written_part} {whole.name}", whole.province,
                        whole.needs, sub=written_part, written=f"{written_part} {whole.written or whole.name}")
    organ = _organ_before_body().match(text, pos)
    if organ is not None and (body is None or body.end <= organ.end()):
        # `Ban cán sự đảng Bộ Y tế`, `Đảng đoàn Hội Nông dân tỉnh X`: the Party's organ inside the body named next
        owner = body_at(text, organ.end())
        if owner is not None and not owner.generic and not owner.bare_sub:
            organ_name = _organ_names()[lexicon_key(organ.group(1))]
            return Body(pos, owner.end, text[pos:owner.end], f"{organ_name} {owner.name}", owner.province, owner.needs,
                        written=f"{organ_name} {owner.written or owner.name}")
    if body is not None and (body.bare_sub and (titled or _TASKED.match(text, body.end)) or body.generic
                             or _named_alone(body)) and lexicon_key(body.surface) in _units():
        # `Ban Chỉ đạo cải cách tư pháp tỉnh X`, `Ban Chỉ đạo quốc gia về X`: a kind of unit, named by its task;
        # `Trường Chính trị Trần Phú`: a locality's body (`Trường Chính trị tỉnh X`) named by a name of its own
        unit = unit_at(text, pos, titled)
        if unit is not None and unit.end > body.end:
            return unit
    return body or unit_at(text, pos, titled)


COMMITTEES = frozenset({"Ban Chấp hành", "Ban Thường vụ"})  # an organisation's elected committees


@cache
def _province_next() -> re.Pattern[str]:
    # (`Bộ đội Biên phòng (BĐBP) tỉnh Sơn La`: an abbreviation in brackets before it)
    return re.compile(rf"(?:\s*(?-i:{_BRACKETED_ABBREVIATION.pattern}))?\s+(?:(?P<lword>tỉnh|thành\s+phố)\s+)?"
                      rf"(?P<prov>{province_pattern()})(?![\w])", re.IGNORECASE)


def _named_alone(body: Body) -> bool:
    """`Chi bộ`: a body written alone is its story's one, but may also be named (`Chi bộ Khoa Nội`, `Chi bộ 25`)."""
    return body.needs in ("alone", "unnamed") and lexicon_key(body.surface) in _units()


def bare_unit_kind(body: Body) -> str | None:
    """`Trưởng Ban chỉ đạo`: a kind of unit named by its task, written alone; the one meant is the
    one of that kind the article named in full, not a part of the local Party committee."""
    return body.name if body.bare_sub and lexicon_key(body.name) in _units() else None


@cache
def _units() -> dict[str, str]:
    return {lexicon_key(kind): when for kind, when in read_tsv("units.tsv")}


_DIRECTORATE = re.compile(r"(?i:giám\s+đốc)\s+")  # `Ban Giám đốc Công an tỉnh X`: the directorate of X


_HEADED = ("headed", "inside")  # kinds of unit named only after a title's head (lexicon/units.tsv)
_NAMED = ("named", "branch")  # kinds of unit named by a capitalised name; a branch's may end with where it sits
# where a branch sits, after its name (`Chi hội Nhà văn Việt Nam tại Nam Định`)
_SITS_AT = re.compile(r"\s+tại\s+(?=\S)")


@cache
def _headed_lower() -> re.Pattern[str]:
    """A kind of unit only named after a title's head (`báo`, `tạp chí`), in lowercase, then a capitalised name."""
    kinds = [kind.lower() for kind, when in read_tsv("units.tsv") if when in _HEADED]
    return re.compile(rf"(?:{alternation(kinds)})[ \t]+(?=[{UPPER}])")


@cache
def _namesake_lower() -> re.Pattern[str]:
    """A kind of unit named after a person (lexicon/namesake_units.txt), its first letter in lowercase, then a
    capitalised word."""
    kinds = [kind[0].lower() + kind[1:] for kind in _namesake_kinds() if kind[:1].isupper() and kind[1:2].islower()]
    return re.compile(rf"(?:{alternation(kinds)})[ \t]+(?=[{UPPER}])")


@cache
def _place_name() -> re.Pattern[str]:
    """`Khu kinh tế mở Chu Lai`: a place named like a person (lexicon/places.txt) goes on a unit's name."""
    return re.compile(rf"(?:{place_names()})(?![\w])")


@cache
def _organ_names() -> dict[str, str]:
    """The Party's organs inside a body (lexicon/party_organs.txt) but `Đảng ủy`, which names a committee of its own."""
    return {lexicon_key(organ): organ for organ in party_organs() if organ != "Đảng ủy"}


@cache
def _organ_before_body() -> re.Pattern[str]:
    organs = "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(_organ_names().values(), key=len, reverse=True))
    return re.compile(rf"({organs})\s+(?=[{UPPER}])", re.IGNORECASE)


@cache
def _namesake_kinds() -> tuple[str, ...]:
    """Kinds of unit often named after a person (lexicon/namesake_units.txt), as written there."""
    return tuple(read_list("namesake_units.txt"))


@cache
def _namesake_units() -> frozenset[str]:
    return frozenset(lexicon_key(kind) for kind in _namesake_kinds())


@cache
def _namesake_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{words_alternation(_namesake_kinds())})\s+$", re.IGNORECASE)


def namesake_before(text: str, pos: int) -> bool:
    """A kind of unit named after a person written right before pos (`Nhà hát Cao Văn Lầu nơi ...`): the name
    at pos is the unit's."""
    return _namesake_before().search(text, max(0, pos - 40), pos) is not None or _after_prize(text, pos)


def _after_prize(text: str, pos: int) -> bool:
    """A prize's name written right before pos: the name at pos is its namesake's."""
    return _PRIZE_BEFORE.search(text, max(0, pos - 60), pos) is not None


# a prize named after a person (`Giải thưởng văn học nghệ thuật Hoàng Văn Thụ`, `giải thưởng Báo chí Huỳnh Thúc Kháng`)
_PRIZE_BEFORE = re.compile(rf"(?<![\w])(?i:giải\s+thưởng)(?:\s+(?:(?i:văn\s+học|nghệ\s+thuật|báo\s+chí|khoa\s+học)|VHNT"
                           rf"|[{LOWER}]\w*))*\s+$")


@cache
def _unit_kind_spellings() -> dict[str, str]:
    """A kind as the graph writes it, by its spelling in any case: the one units.tsv lists first (`Quân Khu 5` is `Quân
    khu 5`, `Bộ tư lệnh Quân khu 7` is `Bộ Tư lệnh Quân khu 7`)."""
    spellings: dict[str, str] = {}
    for kind, _ in read_tsv("units.tsv"):
        spellings.setdefault(kind.casefold(), kind)
    return spellings


@cache
def _unit_kinds() -> str:
    """The kinds of unit units.tsv lists, as one alternation (the patterns below differ around it)."""
    return alternation(list(dict(read_tsv("units.tsv"))))


@cache
def _unit_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?P<kind>{_unit_kinds()})\s+(?=\S)")


@cache
def _unit_kind_whole() -> re.Pattern[str]:
    return re.compile(rf"(?:{_unit_kinds()})", re.IGNORECASE)


@cache
def _unit_kind_next() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_unit_kinds()})(?![\w])")


def unit_kind_at(text: str, pos: int) -> str | None:
    """The kind of unit written at pos (`Ban Quản lý`, `Ban Chỉ đạo`), as units.tsv lists it."""
    m = _unit_kinds_any_case().match(text, pos)
    return " ".join(m.group(0).split()) if m else None


def titled_kind(kind: str) -> bool:
    """A kind of committee or working body named in lowercase after a head (units.tsv `titled`: `Tiểu ban`,
    `Ban Chỉ đạo`), not an organisation (`Công đoàn`)."""
    return _units().get(lexicon_key(kind)) == "titled"


def party_unit_kind(text: str, body: Body) -> str | None:
    """`Bí thư Đảng ủy Bộ`, `Đảng ủy Tập đoàn`: the Party committee of a unit written by its kind
    alone (a ministry's, a state group's in its own news), not a commune's."""
    if not body.name.endswith("Đảng ủy") or body.province is not None:
        return None
    m = _party_unit_kind().match(text, body.end)
    return " ".join(m.group(1).split()) if m else None


@cache
def _party_unit_kind() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(Bộ|Sở|Trường|{_unit_kinds()})(?![\w])(?![ \t]+[{UPPER}\d])")


def bare_kinds(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The kinds of unit of two words or more written alone in text[start:end] (`phiên họp thứ 6 của Ban Chỉ đạo.`),
    each with where it stands: a body the article named in full, spoken of again by its kind."""
    for m in _bare_kind_pattern().finditer(text, start, end):
        kind = " ".join(m.group(1).split())
        if " " in kind and lexicon_key(kind) not in _BROAD_KINDS:
            yield m.start(), m.end(), kind


# kinds so many bodies share that a lone one cannot say which (`Ủy ban`: the People's Committee, the Front's, ...);
# the same kinds are named by their field only after `quốc gia` (_NATIONAL_KINDS below)
_BROAD_KINDS = frozenset({"ủy ban", "hội đồng"})


@cache
def _bare_kind_pattern() -> re.Pattern[str]:
    # where the noun phrase ends: punctuation, or a verb or a joining word (not `Ban Chỉ đạo của huyện`, `Bệnh viện tuyến
    # huyện`, `Công đoàn các cấp`: another of the kind, or every one)
    return re.compile(rf"(?<![\w])({_unit_kinds()})(?![\w])(?=\s*(?:[.,;:)!?]|$)|[ \t]+(?:đã|đang|sẽ|vừa|cũng|họp|tổ\s+chức"
                      r"|tiến\s+hành|chủ\s+trì|ban\s+hành|thống\s+nhất|thông\s+qua|yêu\s+cầu|đề\s+nghị|tiếp\s+tục|là|và|cùng"
                      r"|với|tại)(?![\w]))")


def unit_kind_alone(text: str, pos: int, any_case: bool = False) -> str | None:
    """`Giám đốc Học viện;`: a kind of unit written at pos with no name after it; with `any_case` also in lowercase
    (`giữ chức Chủ tịch hội`: of the Hội just named), read as if capitalised, as body_at_any_case does."""
    if any_case and text[pos:pos + 1].islower():
        return unit_kind_alone(f"{text[pos].upper()}{text[pos + 1:pos + 40]}", 0)
    m = _unit_kind_alone().match(text, pos)
    return " ".join(m.group(1).split()) if m else None


@cache
def _unit_kind_alone() -> re.Pattern[str]:
    return re.compile(rf"({_unit_kinds()})(?![\w])(?![ \t]+[{UPPER}\d])")


@cache
def _unit_kinds_any_case() -> re.Pattern[str]:
    return re.compile(rf"(?:{_unit_kinds()})(?=\s)", re.IGNORECASE)


# what causes the thing a committee fights (`dịch bệnh X do vi rút Y gây ra`), a part of its name: not `do` (by) a stop
_CAUSED_BY = re.compile(r"do\s[^.,;:]{3,60}?\sgây\s+ra(?![\w])")


@cache
def _unit_stops() -> re.Pattern[str]:
    # `Ban Chỉ đạo xây dựng nông thôn mới`, `Cục Đổi mới sáng tạo`: `mới` and `sáng` (morning) there are
    # part of the name; so is `dự án` of `Ban Quản lý dự án công trình giao thông`, where `dự` alone would
    # be attending; `làm` of `Cục Việc làm`; `ký` (sign) of `Viện Sốt rét - Ký sinh trùng`; and `Tổ chức` (in
    # capitals: personnel) of `Vụ Tổ chức cán bộ`, where `tổ chức` would be organising; `bàn` (discuss) of `Vụ Địa bàn 6`;
    # `cần` (must) of `Tổng cục Hậu cần`; `phối hợp` (coordinate) of `Hội đồng phối hợp phổ biến, giáo dục pháp luật`;
    # `bầu cử` (the election, not `bầu`: elect) of `Ban Chỉ đạo bầu cử tỉnh`; `tặng` (give) of `Hội đồng xét tặng ...`
    stops = words_alternation(read_list("unit_stops.txt"))
    lowercase = words_alternation(read_list("unit_stops_lowercase.txt"))
    return re.compile(r"(?<!thôn\s)(?<!đổi\s)(?<!việc\s)(?<!địa\s)(?<!hậu\s)(?<!xét\s)"
                      r"(?!(?-i:Tổ\s+chức))(?!(?<=đồng\s)phối\s+hợp)"
                      rf"(?:{stops}|(?-i:{lowercase}))(?![\w])"
                      r"(?!(?<=dự)\s+án(?![\w]))(?!(?<=sáng)\s+tạo(?![\w]))(?!(?<=ký)\s+sinh(?![\w]))(?!(?<=bầu)\s+cử(?![\w]))",
                      re.IGNORECASE)


@cache
def _part_pattern() -> re.Pattern[str]:
    parts = [part for part, _ in read_tsv("organization_parts.tsv")]
    return re.compile(rf"(?P<part>{alternation(parts)})\s+(?=\S)")


@cache
def _venue() -> re.Pattern[str]:
    return re.compile(rf"(?:{words_alternation(read_list('venues.txt'))})(?![\w])", re.IGNORECASE)


@cache
def _province_pattern() -> re.Pattern[str]:
    """A province's name as a word of its own, compiled once."""
    return re.compile(rf"(?<![\w])(?:{province_pattern()})(?![\w])")


def ends_with_province(label: str) -> bool:
    """`Công đoàn ngành Y tế Nghệ An`: a name placed by its province's name, without the kind."""
    return _province_ends().search(label) is not None


@cache
def _province_ends() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{province_pattern()})$")


@cache
def _province_any_case() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{province_pattern()})(?![\w])", re.IGNORECASE)


_LOCALITY_BEFORE = re.compile(rf"{LOCALITY_WORD}\s*$", re.IGNORECASE)


def _province_at(text: str, pos: int) -> bool:
    """`Đại học Thái Nguyên`: a province's name right after a unit's kind names the unit, though it
    reads like a person's (`Thái` is a surname)."""
    return _province_pattern().match(text, pos) is not None


def _province_after_word(text: str, pos: int) -> bool:
    """`... tỉnh Hà Tĩnh`, `Bộ Tư lệnh TP Hồ Chí Minh`: a province written after its kind, not a person."""
    kind = _LOCALITY_BEFORE.search(text, max(0, pos - 12), pos)
    if kind is None:
        return False
    whole = _province_any_case().match(text, kind.start())  # `TP Hồ Chí Minh`, `thành phố Hồ Chí Minh`: one spelling
    return bool(_province_pattern().match(text, pos) or (whole and whole.end() > pos))


def _district_named(text: str, pos: int, person: re.Match[str]) -> bool:
    """`Hội LHTN Việt Nam huyện Văn Chấn`: two syllables after a district's kind are its name, though the
    first is a surname (three are a person's: `Hội Nông dân huyện Lê Văn Nam`, its chairman)."""
    return len(person.group(0).split()) == 2 and _BELOW_A_PROVINCE.search(text, max(0, pos - 12), pos) is not None


def _name_in_district(text: str, pos: int, district: str) -> str | None:
    """A district's name of two words read with a third that begins a person's full name (a surname
    and two more capitalised words): the name as far as the person's begins."""
    from orggraph.extract.people import name_pattern

    words = district.split()
    if len(words) != 3 or words[2] not in surnames():
        return None
    third = pos + district.rindex(words[2])
    person = name_pattern().match(text, third)
    return district[:third - pos].rstrip() if person and len(person.group(0).split()) >= 3 else None


def _place_then_name(text: str, pos: int, end: int) -> int | None:
    """The end of a province written at pos that ends a unit's name: a whole person's name follows
    it (`Viện X Hà Nội Nguyễn Văn A`) or nothing capitalised does (`Công ty Điện lực Sơn La,`)."""
    from orggraph.extract.people import name_pattern

    place = _province_pattern().match(text, pos, end)
    if place is None:
        return None
    gap = _BLANKS.match(text, place.end(), end)
    if gap is None or not text[gap.end():gap.end() + 1].isupper():
        return place.end()
    after = name_pattern().match(text, gap.end(), end)
    return place.end() if after and len(after.group(0).split()) >= 3 else None


_PARTY_ORGAN = re.compile(r"Trung\s+ương|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư")  # a Party's organs, ours or another's


@cache
def _foreign_party_next() -> re.Pattern[str]:
    """A foreign party's name right after one of our Party's organs (`Bộ Chính trị Đảng Cộng sản Trung Quốc`; its
    `Đảng` may end the organ's own name, `Ban Chấp hành Trung ương Đảng`)."""
    from orggraph.extract.titles import countries  # titles builds on bodies

    plain, _ = countries()
    return re.compile(rf"(?:\s+Đảng)?\s+(?:{PARTY_KINDS})\s+(?:{plain})(?![\w])")


@cache
def _country_next() -> re.Pattern[str]:
    """A country's name after a dash (lexicon/countries.tsv): `Việt Nam - Lào`, the second of two countries (from the
    alternations titles builds for foreign officials' posts, rather than building them twice: 0.15 s a process)."""
    from orggraph.extract.titles import countries  # titles builds on bodies

    plain, named = countries()
    return re.compile(rf"\s*(?:{plain}|{named})(?![\w])")


_BLANKS = re.compile(r"[ \t]+")
_COUNT_NEXT = re.compile(r"\s+\d{1,3}\s+(?=[^\W\d_])")  # `và 2 Phó trưởng Ban`: a count of others after `và`
_PLACE_DASH_PLACE = re.compile(r"[ \t]*[-–][ \t]*")  # the dash between two provinces a project is named by
# one capitalised word after a dash that is no unit of the name before it: its short name (`... Việt Nam – Vietcombank`)
_SHORT_NAME_NEXT = re.compile(r"\s*[A-ZĐ][\w&]*(?!\s+[A-ZĐ0-9])")
_BRANCH_NEXT = re.compile(r"\s*(?:Chi\s+nhánh|Sở\s+Giao\s+dịch|Văn\s+phòng|Cơ\s+quan|Trung\s+tâm|Khu\s+vực)(?![\w])")
# the places below a commune a grassroots unit is named by (`Chi bộ ấp Trung Thạnh`, `Chi bộ khu phố 3`)
_HAMLET = re.compile(rf"(?:ấp|thôn|bản|buôn|khóm|xóm|làng|tổ\s+dân\s+phố|khu\s+phố|khu\s+dân\s+cư)(?=\s+[{UPPER}\d])")
_PLACED = re.compile(rf"(?<![\w]){LOCALITY_WORD}\s+(?=[{UPPER}])")  # `tỉnh Phú Yên`: a place, in a unit's name
_AND_PLACED = re.compile(rf"\s+và\s+{LOCALITY_WORD}\s+(?=[{UPPER}])")
# what a body serving several places is for (`sáp nhập`), not two bodies of one kind (`Trung tâm X tỉnh A và tỉnh B`)
_JOINS_PLACES = re.compile(r"(?i:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất|liên\s+tỉnh|liên\s+kết)")
_PLACE_BEFORE = re.compile(rf"(?<![\w])(?:{words_alternation(DISTRICT_KINDS)})\s+$")
_PREVIOUS_CAPITAL = re.compile(rf"{CAPWORD}\s+$")
_JOINED = re.compile(r"và\s+(?:các\s+|những\s+)?(?=[A-ZĐ])")
_ABBREVIATION = rf"[{UPPER}][{UPPER}0-9&.-]{{1,9}}"
# `(CDC)`, `(NKT và TMC)`: an abbreviation in brackets, of one or two parts
_BRACKETED_ABBREVIATION = re.compile(rf"\(\s*{_ABBREVIATION}(?:\s+(?:và|&)\s+{_ABBREVIATION})?\s*\)")

_ASIDE_BEFORE_LOWER = re.compile(rf"\s*{_BRACKETED_ABBREVIATION.pattern}\s+(?=[{LOWER}])")
# the rest of a name after such an aside, up to the place it is of (`giảm nghèo tỉnh Lạng Sơn`), not a clause going
# on (`và Hoàng tử Anh`, `kỷ niệm 15 năm`, `của tỉnh`)
_PLACE_AHEAD = re.compile(rf"[^.,;:()]{{0,60}}?(?<![\w])(?<!của\s)(?<!cấp\s)(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
                          rf"(?=\s+[{UPPER}]|\s*[.,;)]|\s*$)")


def _aside_in_name(text: str, pos: int, end: int) -> re.Match[str] | None:
    """An aside in brackets inside a unit's name, read so far, that goes on to its place."""
    aside = _ASIDE_BEFORE_LOWER.match(text, pos, end)
    return aside if aside is not None and _PLACE_AHEAD.match(text, aside.end(), end) else None


@cache
def _aside_before_place() -> re.Pattern[str]:
    """An abbreviation in brackets between a unit's name and its place: `(CDC) TP Cần Thơ`, `(NKT và TMC) huyện X`."""
    return re.compile(rf"{_BRACKETED_ABBREVIATION.pattern}\s+(?={place_written()}|{_PLACED.pattern})")


# a caption's `... Hội LHTN Việt Nam ảnh 1`, `... Liên đoàn Luật sư Việt Nam - 1` at its line's end: no part of a name
_PHOTO_COUNTER = re.compile(r"(?i:ảnh)\s*\d{1,2}(?![\w])|[-–][ \t]*\d{1,2}[ \t]*$", re.MULTILINE)
# `Nghị quyết 39-NQ/TW` in a name; `TP. Đà Nẵng` ends one
_UNIT_WORD = re.compile(r"[^\W_](?:[\w&'’-]|\.(?=\w)|(?<=\bT[Pp])\.(?=[ \t]+[A-ZĐ])|/(?=[A-ZĐ]))*|[-–]|&|,")
_UNIT_MAX_WORDS = 18
# `Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn`: a list in lowercase, closed by `và`, inside a name
_LOWER_LIST = re.compile(r",[ \t]+(?:(?!và\s)[^\W\d_]+[ \t]+){1,3}và[ \t]+[^\W\d_]")
_ORGANIZES = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:long\s+trọng\s+|trang\s+trọng\s+)?tổ\s+chức\s", re.IGNORECASE)
_OUR_COUNTRY_ENDS = re.compile(r"Việt\s+Nam$")  # `Hội X Việt Nam chuyên nghiệp`: the country ends a unit's name
_LOCALITY_NEXT = re.compile(rf"{LOCALITY_WORD}(?![\w])")  # `Hội Sinh viên Việt Nam tỉnh`: the province's
_UNION_END = re.compile(rf"(?:Việt\s+Nam|{LOCALITY_WORD})$")  # `Công đoàn Viên chức tỉnh`: a trade union's place ends it
_PLACE_KIND_ALONE = re.compile(rf"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?=\s+[{LOWER}])")
_OF_NAMED_PLACE = re.compile(r"của\s+(?:tỉnh|thành\s+phố)\s+")  # `... của tỉnh Gia Lai`: the named place it serves
_OF_THE_PLACE = re.compile(rf"của\s+(?:{LOCALITY_WORD})(?![\w])(?!\s+[{UPPER}\d])")


_ORDINAL = re.compile(r"lần\s+thứ(?![\w])", re.IGNORECASE)
_EVENT_IN_NAME = re.compile(r"(?<![\w])(?:Đại\s+hội|Hội\s+nghị)(?![\w])")  # `Tiểu ban Văn kiện Đại hội Đảng lần thứ XIV`


@cache
def _honorific() -> re.Pattern[str]:
    """`Quân khu 4 và Trung tướng A`: a rank or an honorific, as written, ends a unit's name."""
    return re.compile(rf"(?:{honorific_pattern()})(?![\w])")


# a committee named by what it carries out (`Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia ...`), where
# `thực hiện` is no verb ending the name
_CARRIES_OUT = re.compile(r"\s*(?P<verb>thực\s+hiện)(?=\s+(?:các\s+)?(?i:chương\s+trình|đề\s+án|nghị\s+quyết|chỉ\s+thị"
                          r"|kết\s+luận|quy\s+chế|kế\s+hoạch)(?![\w]))")


# a steering committee of the state named by its task (`quốc gia về ...`, `Trung ương triển khai ...`)
# (not `Hướng dẫn của Ban Chỉ đạo Trung ương về một số nội dung ...`: the topic of what it issued)
# (or of a province or district, by its task: `Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực`,
# `Ban Chỉ đạo cấp tỉnh về phát triển khoa học, công nghệ`), or of many sectors (`Ban Chỉ đạo liên ngành về ...`),
# or by its task alone (`Ban Chỉ đạo về phát triển khoa học, công nghệ ...`)
# (`Ban Chỉ đạo tỉnh về kiểm tra ...`: came to check, no task)
_NO_TASK = (r"một\s+số|các|những|việc|kiểm\s+tra|khảo\s+sát|giám\s+sát|làm\s+việc|thăm|dự"
            r"|tận|đến|tới|với|địa\s+phương|cơ\s+sở")
_ABOUT = rf"về(?!\s+(?:{_NO_TASK})\s)"
# (a bare `về` after a meeting's body may begin its agenda or a decision's subject: `Phiên họp của Ban Chỉ đạo về công
# tác ...`, `thành lập Ban Chỉ đạo về triển khai Nghị quyết 57`)
_BARE_ABOUT = rf"về(?!\s+(?:{_NO_TASK}|công\s+tác|tình\s+hình|kết\s+quả|triển\s+khai|thực\s+hiện)(?![\w]))"
_TASKED = re.compile(r"\s*(?:[Ll]iên\s+ngành\s+)?(?:(?:[Qq]uốc\s+gia|Trung\s+ương|T\.?\s?Ư|TW|Nhà\s+nước|(?:của\s+)?Chính\s+phủ"
                     rf"|(?:cấp\s+)?(?:tỉnh|thành\s+phố|huyện))\s+(?:{_ABOUT}|triển\s+khai|thực\s+hiện)|(?P<bare>{_BARE_ABOUT}))\s")
# a committee reported to or asked about (`báo cáo Ban Chỉ đạo về tiến độ ...`): what follows `về` is the matter
_TOLD = re.compile(r"(?<![\w])(?:báo\s+cáo|trình|xin\s+ý\s+kiến|kiến\s+nghị|đề\s+xuất|gửi|với)\s+$", re.IGNORECASE)
_TASKED_KIND = "ban chỉ đạo"  # (the kind of unit so named, as lexicon_key writes it)
# a national committee or council named by its field (`Ủy ban Quốc gia về trẻ em`, `Hội đồng quốc gia về giáo dục`);
# alone these kinds are too broad to name one body (_BROAD_KINDS above)
_NATIONAL_KINDS = frozenset({"ủy ban", "hội đồng"})
_NATIONAL = re.compile(rf"\s*[Qq]uốc\s+gia\s+{_ABOUT}\s")
# where a task's words end: a clause's punctuation, a comma before a capital, a verb of what the committee does (not
# `ở cơ sở`, at the grassroots: `Ban Chỉ đạo Trung ương thực hiện Quy chế dân chủ ở cơ sở`)
_TASK_STOP = re.compile(rf"\s*(?:[.;:()\n\"“”]|,\s*(?=[^\w\s]|[{UPPER}\d])|$)"
                        r"|\s+(?=(?:đã|vừa|sẽ|đang|họp|chủ\s+trì|tổ\s+chức|tiến\s+hành|diễn\s+ra|khai\s+mạc|ban\s+hành"
                        r"|do|tại|với|cùng|cho\s+biết|nhấn\s+mạnh|yêu\s+cầu|đề\s+nghị|là|có|gồm|phát\s+biểu|trình\s+bày|báo\s+cáo"
                        r"|kết\s+luận|(?:tham\s+)?dự|chúc\s+mừng|chỉ\s+đạo|làm\s+việc|thăm|năm\s+\d|ngày"
                        r"|(?:sáng|chiều|tối)\s+(?:nay|ngày|qua|\d)"
                        r"|nhiệm\s+kỳ|phiên|lần|ở(?!\s+cơ\s+sở)|thời\s+gian\s+(?:qua|tới)|tiếp\s+tục|hoàn\s+thiện|đánh\s+giá|thống\s+nhất|quyết\s+định|giao"
                        r"|phân\s+công|được|cần|phải|nhằm|để|theo|trước\s+(?:ngày|khi)|trên\s+cơ\s+sở"
                        r"|và\s+(?:các|những|lãnh\s+đạo|ông|bà|đồng\s+chí|đ/c))(?![\w]))")
_TASK_WORDS = 24  # at most this many words of task (`... về phát triển khoa học, công nghệ, đổi mới sáng tạo ...`)
_TASK_COMMA = re.compile(r",\s*")


def _named_by_task(text: str, pos: int, task: int, end: int) -> Body | None:
    """A unit written at pos whose name runs through the task starting at `task` (None where no task ends)."""
    stop = _task_end(text, task, end)
    if stop is None:
        return None
    surface = text[pos:stop]
    name = expand(" ".join(surface.split()))
    return Body(pos, stop, surface, name, None, None, written=name)


def _task_end(text: str, pos: int, end: int) -> int | None:
    """Where a committee's task ends (`triển khai xóa nhà tạm, nhà dột nát trên phạm vi cả nước`): at a stop word,
    or at a comma before someone (`..., đồng chí A`, `..., Bộ trưởng B`); None past a task's length (the window
    is cut at 240 characters, the words at 24) or where a name is written inside it."""
    from orggraph.extract.people import name_pattern
    from orggraph.extract.titles import title_pattern

    stop = _TASK_STOP.search(text, pos, min(end, pos + 240))
    if stop is None or stop.start() <= pos:
        return None
    cut = stop.start()
    for comma in _TASK_COMMA.finditer(text, pos, cut):
        if _honorific().match(text, comma.end()) or title_pattern().match(text, comma.end()):
            cut = comma.start()
            break
    cut = len(text[:cut].rstrip(" ,-–"))
    if cut <= pos or len(text[pos:cut].split()) > _TASK_WORDS or name_pattern().search(text, pos, cut):
        return None
    return cut


def unit_at(text: str, pos: int, titled: bool = False, end: int | None = None) -> Body | None:
    """A unit named by kind + name as written (lexicon/units.tsv): the name runs to punctuation, a
    function word, a person's name, a title or another body. After a title's head (`titled`) an
    ad-hoc committee may be named in lowercase (`Trưởng Ban kiểm phiếu`)."""
    from orggraph.extract.people import name_pattern  # names end a unit's name; people builds on bodies
    from orggraph.extract.titles import title_pattern

    end = len(text) if end is None else end
    if titled and text[pos:pos + 1].islower() and (_headed_lower().match(text, pos, end)
                                                    or _namesake_lower().match(text, pos, end)):
        # `Tổng biên tập báo Nhân Dân`: a newspaper written in lowercase after a title's head, then its name (or a
        # school named after a person: `Hiệu trưởng trường Chính trị Nguyễn Văn A tỉnh X`)
        unit = unit_at(f"{text[:pos]}{text[pos].upper()}{text[pos + 1:]}", pos, titled, end)
        return replace(unit, surface=text[unit.start:unit.end]) if unit is not None else None
    m = _unit_pattern().match(text, pos, end)
    if not m or not m.group("kind")[:1].isupper() or _venue().match(text, pos, end) \
            or _PLACE_BEFORE.search(text, max(0, pos - 12), pos):
        return None  # `tại Trung tâm Hội nghị quốc gia` is a venue, `huyện Vụ Bản` a place
    if (aside := _ASIDE_BEFORE_LOWER.match(text, m.end(), end)) is not None:
        # `Ban Chỉ đạo (BCĐ) diễn tập khu vực phòng thủ`: the kind's abbreviation in brackets right after it, before
        # the rest of its name, read as if not written (blanked, so every offset stays); the kind alone stays as before
        blanked = f"{text[:aside.start()]}{' ' * (aside.end() - aside.start())}{text[aside.end():]}"
        unit = unit_at(blanked, pos, titled, end)
        if unit is not None and unit.end > aside.end():
            return replace(unit, surface=text[unit.start:unit.end])
    kind = lexicon_key(m.group("kind"))
    when = _units().get(kind)  # how the lexicon says the kind is named (lexicon/units.tsv)
    if (task := _TASKED.match(text, m.end(), end) if kind == _TASKED_KIND
            else _NATIONAL.match(text, m.end(), end) if kind in _NATIONAL_KINDS else None) is not None:
        told = task.groupdict().get("bare") and _TOLD.search(text, max(0, pos - 20), pos)
        tasked = None if told else _named_by_task(text, pos, task.end(), end)  # `Ban Chỉ đạo quốc gia về chuyển đổi số`
        if tasked is not None:
            return tasked
    if kind == "ban" and m.end() < end:
        if body_at(text, m.end()) is not None:
            return None  # `các Ban HĐND tỉnh`: the council's boards, none of them named
        head = _DIRECTORATE.match(text, m.end(), end)
        owner = body_at(text, head.end()) if head is not None else None
        if head is not None and (owner is None or owner.end > end):
            return None  # `Ban Giám đốc` of no body named: the leadership spoken of, not a body
        if head is not None and owner is not None:  # `Ban Giám đốc Công an tỉnh X`: X's directorate
            name = f"Ban Giám đốc {owner.name}"
            return Body(pos, owner.end, text[pos:owner.end], name, owner.province, owner.needs,
                        written=f"Ban Giám đốc {owner.written or owner.name}")
    union = when == "union"
    if union or when == "board":  # `Hội đồng thành viên Tập đoàn X`: X's board
        owner = body_at(text, m.end()) if m.end() < end else None
        board = expand(" ".join(m.group("kind").split()))
        board = board[:1] + board[1:].lower()  # `Hội đồng Thành viên` is the same board
        if owner is not None and owner.end <= end:
            if _read_whole(text, pos, f"{board} {owner.name}"):
                return None  # `Tòa án Quân sự Trung ương`: a central body body_pattern reads whole
            return Body(pos, owner.end, text[pos:owner.end], f"{board} {owner.name}", owner.province, owner.needs,
                        written=f"{board} {owner.written or owner.name}", board_of=owner)
        if _unit_kind_next().match(text, m.end(), end):
            return None  # `Chủ tịch HĐTV Tập đoàn`: the board of a unit named before
        shared = _SHARED_OWNER.match(text, m.end(), end)
        head = title_pattern().match(text, shared.end(), end) if shared else None
        later = body_at(text, head.end() + 1) if head and text[head.end():head.end() + 1] == " " else None
        if shared and later is not None and later.end <= end and ("," not in shared.group(0) or _CORPORATE.match(later.name)):
            # `Chủ tịch HĐQT kiêm Tổng Giám đốc BIDV`, `Chủ tịch HĐQT, Tổng Giám đốc Tổng Công ty X`: their board
            return Body(pos, m.end("kind"), text[pos:m.end("kind")], f"{board} {later.name}", later.province, later.needs,
                        written=f"{board} {later.written or later.name}", board_of=later)
        # `Hội đồng Quản trị Petro Vietnam`: a board named as written
    if (shortened := _SHORT_FORM_AFTER.match(text, m.end(), end)) is not None \
            and lexicon_key(shortened.group("short")) == lexicon_key(m.group("kind")) \
            and lexicon_key(m.group("kind")) not in lexicon_key(shortened.group("name")):
        # `thành lập Ban Chỉ đạo tổng kết 20 năm thực hiện mô hình ... của Chính phủ (Ban Chỉ đạo)`: the text gives
        # the name whole, then the kind it will call the body by (not `đổi tên Ban X thành Ban Y (sau đây gọi tắt là
        # Ban Chỉ đạo)`, where the short form is the second's)
        surface = text[pos:shortened.end("name")]
        return Body(pos, shortened.end("name"), surface, expand(" ".join(surface.split())), None, None,
                    written=" ".join(surface.split()))
    # `Báo Nhân Dân` written alone is the page's source, not a body the news is about, unless it organises
    # the event (`Báo Nghệ An tổ chức Lễ công bố ...`)
    headed_alone = when in _HEADED and not titled
    loose = when == "titled"
    # away from a title's head a name in lowercase counts only up to the place it ends with
    # (`Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Phú Yên`), never `Ban Chỉ đạo đã họp`
    # after a title's head a named unit may be written in lowercase up to its place (`Cục trưởng Cục thống kê tỉnh X`)
    placed_only = union or text[m.end():m.end() + 1].islower() and (
        (loose and not titled) or (titled and when in _NAMED
                                   and not _PLACED.match(text, m.end(), end)))  # `Trường Chính trị tỉnh`: as before
    loose = loose or placed_only
    at_place = False
    words: list[tuple[int, int]] = []
    cursor = m.end()
    while cursor < end and len(words) < _UNIT_MAX_WORDS:
        if words and (aside := _aside_before_place().match(text, cursor, end) or _aside_in_name(text, cursor, end)):
            # `Trung tâm Kiểm soát bệnh tật (CDC) TP Cần Thơ`, `Ban chỉ đạo (BCĐ) giảm nghèo tỉnh X`: the aside is no
            # part of the name
            cursor = aside.end()
            continue
        if words and _CAMPAIGN_END.search(text, pos, words[-1][1]) \
                and (quoted := _QUOTED_AFTER.match(text, cursor, end)) is not None:
            # `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh X`: the campaign's title
            words.append((cursor, quoted.end()))
            cursor = SPACES.match(text, quoted.end(), end).end()  # type: ignore[union-attr]
            continue
        w = _UNIT_WORD.match(text, cursor, end)
        if not w:
            break
        token = w.group(0)
        upper = token[:1].isupper()
        joined = _JOINED.match(text, cursor, end)  # `Khu kinh tế Nghi Sơn và các Khu công nghiệp`
        if words and joined and not _starts_something(text, joined.end()) and not name_pattern().match(text, joined.end()):
            cursor = joined.end()
            continue
        if not words and token == "các" and len(m.group("kind").split()) > 1 \
                and re.match(rf"\s+[{UPPER}]", text[w.end():w.end() + 2]):
            words.append((cursor, w.end()))  # `Ban Quản lý các Khu công nghiệp`
            cursor = w.end() + 1
            continue
        if not words and (named_after := _namesake_at(text, cursor, m.group("kind"))) is not None:
            words.append((cursor, named_after))  # `Trường Chính trị Trần Phú`: named after a person
            break
        if not words and kind in _organ_names() and (inner := unit_at(text, cursor, end=end)) is not None:
            words.append((cursor, inner.end))  # `Chi bộ Trường THCS Đoàn Kết`: the cell of a unit named in whole
            break
        if not words and loose and (carried := _CARRIES_OUT.match(text, cursor, end)) is not None:
            words.append((carried.start("verb"), carried.end("verb")))  # `Ban Chỉ đạo thực hiện các Chương trình ...`
            cursor = SPACES.match(text, carried.end(), end).end()  # type: ignore[union-attr]
            continue
        if not words and (hamlet := _HAMLET.match(text, cursor, end)) is not None:
            words.append((cursor, hamlet.end()))  # `Chi bộ ấp Phú Đức B`, `Chi bộ khu phố 3`: the hamlet it serves
            cursor = SPACES.match(text, hamlet.end(), end).end()  # type: ignore[union-attr]
            continue
        if not words and upper and (place := _place_then_name(text, cursor, end)) is not None \
                and (gap := _BLANKS.match(text, place, end)) is not None and text[gap.end():gap.end() + 1].isupper():
            words.append((cursor, place))  # `Báo Hải Dương Nguyễn Văn A`: named by its province, then a person
            break
        if not words and not upper and when in (*_NAMED, *_HEADED) \
                and (placed := _PLACED.match(text, cursor, end)) \
                and (province := _province_any_case().match(text, placed.end(), end)) is not None:
            words.append((cursor, province.end()))  # `Giám đốc Bảo tàng tỉnh Hải Dương`: the province's own unit
            at_place = True
            break
        if not words and (not (upper or token[:1].isdigit() or (loose and token[:1].isalpha() and token != "và"))
                          or (name_pattern().match(text, cursor) and not _province_at(text, cursor)
                              and not _place_name().match(text, cursor))
                          or _unit_stops().match(text, cursor)):
            return None
        if words and upper and _after_prize(text, cursor) and (namesake := name_pattern().match(text, cursor)) is not None:
            words.append((cursor, namesake.end()))  # `Hội đồng xét Giải thưởng VHNT Hoàng Văn Thụ`: the prize's namesake
            gap = SPACES.match(text, namesake.end(), end)
            cursor = gap.end() if gap else namesake.end()
            continue
        if token in {"-", "–"} and words and _OUR_COUNTRY_ENDS.search(text, pos, words[-1][1]):
            if (other := _country_next().match(text, w.end(), end)) is None:
                if _SHORT_NAME_NEXT.match(text, w.end(), end) and not _BRANCH_NEXT.match(text, w.end(), end):
                    break  # `Ngân hàng TMCP Ngoại thương Việt Nam – Vietcombank phát đi ...`: its short name after a dash
                gap = SPACES.match(text, w.end(), end)
                cursor = gap.end() if gap else w.end()
                continue  # (`Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh`: its branch, named on)
            words.append((w.end(), other.end()))  # `Hội Hữu nghị Việt Nam - Mông Cổ`: named by two countries
            gap = SPACES.match(text, other.end(), end)
            cursor = gap.end() if gap else other.end()
            continue
        if token == "và" and words and _COUNT_NEXT.match(text, w.end(), end):
            break  # `làm Trưởng Ban chỉ đạo và 2 Phó trưởng Ban gồm ...`: a count of others, no part of the name
        if token == ",":
            if _unit_kind_whole().fullmatch(text[pos:cursor].rstrip()):
                return None  # `thành viên Ban Chỉ đạo, Tổ Biên tập`: a kind written alone, then the next body
            after = re.compile(r",\s+").match(text, cursor, end)
            if not after or not (text[after.end():after.end() + 1].isupper() or placed_only
                                 or _comma_in_phrase(text, words, cursor)
                                 or (words and _LOWER_LIST.match(text, cursor, end))) \
                    or _starts_something(text, after.end()):
                break
        elif words and upper and (place := _place_then_name(text, cursor, end)) is not None:
            dash = _PLACE_DASH_PLACE.match(text, place, end)
            if dash is not None and (other := _province_pattern().match(text, dash.end(), end)) is not None:
                words.append((cursor, other.end()))  # `Dự án thủy điện Sơn La - Lai Châu`: named by two provinces
                gap = SPACES.match(text, other.end(), end)
                cursor = gap.end() if gap else other.end()
                continue
            words.append((cursor, place))  # `Viện X Hà Nội Nguyễn Văn A`: the unit's place, then a person
            break
        elif words and not upper and (placed := _PLACED.match(text, cursor, end)) \
                and (province := _province_any_case().match(text, cursor, end)) and province.end() > placed.end():
            words.append((cursor, province.end()))  # `Trường Đại học X thành phố Hồ Chí Minh dưới sự ...`: the place ends it
            at_place = True
            break
        elif words and not upper and (kind_only := _PLACE_KIND_ALONE.match(text, cursor, end)):
            words.append((cursor, kind_only.end()))  # `Trung tâm Xúc tiến du lịch tỉnh hết sức ...`: `tỉnh` ends it
            at_place = True
            break
        elif words and token[:1].islower() and not _LOCALITY_NEXT.match(text, cursor, end) \
                and (_OUR_COUNTRY_ENDS.search(text, pos, words[-1][1]) or text[words[-1][0]:words[-1][1]].isdigit()):
            break  # `Hội X Việt Nam chuyên nghiệp`, `Quân khu 4 quán triệt`: a country or a number ends the name
        elif (placed_only or loose) and words and (own := _OF_THE_PLACE.match(text, cursor, end)):
            words.append((cursor, own.end()))  # `Ban Chỉ đạo xây dựng nông thôn mới của tỉnh`: the place it serves
            at_place = True
            break
        elif placed_only and words and (of := _OF_NAMED_PLACE.match(text, cursor, end)) \
                and (named := _province_any_case().match(text, of.end(), end)) is not None:
            words.append((cursor, named.end()))  # `Ban Chỉ đạo phòng, chống dịch Covid-19 của tỉnh Gia Lai`: named
            at_place = True
            break
        elif len(words) == 1 and text[words[0][0]:words[0][1]].isdigit() and kind == _TASKED_KIND \
                and _NUMBERED_FOR.match(text, cursor, end) and (owner := body_at(text, cursor)) is not None \
                and owner.end <= end:
            # `Ban Chỉ đạo 35 Thành ủy`, `Ban Chỉ đạo 138 UBND tỉnh`: a committee named by its number, then whose it is
            numbered = " ".join(text[pos:cursor].split())
            return Body(pos, owner.end, text[pos:owner.end], f"{expand(numbered)} {owner.name}", owner.province,
                        owner.needs, written=f"{numbered} {owner.written or owner.name}")
        elif words and not upper and (cause := _CAUSED_BY.match(text, cursor, end)) is not None:
            words.append((cursor, cause.end()))  # `Ban Chỉ đạo phòng, chống dịch bệnh X do vi rút Y gây ra`: in the name
            gap = SPACES.match(text, cause.end(), end)
            cursor = gap.end() if gap else cause.end()
            continue
        elif words and (_unit_stops().match(text, cursor) or _PHOTO_COUNTER.match(text, cursor, end)
                        or (upper and _starts_something(text, cursor) and not _province_after_word(text, cursor))
                        or ((person := name_pattern().match(text, cursor)) and not _province_after_word(text, cursor)
                            and not _place_name().match(text, cursor) and not _district_named(text, cursor, person)
                            and not (len(words) == 1 and _name_goes_on(text, person, words[0], m.group("kind")))
                            and not _province_after_syllable(text, person, words))
                        or title_pattern().match(text, cursor) or _honorific().match(text, cursor)
                        or (_ORDINAL.match(text, cursor) and not _EVENT_IN_NAME.search(text, pos, cursor))):
            break  # `Đại hội ... Tập đoàn X lần thứ IV`: the congress's number, unless the name holds the event's
        if token not in {",", "-", "–", "&"}:
            words.append((cursor, w.end()))
        gap = SPACES.match(text, w.end(), end)
        cursor = gap.end() if gap else w.end()
    if len(words) >= _UNIT_MAX_WORDS and (more := _UNIT_WORD.match(text, cursor, end)) is not None \
            and more.group(0)[:1].isalpha() and not _unit_stops().match(text, cursor):
        return None  # a name still going on at the most words one holds: unread, rather than cut mid-phrase
    while words and text[words[-1][0]:words[-1][1]] == "và":  # `Thông tấn xã Việt Nam và ông ...`
        words.pop()
    if not words or (placed_only and not at_place and not _PLACED.search(text, m.end(), words[-1][1])
                     and not (union and (_UNION_END.search(text, m.end(), words[-1][1])
                                         or ((tail := _province_ends().search(text, m.end(), words[-1][1]))
                                             and tail.start() > words[0][1] and " và " not in text[m.end():tail.start()])))):
        # (`Công đoàn ngành Y tế Nghệ An`: a province's name without its kind ends a trade union's too)
        return None
    stop = words[-1][1]
    if _province_ends().search(text, m.end(), stop) and _JOINS_PLACES.search(text, m.end(), stop) \
            and (joined := _AND_PLACED.match(text, stop, end)) \
            and (other := _province_any_case().match(text, joined.end(), end)):
        stop = other.end()  # `Ban Chỉ đạo sáp nhập ... tỉnh Hà Giang và tỉnh Tuyên Quang`: both places it serves
    if when == "branch" and (sits := _SITS_AT.match(text, stop, end)) is not None \
            and (sat := _province_any_case().match(text, sits.end(), end)) is not None:
        stop = sat.end()  # `Chi hội Nhà văn Việt Nam tại Nam Định`: the branch of the province it sits in
    if headed_alone and not _ORGANIZES.match(text, stop, end):
        return None
    surface = text[pos:stop].rstrip(" ,-–")
    name = expand(" ".join(_BRACKETED_ABBREVIATION.sub(" ", surface).split()))  # only skipped asides have brackets
    kind = " ".join(m.group("kind").split())
    cased = _unit_kind_spellings().get(kind.casefold(), kind)
    if cased != kind and name.startswith(kind):
        name = cased + name[len(kind):]
    # a central body's name as body_pattern reads it: that has judged it (`... Trung ương Hội`)
    if _read_whole(text, pos, name):
        return None
    inside = when == "inside"  # `Trưởng khoa Nội`: a post, no body of its own
    return Body(pos, pos + len(surface), surface, name, None, "unnamed" if inside else None, written=name)


# a unit's name written whole, then its kind alone in brackets as the short form the text goes on with
_SHORT_FORM_AFTER = re.compile(r"(?P<name>\s*[^.;:()\n]{3,200}?)\s*\(\s*(?:sau\s+đây\s+gọi\s+(?:tắt\s+)?là\s+|gọi\s+tắt\s+là\s+)?"
                               r"(?P<short>[^()\n]{2,30}?)\s*\)")
# a committee for a campaign or a movement, named by its title in quotes
_CAMPAIGN_END = re.compile(r"(?i:cuộc\s+vận\s+động|phong\s+trào|chương\s+trình)$")
_QUOTED_AFTER = re.compile(r"\s*(?:“[^”\n]{3,120}”|\"[^\"\n]{3,120}\")")
# the body a numbered steering committee belongs to, written right after its number
_NUMBERED_FOR = re.compile(rf"{_PARTY_COMMITTEE_WORDS}|UBND|Ủy\s+ban\s+nhân\s+dân|Chính\s+phủ")


def _province_after_syllable(text: str, person: re.Match[str], words: list[tuple[int, int]]) -> bool:
    """`Trường THPT chuyên Lam Sơn Thanh Hóa`: what reads as a name (`Sơn Thanh Hóa`) is the second syllable of the
    unit's one-word proper name so far (`Lam`) and then its province, no person (not `Bệnh viện Hồng Đức Lê Thái
    Bình`, whose proper name already has two syllables before a person named after a province)."""
    names = person.group(0).split()
    return len(names) == 3 and _province_pattern().fullmatch(" ".join(names[1:])) is not None \
        and bool(words) and text[words[-1][0]].isupper() and (len(words) < 2 or not text[words[-2][0]].isupper())


def _name_goes_on(text: str, person: re.Match[str], first: tuple[int, int], kind: str) -> bool:
    """`Trường THPT An Lương Đông`: two capitalised syllables that could be a short name, right after the one
    capitalised word a school's or a hospital's name has so far, go on with it (not `... Hà Nội Lê An`)."""
    return len(person.group(0).split()) == 2 and text[first[0]:first[0] + 1].isupper() \
        and text[first[1]:person.start()] == " " and lexicon_key(kind) in _namesake_units()


def _namesake_at(text: str, pos: int, kind: str) -> int | None:
    """Where the namesake written at pos after a unit's kind ends, if the kind is one named after persons."""
    from orggraph.extract.people import name_pattern

    namesake = name_pattern().match(text, pos) if lexicon_key(kind) in _namesake_units() else None
    if namesake is None or _province_pattern().search(text, pos, namesake.end()) \
            or any(len(w) > 1 and w.isupper() for w in namesake.group(0).split()):
        return None
    return _namesake_end(text, namesake)


def _namesake_end(text: str, namesake: re.Match[str]) -> int:
    """Where a unit's namesake ends: before a person's full name written right after it (`Trường THPT Chu Văn An
    Lê Văn B`, whose namesake the name pattern reads as `Chu Văn An Lê`)."""
    from orggraph.extract.people import name_pattern

    starts = [m.start() for m in re.finditer(r"\S+", namesake.group(0))][2:]
    for start in starts:
        person = name_pattern().match(text, namesake.start() + start)
        if person is not None and person.end() > namesake.end():
            return namesake.start() + start - 1
    return namesake.end()


def _read_whole(text: str, pos: int, name: str) -> bool:
    """A central body's name (lexicon/bodies.tsv) that body_pattern reads at pos: it has judged it."""
    return lexicon_key(name) in _fixed() and body_pattern().match(text, pos) is not None


@cache
def _comma_phrases() -> re.Pattern[str]:
    """lexicon/comma_phrases.txt: phrases written with a comma inside a body's name (`phòng, chống`)."""
    return re.compile(rf"(?:{words_alternation(read_list('comma_phrases.txt'))})(?![\w])", re.IGNORECASE)


def _comma_in_phrase(text: str, words: list[tuple[int, int]], comma: int) -> bool:
    """`Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19`: the comma at `comma` is inside one phrase."""
    start = words[max(0, len(words) - 5)][0] if words else comma  # a phrase of up to five words before it
    return any(m.start() < comma < m.end() for m in _comma_phrases().finditer(text, start, comma + 40))


_SHARED_OWNER = re.compile(r"\s*(?:kiêm|,)\s+")  # a board whose corporation the next post names
# the kinds of corporation a board governs (not the central bank, `Ngân hàng Nhà nước`, which has no board)
CORPORATIONS = r"(?:Tập\s+đoàn|Tổng\s+công\s+ty|Tổng\s+Công\s+ty|Công\s+ty|Ngân\s+hàng(?!\s+Nhà\s+nước))\s"
_CORPORATE = re.compile(CORPORATIONS)


def board_owner(name: str) -> str | None:
    """`Hội đồng thành viên Tập đoàn X` -> `Tập đoàn X`: the corporation a board governs (a central
    body of its own, `Tòa án quân sự Trung ương`, has none; nor a union named by its trade,
    `Công đoàn Giáo dục huyện X`)."""
    for kind, when in _units().items():
        if when in ("board", "union"):
            board = expand(kind)
            if key(name).startswith(key(board) + " "):
                owner = name[len(board) + 1:]
                return None if lexicon_key(name) in _fixed() or (when == "union" and not _starts_something(owner, 0)) \
                    else owner
    return None


_BRAND = re.compile(r"[A-Za-z]+")


def _starts_something(text: str, pos: int) -> bool:
    """A known body or a unit's kind begins here: `Vụ Kế hoạch - Tài chính, Bộ Y tế` ends at the comma."""
    match = body_pattern().match(text, pos)
    if match and parse_body(match) and not _BRAND.fullmatch(match.group(0)):
        return True  # a corporation's brand goes on a name (`Công ty Tin học Viễn thông Petrolimex`)
    unit = _unit_pattern().match(text, pos)
    if unit is None or _units().get(lexicon_key(unit.group("kind"))) in ("union", "inside"):
        return False  # `Ban Công tác Công đoàn`, `Đại học Bách Khoa`: a union or a department is often a word of a name
    # `Vụ Thông tin Báo chí`: a newspaper's kind (`Báo Nhân Dân`) starts nothing before lowercase
    return text[unit.end():unit.end() + 1].isupper() or _units().get(lexicon_key(unit.group("kind"))) not in _HEADED


@cache
def _in_a_name() -> re.Pattern[str]:
    """A province's name written as part of a person's (a given name can be one), unless the word
    before it is one that makes a place (`Tỉnh`, `Tại`: lexicon/name_stops.txt)."""
    stops = words_alternation(read_list("name_stops.txt"))
    return re.compile(rf"(?<![\w])(?!(?i:{stops}|TP)(?![\w]))(?![{UPPER}]{{2}})(?:{CAPWORD})\s+$")  # `HĐND`: no name
_DISTRICT = re.compile(rf"(?<![\w])(?P<kind>(?i:{DISTRICT_KIND}|thành\s+phố))[ \t]+"
                       rf"(?P<name>(?!{_ROMAN.pattern}(?![\w]))(?!(?:Ủy|Uỷ|ỦY)(?![\w]))"  # (`Huyện Ủy X`: the committee)
                       rf"{CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}}{PLACE_NUMBER}"
                       rf"|\d{{1,2}}(?![\d/.,-]\d))(?![\w])")
# a name ends with its line; a city's districts and wards may be numbered (`quận 1`, `phường 7`)


def _district_kind(word: str) -> str:
    return " ".join(word.casefold().split())


def _headline_only(text: str, kind: str, name: str) -> bool:
    """`HĐND HUYỆN HỌP THƯỜNG KỲ`: a headline in capitals names a district only if the article
    also writes that name in ordinary case; otherwise its capitals are the headline's words."""
    return kind.isupper() and name.isupper() and " ".join(name.split()).title() not in text


_BIOGRAPHY = re.compile(r"\((?i:SN|sinh|quê)[^()]{0,80}\)"
                        # `Ông A sinh năm 1974, quê quán Châu Đốc, tỉnh An Giang; ...`: a home town, written out
                        r"|(?<![\w])(?i:quê\s+quán|nguyên\s+quán|quê\s+(?:ở|tại)|quê\s+(?=(?:xã|huyện|tỉnh|thị\s+xã|"
                        r"thành\s+phố)\s))[^;.\n()]{0,80}")


# a ward, commune or district named like a province (`phường Kon Tum`, `huyện Lâm Đồng`... after 2025's mergers)
_BELOW_A_PROVINCE = re.compile(rf"(?<![\w])(?:{words_alternation(DISTRICT_KINDS)})\s+$", re.IGNORECASE)


# `đại diện Hội CCB các tỉnh Khánh Hòa, Phú Yên`: the provinces listed after a plural are others, guests
# (`các tỉnh từ Thanh Hóa đến Thừa Thiên Huế`: a range of them is a list too)
_PLURAL_PLACES = re.compile(r"(?<![\w])(?i:các)\s+(?:tỉnh|thành\s+phố|tỉnh\s*,\s*thành(?:\s+phố)?)\s+(?:(?i:từ)\s+)?")
_LIST_GAP = re.compile(rf"{AND_GAP.pattern}|\s+(?i:đến|tới)\s+")
# a province given aid (`ủng hộ 2 tỷ đồng hỗ trợ tỉnh Điện Biên làm nhà`) is where the help goes, not where the news is
# `miễn nhiệm Chủ tịch UBND tỉnh đối với ông A (vừa được bầu làm Bí thư Tỉnh ủy X); ... UBND tỉnh`: where a person
# goes is told aside, and the news stays where it is
_MOVED_ASIDE = re.compile(r"\((?:\s*(?i:vừa|đã|mới))?\s*(?i:được)\s[^()]{0,160}\)")
# `trước khi tỉnh Bắc Kạn hợp nhất với tỉnh Thái Nguyên thành tỉnh Thái Nguyên mới`: the province it merges into, not
# the one the news is in (bare `thành tỉnh X` also takes `tách thành tỉnh X`, a province told of as well)
_MERGED_INTO = re.compile(r"(?<![\w])(?i:(?:hợp\s+nhất|sáp\s+nhập|nhập)\s+(?:với|vào)|thành)\s+(?i:tỉnh|thành\s+phố|TP\.?)\s+$")
# (`hỗ trợ Thành phố Hồ Chí Minh và Bình Dương chống dịch`: every place listed with it too; a place aided with no
# `tỉnh`/`thành phố` written, `trao 5 tỷ đồng hỗ trợ Hà Giang`, is often where the news is)
_AIDED = re.compile(r"(?<![\w])(?i:hỗ\s+trợ|ủng\s+hộ|giúp\s+đỡ|cứu\s+trợ)\s+(?:(?i:cho|nhân\s+dân|đồng\s+bào)\s+)*"
                    r"(?P<level>(?i:tỉnh|thành\s+phố)\s+)?$")
_LEVEL_OPENS = re.compile(r"(?i:tỉnh|thành\s+phố|TP)[\s.]")
_AIDED_TOO = re.compile(rf"{AND_GAP.pattern}(?:(?i:tỉnh|thành\s+phố)\s+)?")


def _other_places(text: str) -> list[tuple[int, int]]:
    """Where the article names provinces other than its own, in a list after a plural."""
    spans: list[tuple[int, int]] = []
    for opener in _PLURAL_PLACES.finditer(text):
        pos = opener.end()
        while (place := _province_pattern().match(text, pos)) is not None:
            spans.append((place.start(), place.end()))
            gap = _LIST_GAP.match(text, place.end())
            if gap is None:
                break
            pos = gap.end()
    return spans


_TEASER = re.compile(r"^[ \t]*[>»›][^\n]*", re.MULTILINE)  # `> Sáu lãnh đạo Khánh Hòa ...`: a link to another story
_PAIRED = re.compile(r"(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*(?:,|và|với)\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?")


class Localities:
    """Where the article places itself: every province or city it names, by position, so that
    an unqualified `Tỉnh ủy` takes the nearest province named before it (else after it)."""

    def __init__(self, text: str):
        found: list[tuple[int, Province]] = []
        asides = [(a.start(), a.end()) for a in (*_BIOGRAPHY.finditer(text), *_MOVED_ASIDE.finditer(text),
                                                 *_TEASER.finditer(text))] + _other_places(text)
        aided = -1  # where the last place aided ends
        for m in _province_pattern().finditer(text):
            province = provinces().get(" ".join(m.group(0).split()).casefold())
            aided_by = _AIDED.search(text, max(0, m.start() - 40), m.start())
            if (aided_by and (aided_by.group("level") or _LEVEL_OPENS.match(m.group(0)))) \
                    or (aided >= 0 and _AIDED_TOO.fullmatch(text, aided, m.start())):
                aided = m.end()
                continue  # a province aided: not where the news is
            if any(start <= m.start() < end for start, end in asides) \
                    or _MERGED_INTO.search(text, max(0, m.start() - 30), m.start()):
                continue  # where a person comes from, a province merged into: not where the news is
            if province and m.group(0)[:1].isupper() and not _in_a_name().search(text, max(0, m.start() - 12), m.start()) \
                    and not _BELOW_A_PROVINCE.search(text, max(0, m.start() - 12), m.start()):
                found.append((m.start(), province))
        # districts are not in a lexicon: `huyện Thủy Nguyên`, `quận Hải Châu`, `thị xã Sơn Tây`
        for m in _DISTRICT.finditer(text):
            if m.group("name").isdigit() and _district_kind(m.group("kind")) not in _NUMBERED_KINDS:
                continue
            if not _looks_like_a_person(m.group("name")) and not _runs_on(text, m.start("name")) \
                    and not _headline_only(text, m.group("kind"), m.group("name")):
                name = " ".join(_cased_name(m.group("name")).split())
                if not name:
                    continue
                name = _name_in_district(text, m.start("name"), name) or name  # `huyện Vĩnh Linh Lê Thị Hoa`
                if name.isdigit():  # `quận 1`: the number is no name without its word
                    name = f"{_district_kind(m.group('kind'))} {name}"
                if name.casefold() not in provinces() or _district_kind(m.group("kind")) in DISTRICT_KINDS:
                    # `thành phố Long Xuyên`, not `thành phố Hà Nội`; `phường Kon Tum` is a ward, not the province
                    found.append((m.start(), Province(name, _district_kind(m.group("kind")), "district")))
        found.sort(key=lambda f: f[0])
        self.positions = [pos for pos, _ in found]
        self.places = [place for _, place in found]
        # `hai tỉnh Đắk Lắk và Phú Yên`: a place named together with the one before it (merged, twinned, compared)
        self.paired = {pos: self.places[i - 1] for i, pos in enumerate(self.positions)
                       if i and pos - self.positions[i - 1] <= 40 and _PAIRED.fullmatch(text, self.positions[i - 1], pos)}
        self.explicit: dict[str, list[tuple[int, Province]]] = {}
        self._kinds: dict[str, tuple[list[int], list[Province]]] = {}

    def remember(self, body: Body) -> None:
        """`Tỉnh ủy Thanh Hóa` written out: a later bare `Tỉnh ủy` in the article is the same one."""
        committee = body.committee or body.name
        if body.province is not None:
            self.explicit.setdefault(committee, []).append((body.start, body.province))
        elif body.needs is None and body.sub is None:  # `Thị ủy Sơn Tây`, then `Ban Thường vụ Thị ủy`: Sơn Tây's
            head = next((h for h, kind in local_kinds().items()
                         if kind in DISTRICT_KINDS and body.name.startswith(f"{h} ")), None)
            district = body.name[len(head) + 1:] if head else ""
            if head and district[:1].isupper():
                self.explicit.setdefault(head, []).append((body.start, Province(district, local_kinds()[head], "district")))

    def for_body(self, body: Body) -> Province | None:
        """The locality of an unqualified local body: where the article wrote the same committee
        out in full (the nearest before, else the first), else the nearest place of its kind."""
        kind = body.needs or "any"
        nearest = self.near(body.start, kind)
        written = self.explicit.get(body.committee or body.name, [])
        index = bisect_left(written, (body.start,), key=lambda w: (w[0],))
        if not index:
            return nearest
        # the committee written out before, unless a place of its kind was named since (a bridge point)
        last_pos, last_place = written[index - 1]
        positions, places = self._of_kind(kind)
        since = range(bisect_right(positions, last_pos), bisect_left(positions, body.start))
        # a place named again, or only beside it (`hai tỉnh A và B`), is no bridge point to another
        moved = any(places[i] != last_place and self.paired.get(positions[i]) != last_place for i in since)
        return nearest if moved else last_place

    def _of_kind(self, kind: str) -> tuple[list[int], list[Province]]:
        """The places that fit a kind of body, in text order (computed once per kind)."""
        if kind not in self._kinds:
            fits = [i for i, p in enumerate(self.places) if _fits(kind, p)]
            self._kinds[kind] = ([self.positions[i] for i in fits], [self.places[i] for i in fits])
        return self._kinds[kind]

    def near(self, pos: int, kind: str) -> Province | None:
        positions, places = self._of_kind(kind)
        if not places:
            return None
        index = bisect_left(positions, pos)
        return places[index - 1] if index else places[0]


def qualify(body: Body, localities: Localities | None, written: bool = False) -> str | None:
    """The body's label with the locality the article gives it; with `written`, a local body the
    article never places keeps the name it is written with."""
    if body.needs and body.needs != "never":
        label = body.label(localities.for_body(body)) if localities is not None else None
        return label or (body.written_label() if written else None)
    return body.label()


@extractor("bodies")
def bodies(facts: ArticleFacts) -> None:
    text = facts.article.text
    localities = Localities(text)
    facts.localities = localities
    _ACRONYMS.set(None)
    found = [(s, body) for s in facts.sentences for body in find_bodies(text, s.start, s.end)]
    for _, body in found:
        localities.remember(body)
    page = text.rstrip()  # where a page cut short ends
    for sentence, body in found:
        label = qualify(body, localities, written=True)
        if label and not _cut_by_the_page(page, body):
            facts.orgs.append(OrgMention(label, Span(body.start, body.end, body.surface), sentence.index,
                                         surface=body.surface))
    _acronyms(facts, found)


def _cut_by_the_page(page: str, body: Body) -> bool:
    """The last words of a paragraph the page (its text, trailing blanks off) cuts short mid-name (`... được bầu
    vào Ban B`, `tại Bệnh viện Đa khoa tỉnh Bìn`): no body; not a name the lexicon knows whole, one ending with
    its province, nor a short last line (a headline, a byline, a caption)."""
    if body.end < len(page) or page.endswith(CLOSING) or body.province is not None:
        return False
    line = page[page.rfind("\n", 0, body.start) + 1:body.end]
    return len(line.split()) >= _PARAGRAPH_WORDS and lexicon_key(body.name) not in _fixed()


_PARAGRAPH_WORDS = 8  # a last line this long is a paragraph cut short, not a headline or a byline


def _initialled(text: str, body: Body, acronym: str) -> Body:
    """The body an acronym written after a name stands for: the one whose words it initials (`Đảng bộ Đại học
    Đà Nẵng (ĐHĐN)`: the university), else the whole, unless the whole is a part of the body named inside it
    (`Hội đồng thành viên Tập đoàn Cao su Việt Nam (VRG)`: the group; `Ban Chấp hành Liên hiệp ... (LHH)`: the union),
    never a name's own tail (`Tổng Công ty Cảng hàng không Việt Nam (ACV)` is not `Công ty ...`)."""
    candidates = [body]
    for word in re.finditer(r"(?<=\s)\S", body.surface):
        inner = body_at(text, body.start + word.start())
        if inner is not None and inner.end == body.end and not inner.generic and not inner.bare_sub:
            candidates.append(inner)
    initials = [c for c in candidates if "".join(w[0] for w in c.surface.split()).upper() == acronym]
    if initials:
        return initials[0]
    part = body.board_of is not None or body.sub is not None or _PART_OF_NEXT.match(body.surface) is not None
    return candidates[1] if part and len(candidates) > 1 else body


# a part named before its whole: a Party organ, a committee, an office (`Văn phòng Đài Truyền hình Việt Nam (VTV)`)
_PART_OF_NEXT = re.compile(r"(?:Ban\s+Chấp\s+hành|Ban\s+Thường\s+vụ|Đảng\s+(?:ủy|uỷ|bộ|đoàn)|Ban\s+cán\s+sự|Văn\s+phòng"
                           r"|Hội\s+đồng\s+(?:thành\s+viên|quản\s+trị))\s", re.IGNORECASE)


def _kind_in_brackets(text: str, body: Body) -> re.Match[str] | None:
    kind = _KIND_IN_BRACKETS.match(text, body.end)
    return kind if kind and lexicon_key(body.surface).startswith(f"{lexicon_key(kind.group('short'))} ") else None


def _acronyms(facts: ArticleFacts, found: list[tuple[Sentence, Body]]) -> None:
    """An acronym the article defines for a body it names (`Liên hiệp các hội KH&KT tỉnh (LHH)`) names that
    body wherever the article writes it after (`Chủ tịch LHH`), for this article's extractors alone."""
    text = facts.article.text
    defined: dict[str, tuple[Body, int]] = {}
    for _, body in found:
        m = _DEFINED.match(text, body.end)
        if m and expand(m.group("acronym")) == m.group("acronym") and not body.generic and not body.bare_sub:
            defined.setdefault(m.group("acronym"), (_initialled(text, body, m.group("acronym")), m.end()))
        named = _DEFINED_AS.match(text, body.end) or _kind_in_brackets(text, body)
        if named and " " in named.group("short") and not body.generic and not body.bare_sub:
            defined.setdefault(" ".join(named.group("short").split()), (body, named.end()))
    if not defined:
        return
    words = sorted((k for k in defined if " " in k), key=len, reverse=True)
    shorts = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, words))})(?![\w])") if words else None
    _ACRONYMS.set((text, {acronym: body for acronym, (body, _) in defined.items()}, shorts))
    taken = [(o.span.start, o.span.end) for o in facts.orgs]
    for sentence in facts.sentences:
        uses = [*_ACRONYM.finditer(text, sentence.start, sentence.end),
                *(shorts.finditer(text, sentence.start, sentence.end) if shorts is not None else ())]
        for m in sorted(uses, key=lambda u: u.start()):
            if m.group(0) not in defined:
                continue
            body, after = defined[m.group(0)]
            if m.start() < after or any(s <= m.start() < e for s, e in taken):
                continue
            label = qualify(body, facts.localities, written=True)
            if label:
                facts.orgs.append(OrgMention(label, Span(m.start(), m.end(), m.group(0)), sentence.index,
                                             surface=m.group(0)))
