#!/usr/bin/env python3
"""Writes a synthetic commons: a content folder in the format of SPEC §1.

Deterministic: the same arguments give the same bytes (one random.Random(seed),
no hash-order iteration, no clock). Realistic skew: contributors and projects are
drawn with Zipf-like weights, so a few people do most of the work; people have a
home project, an activity window and sometimes an organisation; ~10 % of the work
is co-authored; every kind, compensation, project status, decision rule, vote form
and proposal outcome occurs. Two shapes (--shape):

  long   bodies of ~1 KB of varied CommonMark; about half the contributions take
         their title from the body's first heading
  short  entries as most ledgers hold them, like commit messages: bodies of 1 to 3
         sentences, every title in front matter, a quarter of the work co-authored

    generate.py --projects 20 --contributors 200 --contributions 5000 \
                --proposals 100 --seed 1 [--shape long|short] --out DIR [--hugo HUGODIR]

With --hugo, also writes HUGODIR/content and HUGODIR/static: the same files with
the same Markdown bytes, laid out for Hugo (see Benchmarks/README.md):
project and contributor files become the content of the `projects` and `people`
taxonomy term pages, and contributions and proposals get `projects:`/`people:`
taxonomy fields added to their front matter.
"""

import argparse
import datetime
import os
import shutil
import sys
from bisect import bisect_left, bisect_right
from random import Random

AS_OF = datetime.date(2026, 11, 27)
SPAN_DAYS = 3 * 365
START = AS_OF - datetime.timedelta(days=SPAN_DAYS - 1)
BASE_URL = "https://bench.example.org/c/"

# --------------------------------------------------------------------------- words

WORDS = """
about above access account action active actual added address advice after again
agenda agreed allotment almost along already also always amount analysis annual
answer apply archive area around article asked audit autumn available away back
backlog balance batch before begin behind being below benefit better between bicycle
binder bloom board borrow both branch bread bridge brief broken budget build bundle
cabinet cache calendar campaign canal capture care careful carry catalogue cause
census centre change chapter chart check choice circle city clean clear clinic close
cluster coffee collect column common community compost config contact context
corner council count county course cover craft create crew current cycle daily data
debate decide default deliver depot design detail device diary digital direct
discuss display district document donate draft drawer drinking early edge edit
effort elder email energy engine entry error estate evening event every example
exchange exhibit export fabric fair family feature feedback fence field figure
file filter final first fix flag floor flow folder follow forest form forum fountain
frame fresh friday front fund garden gather gate general gentle given glass goal
good grant graph green ground group guide habit hall hand handle harbour header
health heavy help history holiday home host hours house housing idea image import
index inline input issue item join journal keep kettle kitchen label ladder language
large layer leaflet learn ledger legal lend letter level library light limit line
list little local lock loop lunch machine main manual many map market master meeting
member memory mend merge message method middle minutes mobile model monday month
morning network neighbour night notes notice number office offer open option order
outline owner packet page paint panel paper parish park part partner patch path
people period phone picture pilot place plan plant plot point policy pool porch
poster practice press print private process project proof public query queue quiet
radio range rate reader record recycle release remote repair report request reset
result review river road room rota route rule safety sample saturday schedule school
scope screen script season second section seed server service session setting
shared shed shelf shift short signal simple site sketch small socket soil source
space spare spring square stable staff stage station status step storage story
street studio style summer supply support survey table target task team template
tenant test text thread ticket timber today tool topic tour track trade train
transit tree trial trust tuesday update upload user valley value vendor version
village visit volunteer walk wall ward warm water weekly welcome wheel window
winter wiring word work workshop yard year young zone
""".split()

FIRST = """
Aaliyah Abdi Adaeze Ahmed Aiko Alejandro Amara Amir Ana Anders Andrea Anika Arjun
Asha Ayesha Beatriz Ben Bilal Bongani Camille Carlos Chen Chioma Clara Dara David
Deepa Diego Dmitri Elena Elif Emeka Emma Esi Fatima Felix Freya Gabriel Grace Hana
Hannah Hassan Ines Ingrid Isaac Ivan Jamal Jana Javier Jin Jonas Joao Julia Kai
Kamala Kofi Kwame Lars Leila Lena Liam Lucia Luis Maeve Malik Marek Maria Marta
Mateo Mei Mia Miguel Mina Nadia Naomi Nia Niko Noor Oksana Olu Omar Pablo Paolo
Priya Rahul Rania Rosa Ruth Sadia Sam Sara Sean Sofia Sven Tamar Teo Tomas Uma
Valentina Vera Wei Yara Yusuf Zainab Zara Zoltan
""".split()

