"""A synthetic news corpus of any size, with its ground truth, for timing builds at scale and
checking that quality does not decay with size.

Each article reports one provincial Party meeting in the seeds' style: a page date, the body
holding it, its chair and attendees with their posts, a resolution by number, a task. Officials
are drawn per province from the surname lexicon, so one name recurs across articles (one
official, many mentions) and, on purpose, the same name serves in two provinces (two officials
who must stay apart). Beside each `NNNNNN.txt` the gold is written as `NNNNNN.gold.json` in
../shared/eval/GOLD_FORMAT.md, for score.py. Paragraphs of procedure pad each article to about
3 KB, as real reports are.

    python benchmarks/corpus.py --articles 10000 --out /tmp/corpus10k
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Hồng", "Anh", "Công", "Bá", "Đình"]
GIVEN = ["Hùng", "Lan", "Tuấn", "Dũng", "Hà", "Nam", "Bình", "Hải", "Long", "Mai", "Sơn", "Thắng", "Hòa",
         "Quang", "Phương", "Trung", "Khánh", "Linh", "Thủy", "Cường", "Hiếu", "Tâm", "Lợi", "Phúc", "Vinh"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
PROVINCES = ["Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Ninh", "Đắk Lắk", "Lào Cai", "Bắc Ninh", "Nam Định",
             "Thái Bình", "Phú Thọ", "Yên Bái", "Sơn La", "Quảng Bình", "Quảng Trị", "Bình Định", "Gia Lai",
             "Kon Tum", "Lâm Đồng", "Tây Ninh", "Long An", "Bến Tre", "Vĩnh Long", "Sóc Trăng", "Cà Mau"]
# (post as the gold writes it, as the article writes it after the name, the post's body)
POSTS = [("Bí thư Tỉnh ủy {p}", "Bí thư Tỉnh ủy", "Tỉnh ủy {p}"),
         ("Phó Bí thư Thường trực Tỉnh ủy {p}", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy {p}"),
         ("Chủ tịch Ủy ban nhân dân tỉnh {p}", "Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh {p}"),
         ("Chủ tịch Hội đồng nhân dân tỉnh {p}", "Chủ tịch HĐND tỉnh", "Hội đồng nhân dân tỉnh {p}"),
         ("Trưởng ban Tổ chức Tỉnh ủy {p}", "Trưởng ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy {p}")]
MEETINGS = ["sơ kết công tác 6 tháng đầu năm", "tổng kết công tác năm", "quán triệt nghị quyết của Trung ương",
            "đánh giá kết quả thực hiện nhiệm vụ quý", "triển khai nhiệm vụ trọng tâm"]
PADDING = [
    "Các đại biểu đã thảo luận, đánh giá kết quả đạt được, chỉ ra những hạn chế, khó khăn và đề xuất giải pháp.",
    "Tăng trưởng kinh tế của tỉnh tiếp tục duy trì ở mức khá; thu ngân sách đạt kết quả tích cực.",
    "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, quốc phòng, an ninh được giữ vững.",
    "Việc thực hiện chương trình xây dựng nông thôn mới đạt nhiều kết quả, đời sống nhân dân được cải thiện.",
    "Hội nghị thống nhất cao với các nhóm nhiệm vụ, giải pháp trọng tâm cho thời gian tới.",
    "Công tác cải cách hành chính, chuyển đổi số có chuyển biến rõ nét, chỉ số năng lực cạnh tranh tăng.",
    "Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ chính trị.",
]
START = date(2014, 1, 1)


def officials(rng: random.Random) -> dict[str, list[str]]:
    """Per province, one name per post; a few names are given to a second province too."""
    taken: set[str] = set()
    out: dict[str, list[str]] = {}
    for province in PROVINCES:
        names = []
        while len(names) < len(POSTS):
            name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            if name not in taken:
                taken.add(name)
                names.append(name)
        out[province] = names
    for a, b in zip(PROVINCES[0::6], PROVINCES[3::6], strict=False):  # namesakes in two provinces
        out[b][2] = out[a][2]
    return out


def article(number: int, rng: random.Random, people: dict[str, list[str]]) -> tuple[str, dict[str, object]]:
    province = rng.choice(PROVINCES)
    names = people[province]
    day = START + timedelta(days=rng.randrange(10 * 365))
    topic = rng.choice(MEETINGS)
    chair, others = 0, rng.sample(range(1, len(POSTS)), 2)
    doc_number = rng.randrange(1, 60)
    body = f"Tỉnh ủy {province}"
    meeting = f"Hội nghị {topic}"
    gold_post = [p.format(p=province) for p, _, _ in POSTS]
    lines = [f"{body}: {topic.capitalize()}", f"{day.day:02d}/{day.month:02d}/{day.year}", "",
             f"Sáng {day.day}.{day.month}, {body} tổ chức {meeting}.",
             f"Đồng chí {names[chair]}, {POSTS[chair][1]} {province} chủ trì hội nghị."]
    lines.append("Dự hội nghị có các đồng chí: " + "; ".join(
        f"{names[i]} - {POSTS[i][1]} {province}" for i in others) + ".")
    lines += rng.choices(PADDING, k=9)
    lines.append(f"Phát biểu kết luận, đồng chí {names[chair]} yêu cầu các cấp ủy, tổ chức đảng tiếp tục "
                 f"thực hiện nghiêm Nghị quyết số {doc_number}-NQ/TU của {body}.")
    lines += rng.choices(PADDING, k=9)
    text = "\n".join(lines) + "\n"
    persons = [{"name": names[i], "mentions": [names[i], f"đồng chí {names[i]}"],
                "positions": [{"title": gold_post[i], "alt": [POSTS[i][1]]}]} for i in [chair, *others]]
    gold = {
        "source": f"{number:06d}.txt", "published": day.isoformat(), "authors": [],
        "persons": persons,
        "organizations": [{"name": body, "aliases": []}] + [
            {"name": b, "optional": True} for b in sorted({POSTS[i][2].format(p=province) for i in others}) if b != body],
        "meetings": [{"key": "m1", "held": True, "date": day.isoformat(), "name": meeting, "organizers": [body],
                      "chairs": [names[chair]], "speakers": [names[chair]], "attendees": [names[i] for i in others]}],
        "documents": [{"name": f"Nghị quyết số {doc_number}-NQ/TU", "kind": "Nghị quyết", "number": f"{doc_number}-NQ/TU",
                       "issuer": body, "aliases": []}],
        "tasks": [{"by": names[chair], "to": "các cấp ủy, tổ chức đảng", "meeting": "m1",
                   "documents": [f"Nghị quyết số {doc_number}-NQ/TU"], "text": "thực hiện nghiêm Nghị quyết"}],
    }
    return text, gold


def write(folder: Path, count: int, seed: int = 7, gold: bool = True) -> int:
    """Write `count` articles (and their gold) into folder; the bytes of text written."""
    rng = random.Random(seed)
    people = officials(rng)
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for n in range(count):
        text, truth = article(n, rng, people)
        data = text.encode("utf-8")
        (folder / f"{n:06d}.txt").write_bytes(data)
        size += len(data)
        if gold:
            (folder.parent / f"{folder.name}-gold").mkdir(exist_ok=True)
            (folder.parent / f"{folder.name}-gold" / f"{n:06d}.gold.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    size = write(args.out, args.articles, args.seed)
    print(f"{args.articles} articles, {size / 1e6:.1f} MB in {args.out} (gold in {args.out}-gold)")


if __name__ == "__main__":
    main()
