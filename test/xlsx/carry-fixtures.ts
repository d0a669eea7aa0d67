import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { planCharts } from '../../src/core/charts';
import { readXlsx } from '../../src/xlsx';
import { addChartsToXlsx } from '../../src/xlsx/chart-parts';
import { addOverride, insertDrawingElement, parseRels, relsXml, text } from '../../src/xlsx/chart-parts/package';
import { NS } from '../../src/xlsx/chart-parts/xml';
import { fixtureBytes } from '../support/fixtures';

/**
 * Inputs with a person's chart, for carrying tests: one drawn by Evalsheet's own chart writer
 * under a name a person gives (「グラフ 1」), and one package as Excel writes it (chart with style
 * and colour parts, an mc:AlternateContent style, a picture, a text box) on the Kitakami sheet.
 */

/** The chart writer's chart of indicator ① on kitakami-9-2.xlsx, named as Excel names a person's chart, at B60. */
export async function writerChartXlsx(): Promise<Uint8Array> {
  const bytes = fixtureBytes('kitakami-9-2.xlsx');
  const snap = await readXlsx(bytes, 'k.xlsx');
  const first = planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap }).ops.find((o) => o.op === 'add-chart');
  if (!first || first.op !== 'add-chart') throw new Error('no chart planned for kitakami-9-2');
  return addChartsToXlsx(bytes, [{ ...first.chart, id: 'グラフ 1', anchor: { ...first.chart.anchor, cell: 'B60' } }]);
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const CT_STYLE = 'application/vnd.ms-office.chartstyle+xml';
export const CT_COLORS = 'application/vnd.ms-office.chartcolorstyle+xml';
const REL_STYLE = 'http://schemas.microsoft.com/office/2011/relationships/chartStyle';
const REL_COLORS = 'http://schemas.microsoft.com/office/2011/relationships/chartColorStyle';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

const from = (col: number, row: number) => `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
const to = (col: number, row: number) => `<xdr:to><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;

export const EXCEL_CHART_ANCHOR = `${from(11, 35)}${to(18, 50)}`;
export const EXCEL_FORMULAS = ["'9-2'!$D$37:$J$37", "'9-2'!$D$38:$J$38", "'9-2'!$D$39:$J$39"];

function excelChartXml(): string {
  const ser = (i: number, name: string, row: number, vals: number[]) =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${name}</c:v></c:tx><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
    `<c:cat><c:strRef><c:f>'9-2'!$D$37:$J$37</c:f><c:strCache><c:ptCount val="7"/>${['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'].map((l, k) => `<c:pt idx="${k}"><c:v>${l}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>'9-2'!$D$${row}:$J$${row}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="7"/>${vals.map((v, k) => `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val>` +
    `<c:smooth val="0"/><c:extLst><c:ext uri="{C3380CC4-5D6E-409C-BE32-E72D297353CC}" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart"><c16:uniqueId val="{0000000${i}-0000-0000-0000-000000000000}"/></c:ext></c:extLst></c:ser>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">` +
    `<c:date1904 val="0"/><c:lang val="ja-JP"/><c:roundedCorners val="0"/>` +
    `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:style val="102"/></mc:Choice><mc:Fallback><c:style val="2"/></mc:Fallback></mc:AlternateContent>` +
    `<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    ser(0, '実績値', 38, [43, 43, 27, 36, 96]) +
    ser(1, '期待値', 39, [43, 47.5, 52, 56.5, 61, 65.5, 70]) +
    `<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

const STYLE_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" id="227"><cs:axisTitle><cs:lnRef idx="0"/><cs:fillRef idx="0"/><cs:effectRef idx="0"/><cs:fontRef idx="minor"><a:schemeClr val="tx1"/></cs:fontRef></cs:axisTitle></cs:chartStyle>`;
const COLORS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" meth="cycle" id="10"><a:schemeClr val="accent1"/><a:schemeClr val="accent2"/></cs:colorStyle>`;

/** A picture, a chart and a text box, as Excel writes a sheet's drawing (prefixes c: and r: declared where used). */
function excelDrawingXml(): string {
  const pic =
    `<xdr:twoCellAnchor editAs="oneCell">${from(1, 1)}${to(2, 3)}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="図 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${NS.rel}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="38100" cy="38100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`;
  const chart =
    `<xdr:twoCellAnchor>${EXCEL_CHART_ANCHOR}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="グラフ 2"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{00000000-0008-0000-0000-000003000000}"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  const textBox =
    `<xdr:twoCellAnchor>${from(11, 33)}${to(16, 35)}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="4" name="テキスト ボックス 3"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1905000" cy="381000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr kumimoji="1" lang="ja-JP" altLang="en-US" sz="1100"/><a:t>凡例 ●実績値 ○期待値</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${pic}${chart}${textBox}</xdr:wsDr>`;
}

/** kitakami-9-2.xlsx with a drawing as Excel writes it: picture, the person's chart 「グラフ 2」 (style + colours), a text box. */
export async function excelChartXlsx(extra?: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes('kitakami-9-2.xlsx'));
  const png = new PNG({ width: 4, height: 4 });
  png.data.fill(120);
  zip.file('xl/media/image1.png', PNG.sync.write(png));
  zip.file('xl/drawings/drawing1.xml', excelDrawingXml());
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    relsXml([
      { id: 'rId1', type: REL_IMAGE, target: '../media/image1.png' },
      { id: 'rId2', type: NS.relChart, target: '../charts/chart1.xml' },
    ]),
  );
  zip.file('xl/charts/chart1.xml', excelChartXml());
  zip.file('xl/charts/style1.xml', STYLE_XML);
  zip.file('xl/charts/colors1.xml', COLORS_XML);
  zip.file(
    'xl/charts/_rels/chart1.xml.rels',
    relsXml([
      { id: 'rId2', type: REL_COLORS, target: 'colors1.xml' },
      { id: 'rId1', type: REL_STYLE, target: 'style1.xml' },
    ]),
  );
  const sheetRels = parseRels(await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels'));
  const id = `rId${sheetRels.length + 100}`;
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', relsXml([...sheetRels, { id, type: NS.relDrawing, target: '../drawings/drawing1.xml' }]));
  zip.file('xl/worksheets/sheet1.xml', insertDrawingElement((await text(zip, 'xl/worksheets/sheet1.xml')) as string, id));
  const ct = (await text(zip, '[Content_Types].xml')) as string;
  if (!/Extension="png"/.test(ct)) zip.file('[Content_Types].xml', ct.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
  await addOverride(zip, 'xl/drawings/drawing1.xml', NS.ctDrawing);
  await addOverride(zip, 'xl/charts/chart1.xml', NS.ctChart);
  await addOverride(zip, 'xl/charts/style1.xml', CT_STYLE);
  await addOverride(zip, 'xl/charts/colors1.xml', CT_COLORS);
  if (extra) await extra(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
