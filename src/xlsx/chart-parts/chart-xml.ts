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

function rich(text: string, size: number, bold: boolean, rotate: boolean | 'upright' = false): string {
  // An axis title is turned on its side unless told otherwise: 'upright' says rot 0 outright.
  const body = rotate === true ? '<a:bodyPr rot="-5400000" vert="horz"/>' : rotate === 'upright' ? '<a:bodyPr rot="0" vert="horz"/>' : '<a:bodyPr/>';
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="ja-JP" sz="${size}"${b}/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number, rotate: boolean | 'upright' = false): string {
  return `<c:title>${rich(text, size, true, rotate)}<c:overlay val="0"/></c:title>`;
}

/**
 * The unit as a value axis title written horizontally above the axis (「人」 read upright, not turned
 * on its side): a manual layout at the top-left of the plot, which leaves room for it (plotLayout).
 */
function unitTitle(text: string): string {
  return `<c:title>${rich(text, 900, true, 'upright')}<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.015"/><c:y val="${UNIT_Y}"/></c:manualLayout></c:layout><c:overlay val="0"/></c:title>`;
}

const UNIT_Y = 0.17;

/** The plot below the title and the unit, above the category labels and the legend. */
function plotLayout(spec: ChartSpec): string {
  if (!spec.valueAxisTitle) return '<c:layout/>';
  return '<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.1"/><c:y val="0.25"/><c:w val="0.86"/><c:h val="0.5"/></c:manualLayout></c:layout>';
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

const EVALUATED_COLOR = '203864';
/** The label at the evaluated year's point. */
export const EVALUATED_LABEL = '評価年度';

type PointMark = { index: number; dPt: string; lbl: string };

function label(index: number, pos: 't' | 'b', color: string, custom: string | null): string {
  const tx = custom ? `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="ja-JP" sz="900" b="1">${solid(color)}</a:rPr><a:t>${esc(custom)}</a:t></a:r></a:p></c:rich></c:tx>` : '';
  const flags = custom ? '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="1"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' : '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
  return `<c:dLbl><c:idx val="${index}"/>${tx}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="1">${solid(color)}</a:defRPr></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr><c:dLblPos val="${pos}"/>${flags}</c:dLbl>`;
}

/** The target year: a large red diamond with its value on the expected line. */
function targetMark(index: number): PointMark {
  return {
    index,
    dPt: `<c:dPt><c:idx val="${index}"/><c:marker><c:symbol val="diamond"/><c:size val="11"/><c:spPr>${solid(TARGET_COLOR)}<a:ln w="9525">${solid(TARGET_COLOR)}</a:ln></c:spPr></c:marker><c:bubble3D val="0"/></c:dPt>`,
    lbl: label(index, 't', TARGET_COLOR, null),
  };
}

/** The evaluated year: a dark square on its point, labelled 「評価年度」 below it. */
function evaluatedMark(index: number): PointMark {
  return {
    index,
    dPt: `<c:dPt><c:idx val="${index}"/><c:marker><c:symbol val="square"/><c:size val="10"/><c:spPr>${solid(EVALUATED_COLOR)}<a:ln w="19050">${solid('FFFFFF')}</a:ln></c:spPr></c:marker><c:bubble3D val="0"/></c:dPt>`,
    lbl: label(index, 'b', EVALUATED_COLOR, EVALUATED_LABEL),
  };
}

function pointMarks(marks: PointMark[]): string {
  if (marks.length === 0) return '';
  return `${marks.map((m) => m.dPt).join('')}<c:dLbls>${marks.map((m) => m.lbl).join('')}${NO_LABELS}</c:dLbls>`;
}

/** The series that carries the evaluated year's mark: the first with a value that year (the actual, else the expected). */
function evaluatedSeries(spec: ChartSpec): number {
  const i = spec.evaluatedIndex;
  if (i === null || i === undefined) return -1;
  return spec.series.findIndex((x) => x.values[i] !== null && x.values[i] !== undefined && Number.isFinite(x.values[i] as number));
}

function lineSeries(spec: ChartSpec, s: SeriesSpec, i: number): string {
  // The expected line carries the target mark (it ends at the target); else the last series.
  const expectedIndex = spec.series.findIndex((x) => x.dashed);
  const markHere = spec.targetIndex !== null && i === (expectedIndex >= 0 ? expectedIndex : spec.series.length - 1);
  const marks: PointMark[] = [];
  if (i === evaluatedSeries(spec) && !(markHere && spec.targetIndex === spec.evaluatedIndex)) marks.push(evaluatedMark(spec.evaluatedIndex as number));
  if (markHere) marks.push(targetMark(spec.targetIndex as number));
  marks.sort((a, b) => a.index - b.index); // the schema's dPt and dLbl lists in point order
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${lineSpPr(s)}${marker(s)}` +
    pointMarks(marks) +
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
    (spec.valueAxisTitle ? unitTitle(spec.valueAxisTitle) : '') +
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
    `<c:chart>${title(spec.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea>${plotLayout(spec)}${plot}${axes(spec)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${solid('FFFFFF')}<a:ln w="9525">${solid('BFBFBF')}</a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}
