"""Resolution cost on a synthetic corpus: time and memory at 10k, 30k, 100k person mentions.

Names come from the surname lexicon (or a short list if absent) with common middle and given
names, so homonyms occur as in real news; each person holds a title qualified by a province,
and is named in several articles. Run: .venv/bin/python benchmarks/bench_resolve.py [N ...]
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from datetime import date, timedelta

from orggraph.model import Article, ArticleFacts, PersonMention, Post, Sentence, Span
from orggraph.pipeline import assemble
from orggraph.resolve.link import resolve
from orggraph.resolve.review import candidates

MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Đức", "Quốc", "Ngọc", "Xuân", "Hồng", "Anh", "Công"]
GIVEN = ["An", "Bình", "Chính", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Hương", "Khánh", "Lan", "Long",
         "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thành", "Thảo", "Trung", "Tuấn", "Vinh",
         "Yến", "Hoa", "Hòa", "Lâm", "Lực", "Thắng", "Toàn", "Việt", "Hiếu", "Đông", "Kiên", "Phong"]
TITLES = ["Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
          "Chủ tịch HĐND tỉnh", "Trưởng ban Tổ chức Tỉnh ủy", "Giám đốc Sở Nội vụ tỉnh"]
PROVINCES = ["Nghệ An", "Hà Tĩnh", "Cà Mau", "Lào Cai", "Sơn La", "Bắc Ninh", "Gia Lai", "Kon Tum",
             "Long An", "Bến Tre", "Nam Định", "Thái Bình", "Quảng Ninh", "Phú Yên", "Đồng Nai"]
FALLBACK_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]


def surnames() -> list[str]:
    try:
        from orggraph.lexicon import read_list

        return list(read_list("surnames.txt")) or FALLBACK_SURNAMES
    except (FileNotFoundError, OSError):
        return FALLBACK_SURNAMES


def corpus(mentions: int, per_article: int = 5, seed: int = 7) -> list[ArticleFacts]:
    rnd = random.Random(seed)
    family = surnames()
    weights = [1 / (i + 1) for i in range(len(family))]  # Zipf-like: Nguyễn is everywhere
    people = []
    for _ in range(mentions // 4):
        name = f"{rnd.choices(family, weights)[0]} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
        people.append((name, f"{rnd.choice(TITLES)} {rnd.choice(PROVINCES)}", rnd.randrange(3000)))
    facts = []
    for a in range(mentions // per_article):
        day = date(2015, 1, 1) + timedelta(days=rnd.randrange(3000))
        sentences, persons = [], []
        for i in range(per_article):
            name, post, _ = rnd.choice(people)
            text = f"{post} {name} phát biểu."
            start = i * 200
            sentences.append(Sentence(start, start + len(text), text, i))
            span = Span(start, start + len(text), text)
            persons.append(PersonMention(name, span, i, [Post(post, None, post)]))
        facts.append(ArticleFacts(Article(f"a{a:06d}", "", published=day), sentences, persons))
    return facts


def run(mentions: int) -> dict[str, float]:
    facts = corpus(mentions)
    started = time.perf_counter()
    resolve(facts)
    t_resolve = time.perf_counter() - started
    started = time.perf_counter()
    kg = assemble(facts)
    t_assemble = time.perf_counter() - started
    started = time.perf_counter()
    found = candidates(kg)
    t_review = time.perf_counter() - started
    tracemalloc.start()
    resolve(facts)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"mentions": mentions, "persons": sum(1 for _ in kg.nodes_of("Person")), "resolve_s": t_resolve,
            "resolve_peak_mb": peak / 1e6, "assemble_s": t_assemble, "review_s": t_review,
            "candidates": len(found)}


def main(sizes: list[int]) -> None:
    rows = [run(n) for n in sizes]
    print(f"{'mentions':>9} {'persons':>8} {'resolve s':>10} {'peak MB':>8} {'assemble s':>11} "
          f"{'review s':>9} {'candidates':>10}")
    for r in rows:
        print(f"{r['mentions']:>9} {r['persons']:>8} {r['resolve_s']:>10.2f} {r['resolve_peak_mb']:>8.1f} "
              f"{r['assemble_s']:>11.2f} {r['review_s']:>9.2f} {r['candidates']:>10}")
    first, last = rows[0], rows[-1]
    scale = last["mentions"] / first["mentions"]
    print(f"x{scale:.0f} mentions: resolve x{last['resolve_s'] / first['resolve_s']:.1f} time, "
          f"review x{last['review_s'] / first['review_s']:.1f} (quadratic would be x{scale ** 2:.0f})")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 30_000, 100_000])
