"""Personnel changes: who took up or left which post, when, by whose decision, by which document.

A change is a verb the press uses for a decision (`bổ nhiệm`, `chỉ định`, `phê chuẩn kết quả
bầu`, `thôi giữ chức`, `miễn nhiệm`, `nghỉ hưu`: lexicon/changes.tsv) with the persons and posts
its clause gives, in either order (`bổ nhiệm ông A giữ chức B`, `miễn nhiệm chức vụ B đối với
ông A`, `ông A được bầu giữ chức B`); `tham gia Ban Chấp hành, Ban Thường vụ` makes a member of
each. Proposals and plans (`giới thiệu để bầu`, `dự kiến`, `đề nghị`) are not changes. The date
is the one the sentence gives, else the one of the decision the text is still reporting, else
the day of the reported meeting where it was announced or voted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from orggraph.dates import context_year, meeting_dates, resolve
from orggraph.extract import extractor
from orggraph.extract.bodies import (
    COMMITTEES,
    Body,
    body_at,
    central_bodies,
    member_title,
    qualify,
    titled_kind,
    unit_at,
    unit_kind_at,
)
from orggraph.extract.patterns import (
    ABBREVIATION_DOT,
    AND_GAP,
    ASSOCIATION_NAME,
    CAPWORD,
    DISTRICT_KINDS,
    FORMER_HOLDER,
    KIN,
    LIST_JOIN,
    POST_WORD_AFTER_AND,
    ROSTER_OPENS,
    ROSTER_WHO,
    SHORT_ASIDE,
    SPACES,
    TERM_AFTER_TITLE,
    TERM_WORD,
    capitals,
    count,
    count_before,
    counted,
    honorific_pattern,
    words_alternation,
)
from orggraph.extract.people import (
    ANNOUNCES_DECISION,
    OPENS_ROSTER,
    PROPOSED,
    REPLACES,
    REPLACES_BEFORE,
    NamedBodies,
    elected_members,
    head_of_workplace,
    in_charge_of,
    kin_before,
    posts_in_chain,
    posts_of,
)
from orggraph.extract.spans import by_sentence
from orggraph.extract.titles import ACTING, Title, committee_head, committee_member, head_in, kind_after, title_at
from orggraph.lexicon import kind_alternation, read_patterns
from orggraph.model import (
    ArticleFacts,
    ChangeMention,
    DocumentMention,
    MeetingMention,
    OrgMention,
    PersonMention,
    Post,
    Sentence,
    TitleMention,
)
from orggraph.text import LOWER, UPPER, key

_VERB_KINDS = ("end_party_all", "end_party", "start", "end", "start_self", "end_self", "end_all")  # the longer reading first
_SELF_KINDS = frozenset({"start_self", "end_self", "end_all", "end_party_all"})  # verbs whose subject is the person who changes
_PARTY_KINDS = frozenset({"end_party", "end_party_all"})  # verbs that end every Party post named, the others staying
_EVERY_POST_KINDS = _PARTY_KINDS | {"end_all"}  # verbs with no post of their own, ending the posts named
# (past the term a post is for, when counted posts follow: `Bí thư Thành ủy khóa mới, hai Phó Bí thư là ...`;
# `Bí thư X, cùng 3 Phó Bí thư gồm: ...`)
_CHAIN = re.compile(rf"(?:\s+(?:khóa|khoá)\s+(?:mới|[IVXL]+|\d{{1,2}})(?=\s*,\s*(?:cùng\s+)?{count()}\s))?"
                    r"\s*(?:,|;)?\s*(?:(?:và|cùng)(?:\s+(?:các|những))?|kiêm(?:\s+nhiệm)?|,)?\s*" + POST_WORD_AFTER_AND)
_WORD = re.compile(r"\s+|[,;:()]")
# words before someone the act is not about (`thay ông B`, `2 Tổng Giám đốc trước đó là ông B`, `và kỷ luật cảnh cáo
# đối với ông B`: a discipline that ends no post)
_NOT_THE_PERSON_WORDS = (rf"thay|thay\s+cho|thay\s+thế|cùng|(?:{FORMER_HOLDER})\s+là"
                         rf"|thay(?:\s+cho)?\s+{KIN}(?:\s+mình)?\s+là"  # `thay cho chồng là ông B`: told by kin
                         r"|(?:khiển\s+trách|cảnh\s+cáo|khai\s+trừ(?:\s+khỏi\s+Đảng)?)(?:\s+(?:đối\s+)?với)?")


def _not_the_person(*more: str) -> re.Pattern[str]:
    words = "|".join((_NOT_THE_PERSON_WORDS, *more))
    # `thay Tổng cục trưởng A`: a bare head between the word and the person
    return re.compile(rf"(?:(?:{words})\s+(?:các\s+)?(?:ông|bà|đồng\s+chí|đ/c|(?-i:[A-ZĐ])[^\s,;.]*(?:\s+[^\s,;.]+){{0,3}})?"
                      r"|của)\s*$", re.IGNORECASE)


_NOT_THE_PERSON = _not_the_person(r"(?<!đối\s)với")
# `cho nghỉ hưu từ 1-10 với Tổng Giám đốc A`: after a verb that ends every post, `với` names who
_NOT_THE_RETIREE = _not_the_person()
_DECIDES = re.compile(r"\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:ký\s+|trao\s+)?(?:ban\s+hành\s+)?(?:các\s+)?(?:quyết\s+định\s+)?$",
                      re.IGNORECASE)
_EFFECTIVE = re.compile(r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày", re.IGNORECASE)
_DECISION = re.compile(r"(?<![\w])quyết\s+định(?![\w])", re.IGNORECASE)
_PLACE_OF_WORK = re.compile(r"(?:tại|ở|đến|về|sang)\s+$", re.IGNORECASE)  # `nhận công tác tại Sở X`: not who decided
# `thay ông B vừa được ...`, `thay ông B - người vừa được bầu ...`: the passive is B's own
_COUNT_WIDTH = 8  # characters a count takes before the post it counts (`03 `, `hai `, `các `)
_ALREADY = r"(?:vừa|đã|mới|cũng)"  # words of a verb's time before it (not `đang`, which tells a post held now)
_PASSIVE_NEXT = re.compile(rf"[\s,]*(?:[-–]\s*)?(?:người\s+)?(?:{_ALREADY}\s+)*được(?:\s+[^\s,;.]+){{0,3}}?\s+",
                           re.IGNORECASE)
# `; nguyên ...`: the subject's former titles; `T.Ư`: a dot within an abbreviation
_SUBJECT_GAP = re.compile(rf"(?:\s*;\s*nguyên\s[^.;:]{{0,120}}?)?(?:[^.;:]|{ABBREVIATION_DOT}){{0,80}}$")
_DECISIONS = ("Quyết định", "Nghị quyết", "Thông báo", "Kết luận")
_DECIDING_POSTS = ("Thủ tướng", "Chủ tịch nước", "Bộ trưởng", "Chủ tịch Ủy ban nhân dân", "Chủ nhiệm")


@cache
def _central() -> frozenset[str]:
    """The central bodies a person can be a member of (bodies.tsv and the organisations' parts)."""
    return frozenset(name for name, _ in central_bodies())


@cache
def _lexicon() -> dict[str, re.Pattern[str]]:
    kinds = dict.fromkeys(kind for kind, _ in read_patterns("changes.tsv"))
    out = {kind: re.compile(capitals(kind_alternation("changes.tsv", kind)), re.IGNORECASE) for kind in kinds}
    verbs = "|".join(f"(?P<{kind}>{out[kind].pattern})" for kind in _VERB_KINDS if kind in out)
    out["verb"] = re.compile(rf"(?<![\w])(?:{verbs})(?![\w])", re.IGNORECASE)
    for kind in ("post", "member"):  # written right before the post or body: asked of the text just before it
        before = f"{out[kind].pattern}|{out['post_at_title'].pattern}" if kind == "post" else out[kind].pattern
        new = r"(?:tân\s+)?" if kind == "post" else ""  # `được bầu làm tân Chủ tịch ...`: the post's new holder
        out[f"{kind}_before"] = re.compile(rf"(?<![\w])(?:{before})\s+{new}$", re.IGNORECASE)
        out[kind] = re.compile(rf"(?<![\w])(?:{out[kind].pattern})\s+{new}", re.IGNORECASE)
    out["block"] = re.compile(rf"(?<![\w])(?:{out['block'].pattern})(?![\w])", re.IGNORECASE)
    return out


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # "start" or "end"
    self_: bool  # the subject is who changes (`thôi giữ chức`, `được bổ nhiệm`)
    every_post: bool  # `nghỉ hưu`, `từ trần`: every post the person is named with ends
    blocked: bool  # a proposal or a plan
    party_only: bool = False  # `cách chức tất cả các chức vụ trong Đảng`: every Party post ends, the others stay
    # where a later verb of the same kind folded into this one ends (`phê chuẩn đề nghị ... về việc bổ nhiệm B`):
    # a post may start there too
    again: list[int] = field(default_factory=list)


@dataclass
class _Act:
    cue: _Cue
    how: str
    region: tuple[int, int]
    persons: list[PersonMention] = field(default_factory=list)
    pairs: list[tuple[PersonMention, Post]] = field(default_factory=list)
    named_with: bool = False  # the pairs are the posts the persons are named with, none the act names
    unclaimed: list[Post] = field(default_factory=list)  # posts named with nobody to take them (`bỏ phiếu bầu B`)
    last_title: Title | None = None  # the last post it named (`... giữ chức Bí thư Đảng ủy X. Ông B giữ chức Phó Bí thư`)
    counted: bool = False  # its unclaimed posts are counted (`miễn nhiệm 5 Ủy viên UBND tỉnh`): their holders come next
    counted_out: bool = False  # its persons are some of the holders a sentence before counted
    itemised: bool = False  # an item of a list a decision opened (`... tái đắc cử:` then `1. Bí thư X: Ông A`)
    post_before: int | None = None  # where the post of its list ends (`Ba phó chủ tịch UBND tỉnh là ông A, ...`)


_IN_A_NAME = re.compile(capitals(r"(?-i:[A-ZĐ]\w*)\s+(?-i:[A-ZĐ])$"))


def _blocks(text: str, clause: Sentence) -> list[int]:
    """Where the words making what follows a proposal, a plan or a career stand in a clause."""
    lex = _lexicon()
    return [m.start() for m in lex["block"].finditer(text, clause.start, clause.end)
            if not lex["unblock"].search(text[max(clause.start, m.start() - 24):m.start()])
            and not _IN_A_NAME.search(text, max(clause.start, m.start() - 12), m.start() + 1)  # `Sở Quy hoạch`, `Văn Trình`
            # `Theo quyết định của Thủ tướng, từ 1-10, ông A sẽ nghỉ hưu`, `2 Thứ trưởng sẽ nghỉ hưu
            # theo chế độ từ ngày 1-6-2014`: decided, in effect later
            and not (m.group(0).lower() == "sẽ" and (_DECISION.search(text, clause.start, m.start())
                                                     or _IN_EFFECT_FROM.match(text, m.end(), clause.end)
                                                     # `Theo đó, ông A sẽ thôi giữ chức B`: the decision just told
                                                     or lex["carry"].match(clause.text)))]


_RESULT = re.compile(r"(?:trúng|đắc|tái\s+đắc)\s+cử", re.IGNORECASE)
_CANDIDACY = re.compile(r"ứng\s+cử|đề\s+cử|giới\s+thiệu", re.IGNORECASE)


def _quoted_without_person(text: str, clause: Sentence, pos: int, persons: Sequence[PersonMention]) -> bool:
    """A verb inside quotes that name nobody: a headline or a phrase cited (`hai bài báo “... nhưng bổ nhiệm Chánh
    thanh tra”, ngày 23-7 ông A cho biết`), whose object is no one the sentence names after it."""
    opened = text.rfind("“", clause.start, pos)
    if opened < 0 or text.rfind("”", opened, pos) >= 0:
        return False
    closed = text.find("”", pos, clause.end)
    # (a word quoted, `kỷ luật bằng hình thức “cách chức”`, is the verb itself; a decision's title in quotes,
    # `trao Quyết định “về việc điều động, bổ nhiệm cán bộ” cho ông A`, is the decision on whom it names next)
    return closed >= 0 and len(text[opened + 1:closed].split()) >= 5 \
        and not _QUOTE_OF_A_DECISION.search(text, max(clause.start, opened - 40), opened) \
        and not _QUOTE_CONCERNS.match(text, closed + 1) \
        and not any(opened < p.span.start < closed for p in persons)


_QUOTE_OF_A_DECISION = re.compile(rf"(?<![\w])(?:{words_alternation([*_DECISIONS, 'Công văn', 'Tờ trình', 'hình thức'])})"
                                  r"(?:\s+số\s+\S+)?\s*$", re.IGNORECASE)
_QUOTE_CONCERNS = re.compile(r"\s*,?\s*(?:đối\s+với|cho|với)\s", re.IGNORECASE)


def _cues(text: str, clause: Sentence, blocks: list[int]) -> list[_Cue]:
    """Change verbs in a clause, consecutive ones of one kind as one (`điều động, phân công, chỉ
    định`; `thôi tham gia ... và thôi giữ chức`); a verb after one of the clause's blocks is blocked."""
    lex = _lexicon()
    found: list[_Cue] = []
    for m in lex["verb"].finditer(text, clause.start, clause.end):
        kind = next(name for name, value in m.groupdict().items() if value)
        if kind == "end_all" and found and not found[-1].self_ \
                and _lexicon()["object_before"].search(text, max(clause.start, found[-1].end), m.start()):
            continue  # `miễn nhiệm ... đối với ông A nghỉ hưu theo chế độ và ông B nghỉ công tác`: why, not another act
        before = text[max(clause.start, m.start() - 60):m.start()]
        # `được Hội nghị Ban Chấp hành T.Ư Đoàn lần thứ 10 (khóa 8) bầu`: an agent as long as a body's name
        passive = bool(lex["passive"].search(text[max(clause.start, m.start() - 90):m.start()]))
        decided = bool(lex["decided"].search(before))  # `đã ký các quyết định nghỉ hưu đối với ...`
        if lex["passed"].search(before):  # `xem xét ... và thông qua Nghị quyết miễn nhiệm`: done from here on
            blocks = [b for b in blocks if b > m.start()]
        # `... được đề cử vào chức vụ B đã trúng cử`: the vote's result, whatever its candidacy was
        result = _RESULT.fullmatch(m.group(0)) is not None
        cue = _Cue(m.start(), m.end(), "start" if kind.startswith("start") else "end",
                   (passive or kind in _SELF_KINDS) and not decided,
                   kind in _EVERY_POST_KINDS,
                   any(b < m.start() and not (result and _CANDIDACY.match(text, b)) for b in blocks),
                   kind in _PARTY_KINDS)
        if found and found[-1].kind == cue.kind and found[-1].blocked == cue.blocked \
                and not (passive and REPLACES.search(text, found[-1].end, cue.start)):  # `thay ông B vừa được ...`: B's own
            if re.fullmatch(r"\s*(?:,|và)\s*", text[found[-1].end:cue.start]):
                found[-1].end = cue.end  # `điều động, phân công, chỉ định`: one verb
            else:
                found[-1].again.append(SPACES.match(text, cue.end).end())  # type: ignore[union-attr]
            found[-1].self_ = found[-1].self_ or cue.self_
            continue
        found.append(cue)
    for i, cue in reversed(list(enumerate(found))):
        upto = found[i + 1].start if i + 1 < len(found) else clause.end
        if cue.kind == "end" and (joins := lex["joins"].search(text, cue.end, upto)) is not None:
            joined = _Cue(joins.start(), joins.end(), "start", True, False, cue.blocked)
            if i + 1 < len(found) and found[i + 1].kind == "start" and found[i + 1].blocked == cue.blocked:
                # `..., tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Y`: one taking up, as verbs in a row are
                joined.again = [SPACES.match(text, found[i + 1].end).end(), *found[i + 1].again]  # type: ignore[union-attr]
                del found[i + 1]
            found.insert(i + 1, joined)
    return found


_PARTY_BODY = re.compile(r"(?<![\w])(?:Đảng|Chi\s+bộ|(?:Tỉnh|Thành|Huyện|Quận|Thị|Quân)\s+ủy|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư"
                         r"|Ban\s+Chấp\s+hành\s+Trung\s+ương|Ủy\s+ban\s+Kiểm\s+tra|Ban\s+(?i:cán\s+sự\s+đảng))(?![\w])")
# `ông A, Phó Chủ tịch; nguyên Bí thư ...`: A's titles go on
_FORMER_TITLES = re.compile(capitals(r"nguyên\s+(?-i:[A-ZĐ])"), re.IGNORECASE)
_SIGNED = re.compile(r"(?<![\w])ký(?![\w])", re.IGNORECASE)
# `Các Phó Bí thư gồm các ông, bà: ...`, `Các ông A, B giữ chức ...`: the persons a decision just told names next
_COUNTED_LIST = re.compile(rf"\s*(?:{count()}\s+[^.;:]{{2,80}}?\sgồm(?:\s+có)?{ROSTER_WHO}"
                           rf"\s*:|(?:các|những)\s+(?:ông|bà|đồng\s+chí)\s+(?-i:[A-ZĐ]))", re.IGNORECASE)
_CAREER_TIME = re.compile(r"(?<![\w])(?:(?:từ|đến|tới|năm|tháng|sau\s+đó)(?:\s+(?:tháng|năm))?\s+\d"
                          r"|(?:rồi|trước\s+(?:đó|đây|khi)|(?:sau|tiếp)\s+đó(?=\s*,)|từng|kinh\s+qua)(?![\w])"
                          r"|\d{1,2}\s*[-/]\s*\d{4})", re.IGNORECASE)
# `Ba phó chủ tịch UBND tỉnh là ông A, ông B và bà C`, `Các Phó Chủ tịch được bầu gồm ông A, B`: in news of a vote,
# who took a counted post
_HOLDERS_LIST = re.compile(rf"\s*(?:[^.;:,]{{0,40}}:\s*)?{count()}\s+[^.;:]{{2,80}}?"
                           r"\s(?P<list>(?:được\s+bầu\s+)?gồm(?:\s+có)?|là)"
                           rf"\s*:?\s*(?:các\s+)?(?:(?:{honorific_pattern()})\s*:?\s+)?(?-i:[A-ZĐ])", re.IGNORECASE)
_LISTED = re.compile(r"(?<![\w])(?:(?:bao\s+)?gồm(?:\s+có)?|cụ\s+thể\s+là)\s*:", re.IGNORECASE)
# `Theo quyết định (số X) (của Y),`: a decision written first, then whom it concerns
_DECIDED_OPENER = re.compile(r"\s*(?i:theo)\s+(?:các\s+)?(?i:quyết\s+định)(?:\s+số\s+\S+)?"
                             r"(?:\s+(?:của|do)\s+[^.;:,]{3,80}?)?\s*,")
_HOLDS_POST = re.compile(r"(?<![\w])giữ\s+chức(?:\s+vụ|\s+danh)?(?=\s+(?-i:[A-ZĐ]))", re.IGNORECASE)
# `Ông A giữ chức chủ tịch HĐND tỉnh; bà B làm phó chủ tịch`: in news of decisions, who takes which post (a title next)
_TAKES_POST = re.compile(rf"(?<=[{LOWER}{UPPER})])\s+(?:(?:tiếp\s+tục\s+)?giữ\s+chức(?:\s+vụ|\s+danh)?|làm)\s+(?=\S)")
_LIST_FOLLOWS = re.compile(r"(?::|(?<![\w])như\s+sau\s*[.:]?)\s*$", re.IGNORECASE)  # `... miễn nhiệm. Cụ thể như sau.`
_BY_AGENT = re.compile(r"(?<![\w])được(?![\w])", re.IGNORECASE)
_UNTIL = re.compile(r"(?<![\w])(?:cho\s+)?(?:đến|tới)\s+khi(?![\w])", re.IGNORECASE)
_POST_NAMED = re.compile(r"\s*(?:các\s+)?chức\s+(?:danh|vụ)\s*:?\s", re.IGNORECASE)  # `miễn nhiệm các chức danh: B với ông A`
_IN_REASON = re.compile(r"(?<![\w])(?:do|vì)\s+(?:đã\s+)?(?:nghỉ\s+(?:hưu|chế\s+độ\s+hưu\s+trí|công\s+tác)|chuyển\s+công\s+tác"
                        r"|được\s+điều\s+động)[^,;.]{0,40}$",
                        re.IGNORECASE)
_REASON = re.compile(r"(?<![\w])(?:do|vì|bởi)\s+(?:đã\s+|được\s+)?$", re.IGNORECASE)
_CLOSED = re.compile(r"^\s*\)")
# the term a title is dated by (`A, Phó Chủ tịch HĐND tỉnh khóa XIII và B, ... được bầu`): still A's title
_TERM_LEAD = re.compile(rf"^{TERM_AFTER_TITLE}")
# `bầu hai phó bí thư là ông A và ông B`: the counted post, then whom it goes to
_NAMES_NEXT = re.compile(rf"\s+là\s+(?:các\s+)?(?:(?i:{honorific_pattern()})\s+)?(?-i:[A-ZĐ])")
_OWN_DECISION = re.compile(r"(?:Quyết\s+định|Nghị\s+quyết|Thông\s+báo|Kết\s+luận)\s+(?:số\s+)?\d")


_BRACKETED = re.compile(r"\([^()]*\)")
_ASIDE_ONLY = re.compile(rf"\s*{_BRACKETED.pattern}")  # a bracket and the spaces before it
# a list's lead (`các Phó Bí thư gồm ...`), whose items the clauses after it are
_LIST_LEAD = re.compile(r"(?i:các|những)\s+[^,;:.()]{2,60}?\s(?i:gồm)(?:\s+có)?\s*:?\s")
# `;`, an aside, `và ông B ...`, and `, hiện nay X có ...` (what holds now, after the act)
_CLAUSE_BREAK = re.compile(rf";\s*|\((?=[^()]*\))|(?:,?\s+và|,\s*còn)\s+(?=(?i:{honorific_pattern()})\s+(?-i:[A-ZĐ]))"
                           r"|,\s*(?=(?i:hiện\s+nay|hiện\s+tại)\s)"
                           # `A tái đắc cử Bí thư, các Phó Bí thư gồm ông B, ông C`: the next post's own list
                           rf"|,\s*(?={_LIST_LEAD.pattern})"
                           # `A tái cử Chủ tịch, các ông B, C giữ chức Phó Chủ tịch`: the others' own post
                           r"|,\s*(?=(?i:các|những|hai|ba)\s+(?i:ông|bà|đồng\s+chí)\s+(?-i:[A-ZĐ]))"
                           # `A được phân công làm B, bốn người khác không tái cử gồm ...`: the others are no part of A's act
                           rf"|,\s*(?=(?i:{count()}\s+(?:người|đồng\s+chí|cán\s+bộ|trường\s+hợp)\s+(?:khác|còn\s+lại))\b)"
                           # `giao A phụ trách Viện, sau khi Viện trưởng B được điều động làm C`: B's own act, with its subject
                           rf"|,\s*(?=(?i:sau\s+khi)\s+(?:(?i:{honorific_pattern()})\s+)?(?-i:[{UPPER}]))")


# a passive in the clause after `, còn ông B`: B's own act (without one, `còn bà C là Phó Chủ tịch` shares the act before)
_PASSIVE_OF_ITS_OWN = re.compile(r"[^;(]*?(?<![\w])được(?![\w])", re.IGNORECASE)


def _clauses(sentence: Sentence, lists: bool = True) -> list[Sentence]:
    """The parts of a sentence between semicolons; with `lists`, a part without a verb of its own
    goes on the one before (`tham gia Ban Bí thư gồm: đồng chí A; đồng chí B`), unless it starts
    a decision of its own (`...; Quyết định số 683 ... kỷ luật ông B bằng hình thức cảnh cáo`).
    An aside in brackets with a verb of its own is a clause of its own (`A được bầu giữ chức B
    (sau khi bà C chuyển công tác làm D)`)."""
    verb = _lexicon()["verb"]
    bounds, start = [], 0
    asides: set[int] = set()  # where the bracketed clauses start: nothing joins them
    fresh: set[int] = set()  # where a clause joining no act before it starts: the items after it join it
    for m in _CLAUSE_BREAK.finditer(sentence.text):
        if m.group(0).endswith(" ") and m.group(0).lstrip(",; ").startswith("và"):
            if not (verb.search(sentence.text, start, m.start()) and verb.search(sentence.text, m.end())) \
                    or _lexicon()["object_before"].search(sentence.text, start, m.start()):
                continue  # `A thôi giữ chức X và ông B thôi giữ chức Y`: two clauses, each with its verb
            bounds.append((start, m.start()))
            start = m.end()
            continue
        if m.group(0) == "(":
            close = sentence.text.index(")", m.end())
            why = verb.search(sentence.text, m.end(), close)
            if not why or (why.group("end_all") and _lexicon()["object_before"].search(sentence.text, start, m.start())):
                continue  # `... đối với ông A (nghỉ hưu theo quy định); ...`: why, inside the decision's clause
            if not sentence.text[m.end():close].replace(why.group(0), "", 1).strip():
                continue  # `Chủ nhiệm Ủy ban X (biệt phái), giữ chức Y`: a status the title is held in, no act
            bounds.extend([(start, m.start()), (m.end(), close)])
            asides.add(m.end())
            start = close + 1
            continue
        bounds.append((start, m.start()))
        start = m.end()
        if m.group(0).strip(" ,") == "còn" and _PASSIVE_OF_ITS_OWN.match(sentence.text, start):
            asides.add(start)  # `A được phân công X, còn ông B được chuyển đi làm Y`: B's own act, though no verb we know
        if not m.group(0).strip(" ,"):  # `, hiện nay ...`, `, các Phó Bí thư gồm ...`: joins no act before it
            # (a list's lead takes the items after it; someone's state, `, hiện nay đã nghỉ hưu; bà B, ...`, does not)
            (fresh if _LIST_LEAD.match(sentence.text, start) else asides).add(start)
    bounds.append((start, len(sentence.text)))
    out: list[Sentence] = []
    for start, end in bounds:
        joins = out and start not in asides | fresh and out[-1].start - sentence.start not in asides
        bracketed = [(b.start(), b.end()) for b in _BRACKETED.finditer(sentence.text, start, end)]
        own_verb = any(not _REASON.search(sentence.text, max(0, v.start() - 12), v.start())
                       and not any(s <= v.start() < e for s, e in bracketed)  # `(nghỉ hưu theo quy định)`: why
                       for v in verb.finditer(sentence.text, start, end))  # `..., do đã nghỉ hưu`: why, not what
        if joins and (_FORMER_TITLES.match(sentence.text, start, end) or lists and not own_verb
                      and not _OWN_DECISION.match(sentence.text, start, end)):
            last = out[-1]
            out[-1] = Sentence(last.start, sentence.start + end, sentence.text[last.start - sentence.start:end],
                               sentence.index)
            continue
        out.append(Sentence(sentence.start + start, sentence.start + end, sentence.text[start:end], sentence.index))
    # `nhà báo A, nguyên X; nhà báo B, ... được bổ nhiệm giữ chức C`, `ông A, Giám đốc Sở X; ông B, ... đã trúng cử`:
    # the list before is the subject of a passive verb or of one whose subject changes (a part saying what someone
    # is, `A là Chủ tịch X; B được cử làm Y`, is a clause of its own)
    while lists and len(out) > 1 and not verb.search(out[0].text) and not _COPULA.search(out[0].text) \
            and (later := verb.search(out[1].text)) \
            and (_lexicon()["passive"].search(out[1].text, 0, later.start())
                 or later.lastgroup in _SELF_KINDS and (_HONORED_FIRST.match(out[0].text, _after_carry(out[0].text))
                                                     or _HONORED_LIST.search(out[0].text))) \
            and _NAMED_FIRST.match(out[1].text):
        out[:2] = [Sentence(out[0].start, out[1].end,
                            sentence.text[out[0].start - sentence.start:out[1].end - sentence.start], sentence.index)]
    return out


_COPULA = re.compile(r"(?<![\w])là(?![\w])")
_NAMED_FIRST = re.compile(rf"\s*(?:(?i:{honorific_pattern()})\s+)?(?-i:[A-ZĐ])")  # a clause that opens with a name
# `ông A, ...` (or `Kết quả, ông A, ...` after the word carrying the sentence before), not `Đến dự có ...`
_HONORED_FIRST = re.compile(rf"[\s,:]*(?i:{honorific_pattern()})\s+(?-i:[A-ZĐ])")
# `chia tay các đồng chí: A - X; B - Y nghỉ hưu`: a list of persons announced
_HONORED_LIST = re.compile(rf"(?<![\w])(?i:các|những)\s+(?i:{honorific_pattern()})\s*:\s*(?-i:[A-ZĐ])")


def _after_carry(text: str) -> int:
    """Where a clause's own words begin: after a word carrying the sentence before (`Kết quả, `), if any."""
    carry = _lexicon()["carry"].match(text)
    return carry.end() if carry else 0


_ITEMS_JOIN = re.compile(rf"{TERM_AFTER_TITLE}\s*;\s*(?:(?i:{honorific_pattern()})\s+)?")  # items of a list, each with its titles


class _Capitalised:
    """The article with the first letter after each post marker and each change verb in capitals, made
    once and only when asked, so that `chức vụ đại biểu HĐND tỉnh` reads as the title it is (same offsets)."""

    def __init__(self, text: str):
        self.text = text
        self._copy: str | None = None

    def title_at(self, pos: int, shared: Body | None = None, in_count: bool = False) -> Title | None:
        """The title at pos; a lone head there in `shared`, the body named before it; a counted head
        with no body of its own (`Giám đốc X cho A và 4 Phó Giám đốc gồm:`) in `shared` too."""
        found = title_at(self.text, pos)
        if shared and in_count and found is not None and found.body is None and found.fixed_body is None:
            found = head_in(self.text, pos, shared) or found
        found = found or (head_in(self.text, pos, shared) if shared else None)
        if found or pos >= len(self.text) or not self.text[pos].islower():
            return found
        if self._copy is None:
            chars = list(self.text)
            for m in _lexicon()["post"].finditer(self.text):
                if m.end() < len(chars):
                    chars[m.end()] = chars[m.end()].upper()
            for m in _lexicon()["verb"].finditer(self.text):  # `miễn nhiệm phó chủ tịch UBND tỉnh`
                at = m.end() + 1
                if at < len(chars) and self.text[m.end()] == " ":
                    chars[at] = chars[at].upper()
            for m in counted().finditer(self.text):  # `5 phó Chủ tịch gồm các đồng chí: ...`
                chars[m.end()] = chars[m.end()].upper()
            self._copy = "".join(chars)
        return title_at(self._copy, pos) or (head_in(self._copy, pos, shared) if shared else None)


@dataclass
class _Reading:
    """What the article has said so far about the decision it reports."""

    # `công bố các quyết định ... cho các cán bộ nghỉ chế độ từ ngày 1-7-2025`: the day the announced changes take
    # effect, theirs rather than the ceremony's
    takes_effect: date | None = None
    date: date | None = None
    dated: bool = False  # whether a change or a decision sentence has set `date`
    by: tuple[str, str] | None = None
    cue: _Cue | None = None  # the decision's verb, for a sentence that goes on with it
    cue_at: int = -2  # the sentence that told it
    title: Title | None = None  # the last post it named, whose body a lone head that goes on with it shares
    voted: list[Post] = field(default_factory=list)  # `tiến hành bỏ phiếu bầu B`: the post a later `A trúng cử` is for
    counted: list[Post] = field(default_factory=list)  # `miễn nhiệm 5 Ủy viên UBND tỉnh`: the post later ends name persons for
    told_at: int = -2  # the sentence that dated a decision without telling its changes (`Ngày 14/11, ... công bố quyết định`)
    signed_at: int = -2  # the sentence that gave the day a decision was signed (`Quyết định số 5266 (ngày 12/11/2018)`)
    # `trình bày tờ trình về việc miễn nhiệm ... đối với ông A`: a proposal, and the sentence that told it
    proposed: list[_Act] = field(default_factory=list)
    proposed_at: int = -9


@extractor("changes")
def changes(facts: ArticleFacts) -> None:
    text = facts.article.text
    lex = _lexicon()
    persons_in = by_sentence(facts.persons)
    titles_in = by_sentence(facts.titles)
    docs_in = by_sentence(facts.documents)
    orgs_in = by_sentence(facts.orgs)
    named = NamedBodies(facts.orgs)
    capitalised = _Capitalised(text)
    main = next((m for m in facts.meetings if m.main), None)
    reading = _Reading()
    seen: dict[tuple[str, str, str], ChangeMention] = {}
    announced: set[tuple[str, str, str]] = set()
    reported_from = 0  # the changes of the last sentence that reported some
    listing: _Cue | None = None  # a change whose persons are listed in the items that follow
    listing_posts: list[Post] = []  # `chỉ định 6 cán bộ giữ chức vụ B, gồm:`: the post every listed person takes
    unpaired: _Cue | None = None  # the last sentence's change, told with nobody it concerns
    news: list[bool] = []  # whether the article tells a decision in its own words (asked once, when needed)
    for sentence in facts.sentences:
        persons = sorted(persons_in.get(sentence.index, []), key=lambda p: p.span.start)
        titles = titles_in.get(sentence.index, [])
        acts: list[_Act] = []
        any_cue = False
        own_verb = bool(lex["verb"].search(text, sentence.start, sentence.end))
        item = bool(listing and (_LIST_ITEM.match(sentence.text)  # `1. Phó Thủ tướng A` after `... miễn nhiệm gồm:`
                                 or (listing_posts and _NAMED_ITEM.match(sentence.text))  # `Ông A, Giám đốc Sở X.`
                                 or _titled_item(sentence, titles, persons)))  # `Chủ nhiệm Ủy ban X A; Chủ nhiệm ...`
        if item and own_verb and all(_in_brackets(sentence, v.start())
                                     for v in lex["verb"].finditer(text, sentence.start, sentence.end)):
            own_verb = False  # `Chủ tịch Hội đồng Dân tộc A (tái cử); ...`: a note on an item, not a decision of its own
        pending, unpaired = unpaired, None
        # `... 5 cán bộ được nghỉ hưu. Theo văn bản, các cán bộ gồm có: A, ...; B, ...`: the change just told
        listed = pending is not None and bool(_LISTED.search(sentence.text))
        # `Bộ Chính trị chỉ định ông A giữ chức Bí thư. Các Phó Bí thư gồm các ông: B (...), C (...)`: the list of
        # a counted post right after a decision is that decision's
        # after a vote (not a designation of one, `chỉ định ông A giữ chức Bí thư`), who holds the posts it filled
        listed_at = _HOLDERS_LIST.match(sentence.text)
        holders = reading.cue is not None and reading.cue.kind == "start" and not reading.cue.blocked \
            and bool(_WON.search(text, reading.cue.start, reading.cue.end)) and listed_at is not None
        follows = holders or (sentence.index == reading.cue_at + 1 and reading.cue is not None
                              and reading.cue.kind == "start" and bool(_COUNTED_LIST.match(sentence.text)))
        carried = reading.cue if (item or listed or follows or lex["carry"].match(sentence.text)
                                  or lex["carry_post"].match(sentence.text)) and not own_verb else None
        if carried is None and not own_verb and (opened := _DECIDED_OPENER.match(sentence.text)) \
                and (holds := _HOLDS_POST.search(sentence.text, opened.end())):
            # `Theo quyết định của Bộ trưởng Bộ Công an, thiếu tướng A giữ chức vụ Giám đốc Công an tỉnh X`: appointed
            carried = _Cue(sentence.start + holds.start(), sentence.start + holds.end(), "start", False, False, False)
        listing = listing if item else None
        for clause in _clauses(sentence, carried is None):
            blocks = _blocks(text, clause)
            cues = [c for c in _cues(text, clause, blocks) if not _quoted_without_person(text, clause, c.start, persons)]
            if item and carried is not None:  # `... Lê Văn A (tái cử); ...`: a note on an item, not a decision of its own
                cues = [c for c in cues if not _in_brackets(sentence, c.start)]
            any_cue = any_cue or bool(cues)
            if not cues and carried and not lex["block"].search(text, clause.start, clause.end) \
                    and not lex["held_before"].search(text, clause.start, clause.end):
                # `Theo đó, ông A làm B; ông C giữ chức D`: the decision just reported, not a career (`từng ...`)
                cues = [_Cue(clause.start, clause.start, carried.kind, False, carried.every_post, False,
                             carried.party_only)]
                # `..., trước đó ông giữ chức Y`: what was held before (the lexicon's `past`) is no part of it
                blocks = [*blocks, *(m.start() for m in lex["past"].finditer(text, clause.start, clause.end))]
            elif not carried and (summary := _summary_cues(facts, clause, persons, titles, cues, news)):
                cues = sorted(cues + summary, key=lambda c: c.start)  # `Ông A giữ chức chủ tịch HĐND tỉnh; bà B làm ...`
                any_cue = True
            for i, cue in enumerate(cues):
                end = cues[i + 1].start if i + 1 < len(cues) else clause.end
                if not cue.blocked:  # `Trước khi được bầu, ông A từng giữ các chức vụ: ...`: a career after `từng`
                    end = min([end, *(b for b in blocks if b > cue.end)])
                verb = carried if carried and cue.start == cue.end else cue  # a carried decision keeps its verb
                act = _Act(cue, " ".join(text[verb.start:verb.end].split()), (cue.end, end),
                           last_title=reading.title if verb is carried else None,
                       itemised=(item or holders) and verb is carried,
                       post_before=sentence.start + listed_at.start("list") if holders and listed_at else None)
                if not cue.blocked and not _history(facts, sentence, cue.end, end):
                    previous = next((a.persons for a in reversed(acts) if a.persons), [])
                    carried_posts = reading.counted if cue.kind == "end" else \
                        reading.voted if lex["carry"].match(sentence.text) else \
                        listing_posts if item and verb is carried else []
                    _fill(facts, act, clause, persons, [t.title for t in titles], named, capitalised, previous,
                          carried_posts)
                    acts.append(act)
                elif cue.blocked and _PROPOSAL.search(text, max(clause.start, cue.start - 40), cue.start):
                    _fill(facts, act, clause, persons, [t.title for t in titles], named, capitalised, [])
                    if act.pairs:  # put to the vote: a change only if the next sentences say it passed
                        if sentence.index - reading.proposed_at > _PASSED_WITHIN:
                            reading.proposed = []
                        reading.proposed.append(act)
                        reading.proposed_at = sentence.index
        if unclaimed := [post for a in acts for post in a.unclaimed]:
            reading.voted = unclaimed
            reading.counted = [post for a in acts if a.counted for post in a.unclaimed]
        elif any(a.pairs and not a.counted_out for a in acts):
            reading.voted, reading.counted = [], []
        if titled := [a.last_title for a in acts if a.pairs and a.last_title is not None]:
            reading.title = titled[-1]
        own_cue = bool(acts) and acts[-1].cue.start < acts[-1].cue.end  # a carried cue leaves the decision's own verb
        if own_cue or any(a.pairs for a in acts):  # a decision told, or carried on: the persons it names may follow
            reading.cue_at = sentence.index
        if own_cue:
            reading.cue = acts[-1].cue
            if not any(a.pairs for a in acts) and not acts[-1].cue.blocked:
                if _LIST_FOLLOWS.search(sentence.text):
                    listing = acts[-1].cue  # the persons come next, one item each
                    listing_posts = [post for a in acts for post in a.unclaimed]
                else:
                    unpaired = acts[-1].cue  # `... đồng ý miễn nhiệm. Cụ thể như sau.`: the list may be announced next
        elif not acts and pending is not None and _LIST_FOLLOWS.search(sentence.text):
            listing, listing_posts = pending, []
        elif acts and reading.cue is not None and _LIST_FOLLOWS.search(sentence.text) \
                and (waiting := [post for a in acts for post in a.unclaimed]):
            # `Theo đó, ... 4 phó chủ tịch mới của Quốc hội bao gồm:` then `Ông A (...) với 477 phiếu`: the decision
            # carried on, its counted post, then one item each
            listing, listing_posts = reading.cue, waiting
        told = _EFFECTIVE.search(sentence.text) or (  # `Theo quyết định, các cán bộ trên nghỉ từ ngày 1/9/2024`
            _DECISION.search(sentence.text) and not any_cue and len(facts.changes) > reported_from)
        in_effect = _days(facts, sentence) if told and not any(a.pairs for a in acts) else None
        if in_effect is not None and (in_effect.effective or _EFFECTIVE.search(sentence.text)) \
                and (effective := in_effect.own):
            # `Quyết định có hiệu lực kể từ ngày 18-7-2013`: the day the changes just reported take effect
            for change in facts.changes[reported_from:]:
                if change.date is None or (change.person, change.post.label, change.change) in announced:
                    change.date = effective  # not the day of the ceremony that told it
                change.effective = change.effective or effective
            continue
        if not any(a.pairs for a in acts) and reading.proposed and sentence.index - reading.proposed_at <= _PASSED_WITHIN \
                and (_PASSES.search(sentence.text) and any(not a.cue.blocked and a.cue.kind == p.cue.kind
                                                           for a in acts for p in reading.proposed)
                     or not acts and _PASSED_BARE.search(sentence.text)):
            # `... tờ trình về việc miễn nhiệm ... đối với ông A. Kết quả, 35/35 đại biểu thống nhất miễn nhiệm`,
            # `Các đại biểu đã biểu quyết nhất trí thông qua`, `Kết quả, 100% đại biểu đồng ý`: passed
            acts = [replace(p, cue=replace(p.cue, blocked=False)) for p in reading.proposed]
            reading.proposed = []
        if not any(a.pairs for a in acts):
            # `Ngày 14-2, Thủ tướng đã ký các quyết định bổ nhiệm`, `Sáng 17/9, ... công bố quyết định`
            if (any_cue or lex["announce"].search(sentence.text)) and (own := (told_days := _days(facts, sentence)).own):
                reading.date, reading.dated, reading.told_at = own, True, sentence.index
                reading.takes_effect = own if own == told_days.effective else None
                signed = next((day for d in docs_in.get(sentence.index, []) if d.kind in _DECISIONS
                               and (day := _signed_day(facts, [d], d.key))), None)
                if signed is not None:  # `công bố Quyết định số 5266 (ngày 12/11/2018)`: what follows was decided that day
                    reading.date, reading.signed_at = signed, sentence.index
            # `Thủ tướng đã ký các quyết định nghỉ hưu đối với 3 Thứ trưởng`: who decided what follows
            reading.by = _announced_by(facts, sentence, orgs_in.get(sentence.index, [])) \
                or (_decider(facts, sentence, acts[0], persons, titles, docs_in.get(sentence.index, []),
                             orgs_in.get(sentence.index, [])) if acts else None) or reading.by
            continue
        docs = docs_in.get(sentence.index, [])
        # a vote's day and document are its own, not those of the notice that put the candidate forward (`theo Thông
        # báo 1354-TB/TU ngày 12/8/2014 ... về việc điều động, giới thiệu cán bộ ứng cử`)
        put_forward = [d for d in docs if _nominates(text, d)] if any(_VOTES.match(a.how) for a in acts if a.pairs) else []
        days = _days(facts, sentence, docs, put_forward)
        own = days.own or _sitting_day(facts, sentence, main) or _same_sitting(facts, sentence, main,
                                                                               orgs_in.get(sentence.index, []))
        if own is not None and own == days.effective and reading.signed_at == sentence.index - 1:
            own = reading.date  # `Quyết định số 5266 (ngày 12/11/2018) ... Theo đó, A ... kể từ ngày 14/11`: the decision's day
        when, effective, dated_here = _when(sentence, main, reading, own), days.effective, own is not None
        # told with no date of its own nor the signing day of a decision told before: a day the next telling may correct
        guessed = not dated_here and not (reading.signed_at >= 0 and when == reading.date)
        reading.date, reading.dated = when, True
        first = next(a for a in acts if a.pairs)
        reported_from = len(facts.changes)
        reading.by = _decider(facts, sentence, first, persons, titles, docs, orgs_in.get(sentence.index, [])) or reading.by
        document = _decision([d for d in docs if d not in put_forward], first.cue.start)
        signed = _signed_day(facts, docs, document)
        if signed is not None:  # `...; Quyết định số 651 ngày 26/12/2017 ... cách chức`: that decision's day
            when, dated_here = signed, True
            reading.date = when
        taken_up = {(p.name, post.label) for a in acts if a.cue.kind == "start" for p, post in a.pairs}
        items = _item_days(facts, sentence) if signed is None else []  # a list whose items take effect on days of their own
        for act in acts:
            for person, post in act.pairs:
                item_day = next((d for start, end, d in items if start <= person.span.start < end), None)
                pair_when, pair_effective = (item_day, item_day) if item_day is not None else (when, effective)
                slot = (person.name, post.label, act.cue.kind)
                if act.named_with and act.cue.kind == "end" and (person.name, post.label) in taken_up:
                    continue  # `thôi giữ chức A; ... giữ chức B`: B, which A is named with too, is taken up
                by, by_kind = reading.by or (None, "Organization")
                if slot in seen:  # told again (a caption first, then the decision): what the retelling adds
                    told = seen[slot]
                    # the decision's own day (`Quyết định số 268 ngày 8/3`) over the ceremony's it was told with
                    # (the day it takes effect, told after, does not replace the day it was decided)
                    retold_day = dated_here and pair_when and not (
                        told.date and pair_effective is not None and own == pair_effective and slot not in announced)
                    told.date = pair_when if retold_day else told.date or pair_when
                    announced.discard(slot)
                    told.effective = told.effective or pair_effective
                    if told.by is None and by is not None:  # who decided, and whether a body or a post
                        told.by, told.by_kind = by, by_kind
                    told.document = told.document or document
                    continue
                seen[slot] = ChangeMention(person.name, post, act.cue.kind, act.how, sentence.index,
                                           date=pair_when, by=by, by_kind=by_kind, document=document,
                                           effective=pair_effective)
                if (signed is None and lex["announce"].search(sentence.text) and not _SIGNED.search(sentence.text)) \
                        or guessed:
                    # dated by the ceremony that told it, or by none (a headline, a teaser): the day it takes effect,
                    # told next, is its own
                    announced.add(slot)
                facts.changes.append(seen[slot])
        if reading.by and document:  # the decision the change cites was issued by whoever decided it
            for doc in docs_in.get(sentence.index, []):
                if doc.key == document and doc.issuer is None:
                    doc.issuer = reading.by[0]
    _constituted(facts, persons_in, titles_in, docs_in, orgs_in, named, seen)
    _retired_predecessors(facts, persons_in, seen)
    congress_day = main.date if main is not None and main.held else None
    for person, post in elected_members(facts, facts.persons):  # `Đại hội đã bầu Ban Chấp hành gồm: A, B`
        if (person.name, post.label, "start") not in seen:
            seen[(person.name, post.label, "start")] = change = ChangeMention(person.name, post, "start", "bầu",
                                                                              person.sentence, date=congress_day)
            facts.changes.append(change)


# `thay ông B nghỉ hưu theo chế độ`, `thay ông B, đã nghỉ hưu`, `thay ông B, Giám đốc Sở X nghỉ hưu` (after his titles):
# the one replaced retired from the post
# `thay ông B, nguyên Chủ tịch X, nghỉ hưu`: B had left the post already
_FORMER_APPOSED = re.compile(r"\s*[,–-]?\s*(?i:nguyên|từng)\s")
_RETIRED_AFTER = re.compile(r"\s*,?\s*(?:(?:đã|vừa)\s+)?(?:nghỉ\s+hưu|nghỉ\s+chế\s+độ|về\s+hưu)(?![\w])", re.IGNORECASE)


def _titled_item(sentence: Sentence, titles: list[TitleMention], persons: list[PersonMention]) -> bool:
    """An item of a list written as a title then its holder's name (`Chủ nhiệm Ủy ban Pháp luật A; ...`)."""
    lead = len(sentence.text) - len(sentence.text.lstrip())
    first = next((t.title for t in titles if t.title.start == sentence.start + lead), None)
    return first is not None and any(0 <= p.span.start - first.end <= 1 for p in persons)


def _in_brackets(sentence: Sentence, pos: int) -> bool:
    at = pos - sentence.start
    return sentence.text.rfind("(", 0, at) > sentence.text.rfind(")", 0, at)


def _summary_cues(facts: ArticleFacts, clause: Sentence, persons: list[PersonMention], titles: list[TitleMention],
                  cues: list[_Cue], news: list[bool]) -> list[_Cue]:
    """In news of decisions (the article tells one in its own words), who takes which post written without a
    verb of decision (`Bình Dương: Ông A giữ chức chủ tịch HĐND tỉnh; bà B làm phó chủ tịch HĐND tỉnh`): the
    decisions told, a start each, right after a person and right before a title, before any verb of the clause
    (after one, it is that verb's: `A được chỉ định làm X, ông B làm Y`)."""
    text = facts.article.text
    found = []
    for m in _TAKES_POST.finditer(text, clause.start, clause.end):
        # in a part of its own (between semicolons) with one person, and no time of a career in it
        # (`Từ tháng 1-2003, ông A làm ...`, `ông A giữ chức X và các Phó Giám đốc: B, C`)
        part_start = text.rfind(";", clause.start, m.start()) + 1 or clause.start
        part_end = text.find(";", m.end(), clause.end) % (clause.end + 1)  # -1 (none) -> the clause's end
        within = [p for p in persons if part_start <= p.span.start < part_end]
        # one person, or a list of names (`Các ông bà: A, B, C giữ chức Phó Chủ tịch X`)
        # (`anh A (sinh 1970, quê X) giữ chức B`: a biography in brackets between them)
        if within and (within[-1].span.end == m.start() or _ASIDE_ONLY.fullmatch(text, within[-1].span.end, m.start())) \
                and _names_only(text, within) \
                and any(t.title.start == m.end() for t in titles) \
                and not _CAREER_TIME.search(text, part_start, part_end) \
                and not any(c.start <= m.start() for c in cues) \
                and not _lexicon()["block"].search(text, clause.start, m.start()):
            if not news:
                news.append(_reports_decisions(facts))
            if news[0]:
                found.append(_Cue(m.start(), m.end(), "start", True, False, False))  # its subject takes the post
    return found


_BETWEEN = re.compile(r"(?<![\w])giữa(?![\w])", re.IGNORECASE)
_AND = re.compile(r"(?<![\w])và(?![\w])")
# `Đại hội ... bầu Ban Chấp hành Đảng bộ gồm 43 đồng chí`: a vote for a committee, whose posts the next lines give
_COMMITTEE_VOTED = re.compile(r"(?<![\w])bầu(?:\s+ra)?\s+(?:Ban\s+Chấp\s+hành|BCH)(?![\w])", re.IGNORECASE)


def _names_only(text: str, persons: list[PersonMention]) -> bool:
    """One person, or names listed with nothing but commas and `và` between them."""
    return all(LIST_JOIN.fullmatch(text, a.span.end, b.span.start) for a, b in itertools.pairwise(persons))


def _reports_decisions(facts: ArticleFacts) -> bool:
    """Whether the article tells, in its own words, a decision that someone took up a post."""
    text = facts.article.text
    return any(cue.kind == "start" and not cue.blocked for sentence in facts.sentences
               for clause in _clauses(sentence) for cue in _cues(text, clause, _blocks(text, clause))) \
        or any(not _lexicon()["block"].search(text, max(text.rfind(",", 0, m.start()), text.rfind(" và ", 0, m.start()),
                                                        m.start() - 40), m.start())
               for m in _COMMITTEE_VOTED.finditer(text))  # `sẽ bầu`, `giới thiệu để bầu`: a plan


def _retired_predecessors(facts: ArticleFacts, persons_in: dict[int, list[PersonMention]],
                          seen: dict[tuple[str, str, str], ChangeMention]) -> None:
    """`A được bầu giữ chức X thay ông B nghỉ hưu`: B leaves X, the post A takes up, on no day the
    text gives (the retirement is told as the reason for A's, not dated by A's decision)."""
    text = facts.article.text
    for change in [c for c in facts.changes if c.change == "start"]:
        for index, mentions in persons_in.items():
            retold = index != change.sentence  # `Theo đó, ông A được bổ nhiệm làm X thay cho ông B, ...`, a headline
            taker = next((p for p in mentions if p.name == change.person and (retold or not p.short)), None)
            if taker is None:
                continue
            for person in _retired_after(text, change, taker, mentions, retold):
                slot = (person.name, change.post.label, "end")
                if slot not in seen:
                    seen[slot] = ChangeMention(person.name, change.post, "end", "nghỉ hưu", person.sentence)
                    facts.changes.append(seen[slot])


def _retired_after(text: str, change: ChangeMention, taker: PersonMention, mentions: list[PersonMention],
                   retold: bool) -> list[PersonMention]:
    """Whom the taker replaces, retired (`thay ông B nghỉ hưu`, `thay cho ông B, Giám đốc Sở X nghỉ hưu`, not after a
    former title); in a decision told again, only with the post written between them, after the taker's own titles
    (`ông A, Phó Bí thư Tỉnh ủy, giữ chức X thay ...` does not make the replaced one leave `Phó Bí thư`)."""
    out = []
    for person in mentions:
        if person.short or person.name == change.person or person.span.start < taker.span.end \
                or not REPLACES_BEFORE.search(text, max(taker.span.end, person.span.start - 25), person.span.start) \
                or not (_RETIRED_AFTER.match(text, person.span.end)
                        or (_RETIRED_AFTER.match(text, person.bounds[1]) and not _FORMER_APPOSED.match(text, person.span.end))):
            continue
        if retold and (not re.search(rf"(?<![\w])(?<!Phó\s){re.escape(change.post.surface)}(?![\w])",
                                     text[taker.bounds[1]:person.span.start], re.IGNORECASE)
                       or any(taker.span.end <= p.span.start < person.span.start and not p.short for p in mentions)):
            continue
        out.append(person)
    return out


# `tờ trình`, `đề nghị`, `Chủ tịch UBND trình HĐND miễn nhiệm ...`: put to a vote
_PROPOSAL = re.compile(r"(?<![\w])(?:tờ\s+trình|(?<!chương\s)(?<!công\s)trình(?!\s+(?:bày|độ|diễn))|đề\s+nghị|đề\s+xuất)(?![\w])",
                       re.IGNORECASE)
_PASSES = re.compile(r"(?<![\w])(?:thống\s+nhất|nhất\s+trí|biểu\s+quyết|tán\s+thành|thông\s+qua)(?![\w])", re.IGNORECASE)
# a vote that passes what was proposed, with no verb of its own (`Kết quả, 100% đại biểu đồng ý`)
_PASSED_BARE = re.compile(r"(?<![\w])(?:(?:biểu\s+quyết\s+)?(?:nhất\s+trí|thống\s+nhất)\s+thông\s+qua"
                          r"|(?<!không\s)(?:đồng\s+ý|tán\s+thành))(?![\w])", re.IGNORECASE)
_PASSED_WITHIN = 3  # sentences between a proposal and the vote that passes it
_CONSTITUTES_FOR = 6  # sentences after a decision that constitutes a body in which its members may be listed
_TOO_BROAD = frozenset({"ban", "ủy ban", "hội"})  # kinds so broad that any Party board, council or association
# (`thành lập Hội X`: every `Hội` the next sentences name) would be taken in
_LIST_AFTER_POST = re.compile(r"\s*(?:gồm|là)\s*(?:có\s*)?:")
# a person who opens a line of a list (`Bà A, ...`, `- Ông B, ...`): at most an honorific before the name
_OPENS_ITEM = re.compile(r"[\s\-–•+*]*(?:\S+\s+)?$")


def _constituted(facts: ArticleFacts, persons_in: dict[int, list[PersonMention]],
                 titles_in: dict[int, list[TitleMention]],
                 docs_in: dict[int, list[DocumentMention]], orgs_in: dict[int, list[OrgMention]],
                 named: NamedBodies, seen: dict[tuple[str, str, str], ChangeMention]) -> None:
    """`Quyết định số 1140 ... kiện toàn Ban Chỉ đạo X. Ông A ... làm Trưởng Ban. Phó Trưởng Ban là B`:
    a decision that sets up a body (anew) gives each post in it that the next sentences name;
    `bổ sung thành viên Ban Chỉ đạo X như sau: Bà A, ...` makes each person listed a member (a post
    only the decision tells, so it is added to the person as well)."""
    text = facts.article.text
    cue_of = _lexicon()["constitute"]
    for sentence in facts.sentences:
        cue = cue_of.search(text, sentence.start, sentence.end)
        plural = counted().match(text, cue.end() + 1) if cue else None  # `thành lập 5 tiểu ban`
        kind = unit_kind_at(text, plural.end() if plural else cue.end() + 1) if cue else None
        if plural and kind and not titled_kind(kind):
            kind = None  # `thành lập mới 2 công đoàn cấp trên`: organisations, whose members keep their own posts
        # `Ban Chỉ đạo X được thành lập, do ông A làm Trưởng ban`: the body before the passive
        made = _made_before(text, cue, orgs_in.get(sentence.index, []), sentence) \
            if cue is not None and kind is None else None
        kind = unit_kind_at(text, made.span.start) if made is not None else kind
        if cue is None or kind is None:
            continue
        body = made or next((o for o in orgs_in.get(sentence.index, []) if not o.implied and o.span.start > cue.end()
                             and key(o.label).startswith(key(kind) + " ")), None)
        # `thành lập Ban ...`: a kind this broad would take in every Party board; the body itself, when named
        # (`thành lập Ủy ban bầu cử tỉnh X`, or set up in the passive), says which posts are its own
        if made is not None:
            stem: str | None = key(made.label)
        elif key(kind) not in _TOO_BROAD:
            stem = key(kind)
        else:
            stem = _stem(kind, body.label) if body is not None else None
        if stem is None:
            continue
        # a body of a broad kind named with its place (`thành lập Hội Luật gia huyện X`): not the same association
        # of another place (`Chủ tịch Hội Luật gia tỉnh Y`, who came to see it founded)
        whole = key(body.label) if body is not None and made is None and key(kind) in _TOO_BROAD else None
        docs = docs_in.get(sentence.index, [])
        document = _decision(docs, cue.start())
        before = Sentence(sentence.start, cue.start(), text[sentence.start:cue.start()], sentence.index)
        when = _signed_day(facts, docs, document) or _days(facts, before, docs).own  # not a later decision's day
        issuer = next((d.issuer for d in docs if d.key == document and d.issuer), None)
        how = " ".join(cue.group(0).split())
        # the body set up as the article names it (its mention's label), else as written right after the verb
        unit = (_as_body(body)
                if body is not None else unit_at(text, cue.end() + 1) or _lowercase_unit(text, cue.end() + 1)
                or body_at(text, cue.end() + 1)) if made is None else None
        listing = _MEMBERS_FOLLOW.match(text, body.span.end, sentence.end) \
            if body is not None and how.endswith("thành viên") else None
        for later in facts.sentences[sentence.index:sentence.index + _CONSTITUTES_FOR]:
            if later.index > sentence.index and cue_of.search(later.text):
                break  # another decision
            proposed = [m.start() for m in PROPOSED.finditer(text, later.start, later.end)]
            listed = _listed_head(facts, later, named, unit, titles_in.get(later.index, [])) \
                if later.index > sentence.index else None
            for person in persons_in.get(later.index, []):
                if person.span.start < cue.end():
                    continue  # who decided or announced it, written before
                if any(at < person.span.start and ";" not in text[at:person.span.start] for at in proposed):
                    continue  # `giới thiệu ông A để Quốc hội bầu giữ chức Chủ tịch Hội đồng`: put forward, not yet in
                own = [p for p in (*person.posts, *_given(facts, person, titles_in.get(later.index, []), named, unit))
                       if _in_unit(p, stem)]
                # the post a list names, unless the person's own place in the body is written (`A (Ủy viên thường trực)`)
                given = own or [p for p in (listed[1] if listed is not None and not person.short
                                            and person.span.start > listed[0] else []) if _in_unit(p, stem)]
                posts = [post for post in given if post.body and (whole is None or f"{whole} ".startswith(f"{key(post.body)} ")
                                                                  or f"{key(post.body)} ".startswith(f"{whole} "))]
                if not posts and body is not None and listing is not None and later.index > sentence.index \
                        and _OPENS_ITEM.fullmatch(text, later.start, person.span.start):
                    posts = [Post(f"Thành viên {body.label}", body.label, body.surface)]  # `Bà A, ...` listed
                    person.posts.append(posts[0])
                for post in posts:
                    if all(held.label != post.label for held in person.posts):
                        person.posts.append(post)  # the post the decision gives, held from now on
                    slot = (person.name, post.label, "start")
                    if slot not in seen:
                        seen[slot] = ChangeMention(person.name, post, "start", how, later.index, date=when,
                                                   by=issuer, document=document)
                        facts.changes.append(seen[slot])


def _in_unit(post: Post, stem: str) -> bool:
    """A post in the unit a decision constitutes, by the stem of its name."""
    return post.body is not None and f"{key(post.body)} ".startswith(stem + " ")


def _lowercase_unit(text: str, pos: int) -> Body | None:
    """`kiện toàn Ban Chỉ đạo phòng chống thiên tai.`: after the verb, as after a head, a committee may be named in
    lowercase, where its name runs to the sentence's end (not `Ban Chỉ đạo tuyên truyền, quảng bá ...`, cut short);
    one that ends with a bare `tỉnh` stays its article's (resolve.keys.unplaced), or where whom it is led by follows
    (`thành lập Hội đồng phối hợp ... Trung ương do Bộ trưởng A làm Chủ tịch Hội đồng`)."""
    unit = unit_at(text, pos, titled=True)
    return unit if unit is not None and _UNIT_NAME_ENDS.match(text, unit.end) else None


_UNIT_NAME_ENDS = re.compile(r"\s*(?:[.;]|$)|\s+do\s")
_MADE = re.compile(r"\s+(?:(?:đã|vừa)\s+)?được\s+$")
_MADE_WITH = re.compile(r"(?<![\w])(?:do\s+(?:các\s+)?(?:ông|bà|đồng\s+chí|đ/c)|gồm)(?![\w])", re.IGNORECASE)


def _made_before(text: str, cue: re.Match[str], orgs: list[OrgMention], sentence: Sentence) -> OrgMention | None:
    """The body written right before `được thành lập`, `được kiện toàn`, where the sentence goes on to say who is in it
    (`..., do ông A làm Trưởng ban`), not a body's history (`Trung tâm X được thành lập năm 2019`)."""
    made = next((o for o in reversed(orgs) if not o.implied and o.span.end <= cue.start()), None)
    return made if made is not None and _MADE.fullmatch(text, made.span.end, cue.start()) \
        and _MADE_WITH.search(text, cue.end(), sentence.end) else None


_PRONOUN_ONLY = re.compile(r"(?i:ông|bà|đồng\s+chí)")


def _pronoun(mention: PersonMention, persons: list[PersonMention]) -> bool:
    """`chỉ định bà giữ chức ...`: a pronoun standing for its person, the object of a decision;
    not `ông chí Phan Văn A`, a slip right before a name."""
    return bool(_PRONOUN_ONLY.fullmatch(mention.span.text)) and not any(
        not q.short and 0 <= q.span.start - mention.span.end <= 8 for q in persons)


_MEMBERS_FOLLOW = re.compile(r"[^.;]*:\s*$")
# (`A phụ trách công tác Tư pháp là Chủ tịch Hội đồng`: the field the person's post oversees, written before)
_GIVES = re.compile(r"(?:\s+phụ\s+trách(?:\s+[^\s,.;:]+){1,4}?(?=\s+là\s))?"
                    r"[\s,–-]*(?:làm|là|giữ\s+chức(?:\s+vụ)?|tham\s+gia(?:\s*,?\s*làm)?)\s+", re.IGNORECASE)


def _given(facts: ArticleFacts, person: PersonMention, titles: list[TitleMention], named: NamedBodies,
           constituted: Body | None = None) -> list[Post]:
    """`ông A, Bí thư Tỉnh ủy, làm Chủ tịch Ủy ban bầu cử tỉnh`: the post written after the person's own ones;
    a head written alone there (`Ban Chỉ đạo do ông A, Chủ tịch UBND tỉnh, làm Trưởng ban`) is one in the body
    the decision constitutes."""
    gives = _GIVES.match(facts.article.text, person.bounds[1])
    title = next((t.title for t in titles if gives and t.title.start == gives.end()), None)
    posts = [post for post in posts_of(facts, [title], named) if not (post.body and _kind_only(post.body))] \
        if title is not None else []  # (`làm Trưởng ban` of a `Ban Chỉ đạo` named by its kind alone: no post to name)
    kind = unit_kind_at(f"{constituted.name} ", 0) if constituted is not None else None
    if not posts and gives is not None and constituted is not None and kind \
            and (head := head_in(facts.article.text, gives.end(), constituted, kind)) is not None \
            and kind_after(facts.article.text, head.end, kind):
        # `thành lập Hội đồng nghĩa vụ quân sự TP. Theo đó, A làm Chủ tịch Hội đồng`: the body it sets up, by its kind
        return _post_in(facts, head, named, constituted)
    if not posts and gives is not None and (unit := _led_unit(facts, person)) is not None \
            and (head := head_in(facts.article.text, gives.end(), unit)) is not None:
        return _post_in(facts, head, named, unit)  # `Tiểu ban Văn kiện do Tổng Bí thư A làm Trưởng Tiểu ban`
    if not posts and gives is not None and constituted is not None \
            and (head := head_in(facts.article.text, gives.end(), constituted)) is not None \
            and not any(key(held.label).startswith(f"{key(head.role)} ") for held in person.posts):
        posts = _post_in(facts, head, named, constituted)  # (not the post the person's titles already name)
    return posts


_LED_BY = re.compile(r"\s+do\s+")


def _led_unit(facts: ArticleFacts, person: PersonMention) -> Body | None:
    """The unit named right before `do` and the person (`Tiểu ban X do ông A làm Trưởng Tiểu ban`): the one
    the head given after the person leads."""
    text = facts.article.text
    unit = next((o for o in facts.orgs if o.sentence == person.sentence and not o.implied
                 and _LED_BY.fullmatch(text, o.span.end, person.bounds[0])), None)
    return _as_body(unit) if unit is not None else None


def _as_body(org: OrgMention) -> Body:
    """A body as the article names it (its mention's label), where a post is given in it."""
    return Body(org.span.start, org.span.end, org.span.text, org.label, None, None, written=org.label)


def _post_in(facts: ArticleFacts, head: Title, named: NamedBodies, constituted: Body) -> list[Post]:
    """A head's post in the body a decision constitutes; where only this page names that body (`Ban Chỉ đạo phòng
    chống thiên tai` of no place), the post in it as written."""
    if _kind_only(constituted.name):
        return []  # (`thành lập Ban Chỉ đạo chuyển đổi số tỉnh.` read as `Ban Chỉ đạo`: it would merge every such committee)
    rest = constituted.name[len(head.absorbed) + 1:] if head.absorbed and not head.modifier \
        and constituted.name.startswith(f"{head.absorbed} ") else constituted.name  # `Phó Trưởng ban Thường trực Ban X`
    role = f"{head.role} {head.modifier}" if head.modifier else head.role
    return [post for post in posts_of(facts, [head], named) if post.body and not _kind_only(post.body)] \
        or [Post(f"{role} {rest}", constituted.name, head.surface)]


def _kind_only(name: str) -> bool:
    return key(unit_kind_at(f"{name} ", 0) or "") == key(name)  # (a space after it: the kind's whole words)


# the sentence after a decision that opens with a post in the body it sets up, then the persons who fill it
# (`Phó Trưởng ban thường trực là ông A, ...`, `Các Phó Trưởng ban khác bao gồm ông B, ...`)
# after the sentence's carry word (`Theo đó, các ...`), or a count (`5 Phó Chủ tịch ...`)
_LISTED_OPENS = re.compile(rf"[\s,]*(?:{count()}\s+)?", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*(?:khác\s+)?(?:là|gồm(?:\s+có)?|bao\s+gồm)(?![\w])\s*:?", re.IGNORECASE)


def _listed_head(facts: ArticleFacts, sentence: Sentence, named: NamedBodies, constituted: Body | None,
                 titles: list[TitleMention]) -> tuple[int, list[Post]] | None:
    """Where a sentence opens with a head in the constituted body and lists who holds it: where the list starts,
    and the post; the head alone (`Các Phó Trưởng ban gồm:`) or with the body's name (`5 Phó Chủ tịch UBBC tỉnh
    gồm các đồng chí:`, kept only where it names the body constituted)."""
    text = facts.article.text
    opening = _LISTED_OPENS.match(text, sentence.start + _after_carry(sentence.text), sentence.end)
    if opening is None or constituted is None:
        return None
    kind = unit_kind_at(f"{constituted.name} ", 0)
    head = head_in(text, opening.end(), constituted, kind)
    if head is not None and kind and (by_kind := kind_after(text, head.end, kind)):
        head = replace(head, end=by_kind.end())  # `Các Phó Chủ tịch Hội đồng gồm:`: past the body's kind
    if head is not None:
        after = _LISTED_AFTER.match(text, head.end, sentence.end)
        return (after.end(), _post_in(facts, head, named, constituted)) if after is not None else None
    title = next((t.title for t in titles if t.title.start == opening.end()), None)
    after = _LISTED_AFTER.match(text, title.end, sentence.end) if title is not None else None
    return (after.end(), posts_of(facts, [title], named)) if title is not None and after is not None else None


def _stem(kind: str, label: str) -> str | None:
    """What names a body of a broad kind: its kind and the two words after it, before any place (`ủy ban bầu
    cử` of `Ủy ban bầu cử tỉnh Gia Lai`); none for a body that is only a kind and a place, or a standing organ
    of every locality (`Ủy ban nhân dân tỉnh X`: every council's member would be taken)."""
    words = key(label).split()
    size = len(key(kind).split())
    own = list(itertools.takewhile(lambda w: w not in _PLACE_WORDS, words[size:size + 2]))
    stem = " ".join(words[:size] + own)
    return stem if own and stem not in _STANDING_ORGANS else None


# the first word of a locality (`tỉnh`, `thành phố`, `TP`, `huyện` ...) or of `Trung ương`, `Việt Nam`
_PLACE_WORDS = frozenset(k.split()[0] for k in ("tỉnh", "thành phố", "tp", *DISTRICT_KINDS)) | {"trung", "việt"}
_STANDING_ORGANS = frozenset({"ủy ban nhân dân", "ủy ban mặt trận", "ủy ban kiểm tra", "ban chấp hành", "ban thường vụ"})


def _fill(facts: ArticleFacts, act: _Act, clause: Sentence, persons: list[PersonMention], titles: list[Title],
          named: NamedBodies, capitalised: _Capitalised, previous: list[PersonMention],
          voted: Sequence[Post] = ()) -> None:
    """The persons and posts of one act, paired in the order the text gives them: persons then
    their posts (`ông A giữ chức B, ông C giữ chức D`), or posts then persons (`chức vụ B đối với
    ông A và ông C`); a winner with no post (`Kết quả, A trúng cử`) wins the post a vote just named."""
    text = facts.article.text
    start, end = act.region
    extents = [p.bounds for p in persons if not p.short]  # a short mention may be a bare title: a post here
    tokens: list[tuple[int, PersonMention | None, Post | None]] = []
    not_the_person = _NOT_THE_RETIREE if act.cue.every_post else _NOT_THE_PERSON
    # `miễn nhiệm chức danh B với ông A`: after the post the verb names, `với` names whom it concerns
    first_title = next((t for t in titles if 0 <= t.start - start <= 2), None)  # `miễn nhiệm Ủy viên X với ông A`
    post_named = (not act.cue.self_ and (bool(_POST_NAMED.match(text, start, end)) or first_title is not None)) \
        or (first_title is not None and _WHOM_AFTER.match(text, first_title.end, end) is not None)
    # (`A ra quyết định kỷ luật bằng hình thức cách chức Chủ tịch UBND huyện X với ông B`: B's post, not A's)
    posts = _posts(facts, act, titles, extents, named, capitalised, persons)
    post_ends = {e for _, e, _ in posts}
    barred_end: int | None = None
    barred_seen = False  # `thay ông B, nguyên X, nghỉ hưu`: the act names someone, though not as its own
    # `A bàn giao chức vụ X cho B`: whom a handover names after `cho` is the successor, not who leaves
    handover = _lexicon()["handover"].match(text, act.cue.start) is not None
    handed = _lexicon()["recipient"].search(text, act.cue.end, end) if handover else None
    if handed is None and act.cue.kind == "end" and act.cue.self_ \
            and (later := _lexicon()["handover"].search(text, act.cue.end, end)) is not None:
        # `A, nguyên Chủ tịch UBND tỉnh nghỉ hưu theo chế độ, bàn giao nhiệm vụ cho ông B, Chủ tịch UBND tỉnh`: whom
        # the one who leaves hands over to does not leave
        handed = _lexicon()["recipient"].search(text, later.end(), end)
    between = _BETWEEN.search(text, act.cue.end, end) if handover and handed is None else None
    if between is not None:  # `bàn giao nhiệm vụ X giữa ông A, ... và ông B, tân X`: the one after `và` takes it
        first = next((p for p in persons if p.span.start >= between.end()), None)
        handed = _AND.search(text, first.bounds[1], end) if first is not None else None
    for p in persons:
        lead = p.bounds[0]
        if not start <= p.span.start < end or (handed and p.span.start >= handed.end()):
            continue
        if p.short and not act.cue.self_ and p.name.split()[-1] not in p.span.text and not _pronoun(p, persons):
            continue  # `bổ nhiệm: Phó Bí thư Đảng ủy Chính phủ; ...`: a post listed, not its later holder
        if p.span.start > act.cue.end and (own := _subject_of_its_own().match(text, p.bounds[1])) is not None \
                and "," in text[max(act.cue.end, lead - 60):lead] and not _lexicon()["verb"].match(text, own.end()):
            continue  # `miễn nhiệm chức X với ông A, Chủ tịch Quốc hội B đã thông báo ...`: B's own clause (not `đã trúng cử`)
        window = max(clause.start, lead - 40)
        barred = not_the_person.search(text[window:lead])
        if barred is None and barred_end is not None and LIST_JOIN.fullmatch(text, barred_end, lead):
            barred = LIST_JOIN.fullmatch(text, barred_end, lead)  # `thay ông B và ông C`: C is not the act's either
        # `...; chức vụ B với ông A`: whom the post just named concerns
        after_post = barred is not None and any(0 <= window + barred.start() - e <= 2 for e in post_ends)
        if not barred or ((post_named or after_post) and barred.group(0).strip().lower().startswith("với")):
            tokens.append((p.span.start, p, None))
            barred_end = None
        else:
            barred_end = p.bounds[1]
            barred_seen = True
            # `A được bầu giữ chức X, thay ông B trước đó giữ chức Y`: Y is whom A replaces, no post of the act
            posts = [q for q in posts if not _REPLACED_HELD.fullmatch(text, p.bounds[1], q[0])]
    tokens = [t for t in tokens if not any(s <= t[0] < e for s, e, _ in posts)]  # a title is no person
    tokens.extend((s, None, post) for s, _, post in posts)
    tokens.sort(key=lambda t: t[0])
    act.persons = [p for _, p, _ in tokens if p is not None]
    waiting: list[Post] = []  # posts written before their persons
    waiting_at: list[int] = []
    subject_ = _subject(facts, act, clause, persons) if act.cue.self_ else []
    if act.cue.self_ and not subject_ and (near := [p for p in persons if clause.start <= p.span.start
                                                   and p.bounds[1] <= act.cue.start]):
        barred_seen = barred_seen or _not_theirs(text, clause, near[-1])  # `thay ông B, ..., nghỉ hưu`
    split = _subjects_posts(text, tokens, end) if subject_ else 0
    if act.cue.self_ and not subject_ and not posts and act.persons and _NAMED_NEXT.match(text, act.cue.end) \
            and not _TRANSFER.search(act.how) \
            and (before := next((t for t in titles if t.end <= act.cue.start and text[t.end:act.cue.start].isspace()), None)):
        # `4 Phó Chủ tịch Quốc hội trúng cử là ông A, ông B`: the post written before the verb, the persons after it
        act.pairs.extend((p, post) for p in act.persons for post in posts_of(facts, [before], named))
        return
    if split:  # the posts written first are the subject's; the persons after them take what follows them
        act.persons = [*subject_, *act.persons]
        act.pairs.extend((p, post) for p in subject_ for _, _, post in tokens[:split] if post)
        tokens = tokens[split:]
    if tokens and tokens[0][2] is not None and any(p for _, p, _ in tokens):
        # posts first (`miễn nhiệm chức vụ B đối với ông A và chức vụ D đối với ông C`): each person
        # takes the posts written since the person before, or the same as that person's
        since: list[Post] = []
        last: list[Post] = []
        paired = 0  # persons already given one post each
        for i, (_, person, post) in enumerate(tokens):
            if post is not None:
                since.append(post)
            elif person is not None and i < paired:
                continue
            elif person is not None:
                group = [t[1] for t in itertools.takewhile(lambda t: t[1] is not None, tokens[i:]) if t[1] is not None]
                if _respective(since, len(group)):
                    # `giữ chức Chủ tịch và Phó Chủ tịch Ủy ban X đối với A và B`: one post each, in order
                    act.pairs.extend(zip(group, since, strict=True))
                    last, since, paired = [], [], i + len(group)
                    continue
                last = since or last
                act.pairs.extend((person, post) for post in last)
                since = []
        last_person = next((p for _, p, _ in reversed(tokens) if p is not None), None)
        trailing = [(at, post) for at, _, post in tokens
                    if post is not None and last_person is not None and at > last_person.span.start]
        if act.cue.kind == "start" and trailing and last_person is not None \
                and _THEN_HOLDS.fullmatch(text, last_person.bounds[1], trailing[0][0]) \
                and not _WHILE.search(text, clause.start, act.cue.start):
            # `phê chuẩn bổ nhiệm thành viên Chính phủ đối với ông A, ... giữ chức Bộ trưởng Bộ X`, `được bầu giữ chức
            # Bí thư, đồng chí B và đồng chí C giữ chức Phó Bí thư`: the post the persons are then said to hold is
            # theirs, not the one named before them (not `Trước khi được bầu giữ chức X, ông A giữ chức Y`: A's
            # own clause tells what A held before X)
            before = max(at for at, _, post in tokens if post is not None and at < last_person.span.start)
            group = [last_person]  # the persons listed with the last one (`B và C giữ chức Y`), not one named before
            for p in reversed([p for at, p, _ in tokens if p is not None and before < at < last_person.span.start]):
                if not LIST_JOIN.fullmatch(text, p.bounds[1], group[0].bounds[0]):
                    break
                group.insert(0, p)
            if len(group) > 1 and _CONCERNS_BEFORE.search(text, max(start, group[0].bounds[0] - 20), group[0].bounds[0]):
                group = group[1:]  # `bổ nhiệm X đối với ông A, bà B làm Y`: A takes X, B takes Y
            act.pairs = [(p, post) for p, post in act.pairs if p not in group]
            act.pairs.extend((p, post) for p in group for _, post in trailing)
            taken = {id(post) for _, post in act.pairs}
            if subject_ and (left := [post for at, _, post in tokens if post is not None and at <= before
                                      and id(post) not in taken]):
                act.pairs.extend((p, post) for p in subject_ for post in left)  # the subject's: `A được bầu giữ chức X`
                act.persons = [*(p for p in subject_ if p not in act.persons), *act.persons]
    else:
        pending: list[PersonMention] = []
        assigned = False
        listed: Post | None = None  # `...; các Phó Giám đốc X gồm: A; B`: the post of the persons listed after it
        post_end = {s: e for s, e, _ in posts}
        for at, person, post in tokens:
            if person is not None and listed is not None:
                act.pairs.append((person, listed))
            elif person is not None:
                if assigned or (pending and _lexicon()["post"].search(text, pending[-1].bounds[1], person.bounds[0])):
                    # `A giữ chức vụ <a post we cannot read>; B giữ chức C`: C is B's alone
                    pending, assigned = [], False
                pending.append(person)
            elif post is not None and (_LIST_AFTER_POST.match(text, ends := post_end.get(at, at))
                                       or _counted_roster(text, at, ends, end)):
                # `...; các Phó Giám đốc X gồm: A; B`, `ông A giữ chức Bí thư, hai Phó Bí thư là B và C`
                listed, pending, assigned = post, [], False
            elif post is not None and pending:
                act.pairs.extend((p, post) for p in pending)
                assigned = True
            elif post is not None:
                waiting.append(post)
                waiting_at.append(at)
        if act.cue.kind == "start" and act.pairs and not assigned and not listed:
            # `ông A được chỉ định giữ chức B; ông C, Phó Bí thư Đảng ủy`: the verb said once, each later item
            # (apart by a semicolon) takes up the posts it is named with
            for person in pending:
                item_end = text.find(";", person.bounds[1], end) % (end + 1)  # -1 (none) -> the act's end
                # an item is a person and the titles they are named with: not `; dự lễ có ông B, ...`, nor `...; bà B,
                # Chủ tịch Hội X giữ chức danh thường trực HĐND` (a verb of its own), nor one a page cuts short
                if ";" in text[act.pairs[-1][0].bounds[1]:person.span.start] \
                        and _ITEM_HEAD.fullmatch(text, text.rfind(";", 0, person.span.start) + 1, person.span.start) \
                        and _ITEM_CLOSED.fullmatch(text, person.bounds[1], min(len(text), item_end + 1)):
                    act.pairs.extend((person, post) for post in person.posts if post.body not in _ELECTED_CENTRALLY)
    # `ông A được bầu ...; ông B và bà C được bầu ...`: a passive verb's own subject before the act just read
    # (not when the act named only whom it is not: `A được bầu thay ông B, nguyên X, nghỉ hưu` retires B, not A)
    owners = act.persons or subject_ or ([] if barred_seen and act.cue.kind == "end" else previous)
    act.persons = act.persons or owners
    if waiting and not owners:
        act.unclaimed = waiting
        act.counted = any(count_before().search(text, max(0, at - _COUNT_WIDTH), at) for at in waiting_at)
    elif waiting:
        act.pairs.extend((p, post) for p in owners for post in waiting)
    elif voted and act.cue.kind == "start" and act.cue.self_ and not posts and _WON.search(act.how):
        act.pairs.extend((p, post) for p in owners for post in voted)
    elif voted and act.cue.kind == "end" and not posts and owners and not any(p.posts for p in owners):
        # `miễn nhiệm 5 Ủy viên UBND tỉnh. Theo đó, HĐND tỉnh miễn nhiệm ông A – nguyên Giám đốc Sở X ...`: the
        # post counted before, each of those named after it (their own posts are former ones)
        act.pairs.extend((p, post) for p in owners for post in voted)
        act.counted_out = True
    elif voted and act.itemised and act.cue.kind == "start" and owners:
        # an item of a list after `chỉ định N cán bộ giữ chức vụ B, gồm:`: each person listed takes B
        act.pairs.extend((p, post) for p in owners for post in voted)
    elif act.itemised and not act.pairs and not posts:
        # `1. Bí thư Tỉnh ủy Lào Cai: Ông A, Ủy viên Trung ương Đảng`: the post the item names before the person
        # (before the first person: a later one's is an earlier person's aside, `gồm: bà A (Phó Chủ tịch Thường trực), ông B`)
        limit = act.post_before if act.post_before is not None else owners[0].span.start if owners else clause.start
        named_first = [t for t in titles if (clause.start <= t.start or act.post_before is not None) and t.end <= limit]
        for p in owners:
            act.pairs.extend((p, post) for post in posts_of(facts, named_first, named))
    elif (act.cue.every_post or act.cue.kind == "end") and not act.pairs:
        # `cho ông A, Bí thư Huyện ủy, nghỉ hưu`, `cách chức ông A, Bí thư Huyện ủy`: what A is named with ends
        act.pairs.extend((p, post) for p in owners for post in p.posts
                         if not act.cue.party_only or _PARTY_BODY.search(post.body or post.label))
        act.named_with = True
    elif act.cue.kind == "start" and not act.pairs and not posts and (same := _SAME_POSTS.match(text, start, end)):
        # `ông A, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khóa 17, tiếp tục được bầu giữ chức danh trên`: the post A is
        # named with last (`các chức danh trên`: every one)
        act.pairs.extend((p, post) for p in owners if p.span.end <= start
                         for post in (p.posts if same.group("all") else p.posts[-1:]))
        act.named_with = True
    elif act.cue.kind == "start" and act.cue.self_ and subject_ and not act.pairs and not posts \
            and _RE_ELECTED.search(act.how) and _FOR_A_TERM.match(text, act.cue.end) \
            and not _NOT_YET.search(text, max(0, act.cue.start - 20), act.cue.start):
        # `ông A, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khóa XIII tái đắc cử nhiệm kỳ mới`: again the post named last
        # (not `tái đắc cử Bí thư Đảng bộ X`, a post written after it we cannot read)
        act.pairs.extend((p, post) for p in subject_ for post in p.posts[-1:])
        act.named_with = True
    elif act.cue.kind == "start" and not act.cue.self_ and not act.pairs and not posts \
            and (is_named := next((p for p in owners if start < p.span.start and p.bounds[0] <= start + 2), None)) \
            and _IS_NAMED.search(text, start, is_named.span.start):
        # `bầu Chủ tịch UBND tỉnh là ông A`: the post the verb names is the one A is named with before `là`
        act.pairs.extend((is_named, post) for post in is_named.posts)
    elif act.cue.kind == "start" and not act.cue.self_ and not act.pairs and not posts \
            and _APPOINTS.match(act.how) \
            and (taker := next((p for p in owners if start < p.span.start and p.bounds[0] < p.span.start
                                and _VERB_THEN_TITLE.fullmatch(text, start, p.bounds[0])), None)) \
            and not any(taker.span.end <= t.start < end for t in titles) \
            and _NAME_ENDS_ACT.match(text, taker.span.end, end) \
            and len(before := [t for t in titles if taker.bounds[0] <= t.start and t.end <= taker.span.start]) == 1:
        # `Chủ tịch nước ra Quyết định số 1199 bổ nhiệm Bộ trưởng Bộ GTVT Nguyễn Văn A.`: the one title the verb names
        # before the name, with nothing after it, is the post taken up (not `điều động Bí thư Tỉnh ủy X A`, who A
        # is, nor a chain, `bổ nhiệm Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy X A`)
        act.pairs.extend((taker, post) for post in posts_of(facts, before, named) if post.body not in _ELECTED_CENTRALLY)
    elif not act.pairs and _listed(text, act, owners):
        # `bổ nhiệm các vị trí Bộ trưởng là: A - Bộ trưởng Bộ Quốc phòng; B - Bộ trưởng Bộ Công an`; a seat in the
        # Central Committee or the Politburo, which only a national congress or plenum fills, is who A already is
        act.pairs.extend((p, post) for p in owners for post in p.posts if post.body not in _ELECTED_CENTRALLY)


# between someone the act replaces and the post that person held (`thay ông B, trước đó giữ chức Y`)
_REPLACED_HELD = re.compile(rf"\s*,?\s*(?:(?:{FORMER_HOLDER}|hiện|đang|đã|vốn)\s+)+"
                            r"(?:giữ\s+chức(?:\s+vụ|\s+danh)?|là|làm)\s+", re.IGNORECASE)
_RE_ELECTED = re.compile(r"tái\s+(?:đắc\s+)?cử", re.IGNORECASE)
# `không đủ tuổi tái cử`, `đủ điều kiện tái cử`: whether one may stand again, no re-election
_NOT_YET = re.compile(r"(?<![\w])(?:không|chưa|đủ\s+(?:tuổi|điều\s+kiện|tiêu\s+chuẩn)|để|nếu|sẽ|được\s+giới\s+thiệu)\s+$",
                      re.IGNORECASE)
_FOR_A_TERM = re.compile(rf"\s*(?:[.;,]|$|(?:{TERM_WORD}|khóa|khoá|với\s+(?:số\s+phiếu|\d|tỷ\s+lệ))(?![\w]))", re.IGNORECASE)
# the posts just named with the person, taken up again (a re-election): `được bầu giữ các chức danh trên`
_SAME_POSTS = re.compile(r"\s*(?:lại\s+)?(?:giữ\s+|vào\s+)?(?P<all>các\s+)?(?:chức\s+danh|chức\s+vụ|cương\s+vị)\s+"
                         r"(?:nói\s+trên|trên|cũ)(?![\w])", re.IGNORECASE)


_ROSTER_NEXT = re.compile(ROSTER_OPENS, re.IGNORECASE)  # `; Phó Bí thư gồm các anh chị: B, C`


def _subjects_posts(text: str, tokens: list[tuple[int, PersonMention | None, Post | None]], end: int) -> int:
    """How many of the posts written first belong to the verb's subject written before it:
    `A được bầu làm B và ông C được bầu làm D` (C is the next verb's subject: B is A's), `A tái đắc cử
    Bí thư và các Phó Bí thư gồm các ông: B, C` (the plural post is the list's: Bí thư is A's)."""
    leading = sum(1 for _ in itertools.takewhile(lambda t: t[1] is None, tokens))
    plural = next((i for i, (at, _, post) in enumerate(tokens[:leading])
                   if i and post is not None and (count_before().search(text, max(0, at - _COUNT_WIDTH), at)
                                                  or _ROSTER_NEXT.match(text, at + len(post.surface)))), None)
    if plural is not None:
        return plural
    later = [p for _, p, _ in tokens if p is not None]
    for person in later[:1] + later[-1:]:  # the next subject, or the last (`..., ông C được bầu làm D`)
        passive_next = _PASSIVE_NEXT.match(text, person.bounds[1], end)
        if leading and passive_next and _lexicon()["verb"].match(text, passive_next.end(), end):
            return leading
    if leading and later and ";" in text[tokens[leading - 1][0]:later[0].bounds[0]]:
        return leading  # `A được bầu giữ chức B; ông C và ...` (the page cut short): B is A's
    if leading and later and "," in text[tokens[leading - 1][0]:later[0].bounds[0]] \
            and _GAPPED.match(text, later[0].bounds[1], end):
        return leading  # `A được chỉ định làm B, ông C làm D`: the verb said once, C's post after C
    # `A được bầu làm B, Tổng thư ký X là ông C`: C holds what is written before `là` (one of the posts read, or not), not B
    named = _ANOTHER_POST_IS.search(text, tokens[0][0], later[0].span.start) if leading and later else None
    if named is not None and tokens[leading - 1][0] < named.start():
        return leading
    if named is not None and leading >= 2 and tokens[leading - 2][0] < named.start():
        return leading - 1
    last_post = tokens[leading - 1][2] if leading else None
    if last_post is not None and later:
        gap = text[tokens[leading - 1][0] + len(last_post.surface):later[0].bounds[0]]
        if "," in gap and len(gap.split()) >= 5 and not _OBJECT_IN_GAP.search(gap) \
                and not _lexicon()["verb"].search(gap) \
                and not _lexicon()["source"].search(text, max(0, tokens[0][0] - 160), tokens[0][0]):
            return leading  # `A được bầu B khóa IV tại Đại hội ngày 10/10 vừa qua, ông C đã gửi thư mừng`: C's clause
    return 0


_ANOTHER_POST_IS = re.compile(rf",\s+(?-i:[{UPPER}])[^,;:.]{{2,60}}?\s+là\s+(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?$", re.IGNORECASE)
_OBJECT_IN_GAP = re.compile(r"(?<![\w])(?:đối\s+với|cho|là|gồm|với)(?![\w])|:", re.IGNORECASE)


_COUNTED_NAMED = re.compile(r"\s*,?\s+(?:và\s+)?(?:là|gồm)(?![\w])", re.IGNORECASE)  # `hai Phó Bí thư (và) là A và B`
_GAPPED = re.compile(r"\s*(?:làm|giữ\s+chức(?:\s+vụ|\s+danh)?)\s", re.IGNORECASE)


_ELECTED_CENTRALLY = frozenset({"Ban Chấp hành Trung ương", "Bộ Chính trị"})


def _listed(text: str, act: _Act, owners: list[PersonMention]) -> bool:
    """Whether the act's persons come as a list opened after it, each with its own post."""
    if sum(bool(p.posts) for p in owners) * 2 <= len(owners):  # most of the list names its posts
        return False
    first = min(p.bounds[0] for p in owners)
    lead = _HONORIFICS_AT_END.sub("", text[act.region[0]:first])  # `là: Đại tướng A - Bộ trưởng Bộ Quốc phòng`
    if act.region[0] > first:
        return False
    if lead.strip() == ",":  # `Bộ Chính trị chỉ định, ông A, Bí thư Tỉnh ủy; bà B, ...`: items apart by semicolons
        return len(owners) > 1 and ";" in text[first:max(p.span.start for p in owners)]
    return bool(_lexicon()["list_opens"].search(lead))


_LEADING = re.compile(r"[\s:]*")
# the words that name whom a post just named concerns (`bổ nhiệm X đối với ông A`)
_CONCERNS_BEFORE = re.compile(rf"(?<![\w])đối\s+với\s+(?:(?:{honorific_pattern()})\s+)?$", re.IGNORECASE)
# a clause of time before the main one (`Trước khi được bầu giữ chức X, ông A giữ chức Y`)
_WHILE = re.compile(r"(?<![\w])(?:trước|sau)\s+khi(?![\w])", re.IGNORECASE)
# between a person and the post the person is then said to take (`đối với ông A giữ chức B`)
_THEN_HOLDS = re.compile(r"\s*,?\s*(?:giữ\s+chức(?:\s+vụ|\s+danh)?|làm)\s+", re.IGNORECASE)
# verbs that name the post before the name of whom they appoint (`bổ nhiệm Bộ trưởng Bộ X A`), not those that move
# someone, who is named by the title held (`điều động Bí thư Tỉnh ủy X A`)
_APPOINTS = re.compile(r"(?:tái\s+)?bổ\s+nhiệm|bầu|phê\s+chuẩn|chuẩn\s+y", re.IGNORECASE)
# between a verb and the title it names before a name: nothing, or `lại` (`bổ nhiệm lại Thứ trưởng A`)
_VERB_THEN_TITLE = re.compile(r"\s*(?:lại\s+)?", re.IGNORECASE)
# after the name, nothing more of the act: its end, or how the vote went (`với 100% số phiếu`)
_NAME_ENDS_ACT = re.compile(r"\s*(?:[.;]|$|(?:,\s*)?(?:với|nhiệm\s+kỳ|khóa|khoá)\s)", re.IGNORECASE)
_IS_NAMED = re.compile(r"\s(?:là|gồm)\s+(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?$", re.IGNORECASE)
# `... trúng cử là ông A`, `... được bầu gồm các ông: A, B`: whom the verb's result names
_NAMED_NEXT = re.compile(r"\s*,?\s*(?:là|gồm)(?:\s+có)?(?![\w])", re.IGNORECASE)
_TRANSFER = re.compile(r"(?<![\w])(?:điều|chuyển|luân)(?![\w])", re.IGNORECASE)  # the post before a transfer is the old one
_WON = re.compile(r"(?<![\w])(?:cử|bầu)(?![\w])", re.IGNORECASE)  # `trúng cử`, `được bầu`: the verbs of a vote's result
_NAMED_ITEM = re.compile(rf"\s*(?i:{honorific_pattern()})\s+(?-i:[A-ZĐ])")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}\s*[.)/]|[-+•*–])\s*\S")
_IN_EFFECT_FROM = re.compile(r"(?:\s+[^\s,;.]+){1,6}?\s+(?:kể\s+)?từ\s+ngày\s+\d", re.IGNORECASE)
_ITEM_START = re.compile(r";\s*$")
_AND_BEFORE = re.compile(r"\svà\s+$")
_JOINED_BEFORE = re.compile(r"(?:\svà|,)\s+$")


