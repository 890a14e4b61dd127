#!/usr/bin/env python3
"""`make bench`: commons against Hugo and the cmark CLI on the same content (issues 5, 18).

For each shape (long: ~1 KB bodies; short: 1 to 3 sentences, titles in front matter,
more people and projects) and size (small: 5,000 contributions; large: 50,000) it
generates a synthetic commons with generate.py (reused while generate.py and its
arguments are unchanged), then measures, alternating one run of each tool after
another so that the noise of a shared machine falls on all of them alike:

  commons build   the release binary: build --content C --output O --as-of 2026-11-27
  cp -r           a copy of the site commons just wrote: the floor for writing those files
  … on disk       the same two, writing to the disk (Benchmarks/.work) instead of a tmpfs
  hugo            Debian's hugo on the same files (Benchmarks/hugo: minimal layouts,
                  one page per file, paginated lists, term pages per project and person)
  cmark           Debian's cmark CLI over every Markdown file, whole, concatenated: the
                  same bytes commons reads (the floor issue 18's target is judged against)
  cmark, bodies   the same over the bodies alone (front matter removed)
  commons check   the release binary: check --content C --as-of 2026-11-27

and prints the median wall time, CPU time and peak RSS of each, the ratios, the
time per stage that `commons build` prints, what writing the site costs beside cp -r
on each file system, and whether each target of issues 5 and 18 holds (and issue 17's:
the peak memory of commons check).

With --reload it measures instead what loading the same commons again costs in
memory (the large one unless --sizes says otherwise): commons-reload loads it twice
in one process, as a preview that reloads on every change does, and prints the peak
RSS after one load and after two; the target is a growth of at most 10 %.

Sites are written to a tmpfs (/dev/shm) unless --outputs says otherwise: creating a
file costs this VM's kernel about the same there as on its ext4 disk, without the
disk's noise from other work, and deleting the previous run's site (outside the
timing) does not slow the next one (on ext4, creating files within minutes of
deleting many is slow: the inode allocator skips recently deleted inodes). Each run
starts after a sync, with no dirty pages left by the run before.
"""

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, ".work")
AS_OF = "2026-11-27"

# Short entries (issue 18) come with more people and projects, so that a page lists
# more of them: its cost is in the values it shows, not in Markdown.
SHAPES = {
    "long": {
        "small": dict(projects=20, contributors=200, contributions=5000, proposals=100),
        "large": dict(projects=200, contributors=2000, contributions=50000, proposals=1000),
    },
    "short": {
        "small": dict(projects=50, contributors=500, contributions=5000, proposals=100),
        "large": dict(projects=500, contributors=5000, contributions=50000, proposals=1000),
    },
}
SIZES = ("small", "large")
GIB = 1024 ** 3
CHECK_RSS = 200 * 10 ** 6  # issue 17: check on the large commons stays under 200 MB
TIME = "/usr/bin/time"  # GNU time (Debian's `time` package)
SHM = "/dev/shm/commons-bench-%d" % os.getuid()

# --------------------------------------------------------------------------- content


