"""Dataclasses shared by every stage: what an article is, what an extractor finds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import date as Day  # for fields after one named `date`
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # extraction's own working types, named here for the typed contract only
    from orggraph.extract.bodies import Localities
    from orggraph.extract.titles import Title


@dataclass(frozen=True)
class Article:
    """One news article, text already cleaned of web-page clutter and NFC/tone normalised."""

    id: str  # the file stem (or JSONL record id): stable, names the article in IRIs
    text: str
    title: str = ""
    published: date | None = None
    authors: tuple[str, ...] = ()
    url: str = ""
    source: str = ""  # the path or record it came from
    month: date | None = None  # the first day of the month an archive's `date YYYY-MM` marker gives

    @property
    def anchor(self) -> date | None:
        """The day relative dates resolve against: the publication date, else the last day of the
        month the page's archive marker gives (it was written by then)."""
        if self.published or self.month is None:
            return self.published
        following = date(self.month.year + self.month.month // 12, self.month.month % 12 + 1, 1)
        return following - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Evidence:
    """Why the graph says something: the sentence of an article and its character span."""

    article: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int


@dataclass
class Post:
    """A title as one post: `Trưởng ban Tổ chức Trung ương` held at the body it names."""

    label: str  # the full expanded title, locality-qualified
    body: str | None = None  # label of the organization the post belongs to
    surface: str = ""


@dataclass
class PersonMention:
    name: str  # full name as written
    span: Span
    sentence: int
    posts: list[Post] = field(default_factory=list)
    short: bool = False  # a short reference (ông Chính, a bare title) tied to a full name
    confirmed: bool = False  # written with a title or an honorific, or three syllables long
    extent: tuple[int, int] | None = None  # the name with the titles written around it

    @property
    def bounds(self) -> tuple[int, int]:
        """Where the mention reaches: its extent with titles, else the name alone."""
        return self.extent or (self.span.start, self.span.end)


@dataclass
class OrgMention:
    label: str  # expanded, locality-qualified name
    span: Span
    sentence: int
    surface: str = ""
    implied: bool = False  # known only through a title, not named in the text


@dataclass
class MeetingMention:
    label: str
    span: Span
    sentence: int
    held: bool
    date: date | None = None
    key: str = ""  # normalised identity within the article
    main: bool = False  # the meeting the article reports on
    body: str | None = None  # the body whose session it is (`Kỳ họp thứ 6` of Quốc hội): it organizes it


@dataclass
class Role:
    """A person's part in a meeting: chaired, spokeAt, attended."""

    relation: str
    person: str
    meeting: str  # meeting key
    sentence: int


@dataclass
class DocumentMention:
    label: str
    kind: str
    number: str | None
    issuer: str | None
    span: Span
    sentence: int
    key: str = ""
    aliases: tuple[str, ...] = ()
    issuer_said: bool = False  # written (`của X`), not inferred from the number or the sentence


@dataclass
class TaskMention:
    text: str
    by: str  # person full name or organization label
    by_kind: str  # "Person" or "Organization"
    to: str | None
    meeting: str  # meeting key
    documents: list[str]  # document keys
    sentence: int


@dataclass(frozen=True)
class Organizer:
    """A body that organised a meeting (`X tổ chức Hội nghị`, or its own session)."""

    org: str  # organization label
    meeting: str  # meeting key
    sentence: int


@dataclass(frozen=True)
class TitleMention:
    """A title written in a sentence; `owned` when it belongs to a person named with it."""

    sentence: int
    title: Title
    owned: bool = False


@dataclass
class ChangeMention:
    """A personnel change the text reports as decided or done: a person takes up or leaves a post."""

    person: str  # full name
    post: Post
    change: str  # "start" or "end"
    how: str  # the verb as written (`bổ nhiệm`, `thôi giữ chức`)
    sentence: int
    date: date | None = None  # the decision's day, else the change's
    by: str | None = None  # the deciding body (an organization label) or post (`Thủ tướng Chính phủ`)
    by_kind: str = "Organization"  # "Organization" or "Post"
    document: str | None = None  # the decision's document key
    effective: Day | None = None  # the day it takes effect, where the text gives one (`từ ngày 5/10`)


@dataclass
class ArticleFacts:
    """Everything the extractors found in one article, before cross-article resolution."""

    article: Article
    sentences: list[Sentence]
    persons: list[PersonMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    organizers: list[Organizer] = field(default_factory=list)
    documents: list[DocumentMention] = field(default_factory=list)
    tasks: list[TaskMention] = field(default_factory=list)
    changes: list[ChangeMention] = field(default_factory=list)
    localities: Localities | None = None  # where the article places itself
    titles: list[TitleMention] = field(default_factory=list)
    doc_refs: list[tuple[int, str]] = field(default_factory=list)  # (sentence, document key) per mention

    @property
    def free_titles(self) -> list[TitleMention]:
        """Titles written with no name: a bare `Trưởng ban Tổ chức T.Ư` may stand for its holder."""
        return [t for t in self.titles if not t.owned]

    def evidence(self, sentence: int) -> Evidence:
        s = self.sentences[sentence]
        return Evidence(self.article.id, s.start, s.end, s.text)
