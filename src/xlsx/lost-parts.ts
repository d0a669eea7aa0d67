import JSZip from 'jszip';

/**
 * Package parts ExcelJS reads and writes back (see exceljs lib/xlsx/xlsx.js), plus parts that are
 * safe to drop because Excel rebuilds them (calcChain) or they only hold printer driver blobs.
 * Anything else in the input (charts, pivot tables, macros, slicers, threaded comments, external
 * links, custom XML …) would silently vanish on save: an allow-list, so unknown parts are reported.
 */
const KEPT: RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/theme\/[^/]+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/calcChain\.xml$/,
  /^xl\/printerSettings\/[^/]+$/,
];

export function lostPartNames(names: string[]): string[] {
  return names
    .map((n) => n.replace(/^\//, ''))
    .filter((n) => !n.endsWith('/'))
    .filter((n) => !KEPT.some((re) => re.test(n)))
    .sort();
}

/**
 * Links to a place in the workbook (a table of contents sheet) carry only a `location` and no
 * relationship id; ExcelJS keeps hyperlinks by relationship only, so these would vanish too.
 */
const INTERNAL_LINK = /<hyperlink\b(?![^>]*\br:id=)[^>]*\blocation=/;

/** The parts of an .xlsx package that saving through ExcelJS would lose. */
export async function findLostParts(zip: JSZip): Promise<string[]> {
  const lost = lostPartNames(Object.keys(zip.files).filter((n) => !zip.files[n].dir));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()) {
    const xml = await zip.file(name)!.async('string');
    if (INTERNAL_LINK.test(xml)) lost.push(`${name} (links to cells)`);
  }
  return lost;
}
