"""Persons: full names (a surname from the lexicon, then capitalised syllables) with the titles
written next to them in either order (`Trưởng ban Tổ chức T.Ư NAME`,
`NAME - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy`); each title is one post.
Bylines are taken off the text at ingest, so they never reach here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from orggraph.abbreviations import expand
from orggraph.extract import extractor
from orggraph.extract.bodies import (
    Body,
    bare_unit_kind,
    board_owner,
    body_at,
    elects_members,
    member_title,
    namesake_before,
    not_syllables,
    party_unit_kind,
    qualify,
    surnames,
    unit_kind_alone,
)
from orggraph.extract.patterns import (
    AND_GAP,
    ASSOCIATION_NAME,
    CAPWORD,
    CLAUSE_OPENS,
    DISTRICT_KIND,
    DISTRICT_KINDS,
    FORMER_HOLDER,
    KIN,
    LATIN_NAME,
    LIST_JOIN,
    PARTICLES,
    POST_WORD_AFTER_AND,
    ROSTER_OPENS,
    ROSTER_WHO,
    SHORT_ASIDE,
    SPACES,
    TERM_AFTER_TITLE,
    capitals,
    count,
    counted,
    honorific_pattern,
    place_names,
    place_written,
    plain_syllables,
    province_pattern,
    provinces,
    words,
    words_alternation,
)
from orggraph.extract.spans import Intervals
from orggraph.extract.titles import (
    IN_CHARGE,
    LOCALITY,
    Title,
    find_titles,
    head_in,
    head_of_kind,
    needs_a_body,
    title_at,
    title_pattern,
)
from orggraph.lexicon import read_list, read_tsv
from orggraph.model import ArticleFacts, OrgMention, PersonMention, Post, Sentence, Span, TitleMention
from orggraph.text import LOWER, UPPER, key, strip_diacritics

_BEFORE_SEP = re.compile(rf"{TERM_AFTER_TITLE}(?:\s*[,–—-]\s*$|\s+$)")  # `Phó Thủ tướng - Bộ trưởng Bộ Ngoại giao NAME`
_IS_BETWEEN = re.compile(r"\s+là\s+")  # `Chủ tịch Ủy ban là Phó Thủ tướng A`: a post, then who holds it, by title


@cache
def name_pattern() -> re.Pattern[str]:
    """A surname then 1-3 capitalised syllables; after a one-letter surname (A, Y, H) 2-4 (an Ê Đê name ending
    in its clan's `Niê Kđăm`), or one where it makes no common word (lexicon/one_letter_stops.txt: `Y Tế`, `A Lưới`)."""
    names = sorted(set(read_list("surnames.txt")), key=lambda s: (-len(s), s))
    long = "|".join(words(s) for s in names if len(s) > 1)
    short = "|".join(re.escape(s) for s in names if len(s) == 1)
    stops = "|".join(re.escape(w) for w in read_list("one_letter_stops.txt"))
    typo = rf"(?:[ \t]+(?:văn|thị)(?=[ \t]+{CAPWORD}))?"  # `Lê văn Bé Ba`: a middle name typed in lowercase
    # `K'Đăm` (`K'đăm` as some pages type it): a syllable of a Tây Nguyên name, with its apostrophe
    word = rf"[{UPPER}](?:['’][{UPPER}{LOWER}])?[^\W\d_]*"
    capitals = "|".join(re.escape(w.upper()) for w in read_list("one_letter_stops.txt"))  # `Y TẾ CƠ SỞ` in a headline
    return re.compile(rf"(?<![\w'])(?:(?:{long}){typo}(?:[ \t]+{word}){{1,3}}"
                      rf"|(?:{short})(?![ \t]+(?:{capitals})(?![\w]))"
                      rf"(?:(?:[ \t]+{word}){{2,4}}|[ \t]+(?!(?:{stops})(?![\w])){CAPWORD}))(?![\w])")


@cache
def _not_names() -> re.Pattern[str]:
    return re.compile(rf"(?:{province_pattern()}|{place_names()})(?![\w])")


@cache
def _stops_before() -> re.Pattern[str]:
    stops = words_alternation(read_list("name_stops.txt"))
    return re.compile(rf"(?:^|[\s(])(?P<stop>{stops})\s*$", re.IGNORECASE)


def _written_as_place(text: str, stop: str, run: str) -> bool:
    """`Chủ tịch HĐND phường X`: a title ends at a ward's or a commune's word, yet the run after it is
    the place's name (a ward named after a hero reads like a person) where the article also writes the
    two together with no head before them (`HĐND phường X tổ chức ...`)."""
    if key(stop) not in _WARD_WORDS:
        return False
    together = re.compile(rf"(?<![\w]){re.escape(stop)}\s+{re.escape(run)}(?![\w])", re.IGNORECASE)
    return any(not _HEAD_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in together.finditer(text))


_WARD_WORDS = frozenset({"phường", "xã", "thị trấn"})
_HEAD_BEFORE = re.compile(r"(?:chủ\s+tịch|bí\s+thư|trưởng|giám\s+đốc|ủy\s+viên|đại\s+biểu)(?:\s+[^\s,.;:]+){0,4}\s+$",
                          re.IGNORECASE)


@cache
def _honorific_before() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s(,:;])(?:{honorific_pattern()})\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    honorific: bool


def find_names(text: str, start: int, end: int, title_ends: frozenset[int] = frozenset(),
               abroad: frozenset[int] = frozenset()) -> list[Name]:
    """Capitalised runs that open with a surname and are not a place, a body or a title.
    A run after `đường`, `tỉnh`, `trường` is a place unless a title ends right there
    (`Phó Chủ tịch UBND tỉnh NAME`)."""
    names = []
    for run in name_pattern().finditer(text, start, end):
        inside = min((e for e in title_ends if run.start() < e < run.end()), default=None)
        found: re.Match[str] | None = run
        if inside is not None:  # `Bí thư thứ nhất T.Ư Đoàn NAME`: the title ends inside the run; the name follows it
            found = _name_after(text, inside, end)
        if found is None:
            continue
        m = _after_a_place(text, found, end, any(found.start() - 3 <= e <= found.start() for e in title_ends))
        if m is None:
            continue
        if _HOUSE_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue  # `nhà văn hóa - 38 Triệu Nữ Vương`: a street, its house number before it
        stop_word = _stops_before().search(text[max(0, m.start() - 20): m.start()])
        if stop_word and (not any(m.start() - 2 <= e <= m.start() for e in title_ends)
                          or _written_as_place(text, stop_word.group("stop"), m.group(0))):
            continue
        if _DELEGATION_OF.match(m.group(0)) and m.group(0).split(None, 1)[1].casefold() in provinces():
            continue  # `Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh`: a province's delegation, no one named Đoàn
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group(0))]
        keep = 1
        capitals = m.group(0)[words[0][0]:words[0][1]].isupper()  # a name all in capitals, as headlines write it
        for ws, we in words[1:]:
            pos = m.start() + ws
            word = m.group(0)[ws:we]
            role = title_pattern().match(text, pos)  # title_at reads a title only where this matches
            # (`Lê Văn A Phó bí thư, chủ tịch UBND huyện`: a deputy's title going on in lowercase, no dash before it)
            if (role is not None and (role.end() <= m.end() or title_at(text, pos) or key(word) == "phó")) \
                    or _body_starts(text, pos) \
                    or (len(word) > 1 and word.isupper() and not capitals) \
                    or (key(word) in not_syllables() and ((ws, we) != words[-1] or _CREDITED.match(text, m.start() + we))) \
                    or (len(word) > 1 and not _VOWEL.search(strip_diacritics(word))
                        and not _INITIAL.match(text, m.start() + ws)):
                break  # `Đoàn TNCS Hồ Chí Minh`: an acronym is no syllable of a name; `Lê Văn A Nguồn: ...` a credit,
                # but `ông Lê Văn Ảnh, Giám đốc`: a given name; `Hồ Ch` where an excerpt is cut: no syllable
            keep += 1
        if keep < 2 or (keep < len(words) and words[0][1] - words[0][0] == 1 and keep < 3):
            continue  # `Y Thanh Hà`: a one-letter surname cut to one syllable is no name (`Y Thông` whole is)
        if (glued := _glued_name(text, m, words, keep, end)) is not None:
            keep -= 1  # `các tân Phó Thủ tướng Nguyễn Chí Dũng Mai Văn Chính`: two names, the comma left out
        begin, stop = _with_given_names(text, m.start(), m.start() + words[keep - 1][1], start, end)
        honorific = bool(_honorific_before().search(text[max(0, begin - 25): begin]))
        names.append(Name(begin, stop, text[begin:stop], honorific))
        if glued is not None:
            names.append(Name(glued[0], glued[1], text[glued[0]:glued[1]], False))
    return _foreign_names(text, start, end, title_ends, names, abroad)


# a house number right before a name, after a dash or `số` (`nhà văn hóa - 38 Triệu Nữ Vương`), not a unit's number
# (`Chủ tịch UBND quận 1 Lê Văn A`), a term's (`khóa 13 B`) or a date's
_HOUSE_NUMBER = re.compile(r"(?:[-–]|(?<![\w])số)[ \t]+\d{1,3}[A-Z]?[ \t]+$")
_GLUED_REST = re.compile(rf"[ \t]+(?P<rest>{CAPWORD}(?:[ \t]+{CAPWORD})?)(?![\w])")


def _glued_name(text: str, run: re.Match[str], words: list[tuple[int, int]], keep: int,
                end: int) -> tuple[int, int] | None:
    """Where a four-syllable run ends in a surname that opens another name going on after it, and the article
    writes the first three syllables as a whole name elsewhere: the second name's bounds."""
    if not keep == len(words) == 4 or run.group(0)[words[3][0]:words[3][1]] not in surnames() \
            or not re.search(rf"{re.escape(run.group(0)[:words[2][1]])}(?![ \t]+[{UPPER}])", text):
        return None
    rest = _GLUED_REST.match(text, run.end(), end)
    if rest is None or title_pattern().match(text, rest.start("rest")) or _body_starts(text, rest.start("rest")) \
            or _not_names().match(text, rest.start("rest")):
        return None  # (`Đại biểu A Đoàn Hòa Bình`: a province's delegation, no one named `Đoàn`)
    return run.start() + words[3][0], rest.end()


_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)  # of a word written without its marks
# a given name's initial consonants, as the press shortens a suspect's name (`Lê Chí Th`, `Bùi Xuân Kh`),
# with the sentence going on after it or ending (not a word an excerpt cut, `Th...`, nor a degree, `Th.S`, `Ph.D.`)
_INITIAL = re.compile(r"(?-i:Ch|Gi|Kh|Ngh|Ng|Nh|Ph|Qu|Th|Tr)(?=\s*[,;()]|\.(?![.\w])|\s+(?:và|cùng|bị|đã|là)\s)")
_DELEGATION_OF = re.compile(r"Đoàn\s+\S")
_CREDITED = re.compile(r"\s*:|\s+[A-ZĐ]")  # `Ảnh: TTXVN`, `Ảnh TTXVN`: what a credit word opens


@dataclass(frozen=True)
class _Clans:
    ends: re.Pattern[str]  # a run ending in a clan name (`Y Thanh Hà Niê`)
    opens: re.Pattern[str]  # a run opening with one (`Niê Kdăm`)
    given: re.Pattern[str]  # given names written before it, after an honorific (`bà Phúc Bình `)


@cache
def _clans() -> _Clans:
    """lexicon/trailing_surnames.txt: the clan names the Central Highlands' peoples write last."""
    clans = words_alternation(read_list("trailing_surnames.txt"))
    return _Clans(re.compile(rf"(?<![\w])(?:{clans})$"), re.compile(rf"(?:{clans})(?![\w])"),
                  re.compile(rf"(?:^|(?<=[\s(,:;]))(?i:{honorific_pattern()})\s+(?P<given>(?:{CAPWORD}[ \t]+){{1,2}})$"))


_NEXT_WORD = re.compile(rf"[ \t]+{CAPWORD}(?![\w])")


def _with_given_names(text: str, begin: int, stop: int, floor: int, ceiling: int) -> tuple[int, int]:
    """A Central Highlands name writes the clan last: `Y Thanh Hà Niê` goes on with the clan's second
    word (`Kđăm`); `Niê Kdăm` after `bà Phúc Bình` takes those given names."""
    clans = _clans()
    if clans.ends.search(text, begin, stop) and (more := _NEXT_WORD.match(text, stop, ceiling)):
        stop = more.end()
    if clans.opens.match(text, begin, stop):
        given = clans.given.search(text, max(floor, begin - 40), begin)
        if given and not any(title_at(text, w.start()) for w in re.finditer(r"\S+", given.group("given"))):
            begin = given.start("given")
    return begin, stop


_LATIN = re.compile(rf"(?<![\w]){LATIN_NAME}")
_OUR_BRAND = re.compile(r"Viet\s*Nam(?![\w])", re.IGNORECASE)  # the country in plain letters opens no foreigner's name
_THEN_A_TITLE = re.compile(r"\s*,\s*")
_AT_A_PLACE = re.compile(r"(?<![\w])(?:tại|ở|thủ\s+đô)\s+$", re.IGNORECASE)


