#!/usr/bin/env bash
# What a person who installs commons meets: `make install PREFIX=…` and the `make dist`
# archive, each run from a folder far from the source tree with a PATH that has no Swift,
# must start a commons (init) and build it; `make uninstall` must leave nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean_path=/usr/bin:/bin

try() {  # try BINARY LABEL: init and build from a folder of its own
  local binary=$1 label=$2
  mkdir "$work/$label" && cd "$work/$label"
  env -i HOME="$work" PATH="$clean_path" "$binary" --version
  env -i HOME="$work" PATH="$clean_path" "$binary" init x --yes --handle ana-lima --name "Ana Lima" </dev/null
  (cd x && env -i HOME="$work" PATH="$clean_path" "$binary" check --strict \
        && env -i HOME="$work" PATH="$clean_path" "$binary" build --base-url https://example.org/x/ 2>&1 | tail -1)
  test -f x/_site/index.html && test -f x/_site/feed.xml
  cd - >/dev/null
  echo "ok: $label"
}

make --no-print-directory install PREFIX="$work/prefix"
try "$work/prefix/bin/commons" installed
make --no-print-directory uninstall PREFIX="$work/prefix"
test ! -e "$work/prefix/bin/commons" && test ! -e "$work/prefix/share/commons"
echo "ok: uninstalled"

make --no-print-directory dist
archive=$(ls -t .build/dist/commons-*.tar.gz | head -1)
mkdir "$work/unpacked" && tar -C "$work/unpacked" -xzf "$archive"
try "$(ls -d "$work"/unpacked/commons-*)/bin/commons" archive
# The Swift runtime is linked in: the only shared libraries left are the system's.
ldd "$(ls -d "$work"/unpacked/commons-*)/bin/commons" | grep -i swift && { echo "the archive's binary needs a Swift library"; exit 1; }
echo "ok: no Swift library needed at run time"