def prepare_content(shape, size, seed, outputs, log):
    """The generated commons, its Hugo copy and the concatenated bodies, made once."""
    params = dict(SHAPES[shape][size], seed=seed, shape=shape)
    with open(os.path.join(HERE, "generate.py"), "rb") as f:
        key = hashlib.sha256(f.read() + json.dumps(params, sort_keys=True).encode()).hexdigest()
    folder = os.path.join(WORK, shape, size)
    out = os.path.join(outputs, shape, size)
    disk = os.path.join(WORK, shape, size)
    paths = dict(content=os.path.join(folder, "content"), hugo=os.path.join(folder, "hugo"),
                 bodies=os.path.join(folder, "bodies.md"), whole=os.path.join(folder, "files.md"),
                 out_commons=os.path.join(out, "out-commons"),
                 out_hugo=os.path.join(out, "out-hugo"),
                 out_copy=os.path.join(out, "out-copy"),
                 disk_commons=os.path.join(disk, "out-commons-disk"),
                 disk_copy=os.path.join(disk, "out-copy-disk"), folder=folder)
    stamp = os.path.join(folder, "stamp")
    fresh = os.path.exists(stamp) and open(stamp).read() == key and all(
        os.path.exists(paths[k]) for k in ("content", "hugo", "bodies"))
    if fresh:
        log("%s %s: reusing %s (generate.py and its arguments unchanged)" % (shape, size, rel(folder)))
    else:
        os.makedirs(folder, exist_ok=True)
        if os.path.exists(stamp):
            os.remove(stamp)
        args = [sys.executable, os.path.join(HERE, "generate.py"), "--out", paths["content"],
                "--hugo", paths["hugo"]]
        for name, value in params.items():
            args += ["--" + name, str(value)]
        log("%s %s: generating %s …" % (shape, size, " ".join(args[2:])))
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        write_bodies(paths["content"], paths["bodies"])
        write_whole(paths["content"], paths["whole"])
        with open(stamp, "w") as f:
            f.write(key)
        log("%s %s: generated in %.1f s" % (shape, size, time.perf_counter() - started))
    if not os.path.exists(paths["whole"]):  # content generated before files.md existed
        write_whole(paths["content"], paths["whole"])
    # The layouts and settings are copied every time, so that editing them counts.
    site = paths["hugo"]
    shutil.copyfile(os.path.join(HERE, "hugo", "config.yaml"), os.path.join(site, "config.yaml"))
    shutil.rmtree(os.path.join(site, "layouts"), ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(site, "layouts"))
    paths["files"], paths["bytes"] = count_markdown(paths["content"])
    paths["body_bytes"] = os.path.getsize(paths["bodies"])
    paths["whole_bytes"] = os.path.getsize(paths["whole"])
    return paths


def markdown_files(content):
    for parent, folders, files in os.walk(content):
        folders[:] = sorted(f for f in folders if not f.startswith(".") and
                            not (parent == content and f == "assets"))
        for name in sorted(files):
            if name.endswith(".md") and not name.startswith("."):
                yield os.path.join(parent, name)


def write_bodies(content, out):
    """Every Markdown body (front matter removed), one after another: the cmark floor."""
    with open(out, "wb") as sink:
        for path in markdown_files(content):
            with open(path, "rb") as f:
                data = f.read()
            if data.startswith(b"---\n"):
                end = data.find(b"\n---\n", 3)
                data = data[end + 5:] if end >= 0 else data
            sink.write(data)
            sink.write(b"\n")


def write_whole(content, out):
    """Every Markdown file as it is, front matter and all, one after another: the bytes
    commons reads, and what issue 18's author ran the cmark CLI over."""
    with open(out, "wb") as sink:
        for path in markdown_files(content):
            with open(path, "rb") as f:
                sink.write(f.read())
            sink.write(b"\n")


def count_markdown(content):
    files = total = 0
    for path in markdown_files(content):
        files += 1
        total += os.path.getsize(path)
    return files, total


def count_files(folder):
    n = 0
    for _, _, files in os.walk(folder):
        n += len(files)
    return n


# --------------------------------------------------------------------------- running


class Sample:
    def __init__(self, wall, user, system, rss_kb, output, code):
        self.wall, self.user, self.system, self.rss_kb = wall, user, system, rss_kb
        self.cpu = user + system
        self.output, self.code = output, code


