import { planCharts } from '../../src/core/charts';
import type { ChartSpec } from '../../src/core/plan/types';
import { chartXml, EVALUATED_LABEL } from '../../src/xlsx/chart-parts/chart-xml';
import { kitakami } from '../core/charts/build';

function progress(): ChartSpec {
  const a = kitakami();
  const add = planCharts(a, { placement: 'beside' }).ops.find((o) => o.op === 'add-chart');
  if (!add || add.op !== 'add-chart') throw new Error('no chart');
  return add.chart;
}

/** The series XML of series i. */
const seriesXml = (xml: string, i: number) => [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)][i][0];

describe('progress chart marks', () => {
  test('the evaluated year (R5 on Kitakami) is marked on the actual series: a square and the label 「評価年度」', () => {
    const spec = progress();
    expect(spec.categories.labels[spec.evaluatedIndex!]).toBe('R5');
    const xml = chartXml(spec);
    const actual = seriesXml(xml, 0);
    expect(actual).toContain(`<c:dPt><c:idx val="${spec.evaluatedIndex}"/><c:marker><c:symbol val="square"/>`);
    expect(actual).toContain(`<a:t>${EVALUATED_LABEL}</a:t>`);
    // The expected line keeps only the target's diamond.
    const expected = seriesXml(xml, 1);
    expect(expected).not.toContain('square');
    expect(expected).toContain(`<c:dPt><c:idx val="${spec.targetIndex}"/><c:marker><c:symbol val="diamond"/>`);
  });

  test('without an evaluated year in the categories nothing is marked', () => {
    const xml = chartXml({ ...progress(), evaluatedIndex: null });
    expect(xml).not.toContain('square');
    expect(xml).not.toContain(EVALUATED_LABEL);
  });

  test('the unit is written upright, placed above the axis, and the plot leaves room for it', () => {
    const spec = progress();
    expect(spec.valueAxisTitle).toBe('人');
    const xml = chartXml(spec);
    const valAx = /<c:valAx>[\s\S]*<\/c:valAx>/.exec(xml)![0];
    expect(valAx).not.toContain('rot="-5400000"');
    expect(valAx).toMatch(/<c:title><c:tx><c:rich><a:bodyPr rot="0" vert="horz"\/>[\s\S]*<a:t>人<\/a:t>[\s\S]*<c:manualLayout><c:xMode val="edge"\/><c:yMode val="edge"\/><c:x val="0.015"\/><c:y val="0.17"\/>/);
    expect(xml).toMatch(/<c:plotArea><c:layout><c:manualLayout><c:layoutTarget val="inner"\/>[\s\S]*<c:y val="0.25"\/>/);
  });

  test('a stacked column chart stacks its series (the summary’s grades per policy)', () => {
    const spec: ChartSpec = { ...progress(), type: 'column', stacked: true, evaluatedIndex: null, targetIndex: null };
    const xml = chartXml(spec);
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(chartXml({ ...spec, stacked: false })).toContain('<c:grouping val="clustered"/>');
  });
});
