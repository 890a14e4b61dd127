#!/usr/bin/env python3
"""cmark's pathological inputs (the patterns of its test/pathological_tests.py), each as
the body of one contribution in an otherwise minimal commons, filling the largest file
max_file_kb allows (1,024 KB, the tool's default, unless --max-file-kb sets another in the
commons.md it writes): each `commons build` should take under a second (issue 17).
`![[]()` repeated, on which Debian's libcmark 0.30.2 takes time growing with the square of
the text, is refused before it is parsed: its line says `refused`, and counts as met when
the refusal is that quick.

Each build runs --runs times (3 by default) and the fastest counts, as the least disturbed
by other work on the machine; beside it, the fastest of Debian's `cmark` CLI over the same
body (when it is installed), the floor for parsing and rendering it once. A benchmark, not
a test: timings depend on the machine. `make bench` runs it after bench.py.

Usage: pathological.py [--commons .build/release/commons] [--max-file-kb N]
                       [--limit-seconds 1] [--runs 3] [--strict]"""
import argparse, pathlib, shutil, subprocess, sys, tempfile, time

DEFAULT_KB = 1024  # Settings.maxFileKB
FRONT = "---\ncontributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\n---\n"
REFUSED = "image openers '![' are left open"


def patterns(size):
    """Every pattern as a body of at most `size` bytes (the file's limit, less its front
    matter and final newline)."""
    def fill(unit, extra=""):
        """`unit` repeated, then `extra`, to at most `size` bytes."""
        return unit * ((size - len(extra.encode())) // len(unit.encode())) + extra

    def half(opening, middle, closing):
        n = (size - len(middle.encode())) // (len(opening.encode()) + len(closing.encode()))
        return opening * n + middle + closing * n

    lists = ""
    for depth in range(1000):  # as deep as fits
        item = "  " * depth + "* a\n"
        if len(lists) + len(item) > size:
            break
        lists += item
    references = "".join(f"[{x}]: u\n" for x in range(1, 60000))[:size // 2]
    references = references[:references.rfind("\n") + 1]
    return {
        "nested strong emph": half("*a **a ", "b", " a** a*"),
        "many emph closers with no openers": fill("a_ "),
        "many emph openers with no closers": fill("_a "),
        "many 3-emph openers with no closers": fill("a***"),
        "many link closers with no openers": fill("a]"),
        "many link openers with no closers": fill("[a"),
        "mismatched openers and closers": fill("*a_ "),
        "openers and closers multiple of 3": "a**b" + "c* " * ((size - 4) // 3),
        "link openers and emph closers": fill("[ a_"),
        "pattern [ (]( repeated": fill("[ (]("),
        "pattern ![[]() repeated": fill("![[]()"),
        "hard link/emph case": "**x [a*b**c*](d)",
        "nested brackets": half("[", "a", "]"),
        "nested block quotes": fill("> ", "a"),
        "deeply nested lists": lists,
        "U+0000 in input": "abc\u0000de\u0000",
        "backticks": "".join("e" + "`" * x for x in range(1, 1400))[:size],
        "unclosed links A": fill("[a](<b"),
        "unclosed links B": fill("[a](b"),
        "unclosed <!--": "</" + "<!--" * ((size - 2) // 4),
        "many references": references + "[0] " * ((size - len(references)) // 4),
        "deeply nested emphasis": half("*", "a", "*"),
    }


def fastest(argv, runs):
    """The fastest of `runs` runs of argv, with the last run's result."""
    best, run = None, None
    for _ in range(runs):
        start = time.monotonic()
        run = subprocess.run(argv, capture_output=True)
        seconds = time.monotonic() - start
        best = seconds if best is None else min(best, seconds)
    return best, run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commons", default=".build/release/commons")
    parser.add_argument("--max-file-kb", type=int, default=None,
                        help=f"set max_file_kb in commons.md (default: leave it out, {DEFAULT_KB} KB)")
    parser.add_argument("--limit-seconds", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a pattern misses the target")
    args = parser.parse_args()
    commons = str(pathlib.Path(args.commons).resolve())
    kb = args.max_file_kb or DEFAULT_KB
    size = kb * 1024 - len(FRONT) - 1
    cmark = shutil.which("cmark")
    settings = "---\ntitle: Pathological\nbase_url: https://example.org/\n" + (
        f"max_file_kb: {args.max_file_kb}\n" if args.max_file_kb else "") + "---\n"
    print(f"cmark's pathological inputs at max_file_kb = {kb} ({'set in commons.md' if args.max_file_kb else 'the default'}): "
          f"commons build of each, fastest of {args.runs}, against {args.limit_seconds:g} s")
    print(f"  {'build':>7}  {'cmark CLI':>9}  {'size':>7}  {'verdict':8}  pattern")
    missed = []
    all_patterns = patterns(size)
    with tempfile.TemporaryDirectory(prefix="commons-pathological-") as root:
        for name, body in all_patterns.items():
            content = pathlib.Path(root, "Content")
            shutil.rmtree(content, ignore_errors=True)
            (content / "projects").mkdir(parents=True)
            (content / "contributors").mkdir()
            (content / "contributions").mkdir()
            (content / "commons.md").write_text(settings)
            (content / "projects/maps.md").write_text("---\ntitle: Maps\nlicense: MIT\n---\n")
            (content / "contributors/amara.md").write_text("---\nname: Amara\n---\n")
            data = (FRONT + body + "\n").encode()
            assert len(data) <= kb * 1024, f"{name}: {len(data)} bytes, over the limit"
            (content / "contributions/x.md").write_bytes(data)
            seconds, run = fastest([commons, "build", "--content", str(content), "--output", root + "/site",
                                    "--as-of", "2026-06-30"], args.runs)
            floor = ""
            refused = run.returncode == 1 and REFUSED in (run.stdout + run.stderr).decode(errors="replace")
            if cmark:
                (pathlib.Path(root) / "body.md").write_text(body)
                # Once for a body commons refuses: libcmark may take minutes over it.
                floor = "%7.3f s" % fastest([cmark, root + "/body.md"], 1 if refused else args.runs)[0]
            verdict = f"exit {run.returncode}" if run.returncode != 0 and not refused else \
                "SLOW" if seconds >= args.limit_seconds else "refused" if refused else "ok"
            if verdict not in ("ok", "refused"):
                missed.append(name)
            print(f"  {seconds:5.3f} s  {floor:>9}  {len(data) / 1024:4.0f} KB  {verdict:8}  {name}", flush=True)
            if verdict.startswith("exit"):
                print((run.stdout + run.stderr).decode(errors="replace")[-500:], file=sys.stderr)
    print(f"  {len(all_patterns) - len(missed)} of {len(all_patterns)} under {args.limit_seconds:g} s"
          + (f"; not: {', '.join(missed)}" if missed else ""))
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