def measure(argv, keep_output=False, discard_stdout=False):
    """Runs argv once: wall time, and user+system time and peak RSS from GNU time.

    Peak RSS comes from /usr/bin/time, not from this process's wait4: a child's
    ru_maxrss starts from its parent's high-water mark at exec, and this Python
    process is bigger than a small command. Output goes to a file, read only
    when asked for (commons build's stage lines) or when the command fails.
    """
    with tempfile.NamedTemporaryFile(prefix="bench-time-") as usage, \
            tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen([TIME, "-f", "%M %U %S", "-o", usage.name] + argv,
                                   stdout=subprocess.DEVNULL if discard_stdout else out,
                                   stderr=out)
        process.wait()
        wall = time.perf_counter() - started
        out.seek(0)
        output = out.read().decode("utf-8", "replace") if keep_output or process.returncode else ""
        fields = open(usage.name).read().split()[-3:]
    try:
        rss_kb, user, system = int(fields[0]), float(fields[1]), float(fields[2])
    except (ValueError, IndexError):
        rss_kb, user, system = 0, 0.0, 0.0
    return Sample(wall, user, system, rss_kb, output, process.returncode)


STAGE = re.compile(r"^\s*\[(\d+)/(\d+)\]\s*(.*?)[\s.…:]*?(\d+(?:\.\d+)?)\s*(ms|s)\b")


def stages(text):
    """`[i/n] stage … 0.123 s` lines from commons build, as (stage, seconds)."""
    found = []
    for line in text.splitlines():
        m = STAGE.match(line)
        if m:
            name = m.group(3).strip(" .…:\t") or "stage %s" % m.group(1)
            seconds = float(m.group(4)) / (1000 if m.group(5) == "ms" else 1)
            found.append((name, seconds))
    return found


class Tool:
    """One command to measure. Its argv may name {out}, the folder it writes (emptied
    before each run, outside the timing), and {site}, the folder commons build wrote."""

    def __init__(self, name, argv, output=None, accept=(0,), stdout_stages=False, discard_stdout=False,
                 short=None):
        self.name, self.argv, self.output, self.accept = name, argv, output, accept
        self.short = short or name.replace("commons ", "")
        self.discard_stdout = discard_stdout
        self.stdout_stages = stdout_stages
        self.samples = []
        self.stage_samples = {}
        self.stage_order = []
        self.files_written = None

    def run(self, site=None, record=True):
        if self.output:
            shutil.rmtree(self.output, ignore_errors=True)
        argv = [a.replace("{out}", self.output or "").replace("{site}", site or "") for a in self.argv]
        # Each command starts with no dirty pages left by the one before it.
        os.sync()
        sample = measure(argv, keep_output=self.stdout_stages, discard_stdout=self.discard_stdout)
        if sample.code not in self.accept:
            tail = "\n".join(sample.output.strip().splitlines()[-15:])
            raise SystemExit("bench.py: %s failed (exit %d):\n  %s\n%s" % (
                self.name, sample.code, " ".join(argv), tail))
        if record:
            self.samples.append(sample)
            if self.stdout_stages:
                for name, seconds in stages(sample.output):
                    if name not in self.stage_samples:
                        self.stage_samples[name] = []
                        self.stage_order.append(name)
                    self.stage_samples[name].append(seconds)
        if self.output:
            self.files_written = count_files(self.output)
        return sample

    @property
    def wall(self):
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self):
        return statistics.median(s.cpu for s in self.samples)

    @property
    def system(self):
        return statistics.median(s.system for s in self.samples)

    @property
    def rss(self):
        return max(s.rss_kb for s in self.samples) * 1024


def is_tmpfs(path):
    """Whether path is on a tmpfs, from /proc/mounts (longest matching mount point)."""
    path = os.path.realpath(path)
    best, kind = "", None
    try:
        with open("/proc/mounts") as f:
            for line in f:
                fields = line.split()
                point = fields[1]
                if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
                    best, kind = point, fields[2]
    except OSError:
        return False
    return kind == "tmpfs"


def commons_has_build(binary):
    if not os.path.exists(binary):
        return False
    try:
        # An unknown subcommand's --help prints the root help with status 0 as well.
        done = subprocess.run([binary, "build", "--help"], capture_output=True, text=True, timeout=30)
        return done.returncode == 0 and "--output" in done.stdout + done.stderr
    except (OSError, subprocess.TimeoutExpired):
        return False


