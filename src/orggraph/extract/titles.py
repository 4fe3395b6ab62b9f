"""Titles (chức danh) as posts: `Trưởng ban Tổ chức T.Ư` is the post `Trưởng ban Tổ chức Trung
ương` in `Ban Tổ chức Trung ương`; `Bí thư Tỉnh ủy` under Nghệ An is `Bí thư Tỉnh ủy Nghệ An`.

A title is a fixed post (`Tổng Bí thư`) or a head (`Bí thư`, `Trưởng ban`) with an optional
modifier (`Thường trực`) and the body it names next; a head with no body is no title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from orggraph.abbreviations import expand
from orggraph.abbreviations import table as abbreviation_table
from orggraph.extract.bodies import (
    CORPORATIONS,
    Body,
    Localities,
    board_owner,
    body_at,
    body_at_any_case,
    event_committee,
    party_committee,
    sub_bodies,
    surnames,
    unit_kind_alone,
    unit_kind_at,
)
from orggraph.extract.patterns import (
    CAPWORD,
    OF_A_MASS_ORGANISATION,
    PARTY_KINDS,
    alternation,
    lexicon_key,
    local_kinds,
    party_organs,
)
from orggraph.lexicon import read_list, read_tsv
from orggraph.model import Post
from orggraph.text import UPPER, key


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    surface: str
    role: str  # canonical head or fixed title
    modifier: str | None
    body: Body | None
    fixed_body: str | None = None  # the body of a fixed title
    absorbed: str | None = None  # `Ban` when the head stands for it (`Trưởng ban` + `Tổ chức ...`)
    context: str | None = None  # a head written alone takes the body of this kind the article names (`Bộ`)
    local: bool = False  # a fixed title of a local committee (`Tỉnh ủy viên`): its body takes the locality
    of: Title | None = None  # the office an aide serves (`Trợ lý` + `Thủ tướng Chính phủ`)
    of_written: bool = False  # `Thư ký của Phó Thủ tướng A`: the name after it is the office's holder, not the aide
    foreign: bool = False  # a foreign state's post (`Bộ trưởng Ngoại giao Trung Quốc`), written as it stands
    unqualified: bool = False  # `Đại sứ` with no country: a title before a name, no post of its own
    board: str | None = None  # `Chủ tịch HĐTV` alone: of this board of the corporation the article names

    @property
    def head(self) -> str:
        """The head as the post writes it, with its modifier (`Phó Trưởng ban Thường trực`)."""
        return f"{self.role} {self.modifier}" if self.modifier else self.role

    def post(self, localities: Localities | None, sibling: Body | None = None) -> Post:
        """The post, its label qualified by the locality the article gives."""
        if self.of is not None:  # `Trợ lý Thủ tướng Chính phủ`, `Thư ký của Phó Thủ tướng`
            served = self.of.post(localities)
            return Post(f"{self.role} {served.label}", served.body, self.surface)
        body = self.body.with_committee(sibling) if self.body and sibling else self.body
        if body is None:
            return Post(self.role, self.fixed_body, self.surface)
        province = None
        if body.needs and body.needs != "never" and localities is not None:
            province = localities.for_body(body)
        body_label = body.label(province) or body.written_label()
        if self.local and province is None and body.name == "Tỉnh ủy" and localities is not None:
            # `TUV` in a city's news: a member of its Thành ủy (`Tỉnh ủy viên` and `Thành ủy viên` share the letters)
            city = replace(body, name="Thành ủy", needs="thành phố")
            place = localities.for_body(city)
            body_label = city.label(place) if place is not None and place.level == "province" else body_label
        if self.local:  # `Tỉnh ủy viên`: a member of the committee, by the name the Party gives it
            return Post(committee_member(body_label or body.name) or self.role, body_label, self.surface)
        shown = body.label(province, body.written or None) or body.written or body.name  # the title as written
        if self.absorbed and shown.startswith(self.absorbed + " ") and not (self.modifier and self._explicit(body)) \
                and key(self.role).endswith(key(self.absorbed)):  # `Trưởng ban (Ban) Tổ chức`, but `Bộ trưởng Bộ Y tế`
            shown = shown[len(self.absorbed) + 1:]
        head = self.head
        if self.absorbed and key(shown) == key(self.absorbed):  # a bare `Ủy viên BTV` no sibling completes
            return Post(head, body_label, self.surface)
        if body.needs == "unnamed":  # `Bí thư Chi bộ`: a post of a body written by its kind alone, no body of its own
            return Post(f"{head} {shown}", None, self.surface)
        return Post(f"{head} {shown}", body_label, self.surface)

    def _explicit(self, body: Body) -> bool:
        """Whether the text itself wrote `Ban` (`Phó Trưởng ban Thường trực Ban Tổ chức`)."""
        return bool(self.absorbed) and key(body.surface).startswith(key(self.absorbed))


@cache
def _titles() -> dict[str, tuple[str, str, str]]:
    """key of a title -> (kind, the title as the graph writes it, body or absorbed word); an alias
    (`Ủy viên Thường vụ`) reads as the title it stands for (`Ủy viên Ban Thường vụ`)."""
    rows = read_tsv("titles.tsv")
    out = {lexicon_key(row[1]): (row[0], row[3] if row[0] == "fixed" and len(row) > 3 and row[3] else row[1],
                                 row[2] if len(row) > 2 else "")
           for row in rows if row[0] != "alias"}
    for row in rows:
        if row[0] == "alias":
            out[lexicon_key(row[1])] = out[lexicon_key(row[2])]
    return out


@cache
def _contexts() -> dict[str, str]:
    """key of a head -> the kind of body it takes from the article when written alone (`Bộ`)."""
    return {key(row[1]): row[3] for row in read_tsv("titles.tsv") if row[0] == "head" and len(row) > 3 and row[3]}


@cache
def _modifiers() -> dict[str, str]:
    return {key(row[0]): row[-1] for row in read_tsv("title_modifiers.txt")}  # `TT` -> Thường trực


# acting, written out or abbreviated (`Q.Cục trưởng`); not `thừa ủy quyền Chủ tịch nước`, on the President's behalf
# (but `Ủy viên Ban Thường vụ Tỉnh ủy quyền Chủ tịch UBND tỉnh`: acting)
_ACTING_WORD = r"(?<!thừa\sủy\s)(?<!thừa\suỷ\s)quyền\s+|(?-i:Q)\.\s*"


@cache
def title_pattern() -> re.Pattern[str]:
    roles = [row[1] for row in read_tsv("titles.tsv")]
    mods = list(read_list("title_modifiers.txt"))
    # a title the lexicon writes as an abbreviation read only in capitals (`PCT`) is read so, not in `pct-phuong.jpg`
    cased = {a.short for a in abbreviation_table() if a.cased}
    capitals = "|".join(re.escape(r) for r in sorted(roles) if r in cased)
    written = alternation([r for r in roles if r not in cased]) + (f"|(?-i:{capitals})" if capitals else "")
    return re.compile(rf"(?<![\w])(?:(?P<acting>{_ACTING_WORD})(?=(?-i:[A-ZĐ])))?"
                      rf"(?P<role>{written})(?:\s+(?P<mod>{alternation(mods)})(?![\w&]))?(?![\w])",
                      re.IGNORECASE)


def needs_a_body(role: str) -> bool:
    """A head that names its body next (`Phó Chủ tịch`), not a whole post of its own (`Tổng Bí thư`)."""
    return _titles().get(lexicon_key(role), ("",))[0] == "head"


def title_at(text: str, pos: int, lower_ok: bool = False) -> Title | None:
    """The title that starts at pos; in lowercase only where the caller knows a title stands
    (`ông A, phó Bí thư tỉnh ủy`). `Quyền Bộ trưởng` (acting) is a post of its own; a title
    followed by a foreign country is that country's post, written as it stands."""
    title = _title_at(text, pos, lower_ok)
    if title is not None and (country := foreign_after(text, title.end)) is not None:
        return _foreign(text, pos, country)
    if title is not None and title.of is None and IN_CHARGE.search(text[max(0, pos - 12):pos]):
        return replace(title, role=f"Phụ trách {title.role}")  # `được giao phụ trách Tư lệnh Hải quân`: not the post itself
    if title is None or title.of is not None or not ACTING.match(text, pos):  # one cheap look, not a second match
        return title
    return replace(title, role=f"Quyền {title.role}")


