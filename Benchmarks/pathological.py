#!/usr/bin/env python3
"""cmark's pathological inputs (the patterns of its test/pathological_tests.py), each as
the body of one contribution in an otherwise minimal commons, at the largest size
max_file_kb allows (1024 KB unless commons.md sets it): each `commons build` should take
under a second. A benchmark, not a test: timings depend on the machine.

Usage: pathological.py [--commons .build/release/commons] [--limit-seconds 1]"""
import argparse, pathlib, shutil, subprocess, sys, tempfile, time

FRONT = "---\ncontributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\n---\n"
LIMIT = 1024 * 1024 - len(FRONT) - 1  # max_file_kb's default, in bytes

def fill(unit, extra=""):
    """`unit` repeated to the largest size a file may have."""
    return unit * ((LIMIT - len(extra.encode())) // len(unit.encode())) + extra

def half(opening, middle, closing):
    n = (LIMIT - len(middle.encode())) // (len(opening.encode()) + len(closing.encode()))
    return opening * n + middle + closing * n

PATTERNS = {
    "nested strong emph": half("*a **a ", "b", " a** a*"),
    "many emph closers with no openers": fill("a_ "),
    "many emph openers with no closers": fill("_a "),
    "many 3-emph openers with no closers": fill("a***"),
    "many link closers with no openers": fill("a]"),
    "many link openers with no closers": fill("[a"),
    "mismatched openers and closers": fill("*a_ "),
    "openers and closers multiple of 3": "a**b" + "c* " * ((LIMIT - 4) // 3),
    "link openers and emph closers": fill("[ a_"),
    "pattern [ (]( repeated": fill("[ (]("),
    "pattern ![[]() repeated": fill("![[]()"),
    "hard link/emph case": "**x [a*b**c*](d)",
    "nested brackets": half("[", "a", "]"),
    "nested block quotes": fill("> ", "a"),
    "deeply nested lists": "".join("  " * x + "* a\n" for x in range(1000)),
    "U+0000 in input": "abc\u0000de\u0000",
    "backticks": "".join("e" + "`" * x for x in range(1, 1400)),
    "unclosed links A": fill("[a](<b"),
    "unclosed links B": fill("[a](b"),
    "unclosed <!--": "</" + fill("<!--", "</"),
    "many references": "".join(f"[{x}]: u\n" for x in range(1, 60000))[:LIMIT // 2] + fill("[0] ", "x" * (LIMIT // 2)),
    "deeply nested emphasis": half("*", "a", "*"),
}

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commons", default=".build/release/commons")
    parser.add_argument("--limit-seconds", type=float, default=1.0)
    args = parser.parse_args()
    commons = str(pathlib.Path(args.commons).resolve())
    slow = []
    with tempfile.TemporaryDirectory(prefix="commons-pathological-") as root:
        for name, body in PATTERNS.items():
            content = pathlib.Path(root, "Content")
            shutil.rmtree(content, ignore_errors=True)
            (content / "projects").mkdir(parents=True)
            (content / "contributors").mkdir()
            (content / "contributions").mkdir()
            (content / "commons.md").write_text("---\ntitle: Pathological\nbase_url: https://example.org/\n---\n")
            (content / "projects/maps.md").write_text("---\ntitle: Maps\nlicense: MIT\n---\n")
            (content / "contributors/amara.md").write_text("---\nname: Amara\n---\n")
            data = (FRONT + body + "\n").encode()
            (content / "contributions/x.md").write_bytes(data)
            start = time.monotonic()
            run = subprocess.run([commons, "build", "--content", str(content), "--output", root + "/site",
                                  "--as-of", "2026-06-30"], capture_output=True)
            seconds = time.monotonic() - start
            verdict = "ok" if run.returncode == 0 and seconds < args.limit_seconds else "SLOW" if run.returncode == 0 else f"exit {run.returncode}"
            if verdict != "ok": slow.append(name)
            print(f"{seconds:6.3f} s  {len(data) // 1024:5d} KB  {verdict:4}  {name}")
            if run.returncode != 0: print(run.stderr.decode()[-500:], file=sys.stderr)
    print(f"{len(PATTERNS) - len(slow)} of {len(PATTERNS)} under {args.limit_seconds} s" + (f"; not: {', '.join(slow)}" if slow else ""))
    return 1 if slow else 0

if __name__ == "__main__":
    sys.exit(main())
