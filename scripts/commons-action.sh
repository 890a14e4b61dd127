#!/usr/bin/env bash
# The steps of the commons GitHub Action (action.yml), one per argument, so that CI can
# run them here, on a throw-away repository, without GitHub:
#   install   build the tool from this repository (make install PREFIX=… when the
#             Makefile has it, else swift build -c release); COMMONS set beforehand skips it
#   check     commons check --format github (annotations, causes first)
#   summary   the markdown report, appended to $GITHUB_STEP_SUMMARY
#   compare   report --compare $COMMONS_BASE in markdown, into $COMMONS_COMMENT (a file
#             for a pull-request comment); skipped with a line when there is no base
#   build     commons build into $COMMONS_OUTPUT
# Settings come from the environment: COMMONS_CONTENT (Content), COMMONS_STRICT (true),
# COMMONS_BASE, COMMONS_COMMENT, COMMONS_OUTPUT (_site), COMMONS_BASE_URL.
set -euo pipefail

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
content="${COMMONS_CONTENT:-Content}"
strict="${COMMONS_STRICT:-true}"
summary_file="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
state="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/commons-action.env"

# The tool found by install, for the steps after it (each step is its own process).
commons() {
  local bin="${COMMONS:-}"
  [ -n "$bin" ] || { [ -f "$state" ] && bin="$(cat "$state")"; }
  [ -n "$bin" ] || { echo "commons-action: run the install step first (or set COMMONS)" >&2; exit 2; }
  "$bin" "$@"
}

step_install() {
  local bin
  if [ -n "${COMMONS:-}" ]; then
    bin="$COMMONS"
  elif make -C "$source_dir" -n install >/dev/null 2>&1; then
    local prefix="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/commons-tool"
    make -C "$source_dir" install PREFIX="$prefix"
    bin="$prefix/bin/commons"
  else
    make -C "$source_dir" deps
    (cd "$source_dir" && swift build -c release --product commons)
    bin="$source_dir/.build/release/commons"
  fi
  echo "$bin" > "$state"
  echo "commons-action: using $bin"
}

step_check() {
  local flags=(--content "$content" --format github)
  [ "$strict" = true ] && flags+=(--strict)
  commons check "${flags[@]}"
}

step_summary() {
  commons report --content "$content" --format markdown >> "$summary_file"
}

step_compare() {
  local base="${COMMONS_BASE:-}" comment="${COMMONS_COMMENT:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/commons-comment.md}"
  if [ -z "$base" ]; then
    echo "commons-action: no base to compare with (not a pull request); nothing written to $comment"
    return 0
  fi
  # actions/checkout fetches one commit: fetch the base when it is not here.
  if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
    git fetch --quiet --depth=1 origin "$base" || true
  fi
  commons report --content "$content" --compare "$base" --format markdown > "$comment.tmp"
  mv "$comment.tmp" "$comment"
  echo "commons-action: what the change does is in $comment"
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "comment-file=$comment" >> "$GITHUB_OUTPUT"
  return 0
}

step_build() {
  local flags=(--content "$content" --output "${COMMONS_OUTPUT:-_site}")
  # configure-pages gives the address without its closing slash.
  [ -n "${COMMONS_BASE_URL:-}" ] && flags+=(--base-url "${COMMONS_BASE_URL%/}/")
  [ "$strict" = true ] && flags+=(--strict)
  commons build "${flags[@]}"
}

[ $# -gt 0 ] || { echo "usage: $0 install|check|summary|compare|build …" >&2; exit 2; }
for step in "$@"; do
  case "$step" in
    install|check|summary|compare|build) "step_$step" ;;
    *) echo "commons-action: unknown step '$step' (install, check, summary, compare, build)" >&2; exit 2 ;;
  esac
done