def _foreign_names(text: str, start: int, end: int, title_ends: frozenset[int], names: list[Name],
                   abroad: frozenset[int] = frozenset()) -> list[Name]:
    """Names in Latin letters (`Andrei Kovtun`) where the text says a person stands: right after a
    title or an honorific (`Tổng thống Nga Vladimir Putin`, `ngài Petre Dachau`), or before one
    (`Bounkhong Lachiemphone, Bí thư, Tỉnh trưởng tỉnh Udomxay`); right after a foreign post, also one
    whose words read as Vietnamese syllables (`Thủ tướng Campuchia Hun Sen`)."""
    found: list[Name] = []
    after_titles = (_BLANK.match(text, e, end) for e in title_ends if start <= e < end)
    runs = [*(_LATIN.match(text, b.end(), end) for b in after_titles if b), *_LATIN.finditer(text, start, end)]
    for run in runs:
        if run is not None and (courtesy := _honorific_opens().match(text, run.start(), end)) is not None:
            run = _LATIN.match(text, courtesy.end(), end)  # `Samdech Heng Samrin`: the name after its courtesy
        foreign_post = run is not None and _right_after(text, run.start(), abroad) \
            and not _NEXT_WORD.match(text, run.end())
        # (the whole name: not `Pheng Xay` of `Khăm Pheng Xay Sổm Pheng`, a name in Vietnamese letters read otherwise)
        if run is None or any(n.start < run.end() and run.start() < n.end for n in [*names, *found]) \
                or (plain_syllables(run.group(0)) and not foreign_post) or _OUR_BRAND.match(run.group(0)):
            continue  # (`Tổng giám đốc Vietnam Airlines`: a company named in English)
        if _AT_A_PLACE.search(text, max(0, run.start() - 12), run.start()):
            continue  # `Trong ba ngày tại Kuala Lumpur, Thủ tướng ...`: a city, not who stands before the title
        honorific = bool(_honorific_before().search(text[max(0, run.start() - 25): run.start()]))
        titled = _right_after(text, run.start(), title_ends)
        comma = _THEN_A_TITLE.match(text, run.end(), end)
        if honorific or titled or (comma and title_at(text, comma.end()) is not None):
            found.append(Name(run.start(), run.end(), run.group(0), honorific))
    for run in _honored_run().finditer(text, start, end):  # `đồng chí Sụ Căn Bun Nhông - Phó Bí thư Tỉnh ủy X`
        name = run.group("run")
        # `Khăm Khăn Chăn Thạ Vy Sục`: a surname read inside the run (`Vy Sục`) is no name of its own
        inside = [n for n in names if run.start("run") < n.start and n.end <= run.end("run")]
        if any(n.start < run.end("run") and run.start("run") < n.end for n in [*names, *found] if n not in inside) \
                or title_pattern().search(name) or _not_names().search(name) or _body_starts(text, run.start("run")) \
                or name_pattern().match(text, run.start("run")) or _honorific_opens().match(name) \
                or _not_names().match(text, run.start()) or _capital_courtesy(text, run) \
                or (run.group("passive") is None and title_at(text, run.end()) is None) \
                or (run.group("passive") is not None and _whole_name_inside(text, run)):
            # (`ông Già Làng Hồ Văn A được cử`: a whole name of a known surname inside is the person's)
            continue  # (not `tỉnh Bà Rịa Vũng Tàu, ...`, `Anh Hùng Lao Động, ...`)
        found.append(Name(run.start("run"), run.end("run"), name, True))
        names = [n for n in names if n not in inside]
    return sorted([*names, *found], key=lambda n: n.start) if found else names


def _whole_name_inside(text: str, run: re.Match[str]) -> bool:
    """A name of three syllables or more, opening with a known surname, after the run's first word."""
    first = run.start("run") + len(run.group("run").split()[0])
    return any(len(m.group(0).split()) >= 3 for m in name_pattern().finditer(text, first, run.end("run")))


def _right_after(text: str, pos: int, ends: frozenset[int]) -> bool:
    """A run starting right after one of these titles, a space or two between."""
    return any(0 <= pos - e <= 2 and not text[e:pos].strip() for e in ends)


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n])\s*$")


def _capital_courtesy(text: str, run: re.Match[str]) -> bool:
    """`Anh Hùng Lao Động`: a courtesy word written with a capital inside a sentence opens a phrase, not a name
    (`Ngài` is written so for any dignitary, a heading in capitals `ÔNG A – CHỦ TỊCH ...` all in capitals)."""
    word = run.group(0).split()[0]
    return word.istitle() and word.lower() in {"anh", "chị", "ông", "bà"} \
        and not _SENTENCE_OPENS.search(text, max(0, run.start() - 3), run.start())


@cache
def _honorific_opens() -> re.Pattern[str]:
    """An honorific opening a run (`Ông Lê Văn A` after `các ông, bà:`): the honorific of a Vietnamese name."""
    return re.compile(rf"(?:{honorific_pattern()})\s", re.IGNORECASE)


@cache
def _honored_run() -> re.Pattern[str]:
    """A name in Vietnamese letters that opens with no Vietnamese surname (a Lao or Khmer name as the press
    writes it, or a rare surname), where the text says a person stands: after an honorific and before a
    title, or as the subject of a passive appointment or an election won (`ông Nguyên Văn A được bổ nhiệm làm ...`,
    `ông Pơloong A tái cử ...`)."""
    return re.compile(rf"(?<![\w])(?i:{honorific_pattern()})\s*:?[ \t]+(?P<run>{CAPWORD}(?:[ \t]+{CAPWORD}){{1,5}})"
                      r"(?:\s*(?:,|[-–—])\s*|(?P<passive>\s+(?:(?:được|bị)\s+(?:bầu|bổ\s+nhiệm|điều\s+động|cử|phân\s+công)"
                      r"|(?:tiếp\s+tục\s+)?(?:trúng|tái\s+đắc|tái|đắc)\s+cử)\s))")


_BLANK = re.compile(r"[ \t]{1,2}")


def _capitalised(name: str) -> str:
    """Each syllable of a name capitalised, as a name is written (`Lê văn Bé Ba` -> `Lê Văn Bé Ba`); a foreign name's
    particle stays as written (`Francisco de Assis`)."""
    words = name.split()
    return " ".join(w if i and _PARTICLE_WORD.fullmatch(w) else w[:1].upper() + w[1:] for i, w in enumerate(words))


_PARTICLE_WORD = re.compile(PARTICLES)


_PREVIOUS_WORD = re.compile(rf"({CAPWORD})\s+$")


def _after_a_place(text: str, m: re.Match[str], end: int, titled: bool = False) -> re.Match[str] | None:
    """`Bắc Giang NAME`: the run begins inside a place's name; the name starts after it."""
    previous = _PREVIOUS_WORD.search(text, max(0, m.start() - 15), m.start())
    place = _not_names().match(text, previous.start()) if previous else None
    if place is None or place.end() <= m.start():
        place = _not_names().match(text, m.start())  # `Hà Giang NAME`: a place, then a name
        if place is None:
            return m
        after = _name_after(text, place.end(), end, r"\s+")
        if titled and after is not None and len(after.group(0).split()) >= 3:
            return after  # `Phó Viện trưởng Viện X Hà Nội Lê Thanh Hòa`: a whole name after the place
        if titled or _honorific_before().search(text[max(0, m.start() - 25): m.start()]):
            return m  # `ông Đồng Văn Lực`, `Chủ tịch UBND tỉnh - Đồng Văn Khoa`: a person whose name begins like a place
        return after
    return _name_after(text, place.end(), end, r"\s+")


def _name_after(text: str, pos: int, end: int, gap: str = r"[ \t]+") -> re.Match[str] | None:
    """The full name that starts after the blanks at pos, if one does."""
    blanks = re.compile(gap).match(text, pos)
    return name_pattern().match(text, blanks.end(), end) if blanks else None


def _body_starts(text: str, pos: int) -> Body | None:
    body = body_at(text, pos)
    return body if body and not body.bare_sub else None


@cache
def _between_title_and_name() -> re.Pattern[str]:
    """A title's gap before the name it belongs to (`Bí thư Tỉnh ủy, đồng chí: A`; the body's term, `Chủ tịch Quốc hội
    khóa XIII A`), compiled once."""
    return re.compile(rf"(?:\s*,?\s+(?:khóa|khoá)\s+(?:[IVXL]+|\d{{1,2}})(?![\w]))?"
                      rf"\s*[,:–—-]?\s*(?:là\s+)?(?:(?:{honorific_pattern()})\s*:?\s+)?$", re.IGNORECASE)


_OF = re.compile(rf"(?:\s+[{LOWER}][^\s,;.:()]*){{0,3}}?\s+của\s+")  # `... công tác bầu cử của`: words the title left


def _owner_between(text: str, title: Title, edge: int) -> bool:
    """`Trưởng ban Chỉ đạo công tác bầu cử của Ủy ban T.Ư MTTQ VN NAME`: the body the title's unit
    belongs to, written between the title and the name, does not part them."""
    of = _OF.match(text, title.end, edge)
    owner = body_at(text, of.end()) if of else None
    after = owner.end if owner is not None else None
    if owner is None and (opened := _OWNER_APART.match(text, title.end, edge)) is not None:
        # `Phó Cục trưởng Cục An ninh nội địa (Bộ Công an) A`, `..., Bộ Công an A`: the unit's owner, set apart
        owner = body_at(text, opened.end())
        closed = (_CLOSE if opened.group("bracket") else _NOTHING).match(text, owner.end, edge) if owner else None
        after = closed.end() if closed is not None else None
    return after is not None and _between_title_and_name().fullmatch(text, after, edge) is not None


_OWNER_APART = re.compile(r"\s*(?:(?P<bracket>\()|,)\s*")
_CLOSE = re.compile(r"\s*\)")
_NOTHING = re.compile(r"")


_DIED = re.compile(r"(?<![\w])(?:từ\s+trần|qua\s+đời)(?![\w])", re.IGNORECASE)
# `ông A, con trai Tổng Bí thư B, vừa được bầu ...`: a relative named in someone's aside is not who acts (a former or
# late one's title between, `con trai nguyên Bí thư Tỉnh ủy B`; not `vợ chồng ông B`, a couple who act)
_KIN_BEFORE = re.compile(rf"(?<![\w]){KIN}(?:\s+(?:ruột|đẻ))?(?:\s+của)?(?:\s+(?:ông|bà|cụ|nguyên|cố))?\s+$",
                         re.IGNORECASE)


def kin_before(text: str, floor: int, pos: int) -> bool:
    """Whether the words before pos (a person's, with the titles written before the name) name a relative."""
    return _KIN_BEFORE.search(text, max(floor, pos - 30), pos) is not None
# `thay ông X`: the one a post taken up replaces (`giữ chức B, thay ông X nghỉ hưu`: X held B until then)
REPLACES = re.compile(r"(?<![\w])thay(?:\s+cho|\s+thế)?\s+(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?", re.IGNORECASE)
REPLACES_BEFORE = re.compile(rf"{REPLACES.pattern}$", re.IGNORECASE)


# between titles taken up together (`giữ chức Ủy viên Ban Thường vụ, Phó Chủ tịch X`, `... và chức danh Chủ tịch X`)
_TITLE_LINK = re.compile(r"\s*[,;]?\s*(?:(?:và|kiêm)\s+)?" + POST_WORD_AFTER_AND)


def _run_from(text: str, titles: list[Title], title: Title) -> list[Title]:
    """The titles written one after another from this one on: a bare `Ban Thường vụ` among them is the board of
    the body a later one names."""
    run = [title]
    for nxt in titles[titles.index(title) + 1:]:
        if nxt.start < run[-1].end or not _TITLE_LINK.fullmatch(text, run[-1].end, nxt.start):
            break
        run.append(nxt)
    return run


def _predecessor(facts: ArticleFacts, mentions: list[PersonMention], title: Title, end: int,
                 named: NamedBodies) -> None:
    """The person a post taken up replaces, written with no title of their own, held that post."""
    text = facts.article.text
    for mention in mentions:
        if title.end <= mention.span.start < end and not mention.posts \
                and REPLACES_BEFORE.search(text, max(title.end, mention.span.start - 20), mention.span.start):
            own = _AFTER_OPEN.match(text, mention.span.end, end)
            if (own is not None and title_at(text, own.end(), lower_ok=True) is not None) \
                    or _DIED.search(text, mention.span.end, min(end, mention.span.end + 60)):
                return  # `thay ông X, nguyên Bí thư Huyện ủy`, `thay ông X đã từ trần`: named otherwise
            if not acting(title):  # `giữ quyền Bộ trưởng, thay ông X`: X was no acting minister
                mention.posts.extend(posts_of(facts, [title], named))
            mention.confirmed = True
            return