def _foreign(text: str, pos: int, end: int, unqualified: bool = False) -> Title:
    """`Bộ trưởng Ngoại giao Trung Quốc`, `Ủy viên Trung ương Đảng Cộng sản Trung Quốc`: no post of ours."""
    surface = text[pos:end]
    written = " ".join(_ABBREVIATION_IN_PASSING.sub("", surface).split())
    return Title(pos, end, surface, written, None, None, foreign=True, unqualified=unqualified)


_ABBREVIATION_IN_PASSING = re.compile(r"\s*\([^()]{1,12}\)")
_ONE_MORE_WORD = re.compile(rf"[ \t]+{CAPWORD}")


@cache
def countries() -> tuple[str, str]:
    """Every country, and the ones that are also given names (lexicon/countries.tsv), as alternations."""
    rows = read_tsv("countries.tsv")
    return (alternation([r[0] for r in rows if len(r) < 2 or r[1] != "name"]),
            alternation([r[0] for r in rows if len(r) > 1 and r[1] == "name"]))


def _consular_city() -> str:
    """Our cities a foreign consul general is posted to (`Tổng Lãnh sự Campuchia tại TP.HCM`), lexicon/consular_cities.txt."""
    return rf"(?:(?:TP\.?\s*|Thành\s+phố\s+)?(?:{alternation(read_list('consular_cities.txt'))}))"


@cache
def _foreign_pattern() -> re.Pattern[str]:
    plain, named = countries()
    country = rf"(?:{plain}|(?-i:{named})(?=\s+(?:tại\s|[A-ZĐ])))"
    party = rf"(?:Đảng\s+)?(?:{PARTY_KINDS})\s+"
    state = r"(?:(?:nước|Hợp\s+chúng\s+quốc|Vương\s+quốc|Cộng\s+hòa|(?-i:CH)|Liên\s+bang|Nhà\s+nước)\s+)?"  # `CH Ba Lan`
    ours = r"(?:nước\s+)?(?:(?:CHXHCN|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa)\s+)?Việt\s+Nam"
    return re.compile(rf"(?:\s+Đặc\s+mệnh\s+toàn\s+quyền)?\s+(?:(?:{party})?{state}(?:{country})(?![\w])"
                      rf"(?:\s*\((?-i:[A-ZĐ][A-ZĐ\w.]{{1,10}})\))?(?:\s+tại\s+(?:Việt\s+Nam|{state}(?:{plain})|{_consular_city()})"
                      rf"(?![\w]))?"
                      rf"|{ours}(?:{_abroad().pattern}|\s+tại\s+{_foreign_city()}))",
                      re.IGNORECASE)  # `Đại sứ Việt Nam tại Lào`, `tại Mỹ`: ours, abroad; `Tổng Lãnh sự Việt Nam tại Osaka`


