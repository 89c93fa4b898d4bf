#!/usr/bin/env bash
# Publishes the `metareview` command line for this machine with ReadyToRun code (compiled ahead of time, so it starts
# in about two thirds of the time of a plain build) into artifacts/metareview/, and prints the path of the program.
# Needs only the .NET SDK; about 40 s the first time, a few seconds when nothing changed. Start-up times are in
# bench/README.md. Usage: bash tools/publish.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid="" ;;
esac
if [ -n "$rid" ]; then
  dotnet publish src/MetaReview.Cli -c Release -r "$rid" --self-contained false -o artifacts/metareview \
    -v quiet -nologo -clp:ErrorsOnly >&2
else
  # no ReadyToRun target known for this processor: a plain (just-in-time compiled) build
  dotnet publish src/MetaReview.Cli -c Release -o artifacts/metareview -v quiet -nologo -clp:ErrorsOnly >&2
fi
echo artifacts/metareview/metareview
