"""The id registry: which node id each mention was given, kept beside the graph it built.

Readable ids (`person/nguyen-van-an`, `-2`, `-3` for namesakes) are minted in article order,
so on their own an article that sorts first could take an existing official's id. The
registry remembers, for every mention (type, block key, article), the id it was given; a
rebuild gives each entity the id its mentions carried before, mints new ids only for new
entities, and never reuses an id once given. So IRIs and the `same`/`different` decisions
that name them keep pointing at the same entities (see docs/resolution.md).

One JSON object per line, sorted: `{"id": ..., "type": ..., "key": [...], "articles": [...]}`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REGISTRY_FILE = "orggraph-ids.jsonl"

Mention = tuple[str, tuple[str, ...], str]  # (type, block key, article id)


@dataclass
class Registry:
    ids: dict[Mention, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Registry:
        """The registry at `path`; none yet is an empty one; unusable lines are problems, not errors."""
        registry = cls()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return registry
        except (OSError, UnicodeDecodeError) as exc:
            registry.problems.append(f"id registry {path} unreadable ({exc}): ids minted afresh")
            return registry
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                node, type_, block = str(row["id"]), str(row["type"]), tuple(str(k) for k in row["key"])
                articles = [str(a) for a in row["articles"]]
            except (ValueError, KeyError, TypeError):
                registry.problems.append(f"{path}:{number}: not a registry line: ignored")
                continue
            for article in articles:
                registry.ids[(type_, block, article)] = node
        return registry

    def get(self, type_: str, block: tuple[str, ...], article: str) -> str | None:
        return self.ids.get((type_, block, article))

    def given(self) -> set[str]:
        """Every id ever given: a new entity never takes one (a decision may still name it)."""
        return set(self.ids.values())

    def record(self, type_: str, block: tuple[str, ...], article: str, node: str) -> None:
        self.ids[(type_, block, article)] = node

    def dumps(self) -> str:
        grouped: dict[tuple[str, str, tuple[str, ...]], list[str]] = defaultdict(list)
        for (type_, block, article), node in self.ids.items():
            grouped[(node, type_, block)].append(article)
        lines = [json.dumps({"id": node, "type": type_, "key": list(block), "articles": sorted(arts)},
                            ensure_ascii=False, sort_keys=True)
                 for (node, type_, block), arts in sorted(grouped.items())]
        return "".join(line + "\n" for line in lines)