LAST = """
Abara Adeyemi Ahmadi Alvarez Andersson Asante Bakker Banerjee Barros Bauer Bianchi
Brennan Castro Chen Costa Dahl Das Dimitrov Diallo Duarte Eriksen Evans Farah
Fernandes Fischer Garcia Gomez Haddad Hansen Harris Hossain Ibrahim Ivanova Jensen
Kamau Kaur Khan Kim Kovalenko Kowalski Kruger Laine Lindqvist Lopez Mahmoud Marques
Mendes Meyer Moreau Murphy Mwangi Nair Ndlovu Nguyen Nowak Novak Nunez Obi Odhiambo
Okafor Okonkwo Olsen Osei Otieno Park Patel Pereira Petrov Popescu Price Quinn
Rahman Reyes Rossi Santos Sato Schmidt Shah Silva Singh Sokolov Suzuki Tanaka Torres
Tran Varga Vasquez Wagner Wang Weber Wilson Yamamoto Yilmaz Yusuf Zhang Zulu
""".split()

ORGS = [
    "Kellbridge Council", "Riverside Library", "Open Works Co-op", "Tenants' Union",
    "Green Lane School", "Harbour Hospital", "Civic Data Lab", "Northside Makers",
    "Weir Road Trust", "Fieldstone Software", "Mill Lane Allotments", "City University",
    "Canal Cycling Club", "Foodshare Network", "Old Fire Station", "Parish of St Anne",
    "Lantern Studio", "Bright Grid Energy", "Valley Health Trust", "Commons Foundation",
    "Market Hall Traders", "Orchard Primary", "Signal Radio", "Timberyard Collective",
    "Square Mile Press", "Quay Street Clinic", "Station Arts", "Westgate College",
    "Riverbank Housing", "Copperleaf Ltd",
]

LICENSES = [
    "MIT", "Apache-2.0", "GPL-3.0-or-later", "AGPL-3.0-only", "MPL-2.0", "BSD-3-Clause",
    "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODbL-1.0", "LGPL-2.1-or-later",
]

KINDS = ["code", "docs", "design", "translation", "review", "testing", "data",
         "research", "outreach", "organizing", "care", "other"]
KIND_WEIGHTS = [25, 12, 5, 6, 12, 7, 6, 4, 6, 7, 5, 5]
STATUSES = ["active", "incubating", "dormant", "archived"]
STATUS_WEIGHTS = [65, 15, 12, 8]
RULES = ["lazy-consensus", "consent", "consensus", "majority", "supermajority"]
QUORUMS = ["0.5", "0.3", "0.25", "0.4", "0.6", "0.66", "0.75", "0.1", "1", ".2"]
CODE_LANGS = ["python", "sh", "json", "yaml", "swift", "js", "sql", "", "text"]
DOMAINS = ["example.org", "example.net", "docs.example.com", "wiki.example.org",
           "maps.example.net", "git.example.com"]


def zipf_weights(n, s):
    return [1.0 / (rank ** s) for rank in range(1, n + 1)]


def cumulative(weights):
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def yaml_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def day(offset):
    return START + datetime.timedelta(days=offset)


# --------------------------------------------------------------------------- Markdown


