#!/usr/bin/env python3
"""Seed inputs for the fuzz targets (make fuzz), from the demo commons, the seeds and
the Markdown and front matter written inline in the tests, in each target's input form:

  front-matter   the YAML between a file's two --- lines
  content-file   the path below the content folder, a newline, the file's bytes
  markdown-body  one byte (odd: raw HTML kept), then the body

Usage: fuzz-seeds.py OUT  (writes OUT/<target>/<n>)"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])

def files():
    for base in [root / "Content", root / "Sources/CommonsAuthoring/Seeds"]:
        for path in sorted(base.rglob("*.md")):
            content = path.parent
            while content != base and not (content / "commons.md").exists():
                content = content.parent
            yield path.relative_to(content).as_posix(), path.read_bytes()
    # Strings in the tests that hold a whole file: "---\n…\n---\n…"
    for test in sorted((root / "Tests").rglob("*.swift")):
        for literal in re.findall(r'"(---\\n(?:[^"\\]|\\.)*)"', test.read_text()):
            text = re.sub(r'\\\(.*?\)', "x", literal)  # interpolations
            text = text.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t").encode()
            yield "contributions/2026/03/test.md", text

def split(data):
    if not data.startswith(b"---\n") or b"\n---" not in data[3:]: return None, data
    front, rest = data[4:].split(b"\n---", 1)
    return front, rest.split(b"\n", 1)[1] if b"\n" in rest else b""

seeds = {"front-matter": set(), "content-file": set(), "markdown-body": set()}
for path, data in files():
    front, body = split(data)
    if front is not None: seeds["front-matter"].add(front)
    seeds["content-file"].add(path.encode() + b"\n" + data)
    seeds["markdown-body"].add(b"\0" + body)
    seeds["markdown-body"].add(b"\1" + body)
for target, inputs in seeds.items():
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    for n, data in enumerate(sorted(inputs)):
        (folder / f"{n:04d}").write_bytes(data)
    print(f"{target}: {len(inputs)} seeds")
