#!/usr/bin/env python3
"""Every page kind of a built commons as readers meet it, in headless Chromium: axe-core
(WCAG 2.0, 2.1 and 2.2 A and AA, and best practices) in the light and the dark scheme at
phone and desktop widths, no page wider than a 320 px screen, and chart text between 12
and 16 px at every one of those widths.

    axe-check.py BASE_URL SITE_DIR [--sample N] [--widths 390,1280]

BASE_URL is where a local server serves SITE_DIR (so pages load as they do on the web,
under their sub-path). The pages checked are one of each kind, found from the site's own
stats.json; --sample N adds N more contributions, people and projects (for a large
generated commons). Exits 1 on any violation, any page that scrolls sideways at 320 px or
any chart text drawn smaller than 12 px or larger than 16 px (the Gini figure, a headline
number marked `chart-figure`, excepted), printing each with the page, scheme and width, so a failure in CI says where to look.

Needs selenium and Debian's chromium-driver; axe.min.js comes from the PyPI package
axe-playwright-python (axe-core 4.12), which the Makefile installs into .build/tools.
"""
import argparse
import glob
import json
import os
import sys

from headless_chromium import browser


TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
NARROWEST = 320
CHART_TEXT = (12, 16)

# Each chart text's size as drawn: its font size times the scale its SVG applies (the
# length of the transform's first column, so rotated labels count too).
CHART_TEXT_SIZES = """
return [...document.querySelectorAll('svg text')]
  .filter(t => !t.classList.contains('chart-figure'))
  .map(t => { const m = t.getScreenCTM();
              return [t.textContent, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)]; });
"""


def chart_text_problems(driver):
    low, high = CHART_TEXT
    return [(text, size) for text, size in driver.execute_script(CHART_TEXT_SIZES)
            if not low - 0.05 <= size <= high + 0.05]


def axe_source():
    here = os.path.dirname(os.path.abspath(__file__))
    found = glob.glob(os.path.join(here, "..", ".build", "tools", "lib", "python3*", "site-packages",
                                   "axe_playwright_python", "axe.min.js"))
    if not found:
        import axe_playwright_python  # installed elsewhere
        found = [os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")]
    with open(found[0], encoding="utf-8") as f:
        return f.read()


def page_kinds(site, sample):
    """One address of each page kind, relative to the site's root, from its stats.json and
    its folders; `sample` more of the kinds a big commons has many of."""
    stats = json.load(open(os.path.join(site, "stats.json"), encoding="utf-8"))
    projects = sorted(stats["projects"])
    people = sorted(os.listdir(os.path.join(site, "contributors")))
    people = [p for p in people if os.path.isdir(os.path.join(site, "contributors", p))]
    # A contribution's address is its id, which may hold folders (2026/03/fixed-the-kettle).
    ledger = os.path.join(site, "contributions")
    contributions = sorted(os.path.relpath(folder, ledger) for folder, _, files in os.walk(ledger)
                           if "index.html" in files and folder != ledger
                           and not os.path.relpath(folder, ledger).startswith("page"))
    proposals = sorted(stats["governance"]["proposals"])
    pages = [("home", ""), ("projects", "projects/"), ("contributors", "contributors/"),
             ("ledger", "contributions/"), ("governance", "governance/"), ("stats", "stats/"),
             ("not found", "404.html")]
    if os.path.isfile(os.path.join(site, "search", "index.html")):
        pages.append(("search", "search/"))
    if os.path.isdir(os.path.join(site, "contributions", "page", "2")):
        pages.append(("ledger page 2", "contributions/page/2/"))
    # The busiest of each: the pages with the most on them.
    if projects:
        busiest = max(projects, key=lambda s: stats["projects"][s]["contributions"])
        pages.append(("project", "projects/%s/" % busiest))
    if proposals:
        voted = max(proposals, key=lambda i: sum(stats["governance"]["proposals"][i].get(v, 0)
                                                 for v in ("yes", "no", "abstain", "block")))
        pages.append(("proposal", "governance/%s/" % voted))
    if people:
        pages.append(("contributor", "contributors/%s/" % people[0]))
    if contributions:
        pages.append(("contribution", "contributions/%s/" % contributions[0]))
    free = [d for d in sorted(os.listdir(site))
            if os.path.isfile(os.path.join(site, d, "index.html"))
            and d not in ("projects", "contributors", "contributions", "governance", "stats", "search")]
    if free:
        pages.append(("page", free[0] + "/"))
    for kind, names, folder in (("project", projects, "projects"), ("contributor", people, "contributors"),
                                ("contribution", contributions, "contributions")):
        step = max(1, len(names) // (sample + 1)) if sample else 0
        for name in names[step::step][:sample] if step else []:
            pages.append((kind, "%s/%s/" % (folder, name)))
    return pages


def set_view(driver, width, scheme):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def report_chart_text(driver, kind, path, scheme, width):
    problems = chart_text_problems(driver)
    if problems:
        shown = ", ".join("%r %.1f px" % (text[:20], size) for text, size in problems[:3])
        print("%s (/%s) %s %d px: %d chart text(s) outside %d–%d px: %s" % (
            kind, path, scheme, width, len(problems), CHART_TEXT[0], CHART_TEXT[1], shown))
    return len(problems)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("site")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--widths", default="390,1280")
    args = parser.parse_args()
    base = args.base if args.base.endswith("/") else args.base + "/"
    widths = [int(w) for w in args.widths.split(",")]
    source = axe_source()
    pages = page_kinds(args.site, args.sample)
    driver = browser()
    failures = 0
    try:
        for kind, path in pages:
            url = base + path
            for scheme in ("light", "dark"):
                for width in widths:
                    set_view(driver, width, scheme)
                    driver.get(url)
                    driver.execute_script(source)
                    result = driver.execute_async_script(
                        "const done = arguments[arguments.length - 1];"
                        "axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})"
                        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));"
                        % json.dumps(TAGS))
                    for violation in result:
                        failures += 1
                        targets = ", ".join(" ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                                            for n in violation["nodes"][:3])
                        print("%s (/%s) %s %d px: %s — %s [%d: %s]" % (
                            kind, path, scheme, width, violation["id"], violation["help"],
                            len(violation["nodes"]), targets))
                    failures += report_chart_text(driver, kind, path, scheme, width)
                set_view(driver, NARROWEST, scheme)
                driver.get(url)
                wide = driver.execute_script("return document.documentElement.scrollWidth")
                if wide > NARROWEST:
                    failures += 1
                    print("%s (/%s) %s: %d px wide on a %d px screen (scrolls sideways)" % (
                        kind, path, scheme, wide, NARROWEST))
                failures += report_chart_text(driver, kind, path, scheme, NARROWEST)
    finally:
        driver.quit()
    checked = len(pages) * 2 * (len(widths) + 1)
    if failures:
        print("axe-check: %d problem(s) in %d page views" % (failures, checked))
        sys.exit(1)
    print("axe-check: %d page views, no violations, nothing wider than %d px, chart text %d–%d px" % (
        checked, NARROWEST, CHART_TEXT[0], CHART_TEXT[1]))


if __name__ == "__main__":
    main()