def _foreign_city() -> str:
    """The city one of our consuls is posted to (`Tổng Lãnh sự Việt Nam tại Osaka`, `tại Thành phố Houston`): one
    lexicon/foreign_cities.txt knows (`Quảng Châu`), else up to three capitalised words, not a state's name (`Cộng hòa
    ...`), a meeting's (`tại Hội nghị ...`) nor the holder's name after it (`tại Osaka Ngô Trịnh Hà`: a surname starts
    a name)."""
    not_a_name = rf"(?!(?:{alternation(sorted(surnames()))})\s)"
    word = rf"{not_a_name}(?-i:{CAPWORD})"
    known = alternation(read_list("foreign_cities.txt"))
    return (rf"(?:(?-i:Thành\s+phố)\s+)?(?:(?-i:{known})(?![\w])|(?!(?:Cộng|Vương|Liên|Hợp|Nhà|Hội|Đại|Diễn|Kỳ|Phiên|Lễ)\s)"
            rf"(?-i:{CAPWORD})(?:\s+{word}){{0,2}}(?![\w]))")


@cache
def _abroad() -> re.Pattern[str]:
    """`Đại sứ tại Hoa Kỳ`: one of ours posted abroad, `Việt Nam` left out (or written: `_foreign_pattern`)."""
    plain, named = countries()
    state = r"(?:(?:nước|Hợp\s+chúng\s+quốc|Vương\s+quốc|Cộng\s+hòa|Liên\s+bang)\s+)?"
    return re.compile(rf"\s+tại\s+{state}(?:{plain}|(?-i:{named}))(?![\w])", re.IGNORECASE)


@cache
def _foreign_place() -> re.Pattern[str]:
    """A foreign post's place when the title is foreign by itself: `Tỉnh trưởng tỉnh Udomxay`, `Tỉnh trưởng Xieng Khoang`."""
    return re.compile(rf"\s+(?:tỉnh\s+|thành\s+phố\s+|bang\s+)?{CAPWORD}(?:[ \t]+{CAPWORD})?(?![\w])")


def foreign_after(text: str, pos: int) -> int | None:
    """Where a foreign country written right after a title ends, else None."""
    m = _foreign_pattern().match(text, pos)
    return m.end() if m else None


ACTING = re.compile(_ACTING_WORD, re.IGNORECASE)  # an acting title's first word (`quyền Bộ trưởng`, `Q.Cục trưởng`)
# put in charge of what follows (people reads it too): `phụ trách điều hành hoạt động của Sở Y tế`
IN_CHARGE = re.compile(r"(?<![\w])(?i:phụ\s+trách(?:\s+điều\s+hành(?:\s+hoạt\s+động)?(?:\s+của)?)?)\s+$")


_GAP = re.compile(r"\s{1,3}(của[ \t]+(?=[A-ZĐ]))?")
_OUR_STATE = re.compile(r"\s+(?:nước\s+)?(?:CHXHCN|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa)\s+Việt\s+Nam(?![\w])", re.IGNORECASE)
_BLANKS = re.compile(r"\s{1,3}")
# a unit's kind written in lowercase before its capitalised name
_LOWER_UNIT = re.compile(rf"(?:viện|bệnh\s+viện|học\s+viện|trường|trung\s+tâm|cục|chi\s+cục|vụ)\s+[{UPPER}]")
LOCALITY = re.compile(r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?![\w])")  # in lowercase
_CITY_SHORT = re.compile(r"TP\.?(?=\s)")  # `Bí thư TP Cần Thơ`: a city, written short


@cache
def _locality_heads() -> dict[str, str]:
    return {key(row[0]): row[1] for row in read_tsv("locality_heads.tsv")}