def tools_for(paths, binary):
    content = paths["content"]
    build = [binary, "build", "--content", content, "--output", "{out}", "--as-of", AS_OF]
    tools = [Tool("commons build", build, output=paths["out_commons"], stdout_stages=True)]
    # The floor for writing: cp -r of the site commons just wrote (same files, same
    # bytes, read from the page cache), one file after another.
    tools.append(Tool("cp -r of its site", ["cp", "-r", "{site}", "{out}"],
                      output=paths["out_copy"], short="cp"))
    # The same two on the disk: creating files costs the kernel differently there.
    tools.append(Tool(DISK_BUILD, build, output=paths["disk_commons"], stdout_stages=True, short="build/disk"))
    tools.append(Tool(DISK_COPY, ["cp", "-r", "{site}", "{out}"], output=paths["disk_copy"], short="cp/disk"))
    tools.append(Tool("hugo", ["hugo", "--quiet", "--source", paths["hugo"], "--destination",
                               "{out}", "--cacheDir", os.path.join(WORK, "hugo-cache")],
                      output=paths["out_hugo"]))
    # HTML to /dev/null. The floor of issue 18's target is cmark "over the same bytes" commons
    # reads: every file whole. The bodies alone are printed beside it.
    tools.append(Tool("cmark", ["cmark", paths["whole"]], discard_stdout=True))
    tools.append(Tool(CMARK_BODIES, ["cmark", paths["bodies"]], discard_stdout=True, short="cmark/bodies"))
    tools.append(Tool("commons check", [binary, "check", "--content", content, "--as-of", AS_OF]))
    return tools


# --------------------------------------------------------------------------- report


DISK_BUILD = "commons build, on disk"
DISK_COPY = "cp -r of its site, on disk"
CMARK_BODIES = "cmark, bodies only"


def rel(path):
    return os.path.relpath(path, ROOT)


def mib(n):
    return "%.0f MiB" % (n / 2 ** 20)


def table(rows, aligns):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, row in enumerate(rows):
        cells = [str(c).ljust(w) if a == "<" else str(c).rjust(w) for c, w, a in zip(row, widths, aligns)]
        lines.append("  " + "  ".join(cells).rstrip())
        if j == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def stage_median(tool, prefix):
    """The median seconds of the stage whose name starts with `prefix`, or None."""
    return next((statistics.median(v) for k, v in tool.stage_samples.items() if k.startswith(prefix)), None)


def writing(by):
    """What writing the site cost beside cp -r of it, on tmpfs and on disk, as rows.

    Drawing and writing run together on every core, so writing has no wall time of its
    own; what it costs is kernel time (open, write, close, mkdir). That is the build's
    system time less that of check, which reads the same content and writes nothing;
    cp -r spends its time the same way, so its CPU time is the floor.
    """
    check = by["commons check"].system
    rows = []
    for where, build, copy in (("tmpfs", "commons build", "cp -r of its site"),
                               ("disk", DISK_BUILD, DISK_COPY)):
        if build in by and copy in by:
            b, c = by[build], by[copy]
            rows.append((where, max(0.0, b.system - check), c.cpu, c.wall, c.files_written))
    return rows


