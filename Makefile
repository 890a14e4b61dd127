# The two set-up commands are `make site` and `make test`; everything they need
# is installed here, so a fresh Debian machine with only Swift is enough.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
COMMONS := .build/debug/commons
RELEASE := .build/release/commons

.PHONY: site test check build release deps check-site bench clean

# libcmark is a system library (SwiftPM's systemLibrary target finds it with pkg-config).
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "Installing libcmark-dev (and pkg-config)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

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

test: deps
	$(SWIFT) test
	$(MAKE) check

clean:
	rm -rf .build _site