class Prose:
    """Markdown bodies from the word list: every block and inline construct."""

    def __init__(self, rng, pool=40000):
        self.rng = rng
        # Sentences are the costly part to make; past `pool` of them, most are
        # drawn again from those made so far (bodies still differ: each is a new
        # mix of blocks, sentences and words).
        self.pool, self.pool_size = [], pool

    def words(self, n):
        return self.rng.choices(WORDS, k=n)

    def phrase(self, lo, hi):
        return " ".join(self.words(self.rng.randint(lo, hi)))

    def title(self, lo=3, hi=7):
        text = self.phrase(lo, hi)
        return text[0].upper() + text[1:]

    def url(self):
        rng = self.rng
        return "https://%s/%s/%s" % (rng.choice(DOMAINS), rng.choice(WORDS), rng.choice(WORDS))

    def sentence(self):
        return self.pooled()[0]

    def pooled(self):
        """A sentence, and the same sentence wrapped at 80 columns."""
        rng = self.rng
        if len(self.pool) >= self.pool_size and rng.random() < 0.9:
            return self.pool[int(rng.random() * len(self.pool))]
        text = self.new_sentence()
        lines, line = [], ""
        for word in text.split(" "):
            if line and len(line) + 1 + len(word) > 80:
                lines.append(line)
                line = word
            else:
                line = word if not line else line + " " + word
        lines.append(line)
        entry = (text, "\n".join(lines))
        if len(self.pool) < self.pool_size:
            self.pool.append(entry)
        return entry

    def new_sentence(self):
        rng = self.rng
        parts = self.words(rng.randint(6, 16))
        # Inline constructs on some words.
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            i = rng.randrange(len(parts))
            r = rng.random()
            if r < 0.3:
                parts[i] = "*%s*" % parts[i]
            elif r < 0.5:
                parts[i] = "**%s**" % parts[i]
            elif r < 0.75:
                parts[i] = "`%s_%s`" % (parts[i], rng.choice(WORDS))
            elif r < 0.93:
                parts[i] = "[%s %s](%s)" % (parts[i], rng.choice(WORDS), self.url())
            elif r < 0.95:
                parts[i] = "<%s>" % self.url()  # an autolink
            elif r < 0.97:
                parts[i] = "%s &amp; %s" % (parts[i], rng.choice(WORDS))
            elif r < 0.98:
                parts[i] = "<kbd>%s</kbd>" % parts[i]  # raw HTML: dropped unless unsafe_html
            else:
                parts[i] = "![%s](%sassets/logo.svg)" % (parts[i], rng.choice(("/", "../", "")))
        text = " ".join(parts)
        return text[0].upper() + text[1:] + rng.choice(".....?!")

    def paragraph(self):
        # One line per paragraph, or (as many people write) a line per sentence
        # wrapped at 80 columns.
        sentences = [self.pooled() for _ in range(self.rng.randint(1, 4))]
        if self.rng.random() < 0.6:
            return "\n".join(wrapped for _, wrapped in sentences)
        return " ".join(text for text, _ in sentences)

    def bullet_list(self):
        rng = self.rng
        marker = rng.choice(("-", "-", "*", "+"))
        return "\n".join("%s %s" % (marker, self.item()) for _ in range(rng.randint(2, 6)))

    def ordered_list(self):
        rng = self.rng
        return "\n".join("%d. %s" % (i + 1, self.item()) for i in range(rng.randint(2, 5)))

    def item(self):
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            return "[%s](%s)" % (self.title(2, 4), self.url())
        if r < 0.3:
            return "`%s` %s" % (rng.choice(WORDS), self.phrase(2, 8))
        if r < 0.4:
            return "[ ] " + self.phrase(3, 8) if rng.random() < 0.5 else "**%s:** %s" % (
                rng.choice(WORDS), self.phrase(3, 9))
        return self.title(3, 12)

    def heading(self):
        return "%s %s" % ("#" * self.rng.choice((2, 2, 3, 3, 4)), self.title(2, 5))

    def quote(self):
        rng = self.rng
        lines = self.paragraph().split("\n")
        out = "\n".join("> " + line for line in lines)
        if rng.random() < 0.3:
            out += "\n>\n> — " + rng.choice(FIRST)
        return out

    def code(self):
        rng = self.rng
        lang = rng.choice(CODE_LANGS)
        lines = []
        for _ in range(rng.randint(2, 8)):
            indent = "    " * rng.randint(0, 2)
            a, b, c = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
            form = rng.randrange(5)
            if form == 0:
                lines.append("%s%s_%s = %s(%d)" % (indent, a, b, c, rng.randint(0, 999)))
            elif form == 1:
                lines.append("%s%s --%s %s/%s.md" % (indent, a, b, c, rng.choice(WORDS)))
            elif form == 2:
                lines.append('%s"%s": "%s %s",' % (indent, a, b, c))
            elif form == 3:
                lines.append("%s# %s %s <%s>" % (indent, a, b, c))
            else:
                lines.append("%sif %s < %d { %s.%s() }" % (indent, a, rng.randint(1, 99), b, c))
        if rng.random() < 0.15:  # an indented code block
            return "\n".join("    " + line for line in lines)
        fence = rng.choice(("```", "```", "~~~"))
        return "%s%s\n%s\n%s" % (fence, lang, "\n".join(lines), fence)

    def rule(self):
        return self.rng.choice(("---", "***", "* * *"))

    def short_body(self):
        """One paragraph of 1 to 3 sentences, on one line or wrapped at 80 columns."""
        sentences = [self.pooled() for _ in range(self.rng.randint(1, 3))]
        if self.rng.random() < 0.3:
            return "\n".join(wrapped for _, wrapped in sentences) + "\n"
        return " ".join(text for text, _ in sentences) + "\n"

    def body(self, target, lead=None):
        """Blocks until about `target` bytes; opens with a paragraph or a heading."""
        rng = self.rng
        blocks = [lead] if lead else []
        size = len(lead) if lead else 0
        if not lead:
            first = self.heading() if rng.random() < 0.25 else self.paragraph()
            blocks.append(first)
            size += len(first)
        makers = ((self.paragraph, 40), (self.bullet_list, 12), (self.ordered_list, 6),
                  (self.heading, 10), (self.quote, 6), (self.code, 9), (self.rule, 2))
        funcs = [m for m, _ in makers]
        cum = cumulative([w for _, w in makers])
        while size < target:
            block = rng.choices(funcs, cum_weights=cum)[0]()
            blocks.append(block)
            size += len(block) + 2
        return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------- the commons