def _chain_before(text: str, titles: list[Title], name: Name, floor: int) -> list[Title]:
    """Titles written just before a name: `Ủy viên Trung ương Đảng, Phó Bí thư ... Thành ủy NAME`."""
    chain: list[Title] = []
    edge = name.start
    between = _between_title_and_name()
    for title in sorted((t for t in titles if t.end <= edge and t.start >= floor), key=lambda t: -t.start):
        gap = text[title.end:edge]
        if (between if not chain else _BEFORE_SEP).fullmatch(gap) is None and not _owner_between(text, title, edge) \
                and not (len(chain) == 1 and _IS_BETWEEN.fullmatch(gap) and needs_a_body(title.role)
                         and CLAUSE_OPENS.search(text[floor:title.start])):
            break  # (`Chủ tịch Ủy ban là Phó Thủ tướng A`: the post given, then the person's own, both A's; not
            # `Tháp tùng Chủ tịch nước là Bộ trưởng A`)
        if chain and _OBJECT_BEFORE.search(text[max(floor, title.start - 24):title.start]):
            break  # `Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh A`: the first title is not A's
        if not chain and "," in gap and _OWNER_BEFORE.search(text[max(floor, title.start - 8):title.start]):
            break  # `theo quyết định của Thủ tướng, ông A`: the office that decided, not A's
        if (chain or "," in gap) and _holds_before(text, max(floor, title.start - 24), title):
            break  # `ông A làm Giám đốc Sở Nội vụ, ông B làm ...`: the post the person before takes
        if title.of is not None and title.of_written:  # `Thư ký của Phó Thủ tướng A`: A holds the office
            chain.insert(0, title.of)
            break
        chain.insert(0, title)
        edge = title.start
    return chain


# a rank or degree set off by commas between a name and its title (`A, Đại tá, Chỉ huy trưởng ...`)
_AFTER_OPEN = re.compile(r"(?:\s*\((?i:SN|sinh|quê)[^()]{0,80}\)"  # `A (SN 1974, ...), B`
                         # `A (ảnh) - Ủy viên ...`, `A (thứ hai từ trái sang)`: where A stands in the photo
                         r"|\s*\(\s*(?i:(?:trong\s+)?ảnh|giữa|bìa\s+(?:trái|phải)|(?:bên\s+)?(?:trái|phải)"
                         r"|thứ\s+\S+\s+từ\s+(?:trái|phải)(?:\s+sang)?(?:\s+qua)?)\s*\)"
                         # `A (54 tuổi, quê X, cử nhân Y), B`: a biography in brackets; `A (55 tuổi) - Ủy viên ...`
                         r"|\s*\(\s*\d{1,3}\s+(?i:tuổi)\s*(?:,[^()]{0,60}?(?i:quê|cử\s+nhân|thạc\s+sĩ|tiến\s+sĩ|trình\s+độ"
                         r"|dân\s+tộc|sinh)[^()]{0,80})?\)"
                         r"|\s*,\s*(?i:sinh\s+năm|SN)\s+\d{4}"
                         r"|\s*,\s*(?i:sinh\s+ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"  # `A, sinh ngày 17/10/1960, B`
                         r"|\s*,\s*\d{1,3}\s+(?i:tuổi)(?![\w])"  # `A, 54 tuổi, Phó Bí thư Tỉnh ủy`
                         r"|\s*,\s*(?i:đảng\s+viên)(?=\s*,)"  # `A, đảng viên, Phó Chủ tịch ...`: a member, then the post
                         r"|\s*,\s*(?i:dân\s+tộc)\s+\S+(?:\s+(?-i:[A-ZĐÊ]\S*))?)*"  # `A, sinh năm 1957, dân tộc Khmer, B`
                         r"(?:\s*\(\s*(?:\d{1,3}\s+(?i:tuổi)|(?i:SN|sinh\s+năm)\s+\d{4})\s*,"  # `A (46 tuổi, Trưởng phòng X)`
                         r"|\s*(?:[-–—,(]|,?\s+(?:là|hiện\s+là|(?:khi|lúc)\s+(?:đó|ấy)\s+là))"  # `A khi đó là X`: A's post then
                         r"|(?<=\))(?=\s+(?-i:[A-ZĐ])))"  # `A (SN 1960) Giám đốc ...`
                         r"\s*(?:(?i:nguyên|cố|từng\s+là|tân)\s+)?"  # `tân Tư lệnh ...`: new, and held now
                         rf"(?:(?-i:{honorific_pattern()})\s*,\s*)?")
# `Tổng cục trưởng Tổng cục Thống kê (TCTK), Phó Trưởng ban ...`: the body's abbreviation, then the next title
_AFTER_NEXT = re.compile(rf"{TERM_AFTER_TITLE}(?:\s*\([A-ZĐ][A-ZĐ0-9&.-]{{1,14}}\))?"
                         # `A (Phó Bí thư Thường trực) - Chủ tịch HĐND tỉnh`: the bracket closed, the chain goes on
                         r"\s*(?:[,;]?\s*kiêm|,|[–—/-]|\)\s*[–—-])\s*(?:(?i:nguyên|cố|từng\s+là|tân)\s+)?")
# a verb that takes up the title after it (`trong thời gian giữ cương vị X`, `khi (đang) giữ chức X`: a post held then)
_TAKES_UP = re.compile(r"(?:(?<!thời\sgian\s)(?<!khi\s)(?<!lúc\s)(?<!khi\sđang\s)(?<!lúc\sđang\s)"
                       r"giữ(?:\s+thêm)?\s+(?:chức(?:\s+vụ|\s+danh)?|cương\s+vị)"
                       r"|(?<=kiêm\s)giữ\s+nhiệm\s+vụ"  # `kiêm giữ nhiệm vụ Giám đốc Sở X`: held with another post
                       r"|đảm\s+nhiệm\s+chức(?:\s+vụ)?|(?:được\s+)?bầu\s+(?:làm|giữ\s+chức)"
                       r"|bổ\s+nhiệm\s+(?:lại\s+)?(?:giữ\s+chức|làm)|(?:được\s+)?bầu\s+(?:bổ\s+sung\s+)?(?:vào|giữ\s+chức)?)\s+$",
                       re.IGNORECASE)
# right after a person, a title may be written in lowercase (`ông A giữ chức chủ tịch HĐND tỉnh`,
# `bà B làm phó chủ tịch UBND tỉnh`, `ông C được bầu lại chức chủ tịch UBND tỉnh`, `bà D, đắc cử Chủ tịch X`,
# `ông E được giao giữ quyền Bộ trưởng Bộ X`: acting)
_HOLDS_NEXT = re.compile(r"\s*(?:,?\s*(?:(?:đã|vừa)\s+)?(?=được\s+giao\s|(?:tái\s+)?(?:đắc|trúng)\s+cử\s|tái\s+cử\s))?"
                         r"(?:tiếp\s+tục\s+(?=giữ\s|làm\s))?"  # `ông A tiếp tục làm Chủ nhiệm X`: kept, held now
                         r"(?:giữ(?:\s+thêm)?\s+(?:chức(?:\s+vụ|\s+danh)?|cương\s+vị)|(?:(?:tái\s+)?(?:đắc|trúng)|tái)\s+cử(?:\s+chức(?:\s+(?:vụ|danh))?)?"
                         r"|nhiệm\s+vụ\s+phụ\s+trách|đảm\s+nhiệm\s+chức(?:\s+vụ)?|làm|(?:(?:được\s+)?giao\s+)?giữ(?=\s+quyền\s)"
                         r"|(?:được\s+)?giao\s+(?:nhiệm\s+vụ\s+)?phụ\s+trách|(?:được\s+)?giao\s+nhiệm\s+vụ"
                         r"|(?:được\s+)?(?:tái\s+)?bầu(?:\s+lại)?\s+(?:làm|giữ\s+chức|chức)(?:\s+vụ)?)\s+"
                         r"(?:tân\s+)?", re.IGNORECASE)  # `được bầu làm tân Chủ tịch ...`: the new holder
# one who reads or hands over a decision (`công bố Quyết định của Bộ Chính trị về việc ...`) is not its subject
ANNOUNCES_DECISION = re.compile(r"(?:công\s+bố|trao|đọc)\s+(?:các\s+|\d+\s+)?(?:quyết\s+định|nghị\s+quyết)(?![\w])",
                                 re.IGNORECASE)
# (`trong trường hợp ... thì ông A làm Trưởng ban`: a post only if something happens, none held; not `trong trường hợp
# này`, the case just told, nor a committee's purpose with no `thì`)
PROPOSED = re.compile(r"(?<![\w])(?:giới\s+thiệu|đề\s+nghị|đề\s+cử|dự\s+kiến"
                      r"|trong\s+trường\s+hợp(?!\s+(?:này|đó|như\s+vậy|cấp\s+bách\s+này))(?=[^.;]{0,120}?\sthì\s))(?![\w])",
                      re.IGNORECASE)
# others who take the post (`các vị được bầu giữ chức ...`), or a proposal's subject (`tờ trình về việc cử giữ chức ...`)
_OTHERS_TAKE = re.compile(r"(?<![\w])(?:(?:các|những)\s+(?:vị|đồng\s+chí|ông|bà|cán\s+bộ|người|cá\s+nhân)"
                          r"(?:\s+[^\s,;.]+){0,3}?\s+(?:đã\s+|vừa\s+)?được|tờ\s+trình)(?![\w])", re.IGNORECASE)
# (not `đề cử`: a Front's conference that `hiệp thương, đề cử` someone to a post has chosen them)
_PROPOSED_BEFORE = re.compile(rf"(?<![\w])(?:giới\s+thiệu|đề\s+nghị|dự\s+kiến)\s+(?:(?:{honorific_pattern()})\s+)?$",
                              re.IGNORECASE)
_UNKNOWN_TITLE = re.compile(rf"(?-i:{CAPWORD})(?:\s+[^\s,;.:()]+){{0,7}}\s*,\s*")
_OWNER_BEFORE = re.compile(r"(?:của|do)\s+$", re.IGNORECASE)
_HOLDS_BEFORE = re.compile(r"(?<![\w])(?:làm|là|giữ\s+chức(?:\s+vụ)?|nhiệm\s+vụ)\s+$", re.IGNORECASE)
_HOLDS_ACTING = re.compile(r"(?<![\w])giữ\s+$", re.IGNORECASE)  # `(được giao) giữ quyền Bộ trưởng`: the acting post held


def acting(title: Title) -> bool:
    """A title written with its acting word (`quyền Bộ trưởng`, `Q.Cục trưởng`: role `Quyền ...`)."""
    return title.role.startswith("Quyền ")


def _holds_before(text: str, start: int, title: Title) -> bool:
    """Whether the words before a title make it the post of whom they follow (`ông A làm B`, `giữ quyền B`)."""
    before = text[start:title.start]
    return bool(_HOLDS_BEFORE.search(before) or (acting(title) and _HOLDS_ACTING.search(before)))


# a person's bracketed aside, then `là` and the post (`các ông A (nguyên X) và B (nguyên Y) là Phó ban Z`)
_IS_AFTER_ASIDE = re.compile(r"\)\s*,?\s*là\s+$")
_ASIDE_JOIN = re.compile(rf"\)?{LIST_JOIN.pattern}")
# `Báo cáo với Thủ tướng, ...`, `thừa ủy quyền của Thủ tướng, Phó Thủ tướng A`: the first office is not A's
_OBJECT_BEFORE = re.compile(r"(?:với|cho|tới|đến|gửi|trước|cùng|ủy\s+quyền(?:\s+của)?|thừa\s+lệnh|thay\s+mặt)\s+$",
                            re.IGNORECASE)
# between two titles of a former post's chain: the second was held before too (not after `hiện là`, `nay là`)
_FORMER_GOES_ON = re.compile(r"\s*(?:,|và|kiêm|[-–])\s*")
# `nguyên`, `cố`, `từng là` right before a title: a post held before, not now
FORMER = re.compile(r"(?i:nguyên|cố|từng\s+là|nguyên\s+là|trước\s+(?:đây\s+|đó\s+)?là"
                     r"|từng(?:\s+giữ|\s+đảm\s+nhiệm|\s+kinh\s+qua)?(?:\s+(?:các\s+)?chức(?:\s+vụ|\s+danh)?)?)\s*:?\s+$")