def _title_at(text: str, pos: int, lower_ok: bool = False) -> Title | None:
    match = title_pattern().match(text, pos)
    if not match or not (lower_ok or match.group(0)[:1].isupper() or match.group("acting")):
        return None  # `quyền Chủ tịch UBND tỉnh`: acting, in lowercase, before a capitalised title
    kind, role, extra = _titles()[lexicon_key(match.group("role"))]
    modifier = _modifiers().get(key(match.group("mod"))) if match.group("mod") else None
    after = match.end()
    if kind == "aide":  # `Trợ lý Thủ tướng`, `Thư ký của Phó Thủ tướng`: an aide of an office
        served = _SERVES.match(text, match.end("role"))
        office = title_at(text, served.end()) if served else None
        if office is None:
            return None
        return Title(pos, office.end, text[pos:office.end], role, None, office.body, office.fixed_body, of=office,
                     of_written=bool(served and served.group(1)))
    if kind == "foreign":  # `Tổng thống Nga`, `Tỉnh trưởng tỉnh Tứ Xuyên`, `Đại sứ Andrei Kovtun`
        end = match.end("role")
        country = foreign_after(text, end)
        if country is None and (abroad := _abroad().match(text, end)):
            country = abroad.end()
        if country is None and extra == "place" and (place := _foreign_place().match(text, end)):
            words = place.group(0).split()
            more = _ONE_MORE_WORD.match(text, place.end())
            country = place.end() if not more or len(words) < 2 or words[0] in {"tỉnh", "thành", "bang"} \
                else place.start() + place.group(0).index(words[0]) + len(words[0])  # `Tỉnh trưởng Udomxay Bounkhong L.`
        return _foreign(text, pos, country or end, unqualified=country is None)
    if kind == "fixed":
        end = match.end("role")
        if (ours := _OUR_STATE.match(text, end)) is not None:
            end = ours.end()  # `Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Văn A`: ours, written in full
        if extra == "Ban Chấp hành Trung ương" and (organisation := OF_A_MASS_ORGANISATION.match(text, end)):
            # `UV BCH TW Đoàn`: a member of the Youth Union's (or an association's) central committee
            committee = _COMMITTEE_IN.search(text, pos, end)
            body = body_at(text, committee.start()) if committee else None
            if body is None and _BARE_KIND_ENDS.match(text, organisation.end()):
                # `Ủy viên BCH Trung ương Hội, Chủ tịch Hội X tỉnh Y`: the central committee of the association
                # named after it, the post as written (as `Ủy viên Ban Chấp hành Trung ương Hội` reads)
                kind = " ".join(organisation.group(0).split())
                return Title(pos, organisation.end(), text[pos:organisation.end()], f"Ủy viên {extra} {kind}", None, None)
            if body is None or body.end <= end:
                return None
            return Title(pos, body.end, text[pos:body.end], "Ủy viên", None, body)
        local = local_kinds().get(extra) if extra else None
        local = local if local != "written" else None
        if local:
            return Title(pos, end, text[pos:end], role, None, Body(end, end, "", extra, None, local), local=True)
        return Title(pos, end, text[pos:end], role, None, None, fixed_body=extra or None)
    bare = Title(pos, match.end("role"), text[pos:match.end("role")], role, modifier,
                 Body(match.end("role"), match.end("role"), "", extra, None, None, bare_sub=True), absorbed=extra) \
        if extra and " " in extra and key(role).endswith(key(extra)) and key(role) not in _contexts() \
        and lexicon_key(extra) in sub_bodies() \
        and not event_committee(extra, text, match.end("role")) \
        else None  # `Ủy viên BTV`: part of a committee; `Phó Tổng Thanh tra` alone: of the body the article names
    gap = _GAP.match(text, after)  # `Chánh văn phòng của Bộ Công Thương`: the body after `của`
    if gap and gap.group(1) and extra and lexicon_key(extra) not in sub_bodies():
        gap = _BLANKS.match(text, after)  # `Phó trưởng ban của HĐND`: which committee, the text does not say
    if not gap:
        return bare or _alone(text, pos, match, role, modifier, extra or None)
    body_start = gap.end()
    body = body_at(text, body_start, titled=True)
    absorbed = extra or None
    if absorbed and (body is None or not key(body.surface).startswith(key(absorbed))):
        # `Trưởng Ban Chỉ đạo cải cách tư pháp`; in lowercase only a kind of unit (`Trưởng ban quản lý khu kinh tế`)
        kind = unit_kind_at(f"{absorbed} {text[body_start:body_start + 300]}", 0)
        virtual = _body_with_word(text, body_start, absorbed, titled=text[body_start:body_start + 1].isupper()
                                  or (kind is not None and len(kind) > len(absorbed)))
        if virtual is not None:
            body = virtual
        elif bare and body is None:
            return bare  # else the body written (`Chánh Thanh tra Bộ Công an`)
    if body is None and (governed := _locality_heads().get(key(role))) \
            and (level := LOCALITY.match(text, body_start) or _CITY_SHORT.match(text, body_start)):
        # `Chủ tịch tỉnh Nghệ An`, `Phó Chủ tịch huyện`: of the locality's body (lexicon/locality_heads.tsv); `Bí thư
        # huyện X` of its Party committee, `Huyện ủy X` (a commune's, `Đảng ủy xã X`; a city's written `TP`, `Thành ủy`)
        kind = "thành phố" if level.re is _CITY_SHORT else " ".join(level.group(0).split())
        party = _COMMITTEE_AT.get(kind, governed) if governed == _PARTY_COMMITTEE else None
        if party is None or _NAMED_NEXT.match(text, level.end()):  # (a locality unnamed: `Bí thư xã`, no body)
            body = _body_with_word(text, body_start, party or governed, titled=True)
    if body is None and _LOWER_UNIT.match(text, body_start):
        # `Viện trưởng viện Cây ăn quả miền Nam`, `Giám đốc bệnh viện Nông nghiệp`: a unit's kind in lowercase
        body = body_at_any_case(text, body_start, titled=True)
        if body is None:
            return None  # a unit the text names, unread: not the one of its kind the article named last
    if body is None and modifier and not _starts_a_name(text, after):
        # `Phó Bí thư Thường trực Thành ủy` read above; `Thường trực Ban Bí thư` is a fixed title (a person
        # next: `Thứ trưởng Thường trực A`, of the ministry the article names, as `Thứ trưởng A`)
        return None
    if body is None:
        return _alone(text, pos, match, role, modifier, absorbed)
    return Title(pos, body.end, text[pos:body.end], role, modifier, body, absorbed=absorbed)