def report(results, runs):
    out = []
    say = out.append
    main = "commons build"
    all_hold = True
    for (shape, size), (paths, tools) in results.items():
        by = {t.name: t for t in tools}
        c = SHAPES[shape][size]
        say("")
        say("== %s, %s: %d contributions, %d projects, %d contributors, %d proposals — %d Markdown files, %.1f MB (bodies %.1f MB)"
            % (shape, size, c["contributions"], c["projects"], c["contributors"], c["proposals"],
               paths["files"], paths["whole_bytes"] / 1e6, paths["body_bytes"] / 1e6))
        rows = [("tool", "wall (median)", "min", "max", "cpu (median)", "cpu/wall", "peak RSS", "files out")]
        for t in tools:
            walls = [s.wall for s in t.samples]
            rows.append((t.name, "%.3f s" % t.wall, "%.3f" % min(walls), "%.3f" % max(walls),
                         "%.3f s" % t.cpu, "%.2f" % (t.cpu / t.wall if t.wall else 0), mib(t.rss),
                         "" if t.files_written is None else t.files_written))
        say(table(rows, "<>>>>>>>"))
        m = by[main]
        say("  ratios: %s / hugo = %.3f   %s / cmark = %.2f (bodies only: %.2f)   commons check / %s = %.3f"
            % (main, m.wall / by["hugo"].wall, main, m.wall / by["cmark"].wall,
               m.wall / by[CMARK_BODIES].wall, main, by["commons check"].wall / m.wall))
        if m.stage_samples:
            say("  stages of commons build (median of %d runs):" % runs)
            rows = [("stage", "seconds", "share")]
            total = sum(statistics.median(v) for v in m.stage_samples.values())
            for name in m.stage_order:
                med = statistics.median(m.stage_samples[name])
                rows.append((name, "%.3f" % med, "%.0f %%" % (100 * med / total if total else 0)))
            rows.append(("(sum of stages)", "%.3f" % total, ""))
            say(table(rows, "<>>"))
            trends = stage_median(m, "trends")
            if trends is not None:
                say("  trends: %.3f s, %.1f %% of the build's wall time (issue 15: at most 5 %%)"
                    % (trends, 100 * trends / m.wall if m.wall else 0))
        else:
            say("  (commons build printed no `[i/n] stage … 0.123 s` lines)")
        for where, cost, floor, wall, files in writing(by):
            say("  writing on %s: %.3f s of kernel time (build's system time less check's) vs cp -r of the %s files: %.3f s CPU, %.3f s wall (%.2f ×)"
                % (where, cost, files, floor, wall, cost / floor if floor else 0))

    for shape in (s for s in SHAPES if any(k[0] == s for k in results)):
        say("")
        say("== targets, %s entries (issues 5 and 18, on the large commons, this run)" % shape)
        if (shape, "large") not in results:
            say("  (the large commons was not measured: run without --sizes to see them)")
            continue
        large = {t.name: t for t in results[(shape, "large")][1]}
        say("  (cmark is timed over the bytes commons reads, every Markdown file whole, as issue 18 did:"
            " \"~0.8 KB of Markdown per file\", \"the cmark CLI over the same bytes 0.8 s\"; over the"
            " bodies alone it is beside)")
        small = {t.name: t for t in results[(shape, "small")][1]} if (shape, "small") in results else None
        m = large[main]
        checks = [
            ("%s ≤ 0.25 × hugo" % main, m.wall, 0.25 * large["hugo"].wall,
             "%.3f s vs %.3f s (%.3f ×)" % (m.wall, large["hugo"].wall, m.wall / large["hugo"].wall)),
            # Issue 18 measured "the cmark CLI over the same bytes 0.8 s" for 50,000 files of
            # ~0.8 KB of Markdown: every file whole (~40 MB), front matter included.
            ("%s ≤ 6 × cmark over the same bytes" % main, m.wall, 6 * large["cmark"].wall,
             "%.3f s vs %.3f s (%.2f ×; bodies only %.3f s, %.2f ×)"
             % (m.wall, large["cmark"].wall, m.wall / large["cmark"].wall,
                large[CMARK_BODIES].wall, m.wall / large[CMARK_BODIES].wall)),
            ("peak RSS of %s ≤ 1 GiB" % main, m.rss, GIB, "%s" % mib(m.rss)),
        ]
        if small:
            sm = small[main]
            checks.append(("%s: large ≤ 11 × small" % main, m.wall, 11 * sm.wall,
                           "%.3f s vs %.3f s (%.2f ×)" % (m.wall, sm.wall, m.wall / sm.wall)))
        trends = stage_median(m, "trends")
        if trends is not None:
            checks.append(("trends ≤ 5 %% of %s (issue 15)" % main, trends, 0.05 * m.wall,
                           "%.3f s of %.3f s (%.1f %%)" % (trends, m.wall, 100 * trends / m.wall)))
        checks.append(("peak RSS of commons check < 200 MB (issue 17)", large["commons check"].rss, CHECK_RSS,
                       "%.0f MB" % (large["commons check"].rss / 1e6)))
        checks.append(("commons check ≤ 0.5 × %s" % main, large["commons check"].wall, 0.5 * m.wall,
                       "%.3f s vs %.3f s (%.3f ×)" % (large["commons check"].wall, m.wall,
                                                     large["commons check"].wall / m.wall)))
        for where, cost, floor, _, _ in writing(large):
            checks.append(("writing ≤ cp -r, on %s" % where, cost, floor,
                           "%.3f s vs %.3f s (%.2f ×)" % (cost, floor, cost / floor if floor else 0)))
        for name, value, limit, detail in checks:
            holds = value <= limit
            all_hold = all_hold and holds
            say("  [%s] %-62s %s" % ("ok  " if holds else "MISS", name, detail))
    return "\n".join(out), all_hold


