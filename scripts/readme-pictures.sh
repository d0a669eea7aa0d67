#!/bin/sh
# Renders README's two pictures from the sample workbooks as a committee member would see them:
# our .xlsx output opened in LibreOffice (a second, real spreadsheet application), printed to PDF,
# cropped to PNG. Needs the built CLI (npm run build:cli), soffice and pdftoppm.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx tsx scripts/build-fixtures.ts "$work/fixtures" >/dev/null
# The sample leaves ② 期待値 R2–R6 blank (the job before filling); picture the sheet after fill.
node bin/evalsheet.js fill samples/kitakami-9-2.xlsx -o "$work/filled.xlsx" >/dev/null
node bin/evalsheet.js charts "$work/filled.xlsx" --placement sheet -o "$work/charts.xlsx" >/dev/null
node bin/evalsheet.js summary "$work/fixtures/kitakami.xlsx" "$work/fixtures/niigata.xlsx" "$work/fixtures/nasushiobara.xlsx" -o "$work/summary.xlsx" >/dev/null
# The planning division's run: the five layouts and a file that cannot be read (a 読めません row).
mkdir -p "$work/submissions"
cp "$work/fixtures/kitakami.xlsx" "$work/fixtures/niigata.xlsx" "$work/fixtures/nasushiobara.xlsx" "$work/fixtures/ichinoseki.xlsx" "$work/fixtures/shinjo.xlsx" "$work/submissions/"
echo 'not a workbook' > "$work/submissions/zz-broken.xlsx"
node bin/evalsheet.js summary "$work/submissions" -o "$work/planning.xlsx" >/dev/null 2>&1 || true
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/charts.xlsx" "$work/summary.xlsx" "$work/planning.xlsx" >/dev/null 2>&1
# The first page whose text starts with a sheet's title (summary writes 提出状況, 評価サマリー, 集計 in that order).
page() {
  n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for p in $(seq 1 "$n"); do
    if pdftotext -f "$p" -l "$p" "$1" - | head -1 | grep -q "^$2"; then echo "$p"; return; fi
  done
  echo 1
}
# The charts sheet is the workbook's last sheet, so the last page of the PDF.
last=$(pdfinfo "$work/charts.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -png -r 100 -f "$last" -l "$last" -singlefile "$work/charts.pdf" "$work/charts"
p=$(page "$work/summary.pdf" 評価サマリー)
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/summary.pdf" "$work/summary"
p=$(page "$work/planning.pdf" 提出状況)
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/planning.pdf" "$work/status"
p=$(page "$work/planning.pdf" 集計)
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/planning.pdf" "$work/rollup"
cp "$work/charts.png" docs/images/charts.png
cp "$work/summary.png" docs/images/summary.png
cp "$work/status.png" docs/images/status.png
cp "$work/rollup.png" docs/images/rollup.png
echo "wrote docs/images/charts.png, summary.png, status.png and rollup.png"
