#!/usr/bin/env bash
# Cuts Noto Naskh Arabic (from @fontsource, already limited to the Arabic block) down to
# the letters, marks and punctuation of Arabic as our stories write it (with the Maghreb
# letters ڤ ڭ and the Persian ones that turn up in names), keeping every shaping feature.
# About 53 KB → 13 KB per weight: Arabic pages download them before their first paint.
# Needs Debian's python3-fonttools (and python3-brotli for woff2). Output is committed.
# The face's Latin file (digits, punctuation, Latin names in Arabic text) is @fontsource's
# as it is (12 KB a weight), copied under its hash at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
src=node_modules/@fontsource/noto-naskh-arabic/files
ranges="U+0020,U+00A0,U+060C,U+061B,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670-0671,U+067E,U+0686,U+06A4,U+06A9,U+06AD,U+06AF,U+06CC,U+06D4,U+200C-200F"
for w in 400 700; do
  /usr/bin/python3 -m fontTools.subset "$src/noto-naskh-arabic-arabic-$w-normal.woff2" \
    --unicodes="$ranges" --layout-features='*' --flavor=woff2 \
    --output-file="tmp-naskh-$w.woff2"
done
# Name each file by its content hash, as lib/arabic-font.ts and app/globals.css expect.
for w in 400 700; do
  h=$(sha256sum "tmp-naskh-$w.woff2" | cut -c1-10)
  mv "tmp-naskh-$w.woff2" "public/fonts/noto-naskh-arabic-$w.$h.woff2"
  echo "public/fonts/noto-naskh-arabic-$w.$h.woff2: update lib/arabic-font.ts and app/globals.css"
done
for w in 400 700; do
  f="$src/noto-naskh-arabic-latin-$w-normal.woff2"
  h=$(sha256sum "$f" | cut -c1-10)
  cp "$f" "public/fonts/noto-naskh-arabic-latin-$w.$h.woff2"
  echo "public/fonts/noto-naskh-arabic-latin-$w.$h.woff2: update lib/arabic-font.ts and app/globals.css"
done