# --------------------------------------------------------------------------- reload

RELOAD_LINE = re.compile(r"^load (\d+): (\d+) contributions in (\d+) ms, peak RSS (\d+) KiB$")
RELOAD_GROWTH = 0.10


def reload(shapes, sizes, seed, binary, outputs, content, log):
    """Peak RSS after one load and after two of each size's commons (or of `content`), in
    one process."""
    all_hold = True
    runs = [(None, content)] if content else [(shape, size) for shape in shapes for size in sizes]
    for shape, size in runs:
        folder = content or prepare_content(shape, size, seed, outputs, log)["content"]
        run = subprocess.run([binary, folder], capture_output=True, text=True)
        loads = [RELOAD_LINE.match(line) for line in run.stdout.splitlines()]
        loads = [m for m in loads if m]
        if run.returncode or len(loads) != 2:
            sys.exit("bench.py: %s failed:\n%s%s" % (rel(binary), run.stdout, run.stderr))
        (_, count, ms1, kib1), (_, _, ms2, kib2) = (m.groups() for m in loads)
        one, two = int(kib1) * 1024, int(kib2) * 1024
        growth = two / one - 1
        holds = growth <= RELOAD_GROWTH
        all_hold = all_hold and holds
        print("")
        name = (size if rel(size).startswith("..") else rel(size)) if content else "%s, %s" % (shape, size)
        print("== reload, %s: %s contributions loaded twice in one process" % (name, count))
        print("  after one load:  peak RSS %s (load %.3f s)" % (mib(one), int(ms1) / 1000))
        print("  after two loads: peak RSS %s (load %.3f s)" % (mib(two), int(ms2) / 1000))
        print("  [%s] %-62s %+.1f %%" % ("ok  " if holds else "MISS",
                                         "two loads grow peak RSS ≤ %d %% over one" % (100 * RELOAD_GROWTH),
                                         100 * growth))
    return all_hold


