import { execFileSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { FIXTURE_DIR, fixtureBytes } from '../support/fixtures';

/**
 * Real-world-shaped workbooks for the write-by-patching tests, built from the kitakami-defects
 * fixture (which has a blank expected value to fill and findings to annotate):
 * - excelStyle(): the parts Excel writes, as XML: a print area and a named cell, printer settings,
 *   data validation, a conditional format, a person's note (legacy comment + VML) and a threaded
 *   comment, an image part, an EMPTY docProps/custom.xml (as Excel and LibreOffice write one),
 *   calcChain, and — as .xlsm — a VBA project with the macro-enabled content type.
 * - libreOffice(): the fixture converted by LibreOffice (soffice), cached under test-output.
 */

const CT_XLSM = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const PRINT_AREA = `<definedName name="_xlnm.Print_Area" localSheetId="0">'9-2'!$A$1:$J$111</definedName>`;
export const NAMED_CELL = `<definedName name="予算">'9-2'!$C$5</definedName>`;
export const VALIDATION = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B3"><formula1>"A,B,C"</formula1></dataValidation></dataValidations>';
export const COND_FORMAT = '<conditionalFormatting sqref="F10:F60"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';
export const PAGE_SETUP = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId91"/>';

export async function excelStyle(macro: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes('kitakami-defects.xlsx'));
  const s = async (n: string) => (await zip.file(n)!.async('string'));
  let ct = await s('[Content_Types].xml');
  const over = (part: string, type: string) => (ct = ct.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`));
  ct = ct.replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="png" ContentType="image/png"/><Default ');
  let wb = await s('xl/workbook.xml');
  wb = wb.replace('<definedNames/>', `<definedNames>${PRINT_AREA}${NAMED_CELL}</definedNames>`);
  zip.file('xl/workbook.xml', wb);
  let wbRels = await s('xl/_rels/workbook.xml.rels');
  wbRels = wbRels.replace('</Relationships>', `<Relationship Id="rId90" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`);
  zip.file('xl/calcChain.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F40" i="1"/></calcChain>');
  over('xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml');
  if (macro) {
    ct = ct.replace(CT_XLSX, CT_XLSM);
    wbRels = wbRels.replace('</Relationships>', `<Relationship Id="rId92" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`);
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from({ length: 504 }, (_, i) => (i * 7) & 0xff)]));
    over('xl/vbaProject.bin', 'application/vnd.ms-office.vbaProject');
  }
  zip.file('xl/_rels/workbook.xml.rels', wbRels);
  // The sheet: validation, conditional format, page setup with printer settings, a person's note.
  let sheet = await s('xl/worksheets/sheet1.xml');
  sheet = sheet.replace('</sheetData>', `</sheetData>${COND_FORMAT}${VALIDATION}${PAGE_SETUP}<legacyDrawing r:id="rId93"/>`);
  if (!/<worksheet[^>]*xmlns:r=/.test(sheet)) sheet = sheet.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId91" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>` +
      `<Relationship Id="rId93" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId94" Type="${REL}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rId95" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`,
  );
  zip.file('xl/printerSettings/printerSettings1.bin', new Uint8Array(Array.from({ length: 1200 }, (_, i) => (i * 31) & 0xff)));
  zip.file('xl/comments1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={0A1B}</author><author>課長</author></authors><commentList><comment ref="A1" authorId="1"><text><r><t>課長確認済み</t></r></text></comment></commentList></comments>');
  over('xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml');
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>',
  );
  zip.file('xl/threadedComments/threadedComment1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" dT="2026-04-01T09:00:00.00" personId="{0A1B}" id="{1111}"><text>確認済み</text></threadedComment></ThreadedComments>');
  over('xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
  zip.file('xl/media/image1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]));
  // An empty custom properties part, as Excel writes for a sensitivity label and LibreOffice always.
  zip.file('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>');
  over('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
  const root = (await s('_rels/.rels')).replace('</Relationships>', `<Relationship Id="rId99" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`);
  zip.file('_rels/.rels', root);
  zip.file('[Content_Types].xml', ct);
  // A dxf for the conditional format.
  let styles = await s('xl/styles.xml');
  if (!/<dxfs/.test(styles)) styles = styles.replace('</styleSheet>', '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs></styleSheet>');
  zip.file('xl/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The fixture as LibreOffice writes it (cached: soffice takes seconds). */
export function libreOffice(): Uint8Array {
  const out = path.join(FIXTURE_DIR, '..', 'write-fixtures', 'kitakami-defects-lo.xlsx');
  if (!fs.existsSync(out)) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xwrite-'));
    const src = path.join(work, 'kitakami-defects-lo.ods');
    fs.writeFileSync(path.join(work, 'in.xlsx'), fixtureBytes('kitakami-defects.xlsx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(work, 'out'), path.join(work, 'in.xlsx')], { stdio: 'ignore', timeout: 120000 });
    void src;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.copyFileSync(path.join(work, 'out', 'in.xlsx'), out);
    fs.rmSync(work, { recursive: true, force: true });
  }
  return new Uint8Array(fs.readFileSync(out));
}
