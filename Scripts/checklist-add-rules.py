#!/usr/bin/env python3
"""Append rule ids to checklist items, keeping the YAML's comments and layout.

Usage: Scripts/checklist-add-rules.py FILE ITEM_ID RULE [RULE...]
An item with `rules: []` and `manual: true` stays manual (a reviewer still answers it) unless
--automate is given, which removes its `manual: true` line.
"""
import re
import sys

def main(argv):
    automate = "--automate" in argv
    argv = [a for a in argv if a != "--automate"]
    path, item, rules = argv[1], argv[2], argv[3:]
    lines = open(path, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if re.match(r'\s*- id: "?%s"?\s*$' % re.escape(item), l))
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"\s*- id: ", lines[i])), len(lines))
    for i in range(start, end):
        m = re.match(r"(\s*rules: \[)(.*)(\]\s*)$", lines[i])
        if m:
            current = [r.strip() for r in m.group(2).split(",") if r.strip()]
            current += [r for r in rules if r not in current]
            lines[i] = m.group(1) + ", ".join(current) + m.group(3)
        if automate and re.match(r"\s*manual: true\s*$", lines[i]):
            lines[i] = None
    open(path, "w", encoding="utf-8").write("\n".join(l for l in lines if l is not None))

if __name__ == "__main__":
    main(sys.argv)