def _body_with_word(text: str, start: int, word: str, titled: bool) -> Body | None:
    """The body read as if `word` were written before text[start:] (`Trưởng ban` + `Tổ chức Trung ương`, `Chủ tịch`
    + `tỉnh X` read as `Ủy ban nhân dân tỉnh X`), spanning only what the text writes; none that is only the word
    written again (`Phó Trưởng ban Thường trực Ban tổ chức Hội nghị`: not `Ban Ban`; but `Trưởng phòng Phòng chống ...`)."""
    virtual = body_at(f"{word} {text[start:start + 300]}", 0, titled=titled)
    if virtual is None or virtual.end <= len(word) + 1:
        return None
    shift = start - len(word) - 1
    if text[start:virtual.end + shift].casefold() == word.casefold():
        return None
    return Body(start, virtual.end + shift, text[start:virtual.end + shift], virtual.name, virtual.province,
                virtual.needs, virtual.generic, virtual.bare_sub, virtual.sub)


# a kind of unit written alone ends there (`Chủ tịch Hội nhiệm kỳ 2025-2030.`), not before its name in
# lowercase (`Hội đồng bầu cử tỉnh`) nor before another head sharing a body (`Chủ tịch Hội đồng, Giám đốc X`)
_KIND_ENDS = re.compile(r"\s*(?:[.;:)]|$)|\s*,(?!\s*[A-ZĐ])|\s+(?:nhiệm\s+kỳ|khóa|lần|từ|kể|thay|với|và|cùng|cho|tại"
                        r"|thuộc|để|đã|sẽ|là|được|của)(?![\w])")
# a mass organisation's kind written alone after a central committee's seat (`Ủy viên BCH Trung ương Hội, Chủ tịch Hội
# X`): any comma ends it, since a seat shares no body with the title after it, as a head may
_BARE_KIND_ENDS = re.compile(r"\s*(?:[,;.)]|$|\s(?:và|kiêm)\s)")


def _alone(text: str, pos: int, match: re.Match[str], role: str, modifier: str | None,
           absorbed: str | None) -> Title | None:
    """A head written with no body (`Thứ trưởng A`, `các Phó Trưởng ban: A, B`) is a title only
    where the lexicon says which body of the article it means, or where a kind of unit follows
    with no name (`Chủ tịch Hội`: of the Hội the article named)."""
    context = _contexts().get(key(role))
    end = match.end()
    if (blank := _BLANKS.match(text, end)) and (lone := _lone_board().match(text, blank.end())) \
            and (_starts_a_name(text, lone.end()) or not _CAPITAL_NEXT.match(text, lone.end())):
        # `Chủ tịch HĐTV.`, `Chủ tịch HĐQT Vũ Văn A`: the board of the corporation the article names
        board = expand(" ".join(lone.group("board").split()))
        return Title(pos, lone.end(), text[pos:lone.end()], role, modifier, None, absorbed=absorbed,
                     context=CORPORATIONS, board=board[:1] + board[1:].lower())
    if context is None and (blank := _BLANKS.match(text, end)) and (kind := unit_kind_alone(text, blank.end(), any_case=True)) \
            and _KIND_ENDS.match(text, blank.end() + len(kind)):
        context = re.escape(kind) + " "
    elif context is not None and (blank := _BLANKS.match(text, end)) \
            and (word := re.match(context, text[blank.end():blank.end() + 40])) \
            and _starts_a_name(text, blank.end() + len(word.group(0).rstrip())):
        end = blank.end() + len(word.group(0).rstrip())  # `Phó Giám đốc Sở Trần Văn A`: of the Sở the article named
    return Title(pos, end, text[pos:end], role, modifier, None, absorbed=absorbed, context=context) if context else None


@cache
def _lone_board() -> re.Pattern[str]:
    """A corporation's board written alone (`Chủ tịch HĐTV`, `Chủ tịch Hội đồng Thành viên Tổng công ty;`): the
    `board` kinds of lexicon/units.tsv that are a `Hội đồng`, not a court's or a procuracy's."""
    boards = [kind for kind, when in read_tsv("units.tsv") if when == "board" and key(expand(kind)).startswith("hội đồng")]
    return re.compile(rf"(?P<board>{alternation(boards)})"
                      r"(?:\s+(?:Tổng\s+công\s+ty|Tổng\s+Công\s+ty|Tập\s+đoàn|Công\s+ty|Ngân\s+hàng)(?=\s*(?:[.,;:)]|$)))?(?![\w])")


_CAPITAL_NEXT = re.compile(rf"\s*[{UPPER}\d]")  # `Chủ tịch HĐQT Petro Vietnam`: a name the board's reading missed
_FULL_NAME = re.compile(rf"\s+([{UPPER}]\w*)\s+[{UPPER}]")


def _starts_a_name(text: str, pos: int) -> bool:
    """Whether a person's full name (a surname, then a capitalised word) starts after pos."""
    m = _FULL_NAME.match(text, pos)
    return m is not None and m.group(1) in surnames()


_COMMITTEE_IN = re.compile(r"Ban\s+Chấp\s+hành|BCH")
_PARTY_HEAD = re.compile(r"(?i:(?:Phó\s+)?Bí\s+thư)(?![\w])")
# who sits in a Party organ written bare before a post: its heads and its members (`Ủy viên Đảng đoàn, Phó
# Chủ tịch Hội X` is Ủy viên Đảng đoàn Hội X)
_IN_ORGAN = re.compile(r"(?i:(?:Phó\s+)?Bí\s+thư|Ủy\s+viên(?:\s+Ban\s+Thường\s+vụ)?)(?![\w])")
_PARTY_BODY = re.compile(r"^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Quân)\s+ủy|Đảng\s+bộ|Chi\s+bộ|Đoàn|Tỉnh\s+đoàn"
                         r"|Thành\s+đoàn|Huyện\s+đoàn|Trung\s+ương\s+Đoàn|Ban\s+Bí\s+thư)(?![\w])")


