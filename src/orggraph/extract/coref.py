"""Short references within one article tied to their person: `ông Chính`, `đồng chí Mai`
(honorific + given name), a bare title (`Trưởng ban Tổ chức T.Ư cũng lưu ý`) and a pronoun
subject (`Ông cũng nhấn mạnh`). They become short mentions of a full name, never persons."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from orggraph.abbreviations import expand
from orggraph.extract import extractor
from orggraph.extract.bodies import bare_kinds
from orggraph.extract.patterns import CAPWORD, UPPER, count, count_before, honorific_pattern
from orggraph.extract.people import FORMER
from orggraph.extract.spans import Intervals, by_sentence
from orggraph.extract.titles import LOCALITY, title_at, title_pattern
from orggraph.lexicon import kind_alternation
from orggraph.model import ArticleFacts, OrgMention, PersonMention, Span
from orggraph.text import key

_PRONOUN = re.compile(rf"(?<![\w/])(?i:ông|bà|đồng chí)(?=\s+(?![{UPPER}])[^\W\d_])")
_MANY_BEFORE = re.compile(r"(?<![\w])(?:nhiều|đông\s+đảo|toàn\s+thể|mọi)\s+$", re.IGNORECASE)
# `Bộ trưởng đề nghị`: a verb follows; `Đại biểu quận: A ...` labels a list, `Bí thư xã` a place's post
_BARE_END = re.compile(rf"\s+(?:cũng\s+)?(?![{UPPER}])(?!{LOCALITY.pattern}|\w+\s*:)[^\W\d_]")
_APPOSED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[,–-]\s*")  # between a name and a title in apposition to it
_DEPUTY_BEFORE = re.compile(r"(?<![\w])phó\s+$", re.IGNORECASE)


@cache
def _a_post_before() -> re.Pattern[str]:
    """A title written as a post, not as a person: after a post word (`bầu chức danh Chủ tịch UBND`,
    `giới thiệu nhân sự Bí thư Tỉnh ủy`) or a count (`2 Phó Chủ tịch`)."""
    post = kind_alternation("changes.tsv", "post")
    return re.compile(rf"(?<![\w])(?:{post}|nhiệm\s+vụ|nhân\s+sự|{count()})\s+$", re.IGNORECASE)


@cache
def _agent_before() -> re.Pattern[str]:
    """The words that make the mention after them the agent of a passive (changes.tsv `agent`: `được`, `bị`)."""
    return re.compile(kind_alternation("changes.tsv", "agent"), re.IGNORECASE)


@cache
def _given_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?i:{honorific_pattern()})\s+(?P<given>{CAPWORD}(?:[ \t]+{CAPWORD})?)(?![\w])(?!\s+[{UPPER}])")


class _Mentions:
    """Mentions sorted by where they end: the latest one before a point is a bisection away."""

    def __init__(self, persons: list[PersonMention]):
        self._items = sorted(((p.span.end, p.span.start, i), p) for i, p in enumerate(persons))
        self._keys = [k for k, _ in self._items]

    def add(self, person: PersonMention) -> None:
        item = ((person.span.end, person.span.start, len(self._items)), person)
        index = bisect_right(self._keys, item[0])
        self._keys.insert(index, item[0])
        self._items.insert(index, item)

    def latest(self, pos: int, text: str = "") -> PersonMention | None:
        """The last mention before pos; given the text, not the agent of a passive (`ông A được
        Thủ tướng bổ nhiệm. Ông ...`: the next `Ông` is still A)."""
        index = bisect_right(self._keys, (pos, float("inf"), 0))
        while index:
            person = self._items[index - 1][1]
            if not text or not _agent_before().search(text, max(0, person.span.start - 8), person.span.start):
                return person
            index -= 1
        return None


class _Holders:
    """Persons by the keys of their posts, and by every leading run of words of those keys, so
    that `Thứ trưởng` finds the holders of `Thứ trưởng Bộ Y tế` without a scan."""

    def __init__(self, persons: list[PersonMention]):
        exact: dict[str, list[PersonMention]] = {}
        self.prefixed: dict[str, set[str]] = {}
        for person in persons:
            for label in dict.fromkeys(key(post.label) for post in person.posts):
                exact.setdefault(label, []).append(person)
                words = label.split()
                for n in range(1, len(words)):
                    self.prefixed.setdefault(" ".join(words[:n]), set()).add(person.name)
        self.exact = {label: _Mentions(holders) for label, holders in exact.items()}
        self.first = {label: holders[0] for label, holders in exact.items()}


@extractor("coref")
def coref(facts: ArticleFacts) -> None:
    text = facts.article.text
    full = sorted(facts.persons, key=lambda p: p.span.start)
    orgs = by_sentence(facts.orgs)
    by_given: dict[str, set[str]] = {}
    for person in full:
        given = person.name.split()
        by_given.setdefault(key(given[-1]), set()).add(person.name)
        if len(given) > 2:  # `bà Thanh Mai`: the last two syllables of a longer name
            by_given.setdefault(key(" ".join(given[-2:])), set()).add(person.name)
    shorts: list[PersonMention] = []
    taken = Intervals((p.span.start, p.span.end) for p in full)
    holders_of = _Holders(full)
    mentioned = _Mentions(full)

    def add(name: str, start: int, end: int, sentence: int) -> None:
        if taken.overlaps(start, end):
            return
        taken.add(start, end)
        short = PersonMention(name, Span(start, end, text[start:end]), sentence, short=True)
        shorts.append(short)
        mentioned.add(short)

    for sentence in facts.sentences:
        for m in _given_pattern().finditer(text, sentence.start, sentence.end):
            names = by_given.get(key(m.group("given")), set())
            if len(names) == 1:
                add(next(iter(names)), m.start(), m.end(), sentence.index)
    for mention in facts.free_titles:
        sentence_index, title = mention.sentence, mention.title
        if _DEPUTY_BEFORE.search(text, max(0, title.start - 5), title.start):
            continue  # `phó Bí thư tỉnh ủy`: a deputy's title, written in lowercase, not the secretary's
        if _a_post_before().search(text, max(0, title.start - 40), title.start) \
                or FORMER.search(text[max(0, title.start - 30):title.start]):
            continue  # `nguyên Giám đốc Sở X`: a former post of whoever is named, not its holder now
        if any(_APPOSED.fullmatch(text, p.span.end, title.start) for p in full if p.span.end <= title.start):
            continue  # `bà A (sinh năm 1975), Phó Giám đốc ...`: A's own title, however it reads, not another's
        label = key(title.post(facts.localities).label)
        holder: PersonMention | None = None
        if label in holders_of.exact:
            holder = holders_of.exact[label].latest(title.start) or holders_of.first[label]
        elif title.context:  # `Thứ trưởng cho biết`: the one holder of such a post
            prefixed = holders_of.prefixed.get(label, set())
            holder = next((p for p in full if p.name in prefixed), None) if len(prefixed) == 1 else None
        if holder is not None:
            add(holder.name, title.start, title.end, sentence_index)
    for sentence in facts.sentences:  # a bare head: `Bộ trưởng đề nghị` -> the one Bộ trưởng named
        for m in title_pattern().finditer(text, sentence.start, sentence.end):
            if not m.group(0)[:1].isupper() or not _BARE_END.match(text, m.end()) or title_at(text, m.start()):
                continue
            if any(o.span.start <= m.start() < o.span.end for o in orgs.get(sentence.index, ())):
                continue  # `Bí thư` of `Ban Bí thư`
            head = key(expand(m.group("role")))
            named = set(holders_of.prefixed.get(head, set()))
            if len(named) == 1:
                add(named.pop(), m.start(), m.end("role"), sentence.index)
    for sentence in facts.sentences:
        for m in _PRONOUN.finditer(text, sentence.start, sentence.end):
            if count_before().search(text[max(0, m.start() - 12): m.start()]) \
                    or _MANY_BEFORE.search(text, max(0, m.start() - 12), m.start()):  # `các/nhiều đồng chí`: persons counted
                continue
            antecedent = mentioned.latest(m.start(), text)
            if antecedent:
                add(antecedent.name, m.start(), m.end(), sentence.index)
    facts.persons.extend(sorted(shorts, key=lambda p: p.span.start))
    _bodies_by_kind(facts)


# a part of the body written before its kind (`Thường trực Ban Chỉ đạo`, `Văn phòng Ban Chỉ đạo`): the part, not the body
_PART_BEFORE = re.compile(r"(?<![\w])(?:Thường\s+trực|Ủy\s+viên|Uỷ\s+viên|Thành\s+viên|Văn\s+phòng|Cơ\s+quan(?:\s+thường"
                          r"\s+trực)?|Lãnh\s+đạo|Ban\s+Thường\s+vụ)\s+$", re.IGNORECASE)


def _bodies_by_kind(facts: ArticleFacts) -> None:
    """`Thủ tướng A, Trưởng Ban Chỉ đạo Trung ương X, chủ trì phiên họp thứ 6 của Ban Chỉ đạo`: a kind of unit written
    alone is the one body of that kind the article named before it, where it named only one."""
    text = facts.article.text
    named = sorted(facts.orgs, key=lambda o: o.span.start)
    taken = Intervals((o.span.start, o.span.end) for o in named)
    found: list[OrgMention] = []
    for sentence in facts.sentences:
        for start, end, kind in bare_kinds(text, sentence.start, sentence.end):
            if taken.overlaps(start, end) or _PART_BEFORE.search(text, max(0, start - 20), start):
                continue  # (a title's head, `Trưởng Ban Chỉ đạo`, reads its body itself; `Thường trực Ban Chỉ đạo` is a part)
            labels = {o.label for o in named if o.span.end <= start and key(o.label).startswith(f"{key(kind)} ")}
            if len(labels) == 1:
                found.append(OrgMention(labels.pop(), Span(start, end, text[start:end]), sentence.index,
                                        surface=text[start:end]))
    facts.orgs.extend(found)