# --------------------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description="commons vs Hugo vs cmark (issues 5, 18)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each tool (median), default 5")
    parser.add_argument("--sizes", default=None,
                        help="small, large or both (default; with --reload, large)")
    parser.add_argument("--shapes", default="long,short",
                        help="long (~1 KB bodies), short (1 to 3 sentences) or both (default)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--commons", default=os.path.join(ROOT, ".build", "release", "commons"),
                        help="the commons binary (default: the release build)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--reload", action="store_true",
                        help="instead, load the commons twice in one process (commons-reload) "
                        "and compare the peak RSS after two loads with that after one")
    parser.add_argument("--content", default=None,
                        help="with --reload, a content folder to load instead of the generated ones")
    parser.add_argument("--reload-binary", default=os.path.join(ROOT, ".build", "release", "commons-reload"),
                        help="the commons-reload binary (default: the release build)")
    parser.add_argument("--outputs", default=None,
                        help="where the sites are written (default: %s if it is a tmpfs, else %s)"
                        % (SHM, rel(WORK)))
    args = parser.parse_args()
    sizes_given = args.sizes or ("large" if args.reload else "small,large")
    sizes = [s.strip() for s in sizes_given.split(",") if s.strip()]
    for s in sizes:
        if s not in SIZES:
            parser.error("unknown size %r (small, large)" % s)
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    for s in shapes:
        if s not in SHAPES:
            parser.error("unknown shape %r (long, short)" % s)

    def log(message):
        print(message, flush=True)

    if args.reload:
        binary = os.path.abspath(args.reload_binary)
        if not os.path.exists(binary):
            sys.exit("bench.py: no %s (build it: swift build -c release --product commons-reload)" % rel(binary))
        content = os.path.abspath(args.content) if args.content else None
        all_hold = reload(shapes, sizes, args.seed, binary, os.path.abspath(args.outputs or WORK), content, log)
        if args.strict and not all_hold:
            sys.exit(1)
        return

    for tool in ("hugo", "cmark", TIME):
        if not shutil.which(tool):
            sys.exit("bench.py: %s is not installed (make bench installs it: apt-get install hugo cmark time)" % tool)
    binary = os.path.abspath(args.commons)
    if not os.path.exists(binary):
        sys.exit("bench.py: no %s (make bench builds it: swift build -c release --product commons)" % rel(binary))
    if not commons_has_build(binary):
        sys.exit("bench.py: %s has no `build` command" % rel(binary))
    outputs = os.path.abspath(args.outputs) if args.outputs else (SHM if is_tmpfs("/dev/shm") else WORK)
    os.makedirs(outputs, exist_ok=True)

    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    cmark_version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"], capture_output=True,
                            text=True).stdout.strip()
    built = time.strftime("%Y-%m-%d %H:%M", time.gmtime(os.path.getmtime(binary)))
    log("commons bench — %s, %d cores, %s" % (platform.machine(), os.cpu_count(), platform.platform()))
    log("  commons: %s, built %s UTC; repository at %s" % (
        binary if rel(binary).startswith("..") else rel(binary), built, commit))
    log("  %s" % hugo_version)
    log("  %s" % cmark_version)
    log("  sites written to %s%s" % (outputs, " (tmpfs)" if is_tmpfs(outputs) else ""))
    log("  load average at start: %.2f %.2f %.2f" % os.getloadavg())

    results = {}
    for shape in shapes:
        for size in sizes:
            paths = prepare_content(shape, size, args.seed, outputs, log)
            results[(shape, size)] = (paths, tools_for(paths, binary))

    def run_all(record):
        line = []
        for (shape, size), (paths, tools) in results.items():
            site = None
            for tool in tools:
                s = tool.run(site=site, record=record)
                if tool.stdout_stages:
                    site = tool.output
                line.append("%s %s %s %.2f" % (shape, size, tool.short, s.wall))
        return line

    # One untimed run of each (warms the page cache, checks that each one works).
    run_all(record=False)
    log("warm-up done; %d timed runs of each tool, alternating:" % args.runs)
    started = time.perf_counter()
    for run in range(args.runs):
        log("  run %d: %s" % (run + 1, " · ".join(run_all(record=True))))
    log("  (%.0f s of measuring; load average at the end: %.2f %.2f %.2f)"
        % ((time.perf_counter() - started,) + os.getloadavg()))
    if is_tmpfs(outputs):  # memory, not disk: give it back
        shutil.rmtree(outputs, ignore_errors=True)
    for paths, _ in results.values():  # the sites on disk, a few GB
        for key in ("disk_commons", "disk_copy"):
            shutil.rmtree(paths[key], ignore_errors=True)

    text, all_hold = report(results, args.runs)
    print(text)
    if args.strict and not all_hold:
        sys.exit(1)


if __name__ == "__main__":
    main()
