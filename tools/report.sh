#!/usr/bin/env bash
# The main job: builds MetaReview (tools/publish.sh: ReadyToRun, into artifacts/metareview/) and writes the full
# report of a review project (default: the worked example examples/als-exercise) to DIR/report/: report.html,
# report.md (+ figures/), report.docx, results.json. Installs librsvg2-bin when it can (root): the Word document embeds
# its figures as SVG with a PNG copy for older readers, which rsvg-convert draws.
# Usage: bash tools/report.sh [DIR] [metareview report options]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing librsvg2-bin (figures in the Word report)..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin >/dev/null) \
      || echo "warning: could not install librsvg2-bin; the Word report will say its figures are missing" >&2
  fi
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dir="${1:-examples/als-exercise}"
[ $# -gt 0 ] && shift
metareview=$(bash tools/publish.sh)
exec "$metareview" report "$dir" "$@"
