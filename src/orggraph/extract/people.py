"""Stub."""

from orggraph.extract import extractor
from orggraph.model import ArticleFacts


@extractor("people")
def run(facts: ArticleFacts) -> None:
    return None
