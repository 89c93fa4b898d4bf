#!/usr/bin/env bash
# Copies the Liberation Sans faces that MetaReview embeds (for PDF and PNG) and regenerates their
# metrics tables (for text layout). Needs the Debian package fonts-liberation2 and the .NET SDK:
#   apt-get install -y fonts-liberation2 && bash tools/fonts/update-fonts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

src=/usr/share/fonts/truetype/liberation2
dest=src/MetaReview.Reporting/Drawing/Fonts
if [ ! -f "$src/LiberationSans-Regular.ttf" ]; then
  echo "Liberation Sans not found in $src: install it with 'apt-get install -y fonts-liberation2'" >&2
  exit 2
fi

mkdir -p "$dest"
for face in Regular Bold Italic BoldItalic; do
  cp "$src/LiberationSans-$face.ttf" "$dest/"
  dotnet run tools/fonts/GenerateFontMetrics.cs -- "$dest/LiberationSans-$face.ttf" "$dest/LiberationSans-$face.metrics"
done
# The licence travels with the fonts (SIL Open Font License 1.1).
cp /usr/share/doc/fonts-liberation2/copyright "$dest/LICENSE-Liberation.txt"