def _chain_after(text: str, titles: list[Title], name: Name, ceiling: int, titled: bool = False) -> list[Title]:
    """Titles written just after a name: `NAME - Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng`;
    a title written right before the next name is that name's (`A, Chủ tịch nước B`), and after a name
    titled before it, so is the whole chain set off by a comma (`Đại sứ X A, Tổng Bí thư, Chủ tịch nước B`;
    not `A - Phó Chủ tịch Ủy ban X, Bộ trưởng Y B`, nor `A, nguyên Bí thư, Trưởng đoàn B`)."""
    chain: list[Title] = []
    edge = name.end
    starts = {t.start: t for t in titles}
    opener = _AFTER_OPEN
    skipped = False
    if _BIOGRAPHY.match(text, edge, ceiling):  # `Ông A sinh ngày ...; quê quán ...; hiện là Bí thư Huyện ủy X`
        now = _NOW_HOLDS.search(text, edge, ceiling)
        if now is not None and now.end() in starts:
            chain.append(starts[now.end()])
            edge, opener = starts[now.end()].end, _AFTER_NEXT
    elif (bare := _BARE_NEXT.match(text, edge, ceiling)) is not None:
        # `Đồng chí A ủy viên ban thường vụ huyện ủy, phó chủ tịch UBND huyện`, `đồng chí A Tỉnh ủy viên, Bí thư
        # Huyện ủy`: a title with no comma before it, not the next name's (`A Bí thư Huyện ủy B`)
        written = title_at(text, bare.end(), lower_ok=True)
        if written is not None and (written.body is not None or written.fixed_body is not None) \
                and written.end <= ceiling and not (ceiling < len(text) and not text[written.end:ceiling].strip()):
            starts[written.start] = written
            titles.append(written)
            chain.append(written)
            edge, opener = written.end, _AFTER_NEXT
    while True:
        gap = opener.match(text, edge, ceiling)
        if gap and gap.end() not in starts and not chain and (job := _occupation().match(text, gap.end(), ceiling)) \
                and job.end() in starts:
            gap = job  # `bà A, giảng viên, Ủy viên Ban Thường vụ Đảng ủy, ...`: an occupation, then the titles
        if gap and gap.end() not in starts and chain and not skipped:
            # one title we do not know between two we do (`A, Tổng Kiểm toán viên, Bí thư ...`): step over it
            unknown = _UNKNOWN_TITLE.match(text, gap.end(), ceiling)
            if unknown and unknown.end() in starts:
                skipped, gap = True, unknown
        if gap and gap.end() not in starts and re.search(r"[,(–—-]", text[edge:gap.end()]):
            lower = title_at(text, gap.end(), lower_ok=True)  # `bà A, ủy viên dự khuyết BCH TƯ Đảng`
            if lower is not None and lower.end <= ceiling:
                starts[lower.start] = lower
                titles.append(lower)
        if not gap or gap.end() not in starts:
            return chain
        title = starts[gap.end()]
        if _BEFORE_THE_NEXT.fullmatch(text, title.end, ceiling) and ceiling < len(text) \
                and text[title.end:ceiling] and _next_is_name(text, ceiling, title.foreign):
            return [] if titled and chain and _COMMA_ONLY.fullmatch(text, name.end, chain[0].start) else chain
        chain.append(title)
        edge = title.end
        opener = _AFTER_NEXT


_COMMA_ONLY = re.compile(r"\s*,\s*")
_BEFORE_THE_NEXT = re.compile(r"\s*(?:[-–]\s+)?")  # `A - X, Bí thư Huyện ủy Y - B cùng ...`: the last title is B's
_BIOGRAPHY = re.compile(r"\s*,?\s*(?i:sinh\s+(?:ngày|năm)|SN)\s")
_BARE_NEXT = re.compile(r"[ \t]+(?=\w)")
# (`..., Cao cấp Chính trị hiện là Ủy viên ...`: the comma before `hiện là` may be missing)
_NOW_HOLDS = re.compile(r"(?:[;,]\s*|\s+)(?i:hiện\s+(?:nay\s+)?(?:đang\s+)?(?:là|giữ\s+chức(?:\s+vụ)?))\s+")


@cache
def _occupation() -> re.Pattern[str]:
    """An occupation in apposition (lexicon/occupations.txt) and the comma after it."""
    return re.compile(rf"(?:{words_alternation(read_list('occupations.txt'))})\s*,\s*", re.IGNORECASE)


def _next_is_name(text: str, pos: int, foreign: bool = False) -> bool:
    """A Vietnamese name; after a foreign title, also one in Latin letters (`A, Bộ trưởng Ngoại giao Anh
    Dominic B`), which after one of ours is most often a brand (`Phó Tổng giám đốc Petro Vietnam`)."""
    if name_pattern().match(text, pos):
        return True
    latin = _LATIN.match(text, pos) if foreign else None
    return latin is not None and not plain_syllables(latin.group(0))


_DEPUTY = re.compile(r"(?:^|[\s,;(])(?i:đại\s+biểu)\s+$")
_DELEGATION = re.compile(r"\s*\((?:đoàn\s+)?(?P<place>[^()]{2,30})\)")


@cache
def _delegation_after() -> re.Pattern[str]:
    return re.compile(r"\s*(?:\(|[-–—,])\s*(?:(?i:đoàn)\s+(?:(?:ĐBQH|(?i:đại\s+biểu\s+Quốc\s+hội))\s+)?)?"
                      rf"{place_written('place')}")


def _deputies(facts: ArticleFacts, persons: list[PersonMention]) -> None:
    """`đại biểu NAME (Tiền Giang)` in an article about the National Assembly: a deputy of
    that province's delegation."""
    if not any(o.label == "Quốc hội" for o in facts.orgs):
        return
    text = facts.article.text
    for person in persons:
        if not _DEPUTY.search(text[max(0, person.span.start - 12):person.span.start]):
            continue
        delegation = _DELEGATION.match(text, person.span.end)
        place = provinces().get(delegation.group("place").strip().casefold()) if delegation else None
        if place is None:  # `đại biểu A - Đoàn ĐBQH tỉnh Quảng Trị`, `đại biểu A, Đoàn ĐBQH tỉnh X`, `đại biểu A – tỉnh X`
            delegation = _delegation_after().match(text, person.span.end)
            place = provinces().get(" ".join(delegation.group("place").split()).casefold()) if delegation else None
        if place and delegation:
            where = f"{'tỉnh' if place.kind == 'tỉnh' else 'Thành phố'} {place.name}".replace("Thành phố Thành phố", "Thành phố")
            person.posts.append(Post(f"Đại biểu Quốc hội {where}", "Quốc hội", text[person.span.start:delegation.end()]))


# `Tổ ĐBQH đơn vị số 2 gồm các đại biểu: A, ...; B, ...`: each person listed is a deputy
_DELEGATION_LIST = re.compile(r"(?<![\w])(?:Tổ|Đoàn)\s+(?:ĐBQH|[Đđ]ại\s+biểu\s+Quốc\s+hội)(?![\w])[^.:;]{0,80}?(?<![\w])gồm"
                              r"(?:\s+(?:các|những))?(?:\s+(?:đại\s+biểu|đồng\s+chí|ông,?\s*bà|ông|bà))?\s*:")


@cache
def _members_listed() -> re.Pattern[str]:
    """`Ban Thường vụ Tỉnh ủy khóa XVIII gồm 16 đồng chí: A, B, ...`: the body's members, listed."""
    return re.compile(rf"(?:\s*,?\s*(?:khóa|khoá|nhiệm\s+kỳ)\s+[^:;.]{{1,20}}?)?\s*gồm\s*(?:{count()}\s*)?"
                      # `gồm 11 người do Ban Chấp hành bầu và do Bộ Chính trị phân công tham gia, gồm:`
                      r"(?:vị|đồng\s+chí|người|ủy\s+viên|thành\s+viên|đại\s+biểu)?(?:\s+[^:;.\n]{1,120}?,)?\s*(?:gồm|là)?\s*:\s*"
                      rf"(?:(?:các\s+)?(?:{honorific_pattern()})\s+)?(?=[{UPPER}])", re.IGNORECASE)


_LIST_SUBJECT = re.compile(r"(?:^|[.;:,(]|(?<![\w])(?:tham\s+gia|vào))\s*$", re.IGNORECASE)
_LIST_END = re.compile(capitals(r";\s*(?![A-ZĐ]|(?i:ông|bà|đồng\s+chí|đ/c|anh|chị)\s)"))


def _member_lists(facts: ArticleFacts, mentions: list[PersonMention]) -> None:
    text = facts.article.text
    for org in facts.orgs:
        listed = None if org.implied or not elects_members(org.label) else _members_listed().match(text, org.span.end)
        sentence = facts.sentences[org.sentence]
        if listed is None or not _LIST_SUBJECT.search(text[sentence.start:org.span.start]):  # `^`: the sentence's start
            continue  # `Ba phó bí thư Tỉnh Đoàn gồm: ...`: the body of a title, not the body whose members these are
        stop = _LIST_END.search(text, listed.end(), sentence.end)  # `...; chỉ định ông C ...`: another act
        end = stop.start() if stop else sentence.end
        post = Post(member_title(org.label), org.label, text[org.span.start:org.span.end])
        members = [m for m in mentions if listed.end() <= m.span.start < end and m.sentence == org.sentence]
        if not members and listed.end() >= sentence.end - 1:  # `... gồm:` then one member a line
            members = _listed_lines(facts, mentions, org.sentence)
        for mention in members:
            if all(p.label != post.label for p in mention.posts):
                mention.posts.append(post)
                mention.confirmed = True


@cache
def _line_item() -> re.Pattern[str]:
    """What may open a line of a list before its person (or the person's titles): a bullet or a number, an honorific."""
    return re.compile(rf"[\s\-–•+*]*(?:{_ITEM.pattern})?(?:(?:{honorific_pattern()})\s+)?", re.IGNORECASE)


_LINE_ENDS = re.compile(r"[\s.,;]*")  # nothing but punctuation after a listed person and their titles


def _listed_lines(facts: ArticleFacts, mentions: list[PersonMention], after: int) -> list[PersonMention]:
    """The persons of a list written one a line after its colon (`... gồm:\\nTổng Bí thư A\\nÔng B, Trưởng Ban
    X`), up to the first line that does not open with a person."""
    text = facts.article.text
    out: list[PersonMention] = []
    for line in facts.sentences[after + 1:]:
        first = min((m for m in mentions if m.sentence == line.index and not m.short),
                    key=lambda m: m.bounds[0], default=None)
        item = _line_item().match(text, line.start)
        if first is None or item is None or item.end() != first.bounds[0] \
                or "\n" not in text[max(0, line.start - 2):line.start + 1] \
                or not _LINE_ENDS.fullmatch(text, first.bounds[1], line.end):
            break  # (not `Ông B, Giám đốc Sở X cho biết ...`, a line of prose)
        out.append(first)
    return out


# `Đại hội đã bầu Ban Chấp hành mới gồm 10 đồng chí: A, B, ...`, `... đã bầu Ban Thường vụ Tỉnh ủy gồm 15
# đồng chí, gồm: 1. A  2. B ...`: a committee elected, its members listed after it
_ELECTS = re.compile(r"(?<![\w])bầu(?:\s+ra)?\s+(?=[A-ZĐ])", re.IGNORECASE)
_BARE_COMMITTEE = re.compile(r"(?:Ban\s+Chấp\s+hành|BCH)(\s+Đảng\s+bộ)?(?![\w])", re.IGNORECASE)
# an association holding the congress an article reports: `Đại hội (đại biểu) Hội X`, `Hội X (đã) tổ chức Đại hội`,
# `Hội X: Đại hội nhiệm kỳ ...` (a headline)
_CONGRESS_BEFORE = re.compile(r"(?i:đại\s+hội)(?:\s+(?i:đại\s+biểu|lần\s+thứ\s+\w+))*\s+$")
_CONGRESS_AFTER = re.compile(r"\s*(?:(?:đã\s+)?(?:long\s+trọng\s+)?tổ\s+chức\s+|:\s*)(?i:đại\s+hội)(?![\w])")
_ELECTED_LIST = re.compile(rf"(?:\s+mới)?(?:\s*,?\s*(?:khóa|khoá|nhiệm\s+kỳ)\s+[^:;.]{{1,20}}?)?\s*gồm\s*(?:{count()}\s*)?"
                           r"(?:vị|đồng\s+chí|ủy\s+viên|thành\s+viên)?\s*,?\s*(?:gồm|là)?\s*:", re.IGNORECASE)
_ITEM = re.compile(r"\s*\d{1,2}\s*[.)/-]\s*")


@cache
def _elects_into() -> re.Pattern[str]:
    """`bầu 17 đồng chí vào Ban Chấp hành`, `lựa chọn được 11 đồng chí ... vào BCH Hội X`: members counted first,
    their committee named after `vào`, the names listed after it (`_INTO_LIST`)."""
    return re.compile(rf"(?<![\w])(?:bầu(?:\s+ra)?|(?:lựa\s+)?chọn(?:\s+được)?)\s+{count()}\s+(?:đồng\s+chí|ủy\s+viên|"
                      r"thành\s+viên|người|cán\s+bộ|hội\s+viên)(?![\w])[^.;:]{0,200}?\svào\s+(?=[A-ZĐ])", re.IGNORECASE)


_INTO_LIST = re.compile(rf"{TERM_AFTER_TITLE}\s*,?\s*(?:gồm(?:\s+có)?|(?:đó\s+)?là)"
                        r"\s*(?:các\s+)?(?:đồng\s+chí|ông\s*,?\s*bà|anh\s*,?\s*chị|chị)?\s*:", re.IGNORECASE)


def elected_members(facts: ArticleFacts, mentions: list[PersonMention]) -> list[tuple[PersonMention, Post]]:
    """The members of a committee elected, listed after `bầu <committee> ... gồm`: in the sentence, or
    one numbered item a line after it; a bare `Ban Chấp hành` is the Party committee of the place
    the article names last, as a Party organisation names it. People reads it for the posts and
    changes again for the acts: a scan of the text, cheaper than a field every article would carry."""
    text = facts.article.text
    out: list[tuple[PersonMention, Post]] = []
    for sentence in facts.sentences:
        into = [(m, _INTO_LIST) for m in _elects_into().finditer(text, sentence.start, sentence.end)
                if (named := body_at(text, m.end())) is not None and not named.bare_sub]  # (a bare `Ban Chấp hành`
        # at an association's congress is the association's, not the Party's: only a committee named whole)
        for elected, listing in [(m, _ELECTED_LIST) for m in _ELECTS.finditer(text, sentence.start, sentence.end)] + into:
            committee, end = _elected_committee(facts, elected.end())
            listed = listing.match(text, end) if committee else None
            if committee is None or listed is None:
                continue
            post = Post(member_title(committee), committee, text[elected.end():end])
            stop = _LIST_END.search(text, listed.end(), sentence.end)
            close = stop.start() if stop else sentence.end
            found = [m for m in mentions if m.sentence == sentence.index and listed.end() <= m.span.start < close]
            for item in facts.sentences[sentence.index + 1:] if not found and listed.end() >= sentence.end - 1 else []:
                if not _ITEM.match(item.text):
                    break
                found.extend(m for m in mentions if m.sentence == item.index)
            out.extend((m, post) for m in found)
    return out


