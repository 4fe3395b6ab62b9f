"""Tasks: instructions given at the reported meeting (`yêu cầu`, `đề nghị`, `nhấn mạnh ... phải`)
by a person who spoke there (or a body), to whom, and which documents they concern."""

from __future__ import annotations

import re
from functools import cache

from orggraph.extract import extractor
from orggraph.extract.meetings import cues, subject
from orggraph.extract.patterns import UPPER, words_alternation
from orggraph.extract.spans import by_sentence
from orggraph.lexicon import read_list
from orggraph.model import ArticleFacts, OrgMention, PersonMention, Sentence, TaskMention

_ADDRESSED = re.compile(r"(?:yêu\s+cầu|đề\s+nghị|giao(?:\s+cho)?)\s+", re.IGNORECASE)
_MAX_TEXT = 300


@cache
def _verb_stop() -> re.Pattern[str]:
    verbs = words_alternation(read_list("task_verbs.txt"))
    return re.compile(rf"\s(?:{verbs})(?![\w])(?!\s+[{UPPER}])|[;:.]")


def addressee(text: str, start: int, end: int) -> str | None:
    """`yêu cầu ngành Tổ chức xây dựng Đảng tập trung ...` -> `ngành Tổ chức xây dựng Đảng`."""
    m = _ADDRESSED.match(text, start, end)
    if not m:
        return None
    stop = _verb_stop().search(text, m.end() - 1, end)
    phrase = text[m.end(): stop.start() if stop else end].strip()
    words = phrase.split()
    if not words or len(words) > 12 or words[0].lower() in {"các", "những"} and len(words) == 1:
        return None
    return phrase


@extractor("tasks")
def tasks(facts: ArticleFacts) -> None:
    main = next((m for m in facts.meetings if m.main), None)
    if main is None:
        return
    speakers = {r.person for r in facts.roles if r.relation == "spokeAt" and r.meeting == main.key}
    directors = _directors(facts, main.key)
    text = facts.article.text
    persons_in, orgs_in = by_sentence(facts.persons), by_sentence(facts.orgs)
    refs_in: dict[int, set[str]] = {}
    for index, doc_key in facts.doc_refs:
        refs_in.setdefault(index, set()).add(doc_key)
    for sentence in facts.sentences:
        persons, orgs = persons_in.get(sentence.index, []), orgs_in.get(sentence.index, [])
        for cue in cues()["task"].finditer(text, sentence.start, sentence.end):
            by, by_kind = _assigner(facts, sentence, cue.start(), persons, orgs)
            if by is None and _GOES_ON.match(text, sentence.start, cue.start()):
                by, by_kind = _last_speaker(facts, main.key, sentence.index), "Person"  # `Đồng thời đề nghị ...`
            if by is None or (by_kind == "Person" and by not in speakers):
                continue
            if by_kind == "Person" and cues()["task_soft"].match(cue.group(0)) and by not in directors \
                    and len(speakers) > 1:
                continue  # a delegate's `đề nghị` in a debate is a proposal; the one speaker's is an instruction
            break
        else:
            continue
        to = addressee(text, cue.start(), sentence.end)
        named = [o.label for o in orgs if to and o.surface and o.surface in to and to.endswith(o.surface)]
        documents = sorted(refs_in.get(sentence.index, set()))
        body = text[cue.start(): sentence.end].strip()
        if len(body) > _MAX_TEXT:
            body = body[:_MAX_TEXT].rsplit(" ", 1)[0] + " …"
        facts.tasks.append(TaskMention(body, by, by_kind, named[0] if named else to, main.key, documents,
                                       sentence.index))


# a sentence that goes on with what the one before said, without naming who says it again
_GOES_ON = re.compile(r"\s*(?:đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra)\s*,?\s*(?:(?:ông|bà|đồng\s+chí)\s+cũng\s+)?$",
                      re.IGNORECASE)


def _last_speaker(facts: ArticleFacts, meeting: str, index: int) -> str | None:
    """The one person who spoke at the meeting in the sentence before."""
    said = {r.person for r in facts.roles if r.relation == "spokeAt" and r.meeting == meeting and r.sentence == index - 1}
    return next(iter(said)) if len(said) == 1 else None


def _directors(facts: ArticleFacts, meeting: str) -> set[str]:
    """Who directs the meeting: its chairs and whoever `chỉ đạo`, `kết luận` or `yêu cầu` at it."""
    directing = {r.person for r in facts.roles if r.relation == "chaired" and r.meeting == meeting}
    speaking = {(r.person, r.sentence) for r in facts.roles if r.relation == "spokeAt" and r.meeting == meeting}
    for person, index in speaking:
        sentence = facts.sentences[index]
        if cues()["direct"].search(sentence.text):
            directing.add(person)
    return directing


def _assigner(facts: ArticleFacts, sentence: Sentence, cue: int, persons: list[PersonMention],
              orgs: list[OrgMention]) -> tuple[str | None, str]:
    """The sentence's subject: a person written before the cue, else a body that opens the sentence."""
    before = sorted((p for p in persons if p.span.start < cue), key=lambda p: p.span.start)
    person = subject(facts.article.text, before, sentence)
    if person is not None:
        return person.name, "Person"
    orgs = [o for o in orgs if o.span.end <= cue and o.span.start - sentence.start < 30
            and cue - o.span.end < 25 and not o.implied]
    if orgs:
        return orgs[0].label, "Organization"
    return None, ""