class Generator:
    def __init__(self, args):
        self.args = args
        self.rng = Random(args.seed)
        self.prose = Prose(self.rng)
        self.short = args.shape == "short"
        self.files = []  # (relative path, front matter lines, body, hugo path, hugo extra lines)

    # -- people and projects

    def unique_slug(self, base, taken):
        slug, n = base, 2
        while slug in taken:
            slug = "%s-%d" % (base, n)
            n += 1
        taken.add(slug)
        return slug

    def make_contributors(self):
        rng, n = self.rng, self.args.contributors
        taken = set()
        self.people = []
        org_weights = zipf_weights(len(ORGS), 1.0)
        for i in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            handle = self.unique_slug(("%s-%s" % (first, last)).lower(), taken)
            # People joined over time (more later), and stay active for a while;
            # the most active (low index = high Zipf weight) stay longest.
            start = int(SPAN_DAYS * rng.random() ** 0.9)
            if i < n // 20:
                start = int(start * 0.3)
            mean_span = 900 if i < n // 10 else 300
            span = max(1, int(rng.expovariate(1.0 / mean_span)))
            end = min(SPAN_DAYS - 1, start + span)
            if i < 3:  # the core people are active up to the as-of day
                end = SPAN_DAYS - 1
            org = None
            if rng.random() < 0.55:
                org = rng.choices(ORGS, weights=org_weights)[0]
            self.people.append({"handle": handle, "name": "%s %s" % (first, last),
                                "start": start, "end": end, "org": org, "projects": []})
        self.person_cum = cumulative(zipf_weights(n, 1.1))

    def make_projects(self):
        rng, n = self.rng, self.args.projects
        taken = set()
        self.projects = []
        for i in range(n):
            a, b = rng.choice(WORDS), rng.choice(WORDS)
            slug = self.unique_slug("%s-%s" % (a, b), taken)
            self.projects.append({"slug": slug, "title": "%s %s" % (a.capitalize(), b.capitalize()),
                                  "members": [], "by_day": []})
        self.project_cum = cumulative(zipf_weights(n, 0.9))
        # Each person's home project, sometimes a second and a third.
        for index, person in enumerate(self.people):
            homes = []
            for p in (1.0, 0.4, 0.15):
                if rng.random() < p:
                    j = rng.choices(range(n), cum_weights=self.project_cum)[0]
                    if j not in homes:
                        homes.append(j)
            person["projects"] = homes
            for j in homes:
                self.projects[j]["members"].append(index)
        for project in self.projects:
            if not project["members"]:
                project["members"].append(rng.randrange(len(self.people)))

    # -- contributions

    def pick_person(self):
        return self.rng.choices(range(len(self.people)), cum_weights=self.person_cum)[0]

    def make_contributions(self):
        rng = self.rng
        people, projects = self.people, self.projects
        self.contributions = []
        used_ids = set()
        first_day = [None] * len(people)
        for _ in range(self.args.contributions):
            who = self.pick_person()
            person = people[who]
            r = rng.random()
            if r < 0.85 or not person["projects"]:
                homes = person["projects"] or [0]
                project_index = homes[0] if rng.random() < 0.7 else rng.choice(homes)
            else:
                project_index = rng.choices(range(len(projects)), cum_weights=self.project_cum)[0]
            project = projects[project_index]
            offset = rng.randint(person["start"], person["end"])
            authors = [who]
            if rng.random() < (0.25 if self.short else 0.10):  # co-authored work
                for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                    pool = project["members"]
                    other = rng.choice(pool) if rng.random() < 0.8 else self.pick_person()
                    if other not in authors:
                        authors.append(other)
            kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            date = day(offset)
            base = "-".join(rng.choices(WORDS, k=rng.randint(2, 4)))
            folder = "%04d/%02d" % (date.year, date.month)
            slug = base
            n = 2
            while "%s/%s" % (folder, slug) in used_ids:
                slug = "%s-%d" % (base, n)
                n += 1
            cid = "%s/%s" % (folder, slug)
            used_ids.add(cid)
            for a in authors:
                if first_day[a] is None or offset < first_day[a]:
                    first_day[a] = offset
            project["by_day"].append((offset, authors))
            self.contributions.append((cid, authors, project_index, offset, kind))
        self.first_day = first_day
        for project in self.projects:
            project["by_day"].sort(key=lambda entry: entry[0])
            project["days"] = [entry[0] for entry in project["by_day"]]
        self.person_days = [[] for _ in people]
        for _, authors, _, offset, _ in self.contributions:
            for a in authors:
                self.person_days[a].append(offset)
        for days in self.person_days:
            days.sort()

    def contribution_file(self, cid, authors, project_index, offset, kind):
        rng = self.rng
        people, project = self.people, self.projects[project_index]
        handles = [people[a]["handle"] for a in authors]
        lines = []
        if len(handles) == 1:
            lines.append("contributor: " + handles[0])
        elif rng.random() < 0.6:
            lines.append("contributors: [%s]" % ", ".join(handles))
        else:
            lines.append("contributors:")
            lines.extend("  - " + h for h in handles)
        lines.append("project: " + project["slug"])
        lines.append("date: " + day(offset).isoformat())
        lines.append("kind: " + kind)
        r = rng.random()
        if r < 0.80:
            hours = rng.choice((0.25, 0.5, 0.5, 1, 1, 1, 1.5, 2, 2, 2, 3, 3, 4, 5, 6, 8, 12, 0.75, 2.5))
            lines.append("hours: %s" % (int(hours) if hours == int(hours) else hours))
        elif r < 0.83:
            lines.append("hours: 0")
        c = rng.random()
        if c < 0.10:
            lines.append("compensation: paid")
        elif c < 0.22:
            lines.append("compensation: stipend")
        elif c < 0.40:
            lines.append("compensation: unpaid")
        lead = None
        if self.short or rng.random() < 0.55:
            lines.insert(0, "title: " + yaml_str(self.prose.title(3, 9)))
        elif rng.random() < 0.5:
            lead = "%s %s" % ("#" * rng.choice((1, 2)), self.prose.title(3, 8))
        body = self.text(600, 1500, lead)
        hugo_extra = ["projects: [%s]" % project["slug"], "people: [%s]" % ", ".join(handles)]
        self.add("contributions/%s.md" % cid, lines, body, "contributions/%s.md" % cid, hugo_extra)

    # -- files

    def text(self, lo, hi, lead=None):
        """A body: lo to hi bytes of blocks (long shape), or a few sentences (short)."""
        if self.short:
            return self.prose.short_body()
        return self.prose.body(self.rng.randint(lo, hi), lead)

    def add(self, path, lines, body, hugo_path=None, hugo_extra=()):
        self.files.append((path, lines, body, hugo_path, list(hugo_extra)))

    def commons_file(self):
        lines = [
            "title: Bench Commons",
            'description: "A synthetic commons of %d contributions, written by Benchmarks/generate.py."'
            % self.args.contributions,
            "base_url: " + BASE_URL,
            "language: en",
            "active_days: 90",
            "governance:",
            "  rule: lazy-consensus",
            "  quorum: 0.5",
            "  window_days: 14",
            "  eligibility_days: 365",
        ]
        body = self.prose.body(1500)
        self.add("commons.md", lines, body, "_index.md", [])

    def project_files(self):
        rng = self.rng
        top = list(range(min(len(self.people), 40)))
        for index, project in enumerate(self.projects):
            lines = ["title: " + yaml_str(project["title"])]
            status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
            if len(self.projects) >= 4 and index >= len(self.projects) - 3:
                status = STATUSES[len(self.projects) - index]  # every status occurs
            if status != "active" or rng.random() < 0.5:
                lines.append("status: " + status)
            if rng.random() < 0.95 or index == 0:
                lines.append("license: " + rng.choice(LICENSES))
            members = project["members"]
            maintainers = []
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                m = rng.choice(members[:5]) if rng.random() < 0.8 else rng.choice(top)
                if m not in maintainers:
                    maintainers.append(m)
            project["maintainers"] = maintainers
            if maintainers:
                handles = [self.people[m]["handle"] for m in maintainers]
                if rng.random() < 0.5:
                    lines.append("maintainers: [%s]" % ", ".join(handles))
                else:
                    lines.append("maintainers:")
                    lines.extend("  - " + h for h in handles)
            if rng.random() < 0.3:
                lines.append("governance: " + rng.choice(RULES))
            if rng.random() < 0.2:
                lines.append("quorum: " + rng.choice(QUORUMS))
            if rng.random() < 0.8:
                lines.append("started: " + day(-rng.randint(0, 400)).isoformat())
            if rng.random() < 0.7:
                lines.append("tags: [%s]" % ", ".join(rng.sample(WORDS, rng.randint(1, 4))))
            if rng.random() < 0.6:
                lines.append("repository: https://git.example.com/bench/" + project["slug"])
            if rng.random() < 0.4:
                lines.append("summary: " + yaml_str(self.prose.sentence()))
            body = self.text(700, 2000)
            self.add("projects/%s.md" % project["slug"], lines, body,
                     "projects/%s/_index.md" % project["slug"], [])

    def contributor_files(self):
        rng = self.rng
        for index, person in enumerate(self.people):
            lines = ["name: " + yaml_str(person["name"])]
            first = self.first_day[index]
            if rng.random() < 0.8:
                joined = (first if first is not None else person["start"]) - rng.randint(0, 60)
                lines.append("joined: " + day(joined).isoformat())
            if person["org"]:
                lines.append("affiliation: " + yaml_str(person["org"]))
            links = []
            if rng.random() < 0.5:
                links.append("https://%s.example.net" % person["handle"])
            if rng.random() < 0.3:
                links.append("mailto:%s@example.net" % person["handle"])
            if links:
                lines.append("links:")
                lines.extend("  - " + link for link in links)
            body = self.text(200, 900)
            self.add("contributors/%s.md" % person["handle"], lines, body,
                     "people/%s/_index.md" % person["handle"], ["title: " + yaml_str(person["name"])])

    def eligible(self, project_index, opened, extra):
        """Handles eligible to vote (SPEC §3), sorted: recent contributors, maintainers, extra."""
        who = set(extra)
        if project_index is None:  # anyone with a contribution in the window
            for person, days in enumerate(self.person_days):
                i = bisect_left(days, opened - 365)
                if i < len(days) and days[i] <= opened:
                    who.add(person)
        else:
            project = self.projects[project_index]
            days, entries = project["days"], project["by_day"]
            lo, hi = bisect_left(days, opened - 365), bisect_right(days, opened)
            for _, authors in entries[lo:hi]:
                who.update(authors)
            who.update(project["maintainers"])
        return sorted(who)

    def proposal_files(self):
        rng, people = self.rng, self.people
        taken = set()
        n = self.args.proposals
        for i in range(n):
            # Every rule and outcome: rule cycles, a few are withdrawn or still open.
            author = self.pick_person()
            project_index = None
            if rng.random() < 0.8:
                homes = people[author]["projects"]
                project_index = rng.choice(homes) if homes and rng.random() < 0.8 else \
                    rng.choices(range(len(self.projects)), cum_weights=self.project_cum)[0]
            if i % 20 == 3:
                opened = SPAN_DAYS - 1 - rng.randint(0, 10)  # still open on the as-of day
            else:
                opened = min(SPAN_DAYS - 1, 60 + int((SPAN_DAYS - 60) * rng.random() ** 0.8))
            date = day(opened)
            base = "-".join(rng.choices(WORDS, k=rng.randint(2, 4)))
            pid = self.unique_slug("%04d/%s" % (date.year, base), taken)
            lines = ["title: " + yaml_str(self.prose.title(4, 10)),
                     "author: " + people[author]["handle"]]
            if project_index is not None:
                lines.append("project: " + self.projects[project_index]["slug"])
            lines.append("opened: " + date.isoformat())
            window = 14
            if rng.random() < 0.4:
                window = rng.choice((7, 10, 21, 28, 30))
                lines.append("closes: " + day(opened + window).isoformat())
            closes = opened + window
            if i % 3 != 2:
                lines.append("rule: " + RULES[i % len(RULES)])
            if rng.random() < 0.25:
                lines.append("quorum: " + rng.choice(QUORUMS))
            if i % 25 == 7:
                lines.append("withdrawn: true")
            elif rng.random() < 0.05:
                lines.append("withdrawn: false")
            # Votes: mostly from eligible people, sometimes a late or ineligible vote.
            eligible = self.eligible(project_index, opened, [author])
            mood = rng.choice(("agree", "agree", "agree", "split", "blocked", "quiet"))
            lo, hi = {"agree": (0.3, 1.0), "split": (0.4, 1.0), "blocked": (0.3, 0.9), "quiet": (0.0, 0.2)}[mood]
            count = min(80, max(0 if mood == "quiet" else 1, int(len(eligible) * rng.uniform(lo, hi) + 0.5)))
            voters = rng.sample(eligible, min(count, len(eligible)))
            if rng.random() < 0.08:
                voters.append(self.pick_person())  # maybe not eligible: a warning in check
            vote_lines = []
            seen = set()
            for v in voters:
                handle = people[v]["handle"]
                if handle in seen:
                    continue
                seen.add(handle)
                if mood == "agree":
                    value = rng.choices(("yes", "no", "abstain"), weights=(85, 5, 10))[0]
                elif mood == "split":
                    value = rng.choices(("yes", "no", "abstain", "block"), weights=(45, 40, 12, 3))[0]
                elif mood == "blocked":
                    value = rng.choices(("yes", "no", "abstain", "block"), weights=(50, 15, 10, 25))[0]
                else:
                    value = rng.choice(("yes", "yes", "no", "abstain"))
                last = min(closes, SPAN_DAYS - 1)
                when = rng.randint(opened, max(opened, last))
                if rng.random() < 0.03 and closes + 5 <= SPAN_DAYS - 1:
                    when = closes + rng.randint(1, 5)  # late: a warning in check
                shown = '"no"' if value == "no" and rng.random() < 0.5 else value
                form = rng.random()
                if form < 0.6:
                    vote_lines.append("  %s: %s" % (handle, shown))
                elif form < 0.8:
                    vote_lines.append("  %s: {vote: %s, date: %s}" % (handle, shown, day(when).isoformat()))
                elif form < 0.92:
                    vote_lines.append("  %s: {vote: %s, date: %s, comment: %s}" % (
                        handle, shown, day(when).isoformat(), yaml_str(self.prose.sentence())))
                else:
                    vote_lines.append("  %s:" % handle)
                    vote_lines.append("    vote: %s" % shown)
                    vote_lines.append("    date: %s" % day(when).isoformat())
                    if rng.random() < 0.7:
                        vote_lines.append("    comment: " + yaml_str(self.prose.sentence()))
            if vote_lines:
                lines.append("votes:")
                lines.extend(vote_lines)
            elif rng.random() < 0.5:
                lines.append("votes: {}")
            body = self.text(600, 1800)
            extra = ["date: " + date.isoformat(), "people: [%s]" % people[author]["handle"]]
            if project_index is not None:
                extra.append("projects: [%s]" % self.projects[project_index]["slug"])
            self.add("governance/%s.md" % pid, lines, body, "governance/%s.md" % pid, extra)

    def page_files(self):
        for path, title in (("pages/about.md", "About Bench Commons"),
                            ("pages/charter.md", "Charter"),
                            ("pages/join/faq.md", "How to join: questions and answers")):
            lines = ["title: " + yaml_str(title),
                     "description: " + yaml_str(self.prose.sentence())]
            self.add(path, lines, self.prose.body(2500), path, [])

    # -- writing

    def run(self):
        self.make_contributors()
        self.make_projects()
        self.make_contributions()
        self.commons_file()
        self.project_files()
        self.contributor_files()
        for entry in self.contributions:
            self.contribution_file(*entry)
        self.proposal_files()
        self.page_files()

    def write(self, out, hugo):
        prepare(out)
        made = set()
        for path, lines, body, _, _ in self.files:
            write_file(out, path, "---\n%s\n---\n\n%s" % ("\n".join(lines), body), made)
        os.makedirs(os.path.join(out, "assets"), exist_ok=True)
        write_file(out, "assets/logo.svg", LOGO, made)
        write_file(out, "assets/extra.css", "body { max-width: 44rem; }\n", made)
        if hugo:
            prepare(hugo)
            made = set()
            for path, lines, body, hugo_path, extra in self.files:
                write_file(hugo, "content/" + hugo_path,
                           "---\n%s\n---\n\n%s" % ("\n".join(lines + extra), body), made)
            write_file(hugo, "static/assets/logo.svg", LOGO, made)
            write_file(hugo, "static/assets/extra.css", "body { max-width: 44rem; }\n", made)


LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        '<circle cx="32" cy="32" r="28" fill="#2a7"/><path d="M18 34h28" stroke="#fff" '
        'stroke-width="6"/></svg>\n')


def prepare(folder):
    """Empties a folder this script wrote before (or a new one); refuses anything else."""
    if os.path.isdir(folder) and os.listdir(folder):
        marker = os.path.join(folder, ".generated-by-commons-bench")
        if not os.path.exists(marker):
            sys.exit("generate.py: %s is not empty and was not written by generate.py; refusing to clear it" % folder)
        shutil.rmtree(folder)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, ".generated-by-commons-bench"), "w") as f:
        f.write("")


def write_file(root, path, text, made):
    full = os.path.join(root, path)
    parent = os.path.dirname(full)
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=20)
    parser.add_argument("--contributors", type=int, default=200)
    parser.add_argument("--contributions", type=int, default=5000)
    parser.add_argument("--proposals", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shape", choices=("long", "short"), default="long",
                        help="long: ~1 KB bodies of varied Markdown; short: 1 to 3 sentences, titles in front matter")
    parser.add_argument("--out", required=True, help="the content folder to write (emptied first)")
    parser.add_argument("--hugo", help="also write a Hugo copy: HUGO/content and HUGO/static")
    args = parser.parse_args(argv)
    if args.projects < 1 or args.contributors < 1 or args.contributions < 0 or args.proposals < 0:
        parser.error("need at least one project and one contributor")
    generator = Generator(args)
    generator.run()
    generator.write(args.out, args.hugo)
    print("generate.py: wrote %d files to %s%s" % (len(generator.files) + 2, args.out,
                                                   " and its Hugo copy to " + args.hugo if args.hugo else ""))


if __name__ == "__main__":
    main()