def _elected_committee(facts: ArticleFacts, pos: int) -> tuple[str | None, int]:
    """The committee a `bầu` at pos elects, and where its name ends."""
    text = facts.article.text
    body = body_at(text, pos)
    if body is not None and not body.bare_sub:
        label = qualify(body, facts.localities)
        return (label, body.end) if label and elects_members(label) else (None, pos)
    bare = _BARE_COMMITTEE.match(text, pos)
    if bare is not None and bare.group(1) is None and (host := _congress_host(facts, pos)) is not None:
        return f"Ban Chấp hành {host}", bare.end()  # (`Chi hội X tổ chức Đại hội ...`: the branch's own committee)
    bare_board = body is not None and body.bare_sub and body.name == "Ban Thường vụ"
    place = facts.localities.near(pos, "any") if (bare or bare_board) and facts.localities is not None else None
    if bare_board and place is None:
        return body.name, body.end  # `bầu BTV gồm 6 đồng chí:` in the news of a body with no place: as written
    if bare is None or place is None:
        return None, pos
    where = place.name if place.name.casefold().startswith(place.kind.casefold()) else f"{place.kind} {place.name}"
    return f"Ban Chấp hành Đảng bộ {where}", bare.end()


def _congress_host(facts: ArticleFacts, pos: int) -> str | None:
    """The association whose congress the article reports, named before pos: a bare `Ban Chấp hành` its congress
    elects is its own, not the Party committee of its place."""
    text = facts.article.text
    for org in reversed(facts.orgs):
        if org.span.start < pos and not org.implied and ASSOCIATION_NAME.match(text, org.span.start) \
                and (_CONGRESS_BEFORE.search(text, max(0, org.span.start - 40), org.span.start)
                     or _CONGRESS_AFTER.match(text, org.span.end)) \
                and (body := body_at(text, org.span.start)) is not None:
            return qualify(body, facts.localities)
    return None


def _delegation_lists(facts: ArticleFacts, mentions: list[PersonMention]) -> None:
    text = facts.article.text
    for sentence in facts.sentences:
        for opener in _DELEGATION_LIST.finditer(text, sentence.start, sentence.end):
            deputy = Post("Đại biểu Quốc hội", "Quốc hội", opener.group())
            for mention in mentions:
                if mention.sentence == sentence.index and mention.span.start >= opener.end() \
                        and not any(p.label.startswith("Đại biểu Quốc hội") for p in mention.posts):
                    mention.posts.append(deputy)
                    mention.confirmed = True


@cache
def _plural_title() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){count()}\s+(?:(?:đồng\s+chí|vị|ông|bà)\s+)?(?:tân\s+)?$", re.IGNORECASE)  # `3 tân Thứ trưởng`


_WHO = r"(?i:ông|bà|anh|chị|đồng\s+chí)(?:\s*,?\s*(?:ông|bà|chị))?"  # `các ông, bà: A, B`, `gồm Ông A, ...`, `các anh chị:`
# `các Ủy viên Bộ Chính trị: ...`, `một số Ủy viên Bộ Chính trị tham gia Ban Bí thư gồm: ...`
_LIST_OPENS = re.compile(rf"{TERM_AFTER_TITLE}(?:"  # `4 Phó Chủ tịch UBND TP X nhiệm kỳ 2016 - 2021 cùng tái đắc cử gồm có ...`
                         r"(?:\s+[^\s:;,.]+){0,6}?\s*(?:,?\s*(?:gồm(?:\s+có)?|là))?\s*:\s*"
                         # `Hai Phó Chủ tịch là ông A và ông B`
                         rf"|(?:\s+mới)?(?:\s*,)?\s+(?:gồm(?:\s+có)?|là)\s+(?:các\s+)?(?:{_WHO}\s*:?\s+)?(?=[{UPPER}])"
                         # `2 Phó Giám đốc nghỉ hưu trước tuổi là bà A và ông B`, `Các Phó Chủ tịch UBND tỉnh trong
                         # nhiệm kỳ này, gồm ông A, B và C`
                         rf"|(?:\s+[^\s:;,.]+){{1,7}}?,?\s+(?:gồm(?:\s+có)?|là)\s+(?:các\s+)?{_WHO}\s*:?\s+(?=[{UPPER}]))")


def _plural_lists(text: str, titles: list[Title], mentions: list[PersonMention],
                  sentence: Sentence, before: list[Title]) -> list[tuple[Title, list[PersonMention]]]:
    """A plural title that opens a list (`các Ủy viên Bộ Chính trị: ...`, `Bộ Tài chính còn 3 thứ
    trưởng gồm: A, B, C`, a counted title also in lowercase): the persons listed. `before`: the
    previous sentence's titles, where a principal may be named (`Chủ tịch Ủy ban là A. Các phó chủ tịch gồm: ...`)."""
    out: list[tuple[Title, list[PersonMention]]] = []
    counts = {title.start: title for m in counted().finditer(text, sentence.start, sentence.end)
              if (title := _counted_title(text, sentence, m, titles, before)) is not None}
    # `...; Phó Bí thư gồm các anh chị: A, B`: a lone head opening a clause with its list, counted like `các`
    for m in (SPACES.match(text, pos) for pos in _clause_starts(text, sentence)):
        if m is not None and m.end() not in counts and (title := _counted_title(text, sentence, m, titles, before)) \
                and _OPENS_MEMBERS.match(text, title.end):
            counts[title.start] = title
    # a lone head read with no body takes the one its count gives (`UBND tỉnh X hiện có bốn Phó Chủ tịch`)
    titles = [counts.get(t.start, t) if t.body is None and t.fixed_body is None else t for t in titles]
    lowercase = [title for start, title in counts.items() if not any(t.start == start for t in titles)]
    by_start = {t.start: t for t in titles}
    for title in [*titles, *lowercase]:
        if not _plural_title().search(text, max(sentence.start, title.start - 18), title.start) \
                and not (_OPENS_CLAUSE.search(text[sentence.start:title.start]) and _OPENS_MEMBERS.match(text, title.end)):
            # `Thành viên Ban Chỉ đạo gồm: A, ...`, `Phó Trưởng ban là A và B`, `...; Phó Bí thư gồm các anh chị: A, B`
            # open their sentence or clause: plural, no count
            continue
        chain = [title]  # `các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: A, B và C`: both are theirs
        while (comma := _CHAIN_COMMA.match(text, chain[-1].end)) is not None and comma.end() in by_start:
            chain.append(by_start[comma.end()])
        opens = _LIST_OPENS.match(text, chain[-1].end, sentence.end)
        if opens is None and len(chain) == 1 and (opens := _ITEMS_NEXT.match(text, title.end, sentence.end)) is not None \
                and (title.fixed_body not in _CENTRAL_SEATS or title_pattern().match(text, opens.end()) is None
                     or not _ITEMS_OF_THE_PLURAL.search(text, sentence.start, title.start)
                     or ";" not in text[opens.end():sentence.end]):
            # `các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng X A; Bí thư Y B; ...` without the colon (a seat in a
            # central organ only: two local titles glued are as often the first item's own, a comma left out)
            opens = None
        if opens is None or (len(chain) > 1 and ":" not in opens.group(0)) or _FORMER_AFTER.match(text, chain[-1].end):
            continue  # `2 Tổng Giám đốc trước đó là A và B`: who held it before
        members = _listed_after(text, [m for m in mentions if m.span.start >= opens.end()])
        out.extend((t, members) for t in chain)
    return out


_ROLE_IN_BRACKETS = re.compile(r"\s*\(\s*")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracketed_role(text: str, member: PersonMention, post: Post) -> Post | None:
    """`Các Ủy viên Ủy ban gồm: Thứ trưởng Bộ Y tế A (Ủy viên thường trực); ...`: a listed member's own place in the
    body the list is of, written in brackets as a head with no body (not `A (Tổng Bí thư)`, a post of its own), in
    place of the list's post."""
    for end in dict.fromkeys((member.span.end, member.bounds[1])):  # right after the name, or after its titles
        opened = _ROLE_IN_BRACKETS.match(text, end)
        role = title_pattern().match(text, opened.end()) if opened and post.body else None
        if role is not None and _BRACKET_CLOSES.match(text, role.end()) and needs_a_body(role.group("role")):
            written = " ".join(role.group(0).split())
            return Post(f"{written} {post.body}", post.body, written)
    return None


_HAS = re.compile(r"(?<![\w])(?:hiện\s+(?:nay\s+)?|còn\s+|nay\s+)?có\s+$"
                  r"|(?<![\w])(?P<elects>(?:đã\s+)?bầu(?:\s+ra)?\s+$)", re.IGNORECASE)
_CAPITAL = re.compile(rf"(?<![\w])[{UPPER}]")


def _clause_starts(text: str, sentence: Sentence) -> list[int]:
    return [sentence.start, *(i + 1 for i in range(sentence.start, sentence.end) if text[i] == ";")]


def _counted_title(text: str, sentence: Sentence, count: re.Match[str], titles: list[Title],
                   before: list[Title]) -> Title | None:
    """The title a count counts, also in lowercase; a lone head counted in the body the sentence opens
    with (`UBND tỉnh X hiện có bốn Phó Chủ tịch gồm ...`), or whose principal this sentence or the one
    before named (`... bầu A giữ chức Bí thư Tỉnh ủy. Đại hội bầu hai phó bí thư là ...`)."""
    title = title_at(text, count.end(), lower_ok=True)
    if title is None or (title.body is None and title.fixed_body is None):
        if (body := _holder(text, sentence, count.start())) is not None:
            return head_in(text, count.end(), body) or title
        principal = _principal(text, count, titles) or _principal(text, count, before)
        if principal is not None and principal.body is None and principal.context:
            # `A làm Chủ tịch Hội đồng. Hội đồng có 3 Phó Chủ tịch gồm: ...`: of the council the article named, as its head
            return head_of_kind(text, count.end(), principal.context) or title
        return head_in(text, count.end(), principal.body if principal else None) or title
    return title


def _principal(text: str, count: re.Match[str], titles: list[Title]) -> Title | None:
    """`cử bà A làm Chủ tịch Ủy ban X, ... 4 phó chủ tịch gồm: ...`: counted deputies of the body whose
    principal the sentence's titles named before them."""
    head = title_pattern().match(text, count.end())
    parts = head.group("role").split() if head else []
    if len(parts) < 2 or parts[0].casefold() != "phó":
        return None
    principal = " ".join(parts[1:]).casefold()
    # (or a standing deputy named first: `Phó Chủ nhiệm thường trực Ủy ban X là A; các Phó Chủ nhiệm là B, C`)
    # (the nearest one only: `A, Chủ tịch UBND tỉnh, làm Chủ tịch Hội đồng. Hội đồng có 3 Phó Chủ tịch`: the council's
    # deputies, whose body the bare kind leaves unread, not the People's Committee's)
    named = [t for t in titles if t.end <= count.start()
             and (t.role.casefold() == principal
                  or (t.role.casefold() == f"phó {principal}" and (t.modifier or "").casefold() == "thường trực"))]
    return max(named, key=lambda t: t.end) if named else None


_PARTY_BOARDS = frozenset({"Ban Thường vụ", "Ban Chấp hành", "Thường trực", "Ban Thường trực"})
_ROSTER = re.compile(r"(?<![\w])gồm(?:\s+có)?(?=\s)", re.IGNORECASE)  # a body's members, listed after it


def _holder(text: str, sentence: Sentence, pos: int) -> Body | None:
    """`UBND tỉnh X hiện có bốn Phó Chủ tịch gồm ...`: the body whose posts a count of a lone head counts;
    a Party committee whose standing board elects them (`Ban Thường vụ Thành ủy X đã bầu 4 Phó Bí thư gồm ...`)
    or lists them (`Thường trực Thành ủy X gồm Bí thư A và 4 phó bí thư: ...`)."""
    has = _HAS.search(text, max(sentence.start, pos - 24), pos) \
        or next(reversed(list(_ROSTER.finditer(text, sentence.start, pos))), None)
    if has is None:
        return None
    chosen = has.re is _ROSTER or bool(has.group("elects"))  # chosen or listed by the body before, not held in it
    end = len(text[:has.start()].rstrip())
    for cap in _CAPITAL.finditer(text, max(sentence.start, end - 80), end):
        body = body_at(text, cap.start())
        if body is None or body.end != end:
            continue
        if not chosen:
            return body
        if body.sub in _PARTY_BOARDS and body.name.startswith(f"{body.sub} "):  # the board's committee
            cut = len(body.sub) + 1
            return replace(body, name=body.name[cut:], sub=None,
                           written=body.written[cut:] if body.written.startswith(f"{body.sub} ") else body.written)
        # `HĐND tỉnh X đã bầu 3 phó chủ tịch`: the People's Committee's, not its own; `Đoàn ĐBQH tỉnh X gồm các
        # đại biểu: ...` is read with the deputies
        return None
    return None


