#!/usr/bin/env python3
"""The search page of a built commons as readers meet it, in headless Chromium: served
under its sub-path, a search finds a person by name and a contribution by a word of its
body, each result links inside the sub-path, the count is said in the status region for
screen readers, and the filters from the data are offered.

    search-check.py BASE_URL SITE_DIR

BASE_URL is where a local server serves SITE_DIR, built with search (--search), under a
sub-path. The person and the contribution are taken from the site itself. Exits 1 on the
first thing that does not work, saying what.

Needs selenium and Debian's chromium-driver (the Makefile installs them).
"""
import html
import os
import re
import sys
import time

from selenium.webdriver.common.by import By

from headless_chromium import browser

WAIT = 15  # seconds for Pagefind to load its index and answer


def read(site, path):
    with open(os.path.join(site, path, "index.html"), encoding="utf-8") as f:
        return f.read()


def person(site):
    """The first person's page and name."""
    handle = sorted(d for d in os.listdir(os.path.join(site, "contributors"))
                    if os.path.isdir(os.path.join(site, "contributors", d)))[0]
    path = "contributors/%s/" % handle
    name = re.search(r"<h1>(.*?)</h1>", read(site, path)).group(1)
    return path, html.unescape(name)


def contribution(site):
    """A contribution's page and the longest word of its body (the rarest, most likely)."""
    ledger = os.path.join(site, "contributions")
    for folder, _, files in sorted(os.walk(ledger)):
        relative = os.path.relpath(folder, site)
        if "index.html" not in files or folder == ledger or relative.startswith("contributions/page"):
            continue
        page = read(site, relative)
        prose = re.search(r'<div class="prose">(.*?)</div>', page, re.S)
        words = re.findall(r"[A-Za-z]{6,}", re.sub(r"<[^>]+>", " ", prose.group(1))) if prose else []
        if words:
            return relative + "/", max(words, key=len)
    sys.exit("search-check: no contribution has a body to search for")


def search(driver, base, query, expected):
    """Searches on /search/ for `query`; fails unless a result links to `expected` (a
    path below the site root) under the sub-path."""
    driver.get(base + "search/index.html")
    box = None
    deadline = time.time() + WAIT
    while box is None and time.time() < deadline:
        found = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input")
        box = found[0] if found else None
        time.sleep(0.1)
    if box is None:
        fail("the search page shows no search box (Pagefind's UI did not load)")
    box.send_keys(query)
    want = base + expected + "index.html"
    hrefs = []
    deadline = time.time() + WAIT
    while time.time() < deadline:
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]
        if want in hrefs:
            break
        more = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__button")
        if hrefs and more:
            more[0].click()
        time.sleep(0.2)
    if want not in hrefs:
        fail("a search for %r finds no link to %s; it finds %s" % (query, want, hrefs[:10] or "nothing"))
    outside = [h for h in hrefs if not h.startswith(base)]
    if outside:
        fail("a search for %r links outside the site's sub-path %s: %s" % (query, base, outside[:3]))
    # The status region repeats Pagefind's count once typing settles.
    deadline = time.time() + WAIT
    status = ""
    while time.time() < deadline and "result" not in status:
        status = driver.find_element(By.ID, "search-status").text or \
            driver.execute_script("return document.getElementById('search-status').textContent")
        time.sleep(0.2)
    if "result" not in status:
        fail("after a search for %r the status region says %r, not the count" % (query, status))
    filters = driver.execute_script(
        "return Array.from(document.querySelectorAll('.pagefind-ui__filter-name')).map(e => e.textContent.trim())")
    print("search-check: %r finds /%s (%d results shown; status %r; filters %s)"
          % (query, expected, len(hrefs), status, ", ".join(filters)))
    return filters


def fail(message):
    print("search-check: " + message)
    sys.exit(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    base = sys.argv[1] if sys.argv[1].endswith("/") else sys.argv[1] + "/"
    site = sys.argv[2]
    driver = browser()
    try:
        person_path, name = person(site)
        filters = search(driver, base, name, person_path)
        for wanted in ("Type", "Project"):
            if not any(f.startswith(wanted) for f in filters):
                fail("the search page offers no %r filter (it offers %s)" % (wanted, filters))
        contribution_path, word = contribution(site)
        filters = search(driver, base, word, contribution_path)
        for wanted in ("Kind of work", "Compensation"):
            if not any(f.startswith(wanted) for f in filters):
                fail("the search page offers no %r filter (it offers %s)" % (wanted, filters))
    finally:
        driver.quit()
    print("search-check: search works under %s" % base)


if __name__ == "__main__":
    main()