def _party_body(body: Body) -> Body | None:
    """The Party committee a Party head coordinated with this body's title belongs to: the body
    itself, the committee of a commission, the locality's committee, else the body's own."""
    if _PARTY_BODY.match(body.name):
        return body
    committee = body.committee if body.sub else None
    if committee and _PARTY_BODY.match(committee):
        return Body(body.start, body.end, body.surface, committee, body.province, body.needs, written=committee)
    local = party_committee(body)
    if local is not None:
        return local
    name = f"Đảng ủy {board_owner(body.name) or body.name}"  # `Bí thư, Chủ tịch HĐTV Tập đoàn X`: X's committee
    return Body(body.start, body.end, body.surface, name, body.province, body.needs, written=name)


_ITEM_OPENS = re.compile(r"[:;]\s*$")
_CAPITALISED_AFTER = re.compile(r"\s[A-ZĐ]")


_DEPUTY = re.compile(r"phó\s+")  # `phó` in lowercase before a capitalised head


def find_titles(text: str, start: int, end: int) -> list[Title]:
    """Every title in text[start:end], left to right, longest first, not overlapping; a head written
    with no body right before a title takes that title's body (`Phó Chủ tịch - Tổng Thư ký Ủy ban X`);
    a rank written alone beside a post (`Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`) is no title of its own."""
    found: list[Title | None] = []
    heads: list[tuple[re.Match[str], int | None]] = []  # heads with no body of their own, and where they stand
    pos = start
    pattern = title_pattern()
    while True:
        match = pattern.search(text, pos, end)
        if not match:
            return _party_organs([t for t in found if t is not None], text)
        title = title_at(text, match.start())
        if title is None and _DEPUTY.match(text, match.start()):
            # `các phó Tổng Giám đốc A, B`: the deputy's post, not the head's; read as if written `Phó`
            at = match.start()
            title = title_at(f"{text[:at]}P{text[at + 1:]}", at)
        if title is None and (lower := title_at(text, match.start(), lower_ok=True)) is not None \
                and _CAPITALISED_AFTER.search(lower.surface) \
                and (_ITEM_OPENS.search(text, max(start, match.start() - 3), match.start())
                     or ((lower.body is not None or lower.fixed_body) and _starts_a_name(text, lower.end))):
            # a title in lowercase whose body is capitalised: opening a list's item (`Tham dự có: ủy viên Bộ Chính
            # trị, Thủ tướng A; ...`), or before a full name (`của đại biểu HĐND tỉnh Lê Thị A`)
            title = lower
        if title and title.end <= end:
            if title.body is not None:
                for head, index in heads:
                    if _COORDINATED.fullmatch(text, head.end(), title.start):
                        if index is None and _PARTY_HEAD.match(_titles()[lexicon_key(head.group("role"))][1]):
                            # `Phó Bí thư, Chủ tịch HĐND tỉnh X`, `Phó Bí thư, Trưởng Ban Tuyên giáo Tỉnh ủy X`:
                            # a Party head is of the Party committee, never of a council or of a commission
                            committee = _party_body(title.body)
                            if committee is not None:
                                found.append(_sharing(text, head, committee))
                            continue
                        if index is None:
                            found.append(_sharing(text, head, _member_of(head, title.body)))
                        else:  # `Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`: a rank beside the post, not a post
                            found[index] = None
                heads = []
            elif title.fixed_body is None and _titles().get(lexicon_key(match.group("role")), ("",))[0] != "fixed":
                # `Bộ trưởng` with no ministry of its own (`Phó Chủ tịch nước`, a whole post, is no rank beside one)
                heads = [*_still_coordinated(text, heads, match), (match, len(found))]
            found.append(title)
            pos = title.end
        else:
            organ = _organ_pattern().match(text, match.end(), end) if _IN_ORGAN.fullmatch(match.group(0)) else None
            if organ is not None:  # `Bí thư Đảng đoàn, Chủ tịch Hội X`: the organ's body is the next post's
                _, role, _ = _titles()[lexicon_key(match.group("role"))]
                found.append(Title(match.start(), organ.end(), text[match.start():organ.end()], role, None,
                                   Body(organ.start("organ"), organ.end(), organ.group("organ"), organ.group("organ"),
                                        None, None)))
                pos = organ.end()
                continue
            if match.group(0)[:1].isupper() and _titles()[lexicon_key(match.group("role"))][0] == "head" \
                    and not any(h.start() <= match.start() < h.end() for h, _ in heads):
                heads = [*_still_coordinated(text, heads, match), (match, None)]
            pos = match.start() + 1


@cache
def _organs() -> dict[str, str]:
    return {key(organ): organ for organ in party_organs()}


@cache
def _organ_pattern() -> re.Pattern[str]:
    organs = sorted(_organs().values(), key=len, reverse=True)
    return re.compile(rf"\s+(?P<organ>{'|'.join(re.escape(o) for o in organs)})(?=\s*(?:[,–—-]|kiêm)\s)", re.IGNORECASE)


