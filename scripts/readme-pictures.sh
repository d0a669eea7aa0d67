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
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/charts.xlsx" "$work/summary.xlsx" >/dev/null 2>&1
# The charts sheet is the workbook's last sheet, so the last page of the PDF.
last=$(pdfinfo "$work/charts.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -png -r 100 -f "$last" -l "$last" -singlefile "$work/charts.pdf" "$work/charts"
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/summary.pdf" "$work/summary"
cp "$work/charts.png" docs/images/charts.png
cp "$work/summary.png" docs/images/summary.png
echo "wrote docs/images/charts.png and docs/images/summary.png"
