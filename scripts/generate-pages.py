#!/usr/bin/env python3
"""Writes N newspaper-like page files (five articles each) from the sentences of a text corpus, for load measurements.

usage: scripts/generate-pages.py CORPUS_FILE OUT_DIR PAGES [SEED]
Pages go into OUT_DIR/NNN/page-NNNNNN.txt (1000 a folder). Prints the pages, articles and characters written.
"""
import os, random, re, sys

corpus, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
text = open(corpus, encoding="utf-8").read()
sentences = [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if 8 <= len(s) <= 120]
headlines = [s.rstrip("。！？") for s in sentences if len(s) <= 24]
surnames, given = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗", "明华建国志强秀英晓雪丽娟伟敏静磊洋勇军杰涛超"
chars = articles = 0
for n in range(pages):
    folder = os.path.join(out, f"{n // 1000:03d}")
    os.makedirs(folder, exist_ok=True)
    blocks = []
    for _ in range(5):
        reporter = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
        paragraphs = ["".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 4))]
        paragraphs[0] = f"本报讯 记者{reporter}报道 " + paragraphs[0]
        blocks.append(rng.choice(headlines) + "\n\n" + "\n\n".join(paragraphs))
    page = "\n\n".join(blocks) + "\n"
    with open(os.path.join(folder, f"page-{n:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(page)
    chars += len(page)
    articles += 5
print(f'{{"pages":{pages},"articles":{articles},"chars":{chars}}}')