_CHAIN_COMMA = re.compile(r"\s*,\s*")
_ITEMS_NEXT = re.compile(r"[ \t]+")  # a plural title, then its first item's own title
_ITEMS_OF_THE_PLURAL = re.compile(r"(?i:các)\s+(?i:đồng\s+chí)\s+$")
_CENTRAL_SEATS = frozenset({"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"})
_OPENS_MEMBERS = re.compile(rf"{ROSTER_OPENS}|\s*là\s")
_OPENS_CLAUSE = re.compile(r"(?:^|;)\s*$")  # nothing before it in its sentence, or since a `;`
_ALL_ARE = re.compile(r"\s+(?:(?:đều|cùng)\s+)?là\s+")  # `A và B đều là X`: the post of every name listed
_DASH_TITLE = re.compile(r"\s*[-–—]\s*")  # `các đồng chí A, B, C - Phó Trưởng Ban X`: one title for the list
_FORMER_AFTER = re.compile(rf"\s+(?:{FORMER_HOLDER}|cũ)(?![\w])", re.IGNORECASE)
_GROUP_BREAK = re.compile(r";\s*")
_OTHERS = re.compile(r"(?:(?:và\s+|cùng\s+)?các\s+(?:đồng\s+chí|vị|ông|bà)\s*(?::\s*)?)?", re.IGNORECASE)


def _listed_after(text: str, after: list[PersonMention]) -> list[PersonMention]:
    """The persons of a list, up to a semicolon that opens another group of members (`các đồng chí Ủy
    viên Bộ Chính trị: A, B; Ủy viên Trung ương Đảng C`), not one person's own post (`...; Phó Thủ tướng B`)."""
    for group in _GROUP_BREAK.finditer(text, after[0].span.end if after else 0, after[-1].span.start if after else 0):
        # `...; các đồng chí Ủy viên Trung ương Đảng: C, ...; các đồng chí: D, ...`: another group opens
        others = _OTHERS.match(text, group.end())  # always matches, maybe empty
        opened = others.group(0) if others else ""
        rank = title_at(text, group.end() + len(opened))
        following = next((m for m in after if m.span.start >= group.end()), None)
        # `Giám đốc là ông A; các phó giám đốc gồm các ông, bà: B, C`: a title opening a list of its own
        roster = following is not None and OPENS_ROSTER.fullmatch(text, group.end(), following.span.start)
        if (rank is not None and rank.role.startswith("Ủy viên")) or ":" in opened or roster:
            return [m for m in after if m.span.start < group.start()]
    return after


# (`...; các Phó Chủ nhiệm là bà B, ông C`: the first one's honorific after `là`)
OPENS_ROSTER = re.compile(rf"(?:các\s+)?[^;:.]{{2,60}}?\s(?:gồm|là)(?:\s+có)?{ROSTER_WHO}\s*:?\s*"
                          r"(?:(?:ông|bà|anh|chị|đồng\s+chí|đ/c)\s+)?", re.IGNORECASE)


class NamedBodies:
    """The bodies the article named, by the kind a lone head asks for (`Thứ trưởng` + the last
    `Bộ ...` named before it), each kind sorted once so that asking costs a bisection."""

    def __init__(self, orgs: list[OrgMention]):
        self._orgs = orgs
        self._by_kind: dict[tuple[str, bool], tuple[list[int], list[str], list[int]]] = {}

    def last_before(self, kind: str, pos: int) -> str | None:
        ends, labels, _ = self._kind(kind)
        index = bisect_right(ends, pos)
        return labels[index - 1] if index else None

    def held_before(self, kind: str, pos: int, text: str, only: bool) -> str | None:
        """The last body of the kind named before pos (with `only`, the one, if no other was named before pos),
        not one of a former title (`nguyên Chủ tịch UBMTTQ xã X`, `Chủ tịch Hội LHPN phường X (cũ)`)."""
        ends, labels, starts = self._kind(kind)

        def held_at(i: int) -> bool:
            return not _OLD_UNIT.match(text, ends[i]) and not _of_a_former_title(text, starts[i])

        held = [labels[i] for i in range(bisect_right(ends, pos)) if held_at(i)]
        if only and not held:  # `Chủ tịch Hội LHPN A đánh giá hoạt động của Hội LHPN xã X`: the one the sentence places
            held = [labels[i] for i in range(len(ends))
                    if starts[i] >= pos and not _SENTENCE_BREAK.search(text, pos, starts[i]) and held_at(i)]
        return None if not held or (only and len(set(held)) > 1) else held[-1]

    def most_named_before(self, kind: str, pos: int, text: str) -> str | None:
        """The last body of the kind named in the same sentence, else the one the article named
        most often so far (`Thứ trưởng` in a ministry's news, not another ministry it mentioned last);
        never one written as who someone acts for (`thay mặt X`) or as the national association of a local member.
        A head taken up (`A, Phó Trưởng Ban Tổ chức Trung ương, làm Phó Trưởng ban`) is not of the body of a post
        the sentence gives someone: the body the news is about is."""
        taken_up = _HOLDS_BEFORE.search(text, max(0, pos - 16), pos) is not None

        def may_be(start: int, label: str) -> bool:
            return not (taken_up and _HEAD_RIGHT_BEFORE.search(text, max(0, start - 16), start)) \
                and not _not_its_own(text, start, label) and not _of_a_former_title(text, start)

        ends, labels, starts = self._kind(kind)
        index = bisect_right(ends, pos)
        if not index:  # none named itself: one whose Party committee was (`Đảng ủy Bộ X ...`, then `Bộ trưởng A`)
            ends, labels, starts = self._kind(kind, party=True)
            index = bisect_right(ends, pos)
        if not index:
            return None
        for last in range(index - 1, -1, -1):
            if _SENTENCE_BREAK.search(text, ends[last], pos):
                break
            if may_be(starts[last], labels[last]):
                return labels[last]  # `thay mặt TAND tối cao trao quyết định bổ nhiệm phó chánh án`: who acts, not where
        counts: dict[str, int] = {}
        for label, start in zip(labels[:index], starts[:index], strict=True):
            if may_be(start, label):
                counts[label] = counts.get(label, 0) + 1
        if not counts:
            return labels[index - 1]
        for label in [x for x in counts if _UNPLACED_END.search(x)]:  # `Hội X tỉnh` is `Hội X tỉnh Y` named again
            placed = [other for other in counts if _placed_as(label, other)]
            if len(placed) == 1:
                counts[placed[0]] += counts.pop(label)
        best = max(counts.values())
        return next(label for label in reversed(labels[:index]) if counts.get(label) == best)

    def _kind(self, kind: str, party: bool = False) -> tuple[list[int], list[str], list[int]]:
        """With `party`, the bodies whose Party committee (or executive committee) the article named (`Đảng ủy Bộ X
        tổ chức ...`)."""
        if (kind, party) not in self._by_kind:
            labels = ((o, _PARTY_PREFIX.sub("", o.label) if party else o.label) for o in self._orgs)
            found = sorted((o.span.end, i, label, o.span.start) for i, (o, label) in enumerate(labels)
                           if (not party or label != o.label) and re.match(kind, label))
            self._by_kind[kind, party] = ([f[0] for f in found], [f[2] for f in found], [f[3] for f in found])
        return self._by_kind[kind, party]


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_UNPLACED_END = re.compile(rf" {LOCALITY.pattern}$")  # a local body written without its place (`Hội X tỉnh`)


def _placed_as(label: str, other: str) -> bool:
    """`Hội X tỉnh Y` is `Hội X tỉnh` placed: two capitalised words or more after it, not a cut `tỉnh Lâm` nor a
    run-on `tỉnh tổng kết ...`."""
    place = other[len(label):].split() if other.startswith(f"{label} ") else []
    return len(place) >= 2 and all(word[:1].isupper() for word in place)
_HEAD_RIGHT_BEFORE = re.compile(r"(?<![\w])(?i:trưởng|phó|ủy\s+viên|thành\s+viên)\s+$")  # `Phó trưởng Ban X`: a title's body
# (or its executive committee: `bầu Ban Chấp hành Hội X ...`, then `Chủ tịch Hội`)
_PARTY_PREFIX = re.compile(r"^(?:Đảng (?:bộ|ủy|đoàn)|Ban cán sự đảng|Ban Chấp hành|Ban Thường vụ) ")
_ON_BEHALF = re.compile(r"thay\s+mặt\s+$", re.IGNORECASE)
# a rank-and-file member of the national association (`bà A, Hội viên Hội Luật gia Việt Nam, giữ chức Chủ tịch Hội`):
# every local member is one, so it is not the association whose head a lone `Chủ tịch Hội` is
_MEMBER_OF = re.compile(r"(?<![\w])hội\s+viên\s+$", re.IGNORECASE)


def _not_its_own(text: str, start: int, label: str) -> bool:
    """A body written as whom someone acts for, or as the national association a local member belongs to."""
    before = text[max(0, start - 12):start]
    return bool(_ON_BEHALF.search(before)) or (label.endswith(" Việt Nam") and bool(_MEMBER_OF.search(before)))


# a body of a former title (`ông A, nguyên Giám đốc Sở X tỉnh B, giữ chức Giám đốc Sở`): not the one a lone head means now
# (not `Sở Tài nguyên và Môi trường`, `nguyên nhân`)
_FORMER_OF = re.compile(r"(?<![\w])(?<!tài\s)nguyên(?!\s+nhân)\s+(?:[^\s,;.]+\s+){1,4}$", re.IGNORECASE)


def _of_a_former_title(text: str, start: int) -> bool:
    return _FORMER_OF.search(text, max(0, start - 40), start) is not None


def _cut_by_the_page(text: str, mention: PersonMention, mentions: list[PersonMention]) -> bool:
    """A page cut short mid-name, mid-sentence (`... Tiếp đó, Bộ trưởng Lê Văn Hù`): the start of a name the page
    writes whole elsewhere (`Lê Văn Hù` of `Lê Văn Hùy`, `Lê Văn` of `Lê Văn An`); not a byline, a line of its own."""
    if mention.span.end != len(text.rstrip()):
        return False
    before = text[text.rfind("\n", 0, mention.span.start) + 1:mention.span.start]
    return len(before.split()) >= _CUT_LINE_WORDS and any(
        other.name != mention.name and other.name.startswith(mention.name) for other in mentions)


_CUT_LINE_WORDS = 2  # words before the name on its line: a sentence cut, not a byline


_WORKPLACE = re.compile(r"(?<![\w])(?:nhận|về|đến)\s+công\s+tác\s+(?:mới\s+)?(?:tại|ở)\s+", re.IGNORECASE)


def head_of_workplace(text: str, start: int, pos: int) -> Title | None:
    """A lone head at pos after the body someone is sent to work in (`điều động A, Phó Giám đốc Sở X, đến nhận công
    tác tại Trung tâm Y và bổ nhiệm giữ chức Giám đốc`): the head of Y, not of X; the last such body between start and pos."""
    if _POST_WORD_TAIL.match(text, pos):
        return None  # `giữ chức vụ trưởng ban`: `vụ` ends the post word, no `Vụ trưởng`
    places = list(_WORKPLACE.finditer(text, start, pos))
    body = body_at(text, places[-1].end()) if places else None
    return head_in(text, pos, body) if body is not None and body.end <= pos else None


_POST_WORD_TAIL = re.compile(r"(?<=chức\s)(?:vụ|danh)\s")


def in_charge_of(facts: ArticleFacts, pos: int) -> Post | None:
    """`được giao phụ trách Công an tỉnh X`: a body someone is put in charge of, with no head
    named, is a post of its own (`Phụ trách Công an tỉnh X`); a title there is read as one."""
    text = facts.article.text
    if not IN_CHARGE.search(text, max(0, pos - 48), pos) or title_at(text, pos) is not None:
        return None
    body = body_at(text, pos)
    label = qualify(body, facts.localities) if body is not None and not body.bare_sub else None
    return Post(f"Phụ trách {label}", label, text[pos:body.end]) if body is not None and label else None


# `Đoàn kiểm tra số 6 của Ban Chỉ đạo X do đồng chí A, ... làm Trưởng đoàn`: the team named before its head's
# `do`; an inspection, audit or oversight team, or a numbered one (a working delegation's head is a visit's role, no post)
_TEAM_LED = re.compile(r"(?<![\w])Đoàn\s+(?P<name>(?-i:[a-zđ]|Công|Kiểm|Giám|Thanh\s+tra)(?:(?!\s+Đoàn\s)[^.;:]){0,160}?)"
                       r"\s*,?\s+do\s+(?=\S)", re.IGNORECASE)