# `Phó Bí thư Đảng ủy, Chủ tịch UBND xã X`: a council or a people's committee is served by its place's own
# Party committee, not by an organ of its own
_LOCAL_STATE = re.compile(r"(?:Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?)(?![\w])")
# ... but a council's own Party group and a people's committee's Party board are theirs (`Ủy viên Đảng đoàn,
# Phó Chủ tịch HĐND tỉnh X`, `Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh X`)
_COMMITTEES = frozenset({key("Đảng ủy"), key("Chi bộ")})
# the National Assembly's committees and councils have no Party group of their own: the Assembly's is theirs
_OF_PARLIAMENT = re.compile(r"Quốc hội$|^Hội đồng Dân tộc")
_COMMITTEE_OF = re.compile(r"^Ban Chấp hành (?:Trung ương )?")
# `Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã`: a post in the committee's own bodies leaves the organ as
# written (not `Bí thư Đảng ủy, Chánh Văn phòng Trung ương Đảng`: the office's Party committee)
_OF_THE_PARTY = re.compile(r"(?<![\w])(?:Đảng\s+(?:ủy|bộ)|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+ủy)(?![\w])"
                           r"|^(?:Ủy ban Kiểm tra|Ban Xây dựng Đảng)(?![\w])")


def _organ_word(body: Body | None) -> str | None:
    """The Party organ a title's body names bare: `Đảng ủy`, or the one its board sits in (`Ủy viên Ban Thường vụ
    Đảng ủy`, `Ủy viên Ban Chấp hành Đảng bộ`, the Party organisation a committee is elected by)."""
    if body is None or body.province is not None:
        return None
    if key(body.name) in _organs():
        return body.name
    if body.sub is not None and key(body.name).startswith(key(body.sub) + " "):
        rest = body.name[len(body.sub) + 1:]
        if key(rest) in _organs() or key(rest) == key("Đảng bộ"):
            return rest
    return None


def _party_organs(titles: list[Title], text: str) -> list[Title]:
    """`Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam`, `Phó Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh X`: a
    Party head of an organ written bare is of that organ in the body of the post written next."""
    out: list[Title] = []
    for i, title in enumerate(titles):
        following = _next_post(titles, i, text)
        word = _organ_word(title.body) if _IN_ORGAN.fullmatch(title.role) else None
        if word is None:
            out.append(title)
            continue
        assert title.body is not None
        if following is not None and following.body is not None and _organ_word(following.body) is None \
                and key(word) != key("Đảng bộ") \
                and not (_LOCAL_STATE.match(following.body.name) and key(word) in _COMMITTEES) \
                and not _OF_THE_PARTY.search(following.body.name) and not following.body.bare_sub:
            owner = following.body
            organ = _organs().get(key(word), word)  # `Đảng uỷ` as the lexicon writes it
            # `Đảng đoàn` of Hội Nông dân, not of its Ban Chấp hành; `Đảng ủy` of Tập đoàn X, not of its board
            name = _COMMITTEE_OF.sub("", board_owner(owner.name) or owner.name)
            written = _COMMITTEE_OF.sub("", board_owner(owner.written or owner.name) or owner.written or owner.name)
            if key(organ) == key("Đảng đoàn") and _OF_PARLIAMENT.search(name):
                name = written = "Quốc hội"  # `Ủy viên Đảng đoàn, Chủ nhiệm Ủy ban Pháp luật`: the Assembly's group
            part = f"{title.body.sub} " if title.body.sub else ""  # `Ban Thường vụ Đảng ủy` of the unit
            out.append(replace(title, body=Body(title.body.start, title.body.end, title.body.surface,
                                                f"{part}{organ} {name}", owner.province, owner.needs, owner.generic,
                                                sub=title.body.sub, written=f"{part}{organ} {written}")))
        elif key(word) == key("Đảng bộ") and following is not None and following.body is not None \
                and (state := _LOCAL_STATE.match(following.body.name)) is not None:
            # `Ủy viên Ban Chấp hành Đảng bộ, Phó Chủ tịch UBND xã X`: the committee of the place's Party organisation
            # (beside any other post it is of the place the page is about, not of that post's body: left as before)
            place = following.body.name[state.end():].strip()
            whole = f"{title.body.sub} Đảng bộ {place}"
            out.append(replace(title, body=Body(title.body.start, title.body.end, title.body.surface, whole,
                                                following.body.province, following.body.needs, sub=title.body.sub,
                                                written=whole)) if place else title)
        elif title.body.needs is not None or title.body.name != title.body.surface.strip() \
                or not _PARTY_HEAD.fullmatch(title.role):
            out.append(title)  # `Bí thư Đảng ủy` of a commune, `Ủy viên Ban cán sự đảng` alone: as before
    return out


def _next_post(titles: list[Title], i: int, text: str) -> Title | None:
    """The title written next, coordinated with titles[i] (`A, B`, `A - B`), past ranks of no body written in between
    (`Bí thư Ban cán sự đảng, Thẩm phán cao cấp, Chánh án TAND tỉnh X`: the court's Party board), each coordinated
    with the one before it."""
    j = i + 1
    while j < len(titles) and titles[j].body is None and not titles[j].fixed_body \
            and _COORDINATED.fullmatch(text, titles[j - 1].end, titles[j].start):
        j += 1
    if j > i + 1 and (j == len(titles) or not _COORDINATED.fullmatch(text, titles[j - 1].end, titles[j].start)):
        j = i + 1
    return titles[j] if j < len(titles) and _COORDINATED.fullmatch(text, titles[j - 1].end, titles[j].start) else None