@cache
def _subject_of_its_own() -> re.Pattern[str]:
    """A person written after an act who then does something of their own: a verb's time before its verb (`...,
    Chủ tịch Quốc hội B đã thay mặt ...`, `Trước khi được bầu ..., ông X đã từng ...`; not `ông A đang là Phó Giám
    đốc ...`, the post A holds now), or a word of speech (lexicon `speaks`: `..., Phó Bí thư B nêu rõ: ...`)."""
    return re.compile(rf"\s*(?:{_ALREADY}\s+(?!được\s|bị\s)|(?:{_ALREADY}\s+)?(?:{_lexicon()['speaks'].pattern})(?![\w]))",
                      re.IGNORECASE)


_CONCERNS = re.compile(r"\s+đối\s+với\s", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s*,?\s*là\s")
_WHOM_AFTER = re.compile(rf"[^.;:,]{{0,40}}?\s(?:đối\s+)?với\s+(?i:{honorific_pattern()})\s", re.IGNORECASE)
_IS_TOLD = re.compile(r"(?<![\w])là\s+$")  # `ông A là X`: after a decision told, X is the post it gives
# `ông A, Trưởng phòng Tài nguyên Môi trường huyện và bà B được bầu`: a title we do not know between two names
_LIST_JOIN_TITLED = re.compile(rf"\s*,\s*(?-i:{CAPWORD})(?:\s+[^\s,;.:()]+){{0,8}}\s+và\s+(?:(?i:{honorific_pattern()})\s+)?")
_ITEM_HEAD = re.compile(rf"\s*(?:(?i:{honorific_pattern()})\s+)?")
# the item ends at its semicolon, or at the sentence's stop (`[\s\S]?`: the char after it, when the act ends past it)
_ITEM_CLOSED = re.compile(r"[\s,()]*[;.][\s\S]?")
# `anh A - trưởng Ban công tác thiếu nhi và anh B`: the rest of a dashed title we do not read, then the next name
_DASHED = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[-–—]")
_TITLE_TAIL_JOIN = re.compile(rf"(?:\s+[{LOWER}]+){{1,6}}\s*(?:,|\s+và)\s+(?:(?i:{honorific_pattern()})\s+)?")
_HONORIFICS_AT_END = re.compile(rf"(?:\s*(?i:{honorific_pattern()}))+\s*$")


# a counted post, then whom it concerns (`bổ nhiệm 03 Phó Thủ tướng nhiệm kỳ 2021 - 2026 đối với ông A, ...`), not a
# count of posts filled whose holders the sentence does not name (`phê chuẩn việc bổ nhiệm 3 Phó Thủ tướng và ...`)
_COUNTED_CONCERNS = re.compile(r"[^.;:]{0,80}?\sđối\s+với\s", re.IGNORECASE)
# a counted post written before its holders: `hai Phó Bí thư là B và C` (not `... tiếp tục giữ chức`, who keep it; nor
# `..., ông D làm Ủy viên Thường trực`, another post the act gives after the list)
_ROSTER_GOES_ON = re.compile(r"(?<![\w])(?:tiếp\s+tục|vẫn|giữ\s+nguyên|làm|giữ\s+chức)(?![\w])", re.IGNORECASE)


def _counted_roster(text: str, start: int, end: int, act_end: int) -> bool:
    """A post counted and its holders listed after it (`hai Phó Bí thư là B và C`, `03 phó chủ tịch gồm các ông B, C`),
    the last thing the act says."""
    return count_before().search(text, max(0, start - _COUNT_WIDTH), start) is not None \
        and (_COUNTED_NAMED.match(text, end) is not None or _ROSTER_NEXT.match(text, end) is not None) \
        and not _ROSTER_GOES_ON.search(text, end, act_end)


_ASSOCIATION_HEADS = frozenset({"chủ tịch", "phó chủ tịch", "phó chủ tịch thường trực", "tổng thư ký", "phó tổng thư ký",
                                 "chủ nhiệm", "phó chủ nhiệm"})  # (a bar's)
# `bầu ra Ban Chấp hành Hội X khóa VI, ... trong đó ông A được bầu giữ chức Chủ tịch`: the association whose committee
# the act elects
_ITS_COMMITTEE = re.compile(rf"(?i:Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|BTV)\s+(?={ASSOCIATION_NAME.pattern})")
_AT_THE_CONGRESS = re.compile(r"(?<![\w])(?:(?i:đại\s+hội)|(?i:ban\s+chấp\s+hành)|BCH)(?![\w])")
# an elector other than the association's congress or committee, written between `được` and the verb (`được HĐND xã
# bầu`, `được UBND huyện bổ nhiệm`)
_OTHER_ELECTOR = re.compile(rf"(?<![\w])được\s+(?!(?i:đại\s+hội|ban\s+chấp\s+hành|hội\s+nghị|các\s+đại\s+biểu))"
                            rf"(?-i:[{UPPER}])[^.;]{{0,60}}$")


def _association_elected(facts: ArticleFacts, act: _Act, pos: int, persons: Sequence[PersonMention]) -> Body | None:
    """The association whose chairman a lone `Chủ tịch` at pos is, where the act is an election by the association's
    own congress or committee: the association whose committee the act elects (`bầu Ban Chấp hành Hội X ..., trong
    đó ông A giữ chức Chủ tịch`), else, in a sentence about the congress's election, the association whose congress
    the article reports (`Hội X tổ chức Đại hội ...` then `Đại hội đã bầu Ban Chấp hành mới, do ông A làm Chủ tịch`)."""
    text = facts.article.text
    sentence = next((s for s in facts.sentences if s.start <= pos < s.end), None)
    if sentence is None or not _WON.search(act.how) \
            or _OTHER_ELECTOR.search(text, sentence.start, act.cue.start):
        return None
    since = max(act.cue.start, text.rfind(";", sentence.start, pos) + 1)  # the act's own words, its item's
    names = [p.bounds for p in persons]  # the sentence's persons
    for committee in reversed(list(_ITS_COMMITTEE.finditer(text, since, pos))):
        if not any(s <= committee.start() < e for s, e in names) \
                and (body := body_at(text, committee.end())) is not None:
            return body  # (not `ông A, Ủy viên BCH Hội X, được bầu ...`: who A is)
    main = next((m for m in facts.meetings if m.main), None)
    if main is None or not main.label.startswith("Đại hội") or not _AT_THE_CONGRESS.search(text, sentence.start, pos):
        return None
    hosts = {o.org for o in facts.organizers if o.meeting == main.key} | ({main.body} if main.body else set())
    for org in facts.orgs:
        if org.label in hosts and not org.implied and org.span.start < pos \
                and ASSOCIATION_NAME.match(text, org.span.start) and (body := body_at(text, org.span.start)):
            return body
    return None


def _counts_holders(act: _Act, title: Title) -> bool:
    """A counted post of a body written before its holders (`bổ nhiệm 2 Phó Tổng Giám đốc X là ông A và ông B`): not
    the old post of a transfer (`điều chuyển 2 Chi cục phó X là A và B về ...`), nor a head of no body named."""
    return not _TRANSFER.search(act.how) and (
        title.fixed_body is not None or (title.body is not None and not title.body.bare_sub))


def _posts(facts: ArticleFacts, act: _Act, titles: list[Title], extents: list[tuple[int, int]],
           named: NamedBodies, capitalised: _Capitalised, persons: Sequence[PersonMention] = ()
           ) -> list[tuple[int, int, Post]]:
    """The posts an act names: a title right after the verb or after a post word (`giữ chức`,
    `chức vụ`), the titles chained to it (`, ` `và` `kiêm`), and memberships (`tham gia Ban ...`)."""
    text = facts.article.text
    lex = _lexicon()
    start, end = act.region
    until = _UNTIL.search(text, start, end)  # `... cho đến khi kiện toàn chức danh Chủ tịch`: not the act's post
    end = until.start() if until else end
    posts: list[tuple[int, int, Post]] = []
    members: list[Body] = []
    by_start = {t.start: t for t in titles}
    leading = _LEADING.match(text, start, end)  # `phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh X đối với ông A; ...`
    pos = leading.end() if leading else start
    plural = counted().match(text, pos, end)  # `phê chuẩn kết quả bầu các Phó Chủ tịch`, `bầu bổ sung 3 Ủy viên`
    pos = plural.end() if plural else pos
    first, chained = pos, -1
    counted_title = by_start.get(pos) or capitalised.title_at(pos, None) if plural else None
    if counted_title is not None and not _NAMES_NEXT.match(text, counted_title.end) \
            and (lex["member"].match(text, counted_title.end + 1) or lex["post"].match(text, counted_title.end + 1)):
        first = -1  # `phân công một số Ủy viên Bộ Chính trị tham gia Ban Bí thư`: who they are, not the post
    last: Title | None = act.last_title  # the act's title before, whose body a lone head shares
    told = False
    again = set(act.cue.again)
    while pos < end:
        if pos in again and (recount := counted().match(text, pos, end)) is not None \
                and _COUNTED_CONCERNS.match(text, recount.end(), end):
            pos = recount.end()  # `phê chuẩn đề nghị ... về việc bổ nhiệm 03 Phó Thủ tướng đối với A, B và C`
            again.add(pos)
        marker = lex["post_before"].search(text, max(start, pos - 30), pos) if pos > start else None
        if marker is not None and lex["post_at_title"].fullmatch(marker.group(0).strip()) \
                and not ACTING.match(text, pos):
            marker = None  # a bare `giữ` names only an acting post (`giữ quyền Bộ trưởng`), not `tiếp tục giữ Phó Bí thư`
        if marker is not None and act.cue.kind == "start" \
                and lex["held_now"].search(text, max(start, marker.start() - 12), marker.start()):
            marker = None  # `điều động A, hiện giữ chức B, sang làm C`: B is held now, C is the act's
        item = pos > start and (_ITEM_START.search(text, max(start, pos - 3), pos)  # `bầu B đối với A; D đối với C`
                                or (_AND_BEFORE.search(text, max(start, pos - 5), pos) is not None
                                    and counted().match(text, pos, end) is not None
                                    and OPENS_ROSTER.match(text, pos, end) is not None))  # `cho A và 4 Phó Giám đốc gồm:`
        # `...; 5 phó Chủ tịch gồm các đồng chí: ...`, `giữ chức Bí thư Thành ủy, hai Phó Bí thư là A và B`
        listed = counted().match(text, pos, end) if item or pos == chained else None
        chained_count = listed is not None and not item
        if listed:
            pos = listed.end()
        title, concerned = None, False
        if pos in (first, chained) or pos in again or marker or item or listed:
            title = by_start.get(pos)
            # `điều động A, Phó Giám đốc Sở X, đến nhận công tác tại Trung tâm Y và bổ nhiệm giữ chức Giám đốc`: Y's head
            lone = head_of_workplace(text, start, pos) if marker and (title is None or title.body is None) else None
            if lone is not None:
                title = lone
            elif title is None or (title.body is None and title.fixed_body is None and last is not None):
                # a lone head: the body of the post named before (`giữ chức Bí thư Đảng ủy X; ... giữ chức Phó Bí thư`)
                title = capitalised.title_at(pos, last.body if last and (marker or listed) else None,
                                             in_count=bool(listed)) or title
                # (`bầu ông A làm Chủ tịch Hội và 3 Phó Chủ tịch gồm: ...`: a lone head after one with no body either)
                if (title is None or (title.body is None and title.fixed_body is None)) \
                        and (last is None or last.body is None) \
                        and (association := _association_elected(facts, act, pos, persons)) is not None:
                    of_it = capitalised.title_at(pos, association)
                    if of_it is not None and key(of_it.role) in _ASSOCIATION_HEADS:
                        title = of_it
                    elif last is None:
                        title = None
            if title is None and marker and members:  # `tham gia Ủy ban X và giữ chức vụ Phó Chủ tịch`: X's
                title = capitalised.title_at(pos, members[-1])
        elif pos > start and _JOINED_BEFORE.search(text, max(start, pos - 5), pos) and (t := by_start.get(pos)) \
                and _CONCERNS.match(text, t.end, end):
            # `cách chức chủ tịch huyện đối với ông A và phó chủ tịch huyện đối với ông B`: B's post; so after a comma
            # (`bãi nhiệm chức vụ X đối với ông A, Chủ tịch UBND tỉnh đối với ông B`), not A's own title
            title, concerned = t, True
        if chained_count and title is not None and not (_COUNTED_NAMED.match(text, title.end)
                                                        or _ROSTER_NEXT.match(text, title.end)):
            title = None  # `đề cử để bầu 1 Ủy viên, 1 Phó Chủ tịch`: counted posts nobody is named for
        bracketed = title is not None and text[max(0, title.start - 2):title.start].rstrip().endswith("(") \
            and text[title.end:title.end + 2].lstrip().startswith(")")  # `ông A (Giám đốc Sở X)`: who A is
        # `Theo đó, ông A là Phó Bí thư, Chủ tịch HĐND X`: the posts the decision just told gives A
        told = title is not None and act.cue.start == act.cue.end \
            and (bool(_IS_TOLD.search(text, max(start, title.start - 5), title.start)) or told and pos == chained)
        if title is not None and title.end <= end and not bracketed \
                and (told or ((marker or (plural and pos == first and _counts_holders(act, title)))
                              and _COPULA_AFTER.match(text, title.end))
                     or concerned or not any(s <= title.start < e for s, e in extents)):
            # (a post word names a post even where a copula makes it the next person's: `chức danh X là ông A`,
            # `bổ nhiệm 2 Phó Tổng Giám đốc X là ông A và ông B`)
            last = title
            chain = _CHAIN.match(text, title.end, end)
            run, link = [title], chain  # the titles chained after it, whose place an unplaced one shares
            while link and link.end() > run[-1].end and (nxt := by_start.get(link.end())) is not None:
                run.append(nxt)
                link = _CHAIN.match(text, nxt.end, end)
            posts.extend((title.start, title.end, post) for post in posts_in_chain(facts, title, run, named))
            chained = chain.end() if chain else -1
            pos = max(title.end, chained)
            continue
        # `giao phụ trách Công an tỉnh X`; `giao Thứ trưởng A phụ trách điều hành Vụ X`, `giao A, Phó Giám đốc Công an
        # tỉnh X phụ trách Công an tỉnh X`: put in charge of running it, the person right before (not `Phó Giám đốc
        # phụ trách Ban X`, a title; nor `giao Phó Chủ tịch A phụ trách Sở Y tế`, a field overseen)
        if (charge := in_charge_of(facts, pos)) is not None \
                and (pos == first or _charged(text, pos, persons, charge)):
            posts.append((pos, pos + len(charge.surface), charge))
            pos += len(charge.surface)
            continue
        if lex["member_before"].search(text, max(0, pos - 20), pos):
            found = _members(text, pos, end)
            if found:
                members.extend(found)
                pos = found[-1].end
                # `thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, Bí thư Tỉnh ủy X`: the post written next too
                chain = _CHAIN.match(text, pos, end)
                chained = chain.end() if chain else -1
                continue
        step = _WORD.search(text, pos + 1, end)
        pos = step.end() if step else end
        while pos < end and text[pos].isspace():  # `; Chủ nhiệm ...`: on the word, not the space before it
            pos += 1
    act.last_title = last
    if members:
        completed = _member_posts(facts, members, [p for _, _, p in posts],
                                  [p for s, _, p in posts if 0 <= s - members[-1].end <= _JOINED_POST])
        posts.extend((members[0].start, members[-1].end, post) for post in completed)
    return posts


_CHARGE_WORDS = re.compile(r"\s*,?\s+(?:(?P<runs>kiêm\s+nhiệm\s+)?phụ\s+trách"
                           r"(?P<runs2>\s+điều\s+hành(?:\s+hoạt\s+động)?(?:\s+của)?)?)\s+", re.IGNORECASE)
_CHARGE_REACH = 40  # characters between a person's mention and the post they are put in charge of


def _charged(text: str, pos: int, persons: Sequence[PersonMention], charge: Post) -> bool:
    """Whether the person right before `phụ trách` at pos is put in charge of running the body there: told so
    (`kiêm nhiệm phụ trách`, `phụ trách điều hành`), or its deputy (`A, Phó Giám đốc Công an tỉnh X phụ trách Công an
    tỉnh X`)."""
    for person in persons:
        end = person.bounds[1]
        words = _CHARGE_WORDS.fullmatch(text, end, pos) if pos - _CHARGE_REACH <= end < pos else None
        if words is not None and charge.body is not None and (
                words.group("runs") or words.group("runs2")
                or any(post.body and post.label.startswith("Phó ") and key(post.body) == key(charge.body)
                       for post in person.posts)):
            return True
    return False


def _subject(facts: ArticleFacts, act: _Act, clause: Sentence, persons: list[PersonMention]) -> list[PersonMention]:
    """`ông A được bổ nhiệm giữ chức B`, `ông A, Bí thư Tỉnh ủy, thôi giữ chức`: the person (or
    the list of persons) just before the verb, in its clause."""
    text = facts.article.text
    before = [p for p in persons if clause.start <= p.span.start and p.bounds[1] <= act.cue.start
              and not _lexicon()["agent"].search(text, max(clause.start, p.bounds[0] - 8), p.bounds[0])
              and not kin_before(text, clause.start, p.bounds[0])]
    # (`anh A (sinh 1965, quê X, cử nhân Y) phụ trách ... và giữ chức B`: a biography in brackets is no gap)
    if not before or not _SUBJECT_GAP.fullmatch(gap := _BRACKETED.sub("", text[before[-1].bounds[1]:act.cue.start])) \
            or _lexicon()["others"].search(own := _BY_AGENT.split(gap, maxsplit=1)[0]) or ANNOUNCES_DECISION.search(own):
        # `A tặng hoa chúc mừng các cán bộ vừa được bầu`: the verb is theirs (`được các đại biểu bầu`: they are who vote);
        # `A trao quyết định nghỉ hưu cho ...`: whom A hands it to retires, not A (`A được B trao ...`: A does)
        return []
    last = before[-1]
    if _not_theirs(text, clause, last) \
            and not _PASSIVE_NEXT.fullmatch(text, last.bounds[1], act.cue.start):
        return []  # `thay ông B` is not who changes, unless the passive is B's own (`thay ông B vừa được bổ nhiệm`)
    group = [last]
    for p in reversed(before[:-1]):  # `các ông A và B được bầu`, not `quyết định của Thủ tướng, ông A`
        # `ông A (SN 1967), ông B`; `các ông A (Bí thư Thị ủy X), B (...)`: the bracket A's titles end in
        # (a title shared by a list, `Ủy viên Trung ương Đảng: A, B và C thôi giữ chức X`, reaches back over them all)
        edge = group[0].bounds[0] if group[0].bounds[0] >= p.bounds[1] else group[0].span.start
        gap = _CLOSED.sub("", SHORT_ASIDE.sub("", _TERM_LEAD.sub("", text[p.bounds[1]:edge])))
        if _not_theirs(text, clause, p):
            break
        if LIST_JOIN.fullmatch(gap) or (group[0] is last and _LIST_JOIN_TITLED.fullmatch(gap)) \
                or (p.bounds[1] > p.span.end and _ITEMS_JOIN.fullmatch(gap)) \
                or (_DASHED.match(text, p.span.end) and _TITLE_TAIL_JOIN.fullmatch(gap)
                    and not _lexicon()["verb"].search(gap)):  # `A, nguyên X; B, Y; C được ...`
            group.insert(0, p)
        else:
            break
    return group


def _not_theirs(text: str, clause: Sentence, person: PersonMention) -> bool:
    """`thay ông B`, `cùng ông B`: a person named as someone the act is not about."""
    return bool(_NOT_THE_PERSON.search(text[max(clause.start, person.bounds[0] - 40):person.bounds[0]]))


def _members(text: str, pos: int, end: int) -> list[Body]:
    """`Ban Chấp hành, Ban Thường vụ Tỉnh ủy`: the bodies a `tham gia` names, one after another."""
    out: list[Body] = []
    while (body := body_at(text, pos)) is not None and body.end <= end:
        if not (body.bare_sub or body.sub in COMMITTEES or body.name in _central()
                or body.written.startswith(("Ban Chấp hành", "Ban Thường vụ", *_OWN_MEMBERS))):
            break
        out.append(body)
        gap = AND_GAP.match(text, body.end, end)
        if not gap:
            break
        pos = gap.end()
    return out


_JOINED_POST = 40  # characters between committees written bare and the post they go with (`... và giữ chức`)


def _member_posts(facts: ArticleFacts, members: list[Body], posts: list[Post], joined: list[Post]) -> list[Post]:
    """A membership takes its committee from itself, a sibling, or the post the act also gives
    (`tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy Thanh Hóa`); committees
    written bare right before a mass organisation's post (`joined`) are that organisation's."""
    owns = [(body, own) for body in members if not body.bare_sub and (own := _party_committee(body, facts))]
    # written whole, its own (`tham gia Ban Thường vụ Đảng ủy Quốc hội và giữ chức Bí thư Đảng ủy Văn phòng Quốc hội`;
    # not `Ban Chấp hành Đảng bộ tỉnh X`, which the post's `Tỉnh ủy X` names as the Party does)
    committee = next((own for body, own in owns if body.needs is None and (own.startswith("Đảng ủy ") or committee_head(own))),
                     None)
    committee = committee or next((p.body for p in posts if p.body and (committee_head(p.body) or p.body.startswith("Đảng ủy"))),
                                  None)
    if committee is None and all(body.bare_sub for body in members):  # `Ban Chấp hành, Ban Thường vụ` written bare
        committee = next((p.body for p in joined if p.body and _ELECTS_OWN.match(p.body)), None)
    committee = committee or next((own for _, own in owns), None)
    return [post for body in members
            if (post := _own_member(facts, body) or _member_post(body, committee or _association_of(facts, body)))]


def _association_of(facts: ArticleFacts, body: Body) -> str | None:
    """`bầu vào Ban Thường vụ Hội Nông dân tỉnh X`: the association whose committee it is, as the article places it."""
    if body.sub is None or not _ELECTS_OWN.match(f"{body.name} ", len(body.sub) + 1):
        return None
    placed = qualify(body, facts.localities, written=True) or body.name
    return placed[len(body.sub) + 1:] if placed.startswith(body.sub + " ") else None


def _party_committee(body: Body, facts: ArticleFacts) -> str | None:
    """`Đảng ủy Chính phủ`; `bầu vào Ban Chấp hành Đảng bộ tỉnh X`: the Party organisation the committee leads."""
    placed = qualify(body, facts.localities) if facts.localities else None
    if placed and body.sub and placed.startswith(body.sub + " "):
        placed = placed[len(body.sub) + 1:]
    return placed if placed and (committee_head(placed) or placed.startswith(("Đảng ủy ", "Đảng bộ "))) else None


# a mass organisation with a committee of its own: `tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch Liên
# đoàn Lao động tỉnh X` makes A a member of the federation's committees
_ELECTS_OWN = re.compile(r"(?:Hội|Liên\s+đoàn|Công\s+đoàn|Đoàn|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Liên\s+hiệp)\s")
# committees no Party organisation names, whose members are `Ủy viên` of them as written
_OWN_MEMBERS = ("Ủy ban Mặt trận Tổ quốc", "Đảng đoàn")


def _own_member(facts: ArticleFacts, body: Body) -> Post | None:
    """`tham gia Ủy ban MTTQ Việt Nam tỉnh X`, `tham gia Đảng đoàn HĐND tỉnh X`: `Ủy viên` of the
    committee as the article places it."""
    if not body.written.startswith(_OWN_MEMBERS):
        return None
    label = qualify(body, facts.localities, written=True) or body.written
    return Post(f"Ủy viên {label}", label, body.surface)


_COMMUNE_COMMITTEE = re.compile(r"Đảng ủy (?=(?:xã|phường|thị trấn|đặc khu) )")


def _member_post(body: Body, committee: str | None) -> Post | None:
    """`Ban Thường vụ` of Tỉnh ủy Thanh Hóa -> Ủy viên Ban Thường vụ Tỉnh ủy Thanh Hóa; `Ban Chấp
    hành` -> Ủy viên Ban Chấp hành Đảng bộ tỉnh Thanh Hóa (of Đảng ủy phường X: Đảng bộ phường X), the name the
    Party gives that body; a central body -> its member's title (lexicon/members.tsv: `Bộ Chính trị` -> Ủy viên Bộ
    Chính trị)."""
    if body.name in _central():
        return Post(member_title(body.name), body.name, body.surface)
    executive = body.sub == "Ban Thường vụ" or body.name.startswith("Ban Thường vụ") or body.written.startswith("Ban Thường vụ")
    if committee is None and body.name.startswith(("Ban Thường vụ ", "Ban Chấp hành ")) \
            and body.name.split(" ", 3)[3:] and body.name.split(" ", 3)[3] in _central():
        return Post(f"Ủy viên {body.name}", body.name, body.surface)  # `Ban Thường vụ Quân ủy Trung ương`
    if committee is None:
        return Post("Ủy viên Ban Thường vụ", None, body.surface) if executive else None
    if executive:
        return Post(f"Ủy viên Ban Thường vụ {committee}", committee, body.surface)
    # a commune's or ward's (`Đảng ủy phường X`): Ban Chấp hành Đảng bộ phường X, as the Party names it (a bloc's or an
    # agency's committee keeps its own name: `Ban Chấp hành Đảng ủy Khối ...`)
    local = _COMMUNE_COMMITTEE.match(committee)
    party = committee[local.end():] if local else None
    return Post(committee_member(committee) or (f"Ủy viên Ban Chấp hành Đảng bộ {party}" if party else None)
                or f"Ủy viên Ban Chấp hành {committee}", committee, body.surface)


_FROM_DAY = re.compile(r"(?<![\w])từ\s+(?:ngày\s*)?$", re.IGNORECASE)
# `kể từ ngày 12/12/2022 đến ngày 12/12/2027`: the day a term ends, not the day of the change
_TO_DAY = re.compile(r"(?<![\w])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$", re.IGNORECASE)
_SIGNED_ON = re.compile(r"\s*[,(]?\s*(?:ban\s+hành\s+)?(?:ngày\s*)?", re.IGNORECASE)  # `(ngày 12/11/2018)`


@dataclass(frozen=True)
class _Days:
    own: date | None  # the sentence's date: the decision's before the day it takes effect
    effective: date | None  # `bổ nhiệm ... từ ngày 5/10/2023`, `nghỉ hưu từ ngày 1/9/2018`


def _history(facts: ArticleFacts, sentence: Sentence, start: int, end: int) -> bool:
    """`được bổ nhiệm ... lần đầu vào tháng 5/2012`, `Tháng 3/2014, ông được điều động giữ chức ...`, on a page of
    a later year: a career step, not the page's news."""
    text = facts.article.text
    anchor = facts.article.anchor
    told = _lexicon()["history"].search(text, start, end)
    if told is None and (opening := _lexicon()["history_opening"].match(text, sentence.start, end)):
        # the page is no older than the last month it names (`giữ chức Thứ trưởng từ tháng 5/2020 đến nay`)
        latest = max((int(y) for y in _DATED_YEAR.findall(text)), default=None)
        year = anchor.year if anchor else latest
        month = _OPENING_MONTH.search(opening.group(0))
        if anchor is not None and month is not None \
                and anchor.year * 12 + anchor.month - (int(month.group(2)) * 12 + int(month.group(1))) < _HISTORY_MONTHS:
            return False  # `Tháng 12/2020, ...` on a page of January 2021: the news, though of the year before
        began = _YEAR_IN.search(opening.group(0))  # `Từ tháng 1-2014 đến tháng 5-2021,`: when it began
        return year is not None and began is not None and int(began.group(0)) < year
    if told is None:
        return False
    # (a page without a year of its own is no older than the last year it tells: `Đại hội nhiệm kỳ 2020 - 2025`)
    year = anchor.year if anchor else max([context_year(text) or 0, *_years_told(text)]) or None
    return year is not None and int(told.group(0)[-4:]) < year


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a year the page names (a term's end too: a page of `nhiệm kỳ 2011 - 2016` is of its years), not a plan's
# (`đến năm 2030`)
_YEAR_TOLD = re.compile(r"(?<![\w/.])((?:19|20)\d{2})(?![\w/])")
_PLAN_BEFORE = re.compile(r"(?:đến|tới|mục\s+tiêu|kế\s+hoạch|dự\s+kiến|tầm\s+nhìn|giai\s+đoạn)(?:\s+\S+){0,2}\s+$",
                          re.IGNORECASE)


def _years_told(text: str) -> list[int]:
    """The years a page without a date of its own names as its time (it is no older than the last)."""
    return [int(m.group(1)) for m in _YEAR_TOLD.finditer(text)
            if not _PLAN_BEFORE.search(text, max(0, m.start() - 24), m.start())]


_OPENING_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*[/.-]\s*(\d{4})", re.IGNORECASE)
_HISTORY_MONTHS = 3  # a month of an earlier year named less than this before the page's is still its news
_DATED_YEAR = re.compile(r"(?<![\w/.-])\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?![\w/-])")  # `5/2020`, `12/3/2021`


def _days(facts: ArticleFacts, sentence: Sentence, documents: Sequence[DocumentMention] = (),
          put_forward: Sequence[DocumentMention] = ()) -> _Days:
    """The sentence's dates, read once; not the day a rule it cites was signed (`nghỉ hưu theo
    Nghị định 46/2010/NĐ-CP, ngày 27.4.2020`), nor the day the press was told of the decision."""
    text = facts.article.text
    rules = [d.span for d in documents if d.kind not in _DECISIONS or d in put_forward]
    found: list[tuple[bool, date]] = []  # each marked whether it is written as a start (`từ ngày`)
    for day, month, year, start, _ in meeting_dates(sentence.text):
        at = sentence.start + start
        if any(span.start <= at < span.end or (span.end <= at and _SIGNED_ON.fullmatch(text, span.end, at))
               for span in rules):
            continue
        verb = _lexicon()["verb"].search(text, at, sentence.end)
        if _lexicon()["report"].search(text, at, verb.start() if verb else sentence.end):
            continue  # `Ngày 28/8, UBND tỉnh cho biết, Chủ tịch vừa ký ...`: the day of the report, not of the decision
        if _IN_REASON.search(text, max(sentence.start, at - 60), at):
            continue  # `miễn nhiệm ... do nghỉ hưu theo chế độ từ ngày 1-8-2020`: the reason's day, not the decision's
        if _LETTER_DAY.search(text, max(sentence.start, at - 100), at):
            continue  # `xét Đơn xin thôi làm nhiệm vụ ... ngày 13/5/2024 của bà A`: the day of the letter, not the decision
        if _DEADLINE.search(text, max(sentence.start, at - 20), at):
            continue  # `... báo cáo kết quả về Bộ trước ngày 30/6/2014`: a deadline, not the day of the decision
        if found and _TO_DAY.search(text, max(sentence.start, at - 16), at):
            continue
        effective = bool(_FROM_DAY.search(text, max(sentence.start, at - 14), at))
        # a day a decision takes effect may lie months after the page (`nghỉ hưu kể từ ngày 1/10`)
        when = resolve(day, month, year, facts.article.anchor, context_year(text, month, day), ahead=183 if effective else 14)
        if when:
            found.append((effective, when))
    own = next((when for effective, when in found if not effective), found[0][1] if found else None)
    return _Days(own, next((when for effective, when in found if effective), None))


_ITEM_BREAK = re.compile(r";")
_DEADLINE = re.compile(r"(?<![\w])(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót)\s+(?:ngày\s+)?$", re.IGNORECASE)
_LETTER_DAY = re.compile(r"(?<![\w])(?:[Đđ]ơn|[Tt]ờ\s+trình)(?:\s+[^\s.;,()]+){0,12}?\s+(?<!từ\s)ngày\s+$")


def _respective(posts: list[Post], persons: int) -> bool:
    """As many posts as persons, each its own office (no seat on a committee that all may share)."""
    return persons == len(posts) >= 2 and len({p.label for p in posts}) == persons \
        and not any(p.label.startswith(("Ủy viên", "Thành viên")) for p in posts)


def _item_days(facts: ArticleFacts, sentence: Sentence) -> list[tuple[int, int, date]]:
    """`phê chuẩn ...: Chủ tịch HĐND tỉnh X đối với ông A kể từ ngày 6/7/2021; ... ông B kể từ ngày
    2/7/2021`: a list whose items take effect on days of their own, each item's span and day."""
    text = facts.article.text
    breaks = [m.end() for m in _ITEM_BREAK.finditer(text, sentence.start, sentence.end)]
    if not breaks:
        return []  # one item: the sentence's own day, already read
    bounds = [sentence.start, *breaks, sentence.end]
    items = []
    for start, end in itertools.pairwise(bounds):
        day = _days(facts, Sentence(start, end, text[start:end], sentence.index)).effective
        if day is not None:
            items.append((start, end, day))
    return items if len({day for _, _, day in items}) > 1 else []


def _signed_day(facts: ArticleFacts, documents: Sequence[DocumentMention], document: str | None) -> date | None:
    """The day written with the decision the change cites (`Quyết định số 651-QĐ/TW ngày
    26/12/2017`), whatever other days the sentence gives."""
    mention = next((d for d in documents if d.key == document), None)
    if mention is None:
        return None
    text = facts.article.text
    written = text[mention.span.start:min(len(text), mention.span.end + 30)]
    number = written.find(mention.number) + len(mention.number) if mention.number and mention.number in written else 0
    for day, month, year, at, _ in meeting_dates(written):
        if at >= number and _SIGNED_ON.fullmatch(written, number, at) and "ngày" in written[number:at].lower():
            return resolve(day, month, year, facts.article.anchor, context_year(text, month, day))
    return None


_SITTING_NOUNS = ("Hội nghị", "Kỳ họp", "Phiên họp")
_VOTES = re.compile(r"(?:tái\s+)?(?:bầu|hiệp\s+thương)", re.IGNORECASE)  # a change made by a vote
_NOMINATES = re.compile(r"[^.;]{0,80}?(?<![\w])về\s+việc\s[^.;]{0,60}?(?<![\w])giới\s+thiệu(?![\w])", re.IGNORECASE)


def _nominates(text: str, document: DocumentMention) -> bool:
    """A document that puts a candidate forward (`Thông báo 1354-TB/TU ... về việc giới thiệu cán bộ ứng cử`)."""
    return bool(_NOMINATES.match(text, document.span.end, min(len(text), document.span.end + 160)))


def _sitting_day(facts: ArticleFacts, sentence: Sentence, main: MeetingMention | None) -> date | None:
    """`Hội nghị lần thứ nhất BCH ... đã được tiến hành chiều ngày 29/12/2025. Hội nghị đã bầu ... Ông A giữ chức
    Chủ tịch`: a body's own sitting, held and dated just before, and named again as the subject of what was
    decided (in this sentence or the one before): its day, not the reported meeting's."""
    text = facts.article.text
    sittings = [m for m in facts.meetings if m is not main and m.held and m.date and m.label.startswith(_SITTING_NOUNS)
                and sentence.index - 2 <= m.sentence < sentence.index]
    if not sittings:
        return None
    latest = max(sittings, key=lambda m: m.sentence)
    noun = next(n for n in _SITTING_NOUNS if latest.label.startswith(n))
    opened = [s for s in facts.sentences if latest.sentence < s.index <= sentence.index
              and re.match(rf"\s*{noun}\s+(?:đã|vừa)\s", text[s.start:s.end])]
    return latest.date if opened else None


_EARLIER_THERE = re.compile(r"\s*(?:Trước\s+đó|Cũng\s+tại\s+kỳ\s+họp(?:\s+này)?)\s*,\s*")


def _same_sitting(facts: ArticleFacts, sentence: Sentence, main: MeetingMention | None,
                  orgs: list[OrgMention]) -> date | None:
    """`Ngày 6-12, tại Kỳ họp thứ IX, HĐND tỉnh ... Trước đó, HĐND tỉnh đã ... miễn nhiệm ...`: earlier in the
    reported sitting, when the sentence's subject is the body sitting: its day."""
    if main is None or not main.held or main.date is None or not main.body:
        return None
    earlier = _EARLIER_THERE.match(facts.article.text, sentence.start, sentence.end)
    if earlier is None:
        return None
    subject = next((o for o in orgs if o.span.start == earlier.end()), None)
    return main.date if subject is not None and subject.label == main.body else None


def _when(sentence: Sentence, main: MeetingMention | None, reading: _Reading, own: date | None) -> date | None:
    """The sentence's own date; else (`vừa qua` aside) the reported meeting's day when the
    sentence says the decision was announced there; else the date of the decision the text is
    still reporting; else the reported meeting's day."""
    if own is not None:
        return own
    lex = _lexicon()
    if lex["past"].search(sentence.text):
        return None
    meeting_day = main.date if main is not None and main.held else None
    if reading.dated and reading.told_at == sentence.index - 1:
        return reading.date  # `Trước đó, ngày 14/11, ... công bố quyết định ... Tại hội nghị, ...`: that day
    if meeting_day and lex["announce"].search(sentence.text):
        return reading.takes_effect or meeting_day
    if reading.dated:
        return reading.date
    return meeting_day


_JOINED_TO = re.compile(r"(?:\s*,|\s+và)\s+$")
_DECISION_OF = re.compile(r"quyết\s+định(?:\s+\S+){0,6}?\s+của\s+$", re.IGNORECASE)


def _announced_by(facts: ArticleFacts, sentence: Sentence, orgs: list[OrgMention]) -> tuple[str, str] | None:
    """`công bố các quyết định của Ban Thường vụ Tỉnh ủy`: the body whose decisions the
    following sentences report (`Theo đó, ông A ... bổ nhiệm ...`)."""
    text = facts.article.text
    if not _lexicon()["announce"].search(sentence.text):
        return None
    for org in orgs:
        if not org.implied and _DECISION_OF.search(text, max(sentence.start, org.span.start - 60), org.span.start):
            return org.label, "Organization"
    return None


def _may_decide(text: str, sentence: Sentence, org: OrgMention, cue: int, persons: list[PersonMention],
                in_titles: set[int]) -> bool:
    """A body written before the verb is who decided, unless it is a place of work (`nhận công tác
    tại Sở X`), part of a post (`Tổng Giám đốc TTXVN và Đài TNVN`), a ceremony's host (`Sở Y tế tổ
    chức Lễ trao quyết định`) or named before the person whose change the verb tells (`Về chức danh
    UBND huyện: ông A được bầu`) without deciding (`Bộ Chính trị quyết định ông A ...`)."""
    joined = _JOINED_TO.search(text, max(0, org.span.start - 6), org.span.start)
    if _PLACE_OF_WORK.search(text, max(0, org.span.start - 20), org.span.start) \
            or (joined and joined.start() in in_titles) or _lexicon()["hosts"].match(text, org.span.end):
        return False
    return not any(org.span.end <= p.span.start < cue for p in persons) or bool(_lexicon()["decides"].match(text, org.span.end)) \
        or bool(_DECISION_OF.search(text, max(sentence.start, org.span.start - 60), org.span.start))


def _decider(facts: ArticleFacts, sentence: Sentence, act: _Act, persons: list[PersonMention],
             titles: list[TitleMention], documents: list[DocumentMention],
             orgs: list[OrgMention]) -> tuple[str, str] | None:
    """Who decided: the body written before the verb (`Bộ Chính trị quyết định`, `Theo quyết định
    của Ban Bí thư`), or the office whose holder is the verb's subject (`Thủ tướng bổ nhiệm`),
    else the issuer of the decision named in the sentence."""
    text = facts.article.text
    cue = act.cue.start
    candidates: list[tuple[int, tuple[str, str]]] = []
    in_titles = {o.span.end for o in orgs if o.implied}
    for org in orgs:
        if org.span.end <= cue and not org.implied and _may_decide(text, sentence, org, cue, persons, in_titles):
            candidates.append((org.span.end, (org.label, "Organization")))
    # `Thủ tướng Nguyễn Văn A bổ nhiệm`, `Thủ tướng đã ký quyết định bổ nhiệm`; `A được Chủ tịch UBND tỉnh bổ nhiệm`
    by_start = {t.title.start: t.title for t in titles}
    offices: list[tuple[int, int, Post | None]] = [
        (p.bounds[0], p.bounds[1], p.posts[0] if p.posts else by_start[p.span.start].post(facts.localities)
         if p.span.start in by_start else None) for p in persons]
    offices += [(t.title.start, t.title.end, t.title.post(facts.localities)) for t in titles if not t.owned]
    for lead, edge, post in offices:
        if edge <= cue and post is not None and post.label.startswith(_DECIDING_POSTS) \
                and _DECIDES.fullmatch(text[edge:cue]) \
                and (not act.cue.self_ or _lexicon()["agent"].search(text, max(sentence.start, lead - 8), lead)):
            candidates.append((edge, (post.label, "Post")))
    for t in titles:  # `Theo quyết định của Thủ tướng, ... nghỉ hưu`
        post = t.title.post(facts.localities)
        if t.title.end <= cue and not t.owned and post.label.startswith(_DECIDING_POSTS) \
                and _DECISION_OF.search(text, max(sentence.start, t.title.start - 60), t.title.start):
            candidates.append((t.title.end, (post.label, "Post")))
    if candidates:
        return max(candidates, key=lambda c: c[0])[1]
    issued = next((d.issuer for d in documents if d.kind in _DECISIONS and d.issuer), None)
    return (issued, "Organization") if issued else None  # typed as the document's issuer is typed (a body)


def _decision(documents: list[DocumentMention], cue: int) -> str | None:
    decisions = [d for d in documents if d.kind in _DECISIONS]
    before = [d for d in decisions if d.span.end <= cue]
    chosen = before[-1] if before else (decisions[0] if decisions else None)
    return chosen.key if chosen else None
