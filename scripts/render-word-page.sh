#!/usr/bin/env bash
# Renders page 1 of a draft's Word export to docs/images/word-export.png, the picture in the README:
# unres export --docx, LibreOffice headless to PDF, pdftoppm to PNG. Needs `npm run build` and the
# packages scripts/setup-e2e.sh installs (libreoffice-writer-nogui, poppler-utils).
# Usage: scripts/render-word-page.sh [DRAFT.md] (default: the seed resolution beside the project).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DRAFT="${1:-$ROOT/../shared/examples/s-res-2388-2017-fr.md}"
OUT="$ROOT/docs/images/word-export.png"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render-word-page: $tool is missing (run scripts/setup-e2e.sh)" >&2; exit 2; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node "$ROOT/dist/cli.js" export "$DRAFT" --docx --output "$tmp/draft.docx"
soffice --headless "-env:UserInstallation=file://$tmp/profile" --convert-to pdf --outdir "$tmp" "$tmp/draft.docx" >/dev/null
pdftoppm -png -f 1 -l 1 -r 70 "$tmp/draft.pdf" "$tmp/page"
mkdir -p "$(dirname "$OUT")"
cp "$(ls "$tmp"/page*.png | head -1)" "$OUT"
echo "render-word-page: wrote $OUT"
