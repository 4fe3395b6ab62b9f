"""Hand-built ArticleFacts for resolution tests: invented names, one sentence per mention."""

from __future__ import annotations

from datetime import date

from orggraph.model import (
    Article,
    ArticleFacts,
    DocumentMention,
    MeetingMention,
    OrgMention,
    PersonMention,
    Post,
    Sentence,
    Span,
)
from orggraph.text import key


class Facts:
    """Builder: each mention gets its own sentence, so evidence and offsets are real."""

    def __init__(self, article_id: str, published: date | None = None, title: str = "") -> None:
        self.id, self.published, self.title = article_id, published, title or article_id
        self.sentences: list[Sentence] = []
        self.facts = ArticleFacts(article=Article(article_id, ""), sentences=self.sentences)

    def _sentence(self, text: str) -> tuple[int, Span]:
        start = sum(len(s.text) + 1 for s in self.sentences)
        self.sentences.append(Sentence(start, start + len(text), text, len(self.sentences)))
        return len(self.sentences) - 1, Span(start, start + len(text), text)

    def person(self, name: str, *posts: str | tuple[str, str], short: bool = False) -> Facts:
        made = [Post(p, None, p) if isinstance(p, str) else Post(p[0], p[1], p[0]) for p in posts]
        index, span = self._sentence(", ".join([name, *(p.label for p in made)]) + ".")
        self.facts.persons.append(PersonMention(name, span, index, made, short))
        return self

    def org(self, label: str, surface: str = "") -> Facts:
        index, span = self._sentence(f"{surface or label} họp.")
        self.facts.orgs.append(OrgMention(label, span, index, surface or label))
        return self

    def meeting(self, label: str, when: date | None = None, main: bool = False) -> Facts:
        index, span = self._sentence(f"{label} diễn ra.")
        self.facts.meetings.append(MeetingMention(label, span, index, held=main, date=when,
                                                  key=key(label), main=main))
        return self

    def document(self, label: str, kind: str, number: str | None, issuer: str | None = None) -> Facts:
        index, span = self._sentence(f"Thực hiện {label}.")
        self.facts.documents.append(DocumentMention(label, kind, number, issuer, span, index, key=key(label)))
        return self

    def build(self) -> ArticleFacts:
        text = " ".join(s.text for s in self.sentences)
        article = Article(self.id, text, self.title, self.published)
        return ArticleFacts(article=article, sentences=self.sentences, persons=self.facts.persons,
                            orgs=self.facts.orgs, meetings=self.facts.meetings,
                            documents=self.facts.documents)
