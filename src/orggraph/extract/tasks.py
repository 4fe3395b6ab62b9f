"""Stub."""

from orggraph.extract import extractor
from orggraph.model import ArticleFacts


@extractor("tasks")
def run(facts: ArticleFacts) -> None:
    return None
