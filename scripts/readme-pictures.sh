#!/bin/sh
# Renders README's pictures from the sample workbooks as a committee member would see them:
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
# The findings sheet as a Japanese Office user gets it (--lang ja): the Kitakami fixture with its planted defects.
node bin/evalsheet.js annotate "$work/fixtures/kitakami-defects.xlsx" --lang ja -o "$work/findings.xlsx" >/dev/null
# The planning division's run: the five layouts and a file that cannot be read (a 読めません row).
mkdir -p "$work/submissions"
cp "$work/fixtures/kitakami.xlsx" "$work/fixtures/niigata.xlsx" "$work/fixtures/nasushiobara.xlsx" "$work/fixtures/ichinoseki.xlsx" "$work/fixtures/shinjo.xlsx" "$work/submissions/"
echo 'not a workbook' > "$work/submissions/zz-broken.xlsx"
node bin/evalsheet.js summary "$work/submissions" -o "$work/planning.xlsx" >/dev/null 2>&1 || true
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$work/charts.xlsx" "$work/summary.xlsx" "$work/planning.xlsx" "$work/findings.xlsx" >/dev/null 2>&1
# The first page whose first lines match a pattern (summary writes 提出状況, 評価サマリー, 集計 in
# that order; 評価サマリー's pages start with its page header, the title 「… 施策評価 結果一覧」).
page() {
  n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for p in $(seq "${3:-1}" "$n"); do
    if pdftotext -layout -f "$p" -l "$p" "$1" - | head -3 | grep -q "$2"; then echo "$p"; return; fi
  done
  echo 1
}
# The charts sheet is the workbook's last sheet, so the last page of the PDF.
last=$(pdfinfo "$work/charts.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -png -r 100 -f "$last" -l "$last" -singlefile "$work/charts.pdf" "$work/charts"
# The overview page (title, counts, chart), then the first page of the table after it.
p=$(page "$work/summary.pdf" '施策評価 結果一覧')
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/summary.pdf" "$work/summary"
p=$((p + 1))
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/summary.pdf" "$work/summary-table"
p=$(page "$work/findings.pdf" '^シート *セル *区分')
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/findings.pdf" "$work/findings"
p=$(page "$work/planning.pdf" "^ *提出状況")
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/planning.pdf" "$work/status"
p=$(page "$work/planning.pdf" "^ *集計")
pdftoppm -png -r 100 -f "$p" -l "$p" -singlefile "$work/planning.pdf" "$work/rollup"
cp "$work/charts.png" docs/images/charts.png
cp "$work/summary.png" docs/images/summary.png
cp "$work/summary-table.png" docs/images/summary-table.png
cp "$work/findings.png" docs/images/findings.png
cp "$work/status.png" docs/images/status.png
cp "$work/rollup.png" docs/images/rollup.png
echo "wrote docs/images/charts.png, summary.png, summary-table.png, findings.png, status.png and rollup.png"
