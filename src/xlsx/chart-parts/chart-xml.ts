import type { ChartSpec, SeriesSpec } from '../../core/plan/types';
import { absoluteRange, quoteSheetName } from '../../core/snapshot/address';
import { esc, NS } from './xml';

/**
 * One DrawingML chart part (c:chartSpace) from a ChartSpec. Element order follows the schema
 * (CT_Chart, CT_LineSer, CT_BarSer, CT_ValAx), which Excel enforces strictly.
 */

const TARGET_COLOR = 'C00000';

function formula(ref: { sheet: string; range: string }): string {
  return `${quoteSheetName(ref.sheet)}!${absoluteRange(ref.range)}`;
}

function rich(text: string, size: number, bold: boolean, rotate = false): string {
  const body = rotate ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="ja-JP" sz="${size}"${b}/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number, rotate = false): string {
  return `<c:title>${rich(text, size, true, rotate)}<c:overlay val="0"/></c:title>`;
}

function categories(spec: ChartSpec): string {
  const pts = spec.categories.labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join('');
  const body = `<c:ptCount val="${spec.categories.labels.length}"/>${pts}`;
  return spec.categories.ref
    ? `<c:cat><c:strRef><c:f>${esc(formula(spec.categories.ref))}</c:f><c:strCache>${body}</c:strCache></c:strRef></c:cat>`
    : `<c:cat><c:strLit>${body}</c:strLit></c:cat>`;
}

/** Values: a reference with its cache, or literal numbers; a null is left out, which draws a gap. */
function values(s: SeriesSpec): string {
  const pts = s.values.map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const body = `<c:formatCode>General</c:formatCode><c:ptCount val="${s.values.length}"/>${pts}`;
  return s.ref ? `<c:val><c:numRef><c:f>${esc(formula(s.ref))}</c:f><c:numCache>${body}</c:numCache></c:numRef></c:val>` : `<c:val><c:numLit>${body}</c:numLit></c:val>`;
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${esc(color)}"/></a:solidFill>`;
}

function lineSpPr(s: SeriesSpec): string {
  if (!s.line) return '<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr>';
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : '<a:prstDash val="solid"/>';
  return `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}${dash}<a:round/></a:ln></c:spPr>`;
}

function marker(s: SeriesSpec): string {
  if (!s.marker) return '<c:marker><c:symbol val="none"/></c:marker>';
  return `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(s.color)}<a:ln w="9525">${solid(s.color)}</a:ln></c:spPr></c:marker>`;
}

const NO_LABELS = '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';

/** The target year: a large red diamond with its value on the expected line. */
function targetMark(index: number): string {
  const dPt = `<c:dPt><c:idx val="${index}"/><c:marker><c:symbol val="diamond"/><c:size val="11"/><c:spPr>${solid(TARGET_COLOR)}<a:ln w="9525">${solid(TARGET_COLOR)}</a:ln></c:spPr></c:marker><c:bubble3D val="0"/></c:dPt>`;
  const lbl = `<c:dLbl><c:idx val="${index}"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="1">${solid(TARGET_COLOR)}</a:defRPr></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr><c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`;
  return `${dPt}<c:dLbls>${lbl}${NO_LABELS}</c:dLbls>`;
}

function lineSeries(spec: ChartSpec, s: SeriesSpec, i: number): string {
  // The expected line carries the target mark (it ends at the target); else the last series.
  const expectedIndex = spec.series.findIndex((x) => x.dashed);
  const markHere = spec.targetIndex !== null && i === (expectedIndex >= 0 ? expectedIndex : spec.series.length - 1);
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${lineSpPr(s)}${marker(s)}` +
    (markHere ? targetMark(spec.targetIndex as number) : '') +
    `${categories(spec)}${values(s)}<c:smooth val="0"/></c:ser>`
  );
}

function barSeries(spec: ChartSpec, s: SeriesSpec, i: number): string {
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx><c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${categories(spec)}${values(s)}</c:ser>`;
}

function axes(spec: ChartSpec): string {
  const cat =
    '<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const val =
    '<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    (spec.valueAxisTitle ? title(spec.valueAxisTitle, 900, true) : '') +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${spec.type === 'column' ? '<c:majorUnit val="1"/>' : ''}</c:valAx>`;
  return cat + val;
}

export function chartXml(spec: ChartSpec): string {
  const plot =
    spec.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${spec.series.map((s, i) => lineSeries(spec, s, i)).join('')}<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="${spec.stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${spec.series.map((s, i) => barSeries(spec, s, i)).join('')}<c:gapWidth val="80"/>${spec.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="500100"/><c:axId val="500200"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    '<c:date1904 val="0"/><c:lang val="ja-JP"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axes(spec)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}
