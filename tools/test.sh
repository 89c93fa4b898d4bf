#!/usr/bin/env bash
# Runs every check CI runs: formatting, build (warnings are errors) and all tests.
# Installs what the tests need on a fresh Debian machine with the .NET SDK (needs root for apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v ttx >/dev/null 2>&1 || need+=(fonttools)
command -v fc-query >/dev/null 2>&1 || need+=(fontconfig)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need[*]} (used by the rendering tests)..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null) \
      || echo "warning: could not install ${need[*]}; the tests that need them will say so" >&2
  else
    echo "warning: ${need[*]} missing and not root; the tests that need them will say so" >&2
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore MetaReview.slnx
dotnet format MetaReview.slnx --verify-no-changes --no-restore
dotnet build MetaReview.slnx -c Release --no-restore
dotnet test MetaReview.slnx -c Release --no-build
