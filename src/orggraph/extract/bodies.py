"""Stub."""

from orggraph.extract import extractor
from orggraph.model import ArticleFacts


@extractor("bodies")
def run(facts: ArticleFacts) -> None:
    return None