_TEAM_WITH_POST = re.compile(r"kiểm\s+tra|giám\s+sát|thanh\s+tra|công\s+tác\s+số\s+\d", re.IGNORECASE)
_TEAM_KIND_ONLY = re.compile(r"(?:kiểm\s+tra|giám\s+sát)(?:\s*,\s*(?:kiểm\s+tra|giám\s+sát))?", re.IGNORECASE)
# where a team's name ends: its place of work, the year or day it works, the decision it works by (`... của Bộ Chính
# trị năm 2026 tại Tỉnh ủy X`, `Đoàn thanh tra số 3 theo Quyết định ...`)
_TEAM_NAME_END = re.compile(r"\s+(?:tại|theo|năm\s+\d{4}|ngày|sáng|chiều|(?:bao\s+)?gồm)(?![\w])", re.IGNORECASE)


def _sentence_start(facts: ArticleFacts, pos: int) -> int:
    """Where the sentence holding pos starts (pos itself outside every sentence)."""
    index = bisect_right([s.start for s in facts.sentences], pos) - 1
    return facts.sentences[index].start if index >= 0 and pos < facts.sentences[index].end else pos


def _team_led(facts: ArticleFacts, title: Title) -> Post | bool:
    """The post of a team's head written `làm Trưởng đoàn` after the team's name and its `do` (`Trưởng
    đoàn công tác số 6 của Ban Chỉ đạo X`); a team written by its kind alone gives the bare head; a
    visiting delegation's head no post (True), and False where no team is named."""
    if not title.head.casefold().endswith("trưởng đoàn"):
        return False
    start = _sentence_start(facts, title.start)
    team = next(reversed(list(_TEAM_LED.finditer(facts.article.text, start, title.start))), None)
    if team is None:
        return False
    if not _TEAM_WITH_POST.match(team.group("name")):
        return True
    name = SHORT_ASIDE.sub("", team.group("name"))
    name = " ".join(name[:cut.start()].split()) if (cut := _TEAM_NAME_END.search(name)) else " ".join(name.split())
    label = title.head if _TEAM_KIND_ONLY.fullmatch(name) else f"{title.head} {name[:1].lower()}{name[1:]}"
    return Post(label, None, title.surface)


# `Ban Chỉ huy tiền phương ... do ông A, Phó Chủ tịch UBND tỉnh làm trưởng ban`, `tổ công tác số 1 do Phó Chủ tịch
# UBND tỉnh B làm tổ trưởng`, `Tổ công tác số 1: Phó Thủ tướng C làm Tổ trưởng`: a committee or a working group named
# (in lowercase too) before the `do` (or the colon) that introduces its head
_BOARD_LED = re.compile(r"(?<![\w])(?P<kind>(?-i:Ban|[Tt]ổ(?=\s+(?i:công\s+tác|giúp\s+việc)\s)))\s+"
                        r"(?P<name>(?:(?!\s(?:Ban|Tổ|do)\s)[^.;:]){1,160}?)"
                        r"\s*(?:,?\s+do|:)\s+(?=\S)", re.IGNORECASE)
_ANY_ASIDE = re.compile(r"\s*\([^()]*\)")
_BACK_REFERENCE = re.compile(r"\s(?:này|đó|trên|nói\s+trên)$")
_MADE_HEAD = re.compile(r"(?<![\w])làm\s+$", re.IGNORECASE)  # `do A làm trưởng ban`: the head named with `làm`
# a verb or clause after a committee's name (`Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh, do ...`, `Ban X thu phí ...`)
_BOARD_NAME_END = re.compile(r"\s+(?:có|gồm|thu|là|được|đã|sẽ|đang|trực\s+tiếp)(?![\w])")
_OPEN_ASIDE = re.compile(r"\s*\([^()]*$")
_BOARD_HEADS = (("trưởng ban", "Ban"), ("phó ban", "Ban"), ("tổ trưởng", "Tổ"), ("tổ phó", "Tổ"))


def _board_led(facts: ArticleFacts, title: Title) -> Post | None:
    """The post of a committee's or working group's head written `làm trưởng ban` (`làm tổ trưởng`) after the body's
    name and the `do` (or colon) before its head, when no body the article named is written there."""
    head = title.head.casefold()
    kind = next((k for end, k in _BOARD_HEADS if head.endswith(end) or head.startswith(end)), None)
    text = facts.article.text
    if kind is None or not _MADE_HEAD.search(text, max(0, title.start - 8), title.start):
        return None
    start = _sentence_start(facts, title.start)
    board = next((m for m in reversed(list(_BOARD_LED.finditer(text, start, title.start)))
                  if m.group("kind").capitalize() == kind), None)
    if board is None or any(o.span.start <= board.start("name") < o.span.end for o in facts.orgs if not o.implied):
        return None
    # `Ban bầu cử ở đơn vị bầu cử số 1 (TP Hà Tĩnh, TX Kỳ Anh, các huyện: ...)`: the aside, closed or cut, is no part
    name = _OPEN_ASIDE.sub("", _ANY_ASIDE.sub("", board.group("name")))
    cut = min((m.start() for m in (_TEAM_NAME_END.search(name), _BOARD_NAME_END.search(name)) if m), default=len(name))
    name = " ".join(name[:cut].split())
    if len(name.split()) < 2 or _BACK_REFERENCE.search(name):
        return None  # `Tổ công tác này do ...`: the one named before; `Ban Chỉ đạo do ...`: the kind alone
    name = expand(name)  # `Ban bầu cử ĐBQH`: the abbreviations written out, as a body's name is
    body = f"{kind} {name}"
    if unit_kind_alone(body, 0) == body:
        return None  # `Ban Chỉ đạo do A làm Trưởng ban`: the kind alone, the one named before (or none)
    if kind == "Ban":  # `Trưởng ban` + `Chỉ huy ...`: the head names the kind
        return Post(f"{title.head} {name[:1].upper()}{name[1:]}", body, title.surface)
    return Post(f"{title.head} {body}", body, title.surface)


_UNIT_AFTER = re.compile(r"[ \t]+")


@cache
def _office_acronyms() -> frozenset[str]:
    return frozenset(read_list("office_acronyms.txt"))


_ACRONYM_AFTER = re.compile(r"\s+[A-ZĐ]{3,}\d{0,2}(?![\w])")  # `EVNGENCO3`, `PECC2`
_OLD_UNIT = re.compile(r"\s*\((?i:cũ)\)")  # `Chủ tịch Hội LHPN phường X (cũ)`: of a ward merged away


@cache
def _lone_local_bodies() -> dict[str, str]:
    return {name: which for name, which in read_tsv("lone_local_bodies.tsv")}


_LEVEL = rf"(?i:tỉnh|thành\s+phố|{DISTRICT_KIND})\s"  # (a city below a province is labelled `Thành phố X`)


@cache
def _province_tail() -> re.Pattern[str]:
    """Words left after a chain's last title up to the province that ends them, before any punctuation."""
    return re.compile(rf"(?:\s+(?!(?:và|cùng|với|của|tại)(?![\w]))[^\s,;.:()–-]+){{0,8}}?\s+(?i:tỉnh)\s+"
                      rf"(?:{province_pattern()})(?![\w])")


# a Party organ shares the chain's locality only beside the locality's own council, committee, Front or association
# (`UV BCH Đảng bộ, Chủ tịch Hội CCB xã`), not beside a unit with a Party of its own (`Bí thư Đảng bộ, Giám đốc Công an tỉnh`)
_PARTY_ORGANS = ("Đảng", "Ban Chấp hành", "Ban Thường vụ", "Chi bộ")
_OF_THE_LOCALITY = ("Hội đồng nhân dân", "Ủy ban nhân dân", "Ủy ban Mặt trận", "Mặt trận", "Hội ", "Đoàn ", "Liên đoàn")
_LOCALITY_KINDS = frozenset({"tỉnh", "thành phố", *DISTRICT_KINDS})


def _unplaced(title: Title) -> bool:
    """A local body the title names without its place (`Bí thư Huyện ủy`)."""
    return title.body is not None and title.body.needs not in (None, "never") and title.body.province is None


def _chain_province_end(text: str, chain: list[Title]) -> int | None:
    """`..., Giám đốc Sở, Chủ tịch Hội đồng thi năm 2018 tỉnh Hà Giang`: where the province the chain's last
    words name ends, though no title took it (looked up once a chain)."""
    last = chain[-1].body
    if last is not None and last.province is not None:
        return None
    tail = _province_tail().match(text, chain[-1].end)
    return tail.end() if tail else None


@cache
def _council_committees() -> frozenset[str]:
    return frozenset(read_list("council_committees.txt"))


def posts_in_chain(facts: ArticleFacts, title: Title, chain: list[Title], named: NamedBodies) -> list[Post]:
    """The posts of one title read in the chain it opens (`thôi giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND
    tỉnh X`: X's committee, not the article's province), where a decision's posts are read one by one."""
    if len(chain) >= 2 and title.body is not None and title.body.bare_sub:
        # `được bầu giữ chức Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh X`: the board of X's association
        return posts_of(facts, [title], named, siblings=chain)
    if len(chain) < 2 or title.body is None or not _unplaced(title) or any(t.foreign for t in chain):
        return posts_of(facts, [title], named)
    at = _chain_province_end(facts.article.text, chain) or chain[-1].end
    return posts_of(facts, [replace(title, body=replace(title.body, start=at))], named)


def posts_of(facts: ArticleFacts, chain: list[Title], named: NamedBodies,
             siblings: list[Title] | None = None) -> list[Post]:
    """Each title a post held at the time of the article: `nguyên Bí thư` (former) and `cố`
    (late) are not; a bare `Ban Thường vụ` takes the committee of a sibling title (of `siblings`, the chain read
    whole, where the posts of one title of it are asked for); a head written alone (`Thứ trưởng`) the body of its
    kind the article named last (`Bộ Y tế`)."""
    text = facts.article.text
    sibling = next((t.body for t in siblings or chain if t.body and t.body.any_committee), None)
    province_end = _chain_province_end(text, chain) if any(_unplaced(t) for t in chain) else None
    posts = []
    foreign = any(t.foreign for t in chain)
    former, edge = False, -1
    for index, title in enumerate(chain):
        # `nguyên Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh X`: the titles chained after `nguyên` were held before too
        former = bool(FORMER.search(text[max(0, title.start - 30):title.start])) \
            or (former and _FORMER_GOES_ON.fullmatch(text, edge, title.start) is not None)
        edge = title.end
        if former or title.unqualified:
            continue  # `nguyên Bí thư`; `Đại sứ` alone says whose ambassador only where the country is written
        if foreign and not title.foreign:  # `Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc`: not our Politburo
            posts.append(Post(" ".join(title.surface.split()), None, title.surface))
            continue
        if title.body is not None and title.body.needs == "never":
            # `Phó Chủ tịch UBND`, `Chủ tịch Hội CCB` with no level: the body of that kind the text placed
            which = _lone_local_bodies().get(title.body.name) if "các cấp" not in title.surface else None
            placed = named.held_before(rf"{re.escape(title.body.name)} (?:Việt Nam )?{_LEVEL}", title.start, text,
                                       which == "only") if which else None
            # `Phó Chủ tịch Ủy ban MTTQ, Chủ tịch Hội LHPN tỉnh`: of the locality the next body in the chain is written
            # with (`Chủ tịch UBND, Chủ tịch Ủy ban bầu cử tỉnh, Đại biểu Quốc hội khóa XV`)
            last = next((t.body for t in chain[index + 1:] if t.body is not None
                         and t.body.needs in _LOCALITY_KINDS and t.body.name.endswith(f" {t.body.needs}")), None)
            if placed is None and last is not None and last.province is None \
                    and (not title.body.name.startswith(_PARTY_ORGANS) or last.name.startswith(_OF_THE_LOCALITY)):
                body = replace(title.body, name=f"{title.body.name} {last.needs}", needs=last.needs, start=last.start,
                               generic=False, written=f"{title.body.written or title.body.name} {last.needs}")
                posts.append(replace(title, body=body).post(facts.localities))
                continue
            if placed is None:
                continue  # `Bí thư Đảng ủy` of a body the text does not say: no post to name
            head = title.head
            posts.append(Post(f"{head} {placed}", placed, title.surface))
            continue
        unit = party_unit_kind(text, title.body) if title.body is not None else None
        if unit is not None:  # `Bí thư Đảng ủy Bộ`: of the ministry the article names, else as written
            named_unit = named.most_named_before(rf"(?:Đảng (?:bộ|ủy) )?{re.escape(unit)}\s", title.start, text)
            whole = _PARTY_PREFIX.sub("", named_unit) if named_unit else unit
            committee = f"{title.body.name} {whole}"
            sub = title.body.name[:-len("Đảng ủy")].strip()  # `Ủy viên Ban Thường vụ` + `Ban Thường vụ Đảng ủy`
            head = title.head[:-len(sub)].strip() if sub and title.head.endswith(sub) else title.head
            posts.append(Post(f"{head} {committee}", committee, title.surface))
            continue
        kind = bare_unit_kind(title.body) if title.body is not None else None
        # (in any case: `Trưởng Ban chỉ đạo` of the `Ban chỉ đạo Đổi mới ...` named before)
        whole = named.most_named_before(rf"(?i:{re.escape(kind)})\s", title.start, text) if kind else None
        if whole is not None:  # `Phan Văn A - Trưởng Ban chỉ đạo`: of the Ban Chỉ đạo the article named
            head = title.head
            shown = whole[len(title.absorbed) + 1:] \
                if title.absorbed and not title.modifier and whole.startswith(title.absorbed + " ") else whole
            posts.append(Post(f"{head} {shown}", whole, title.surface))
            continue
        placed = title
        if _unplaced(title):  # `Bí thư Huyện ủy, Chủ tịch HĐND huyện Gio Linh`: Gio Linh's
            at = province_end if province_end is not None else chain[-1].end if title is not chain[-1] else None
            if at is not None and title.body is not None:
                placed = replace(title, body=replace(title.body, start=at))
        post = placed.post(facts.localities, sibling)
        if title.body is not None and title.body.bare_sub and title.body.name in _council_committees():
            # `Trưởng ban Kinh tế - Ngân sách` alone: of the People's Council its chain names, else the one named before
            bodies = (t.post(facts.localities).body for t in chain if t.body is not None and not t.body.bare_sub)
            council = next((b for b in bodies if b and b.startswith("Hội đồng nhân dân ")), None) \
                or named.last_before("Hội đồng nhân dân ", title.start)
            bare = placed.post(None)
            post = Post(f"{bare.label} {council}", f"{title.body.name} {council}", title.surface) if council else bare
        if title.context and title.body is None:
            # `Giám đốc Sở Du lịch` with a Sở we cannot read: not the last Sở the article named
            if (acronym := _ACRONYM_AFTER.match(text, title.end)) is not None:
                # `Phó Tổng Giám đốc EVNNPC`: of the body so called, as written, not the last body named (a
                # `Giám đốc BHXH`, `Giám đốc BQLDA` is of a kind of office, no post we can name)
                named_as = acronym.group(0).strip()
                if named_as not in _office_acronyms():
                    posts.append(Post(f"{title.head} {named_as}", named_as, title.surface))
                continue
            context = title.context
            unit = _UNIT_AFTER.match(text, title.end)
            kind = unit_kind_alone(text, unit.end()) if unit else None
            if kind:  # `Giám đốc Học viện;`: the Học viện the article named
                context = re.escape(kind) + " "
            written = re.match(rf"\s*(?:{context})", text[title.end:title.end + 40])
            if written and not re.match(r"\s*[A-ZĐ\d]", text[title.end + written.end():title.end + written.end() + 3]):
                # `Tổng Giám đốc Công ty;`: the kind alone means the one of that kind the article named
                context, written = re.escape(written.group(0).strip()), None
            if (team := _team_led(facts, title)) is not False:  # a team named before, not the ĐBQH delegation
                if isinstance(team, Post):
                    posts.append(team)
                continue
            body = None if written else named.most_named_before(context, title.start, text)
            if body is None and not written and (led := _board_led(facts, title)) is not None:
                posts.append(led)  # a committee named only where its head is given, in lowercase
                continue
            if title.board and not written:  # `Chủ tịch HĐQT, Tổng Giám đốc Tổng Công ty X`: X's board, named next
                body = next((label for t in chain if t.start > title.start and t.body is not None and not t.body.bare_sub
                             and (label := t.post(facts.localities).body) and re.match(context, f"{label} ")), body)
            if body is None:
                continue  # `Trưởng đoàn kiểm tra`: no body of the kind the head needs
            if title.board:  # `Chủ tịch HĐTV`: of the board of the corporation the article names
                body = f"{title.board} {body}"
            shown = body
            if title.absorbed and not title.modifier and shown.startswith(title.absorbed + " ") \
                    and key(title.role).endswith(key(title.absorbed)):  # (`Phó Trưởng ban Thường trực Ban X`: whole)
                shown = shown[len(title.absorbed) + 1:]
            head = title.head
            post = Post(f"{head} {shown}", body, title.surface)
        posts.append(post)
    return posts


