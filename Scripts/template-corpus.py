#!/usr/bin/env python3
"""Make a benchmark corpus shaped like a real template site from a sample one.

`wza benchmark --min-pages N` repeats whole pages, which flatters anything shared across a run. A real
site repeats its template, not its content: this copies each UTF-8 page of SOURCE into OUTPUT with
COPIES variants whose text is shuffled, whose lists hold another number of items (repeated or dropped)
and which carry a few more paragraphs. `<style>` and `<script>` are left as they are, as a site's
template would. Other files (style sheets, images) are copied unchanged. Deterministic (seeded).

Usage: Scripts/template-corpus.py SOURCE OUTPUT [COPIES]     (COPIES: 124 by default)
Then:  swift run -c release wza benchmark OUTPUT
"""
import os
import random
import re
import shutil
import sys


def shuffled_text(html, rng):
    parts = re.split(r"(<style\b.*?</style>|<script\b.*?</script>)", html, flags=re.S | re.I)
    for k in range(0, len(parts), 2):
        parts[k] = re.sub(r">([^<>]{2,})<", lambda m: ">" + "".join(rng.sample(m.group(1), len(m.group(1)))) + "<", parts[k])
    return "".join(parts)


def resized_lists(html, rng):
    def resize(match):
        body = match.group(0)
        items = re.findall(r"<li\b.*?</li>", body, flags=re.S)
        if not items:
            return body
        count = rng.randint(max(1, len(items) // 2), len(items) * 2)
        start, end = body.index(items[0]), body.rindex(items[-1]) + len(items[-1])
        return body[:start] + "\n".join(rng.choice(items) for _ in range(count)) + body[end:]
    return re.sub(r"<ul\b.*?</ul>", resize, html, flags=re.S)


def more_paragraphs(html, rng):
    paragraphs = re.findall(r"<p\b[^>]*>.*?</p>", html, flags=re.S)
    if not paragraphs:
        return html
    extra = "".join(rng.choice(paragraphs) for _ in range(rng.randint(0, 6)))
    return html.replace(paragraphs[-1], paragraphs[-1] + extra, 1)


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    source, output = argv[1], argv[2]
    copies = int(argv[3]) if len(argv) == 4 else 124
    shutil.copytree(source, output, dirs_exist_ok=True)
    rng = random.Random(7)
    made = 0
    for folder, _, files in sorted(os.walk(output)):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            try:
                text = open(path, "rb").read().decode("utf-8")
            except UnicodeDecodeError:
                continue  # legacy-encoded pages stay single
            for copy in range(1, copies + 1):
                variant = more_paragraphs(resized_lists(shuffled_text(text, rng), rng), rng)
                with open(path[:-5] + f"_v{copy}.html", "w", encoding="utf-8") as out:
                    out.write(variant)
                made += 1
    print(f"{made} variants in {output}")


if __name__ == "__main__":
    main(sys.argv)