def _still_coordinated(text: str, heads: list[tuple[re.Match[str], int | None]],
                       match: re.Match[str]) -> list[tuple[re.Match[str], int | None]]:
    return [(h, i) for h, i in heads if _COORDINATED.fullmatch(text, h.end(), match.start())]


_SERVES = re.compile(r"\s+((?:của|cho)\s+(?:các\s+)?)?")
# a committee's kind of locality, as the name of its Party organisation writes it (`Đảng bộ tỉnh X`)
COMMITTEE_PLACE = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận",
                   "Thị ủy": "thị xã"}
_COMMITTEE_AT = {place: committee for committee, place in COMMITTEE_PLACE.items()}  # `huyện` -> `Huyện ủy`
_NAMED_NEXT = re.compile(rf"\s+[{UPPER}]")  # a locality named (`huyện Ứng Hòa`), not the kind alone
_PARTY_COMMITTEE = "Đảng ủy"  # lexicon/locality_heads.tsv: the locality's Party committee, by its kind (`Huyện ủy`)


def committee_head(label: str) -> str | None:
    """`Tỉnh ủy` of `Tỉnh ủy Nghệ An`: the kind of local Party committee a label names."""
    head = " ".join(label.split()[:2])
    return head if head in COMMITTEE_PLACE else None


def committee_member(committee: str) -> str | None:
    """A member of a local Party committee (`Tỉnh ủy viên`, `tham gia Ban Chấp hành`) by the name
    the Party gives the post: Ủy viên Ban Chấp hành Đảng bộ tỉnh Nghệ An."""
    head = committee_head(committee)
    if head is None:
        return None
    place = committee[len(head) + 1:]
    kind = COMMITTEE_PLACE[head]
    written = (place if place.casefold().startswith(kind) else f"{kind} {place}") if place else kind
    return f"Ủy viên Ban Chấp hành Đảng bộ {written}"


_COORDINATED = re.compile(r"\s*(?:[,–—/-]|và|kiêm)\s*")


@cache
def _kind_written(kind: str) -> re.Pattern[str]:
    return re.compile(rf"\s+{re.escape(kind)}(?![\w])")


def kind_after(text: str, pos: int, kind: str) -> re.Match[str] | None:
    """A unit's kind written alone right after pos (`Chủ tịch Hội đồng`: the council just named or set up)."""
    return _kind_written(kind).match(text, pos)


_KIND_ALONE_ENDS = re.compile(r"\s*[,.;]|\s+(?:và|kiêm|gồm|bao\s+gồm)(?![\w])")


def head_in(text: str, pos: int, body: Body | None, kind: str | None = None) -> Title | None:
    """A head written alone at pos taken in a body named before it: a title's (`chức vụ chủ tịch UBND
    tỉnh X đối với ông A và chức vụ phó chủ tịch đối với ông B`) or one just joined; with the body's
    kind, a head followed by that kind alone (`làm Chủ tịch Hội đồng,` of the council just set up)."""
    match = title_pattern().match(text, pos)
    if match is None or body is None:
        return None
    # (`Các Phó Chủ tịch Hội đồng gồm: ...`: a list of its holders next)
    by_kind = bool(kind) and (written := kind_after(text, match.end(), kind or "")) is not None \
        and _KIND_ALONE_ENDS.match(text, written.end()) is not None
    if not by_kind and (_titles()[lexicon_key(match.group("role"))][0] != "head"
                        or re.match(r"\s+[^\W\d_]", text[match.end():match.end() + 2])
                        and text[match.end() + 1:match.end() + 2].isupper()
                        or re.match(r"\s+(?:này|đó|nói\s+trên)(?![\w])", text[match.end():match.end() + 12])):
        return None  # a body written after the head is the head's own; `Phó Chủ nhiệm Ủy ban này`: the one named before
    return _sharing(text, match, body)


def head_of_kind(text: str, pos: int, context: str) -> Title | None:
    """A head written alone at pos, of the body of a kind the article named (`A làm Chủ tịch Hội đồng. Hội đồng có
    3 Phó Chủ tịch`: its deputies, as its head's `Hội đồng` is read)."""
    match = title_pattern().match(text, pos)
    if match is None or _titles()[lexicon_key(match.group("role"))][0] != "head":
        return None
    return replace(_sharing(text, match, None), context=context)


def _member_of(head: re.Match[str], body: Body) -> Body:
    """`Ủy viên Thường trực, Chánh Văn phòng HĐND tỉnh`: a member sits in the council, not in its office."""
    if body.sub and _titles()[lexicon_key(head.group("role"))][1].startswith("Ủy viên") \
            and body.name.startswith(f"{body.sub} "):
        return replace(body, name=body.name[len(body.sub) + 1:], sub=None)
    return body


def _sharing(text: str, head: re.Match[str], body: Body | None) -> Title:
    """The head's title in the body it shares (the coordinated title's, or the one given)."""
    _, role, extra = _titles()[lexicon_key(head.group("role"))]
    modifier = _modifiers().get(key(head.group("mod"))) if head.group("mod") else None
    return Title(head.start(), head.end(), text[head.start():head.end()], role, modifier, body,
                 absorbed=extra or None)