@extractor("people")
def people(facts: ArticleFacts) -> None:
    text = facts.article.text
    localities = facts.localities
    named = NamedBodies(facts.orgs)
    mentions: list[PersonMention] = []
    used_titles: set[Title] = set()
    all_titles: list[tuple[int, Title]] = []
    abroad: set[Title] = set()  # the titles of a foreign official's chain
    previous: list[Title] = []  # the titles of the sentence before
    org_spans = sorted((o.span.start, o.span.end) for o in facts.orgs if not o.implied)  # bodies written, by start
    org_starts = [start for start, _ in org_spans]
    for sentence in facts.sentences:
        first_of_sentence = len(mentions)
        titles = find_titles(text, sentence.start, sentence.end)
        names = find_names(text, sentence.start, sentence.end, frozenset(t.end for t in titles),
                           frozenset(t.end for t in titles if t.foreign))
        inside = org_spans[bisect_left(org_starts, sentence.start):bisect_left(org_starts, sentence.end)]
        # `Hội đồng Lý Luận Trung ương`, `Trường THPT Lê Quý Đôn`: a name within a body's name is no person
        names = [n for n in names if not any(start < n.start and n.end <= end for start, end in inside)]
        # nor one right after a kind of unit named after a person (`Hiệu trưởng trường Chính trị Nguyễn Văn A`)
        names = [n for n in names if not namesake_before(text, n.start)]
        bounds = [sentence.start, *(n.end for n in names)]
        shared_before: list[Title] = []
        last_after: list[Title] = []
        untitled: list[PersonMention] = []  # a list of bare names so far (`các đồng chí A, B, C - Phó Trưởng Ban X`)
        run: list[PersonMention] = []  # names with no title just before, one list (`A, B và C là Phó Chủ tịch X`)
        for i, name in enumerate(names):
            ceiling = names[i + 1].start if i + 1 < len(names) else sentence.end
            before = _chain_before(text, titles, name, bounds[i])
            if before and not before[-1].foreign and any(t.foreign for t in before):
                # `được bổ nhiệm làm Đại sứ Lào tại Việt Nam, Phó Thủ tướng A`: a foreign post is not A's
                before = before[max(j for j, t in enumerate(before) if t.foreign) + 1:]
            after = _chain_after(text, titles, name, ceiling, titled=bool(before))
            if after:
                bounds[i + 1] = after[-1].end
            joined = bool(i and AND_GAP.fullmatch(text[names[i - 1].end:name.start]))  # `A, B`, `A và B`
            if not before and not after and joined and shared_before and not last_after:
                before = shared_before  # `các Phó Thủ tướng A, B và C`: one title for the list
            shared_before, last_after = before, after
            chain = before + after
            used_titles.update(chain)
            if any(t.foreign for t in chain):  # `Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc`: not our bodies
                abroad.update(chain)
            mention = PersonMention(_capitalised(name.text), Span(name.start, name.end, name.text), sentence.index,
                                    posts=posts_of(facts, chain, named),
                                    extent=(chain[0].start if before else name.start,
                                            after[-1].end if after else name.end))
            mention.confirmed = bool(chain) or name.honorific or len(name.text.split()) >= 3
            mentions.append(mention)
            linked = bool(i) and LIST_JOIN.fullmatch(text, names[i - 1].end, name.start) is not None
            if after and not before and linked and _ALL_ARE.fullmatch(text, name.end, after[0].start):
                for member in run:  # `Ông A và B là Phó Chủ tịch X`: both are
                    member.posts.extend(p for p in mention.posts if p not in member.posts)
                    member.confirmed = True
            run = [*(run if linked else []), mention] if not chain else []
            if joined and untitled and not before and after and _DASH_TITLE.match(text, name.end):
                for member in untitled:  # the title after the list's last name is every listed name's
                    member.posts.extend(p for p in mention.posts if p not in member.posts)
                    member.confirmed = True
            if chain:
                untitled = []
            elif not joined:
                opened = _plural_title().search(text, max(sentence.start, name.start - 24), name.start)
                untitled = [mention] if opened else []
            elif untitled:
                untitled.append(mention)
        for title, members in _plural_lists(text, titles, mentions[first_of_sentence:], sentence, previous):
            used_titles.add(title)  # `các Ủy viên Bộ Chính trị: A; B; C`: one title for every name listed
            if title not in titles:  # `bầu hai phó bí thư là A và B`: a counted title in lowercase, the post they take
                titles.append(title)
            for member in members:
                given = posts_of(facts, [title], named)
                own = _bracketed_role(text, member, given[0]) if given else None
                member.posts.extend(p for p in ([own, *given[1:]] if own else given) if p not in member.posts)
                member.confirmed = True
        starts = {t.start: t for t in titles}
        taken_up: set[Title] = set()
        for mention in mentions[first_of_sentence:]:
            verb = _HOLDS_NEXT.match(text, mention.bounds[1], sentence.end)
            if verb and verb.end() in starts:  # `ông A làm Giám đốc Sở Nội vụ, ông B làm ...`: A's
                taken_up.add(starts[verb.end()])
            elif verb and (lower := title_at(text, verb.end(), lower_ok=True)) is not None \
                    and lower.end <= sentence.end and (lower.body is not None or lower.context):
                titles.append(lower)
                taken_up.add(lower)
            elif verb and (charge := in_charge_of(facts, verb.end())) is not None:
                mention.posts.append(charge)  # `A được giao phụ trách Công an tỉnh X`
        titles.sort(key=lambda t: t.start)
        all_titles.extend((sentence.index, t) for t in titles)
        previous = titles
        for title in titles:  # `... đồng chí A giữ chức Bí thư Tỉnh ủy`: a post taken up, held now
            before = text[max(sentence.start, title.start - 40):title.start]
            owner = [m for m in mentions[first_of_sentence:] if m.span.end <= title.start
                     and not kin_before(text, sentence.start, m.bounds[0])]
            aside = bool(owner) and _IS_AFTER_ASIDE.fullmatch(text, owner[-1].bounds[1], title.start) is not None
            if title in used_titles or not (title in taken_up or aside or _TAKES_UP.search(before)
                                            or (acting(title) and _HOLDS_ACTING.search(before))):
                continue
            if owner and ANNOUNCES_DECISION.search(text, owner[-1].bounds[1], title.start):
                continue  # `A công bố Quyết định ... bổ nhiệm giữ chức Tổng Biên tập`: the post of the one appointed
            if owner and _OTHERS_TAKE.search(text, owner[-1].bounds[1], title.start):
                continue  # `A chúc mừng các vị được bầu giữ chức Phó Chủ tịch ...`, `A thông qua tờ trình về việc cử giữ
                # chức ...`: not A's
            if owner and (PROPOSED.search(text, owner[-1].bounds[1], title.start)
                          or _PROPOSED_BEFORE.search(text, max(sentence.start, owner[-1].span.start - 30),
                                                     owner[-1].span.start)):
                continue  # `A ..., giới thiệu ứng cử để HĐND huyện X bầu giữ chức Chủ tịch UBND huyện X`, `giới thiệu
                # đồng chí A, ... giữ chức Bí thư Tỉnh ủy`: proposed, not held
            if owner:
                holders = [owner[-1]]
                for earlier in reversed(owner[:-1]):  # `Ông A và ông B giữ chức Phó Chủ tịch HĐND tỉnh`
                    join = (_ASIDE_JOIN if aside else LIST_JOIN).fullmatch(text, earlier.bounds[1], holders[0].bounds[0])
                    if not join or (earlier.bounds[1] > earlier.span.end and "và" not in join.group(0)):
                        break  # `ông A, Phó Trưởng ban X, ông B làm Trưởng ban Y`: A's item ends with A's title
                    holders.insert(0, earlier)
                lone = title.body is None and title.fixed_body is None
                held = (head_of_workplace(text, owner[-1].bounds[1], title.start) if lone else None) or title
                taken_with = _run_from(text, titles, title) if held is title else None
                for holder in holders:
                    holder.posts.extend(posts_of(facts, [held], named, siblings=taken_with))
                used_titles.add(title)
                _predecessor(facts, mentions[first_of_sentence:], title, sentence.end, named)
    _delegation_lists(facts, mentions)
    _member_lists(facts, mentions)
    for mention, post in elected_members(facts, mentions):
        if all(p.label != post.label for p in mention.posts):
            mention.posts.append(post)
            mention.confirmed = True
    confirmed = {m.name for m in mentions if m.confirmed}
    confirmed -= {m.name for m in mentions if _cut_by_the_page(text, m, mentions)}
    places = {p.name for p in localities.places} if localities is not None else set()
    facts.persons.extend(m for m in mentions if m.name in confirmed and m.name not in places)  # a district named like a person
    _deputies(facts, [m for m in facts.persons if not m.posts])
    # a title's body is named by the title: drop what the body scan read inside titles, add the title's
    spans = Intervals((t.start, t.end) for _, t in all_titles)
    facts.orgs[:] = [o for o in facts.orgs if not spans.covers(o.span.start)]
    for sentence_index, title in all_titles:
        for post in [title.post(localities)] if title not in abroad else []:
            if post.body:
                facts.orgs.append(OrgMention(post.body, Span(title.start, title.end, title.surface),
                                             sentence_index, implied=True))
                if owner := board_owner(post.body):  # the board's corporation is named too
                    facts.orgs.append(OrgMention(owner, Span(title.start, title.end, title.surface),
                                                 sentence_index, implied=True))
    facts.titles = [TitleMention(i, t, t in used_titles) for i, t in all_titles]
