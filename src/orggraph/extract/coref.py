"""Short references within one article tied to their person: `ông Chính`, `đồng chí Mai`
(honorific + given name), a bare title (`Trưởng ban Tổ chức T.Ư cũng lưu ý`) and a pronoun
subject (`Ông cũng nhấn mạnh`). They become short mentions of a full name, never persons."""

from __future__ import annotations

import re
from functools import cache

from orggraph.abbreviations import expand
from orggraph.extract import extractor
from orggraph.extract.patterns import CAPWORD, UPPER
from orggraph.extract.people import honorific_pattern
from orggraph.extract.titles import title_at, title_pattern
from orggraph.model import ArticleFacts, PersonMention, Span
from orggraph.text import key

_PRONOUN = re.compile(rf"(?<![\w/])(?i:ông|bà|đồng chí)(?=\s+(?![{UPPER}])[^\W\d_])")
_BARE_END = re.compile(rf"\s+(?:cũng\s+)?(?![{UPPER}])[^\W\d_]")
_PLURAL = re.compile(r"(?:các|những|hai|ba)\s*$", re.IGNORECASE)


@cache
def _given_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?i:{honorific_pattern()})\s+(?P<given>{CAPWORD})(?![\w])(?!\s+[{UPPER}])")


def _latest(persons: list[PersonMention], pos: int) -> PersonMention | None:
    before = [p for p in persons if p.span.end <= pos]
    return max(before, key=lambda p: p.span.start) if before else None


@extractor("coref")
def coref(facts: ArticleFacts) -> None:
    text = facts.article.text
    full = sorted(facts.persons, key=lambda p: p.span.start)
    by_given: dict[str, set[str]] = {}
    for person in full:
        by_given.setdefault(key(person.name.split()[-1]), set()).add(person.name)
    shorts: list[PersonMention] = []
    taken: list[tuple[int, int]] = [(p.span.start, p.span.end) for p in full]

    def add(name: str, start: int, end: int, sentence: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        shorts.append(PersonMention(name, Span(start, end, text[start:end]), sentence, short=True))

    for sentence in facts.sentences:
        for m in _given_pattern().finditer(text, sentence.start, sentence.end):
            names = by_given.get(key(m.group("given")), set())
            if len(names) == 1:
                add(next(iter(names)), m.start(), m.end(), sentence.index)
    for sentence_index, title in facts.free_titles:
        label = key(title.post(facts.localities).label)
        holders = [p for p in full if any(key(post.label) == label for post in p.posts)]
        if not holders and title.context:  # `Thứ trưởng cho biết`: the one holder of such a post
            prefixed = {p.name for p in full if any(key(post.label).startswith(label + " ") for post in p.posts)}
            holders = [p for p in full if p.name in prefixed] if len(prefixed) == 1 else []
        if holders:
            holder = _latest(holders, title.start) or holders[0]
            add(holder.name, title.start, title.end, sentence_index)
    for sentence in facts.sentences:  # a bare head: `Bộ trưởng đề nghị` -> the one Bộ trưởng named
        for m in title_pattern().finditer(text, sentence.start, sentence.end):
            if not m.group(0)[:1].isupper() or title_at(text, m.start()) or not _BARE_END.match(text, m.end()):
                continue
            if any(o.span.start <= m.start() < o.span.end for o in facts.orgs if o.sentence == sentence.index):
                continue  # `Bí thư` of `Ban Bí thư`
            head = key(expand(m.group("role")))
            named = {p.name for p in full if any(key(post.label).startswith(head + " ") for post in p.posts)}
            if len(named) == 1:
                add(named.pop(), m.start(), m.end("role"), sentence.index)
    for sentence in facts.sentences:
        for m in _PRONOUN.finditer(text, sentence.start, sentence.end):
            if _PLURAL.search(text[max(0, m.start() - 8): m.start()]):
                continue
            antecedent = _latest(sorted(full + shorts, key=lambda p: p.span.start), m.start())
            if antecedent:
                add(antecedent.name, m.start(), m.end(), sentence.index)
    facts.persons.extend(sorted(shorts, key=lambda p: p.span.start))
