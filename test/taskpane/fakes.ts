import { parseCellAddress } from '../../src/core/snapshot/address';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot/types';
import type { ApplyResult, EditOp, EditPlan } from '../../src/core/plan/types';
import type { Finding, RuleId, Severity } from '../../src/core/findings/types';
import type { WorkbookAnalysis } from '../../src/core/analyze/types';
import type { WorkbookPort } from '../../src/core/port';
import type { Settings } from '../../src/core/settings';
import type { GradePreset } from '../../src/core/grading/types';
import type { Engine, FillRow } from '../../src/taskpane/state/engine';

/**
 * A workbook in memory behind the WorkbookPort, doing what the adapters promise: compare-and-set on
 * values (skips cells changed since the plan was made), and an undo plan that restores what it overwrote.
 */
export class FakeWorkbook implements WorkbookPort {
  readonly cells = new Map<string, CellValue>();
  readonly fills = new Map<string, string | null>();
  readonly notes = new Map<string, string | null>();
  readonly charts: string[] = [];
  readonly selections: string[] = [];
  readonly plans: EditPlan[] = [];
  settings: Partial<Settings> | null = null;
  settingsWrites: Partial<Settings>[] = [];
  protectedSheets = new Set<string>();
  /** Set to make the next readSnapshot fail (or hang, with a promise). */
  failRead: Error | null = null;
  holdRead: Promise<void> | null = null;

  constructor(cells: Record<string, CellValue> = {}) {
    for (const [k, v] of Object.entries(cells)) this.cells.set(k, v);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    if (this.holdRead) await this.holdRead;
    if (this.failRead) throw this.failRead;
    const bySheet = new Map<string, [number, number, CellValue][]>();
    for (const [key, v] of this.cells) {
      const [sheet, cell] = key.split('!');
      const { row, col } = parseCellAddress(cell);
      const list = bySheet.get(sheet) ?? [];
      list.push([row, col, v]);
      bySheet.set(sheet, list);
    }
    const sheets = [...bySheet].map(([name, list]) => {
      const rows = Math.max(...list.map((l) => l[0])) + 1;
      const cols = Math.max(...list.map((l) => l[1])) + 1;
      const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
      for (const [r, c, v] of list) values[r][c] = v;
      return { name, origin: { row: 0, col: 0 }, values, formats: values.map((r) => r.map(() => 'General')) };
    });
    return { name: 'fake.xlsx', sheets };
  }

  async applyPlan(plan: EditPlan): Promise<ApplyResult> {
    this.plans.push(plan);
    let applied = 0;
    const skipped: ApplyResult['skipped'] = [];
    const undo: EditOp[] = [];
    for (const op of plan.ops) {
      if ('sheet' in op && op.sheet && this.protectedSheets.has(op.sheet)) {
        skipped.push({ op, reason: 'protected', detail: 'sheet is protected' });
        continue;
      }
      switch (op.op) {
        case 'set-value': {
          const key = `${op.sheet}!${op.cell}`;
          const now = this.cells.get(key) ?? null;
          if (now !== op.expect) {
            skipped.push({ op, reason: 'changed-since-check' });
            continue;
          }
          this.cells.set(key, op.value);
          undo.unshift({ op: 'set-value', sheet: op.sheet, cell: op.cell, value: now as string | number | null, expect: op.value });
          break;
        }
        case 'set-fill': {
          const key = `${op.sheet}!${op.cell}`;
          undo.unshift({ op: 'set-fill', sheet: op.sheet, cell: op.cell, color: this.fills.get(key) ?? null });
          this.fills.set(key, op.color);
          break;
        }
        case 'set-note': {
          const key = `${op.sheet}!${op.cell}`;
          undo.unshift({ op: 'set-note', sheet: op.sheet, cell: op.cell, text: this.notes.get(key) ?? null });
          this.notes.set(key, op.text);
          break;
        }
        case 'add-chart':
          this.charts.push(op.chart.id);
          undo.unshift({ op: 'delete-chart', sheet: op.chart.sheet, id: op.chart.id });
          break;
        case 'delete-chart':
        case 'delete-owned-charts':
          this.charts.length = 0;
          break;
        case 'put-sheet':
          this.cells.set(`${op.spec.name}!A1`, String(op.spec.rows[0]?.[0]?.value ?? ''));
          undo.unshift({ op: 'delete-sheet', sheet: op.spec.name });
          break;
        case 'delete-sheet':
          for (const k of [...this.cells.keys()]) if (k.startsWith(`${op.sheet}!`)) this.cells.delete(k);
          break;
      }
      applied++;
    }
    return { applied, skipped, undo: { title: { ja: '元に戻す', en: 'Undo' }, ops: undo } };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selections.push(`${sheet}!${cell}`);
  }

  async readSettings(): Promise<Partial<Settings> | null> {
    return this.settings ? JSON.parse(JSON.stringify(this.settings)) : null;
  }

  async writeSettings(s: Partial<Settings>): Promise<void> {
    this.settings = JSON.parse(JSON.stringify(s));
    this.settingsWrites.push(this.settings as Partial<Settings>);
  }
}

export interface FakeRules {
  /** Cells that should hold these expected values: blank → expected-missing, other → expected-mismatch. */
  expected?: Record<string, number>;
  /** Cells that should hold numbers: text there → value-not-numeric (message quotes the text). */
  numeric?: string[];
  /** Findings reported as they are. */
  extra?: Finding[];
}

export function finding(rule: RuleId, severity: Severity, sheet: string, cell: string, en: string, ja: string): Finding {
  return { rule, severity, sheet, cell, message: { en, ja }, data: {}, fix: null };
}

const AD = (a: number) => [
  { grade: 'A', min: a },
  { grade: 'B', min: 0.8 },
  { grade: 'C', min: 0.5 },
  { grade: 'D', min: -Infinity },
];

export const PRESETS_FAKE: GradePreset[] = [
  { id: 'default', name: { ja: '標準（A–D）', en: 'Default (A–D)' }, scale: ['A', 'B', 'C', 'D'], ungraded: [], basis: 'progress', thresholds: AD(1), points: {}, source: '' },
  { id: 'osaka-library', name: { ja: '大阪府立図書館', en: 'Osaka Prefectural Library' }, scale: ['A', 'B', 'C', 'D'], ungraded: [], basis: 'progress', thresholds: AD(1.1), points: {}, source: '' },
  {
    id: 'nagoya-port',
    name: { ja: '名古屋港', en: 'Nagoya Port' },
    scale: ['順調', 'やや遅れ', '遅れ'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: '順調', min: 0.8 },
      { grade: 'やや遅れ', min: 0.6 },
      { grade: '遅れ', min: -Infinity },
    ],
    points: {},
    source: '',
  },
];

/** A small engine with real behaviour (findings follow the cells), so apply → recheck → undo can be observed. */
export function fakeEngine(rules: FakeRules): Engine & { analyzedWith: Partial<Settings>[] } {
  const analyzedWith: Partial<Settings>[] = [];
  const valueAt = (s: WorkbookSnapshot, key: string): CellValue => {
    const [sheet, cell] = key.split('!');
    const ws = s.sheets.find((x) => x.name === sheet);
    const { row, col } = parseCellAddress(cell);
    return ws?.values[row]?.[col] ?? null;
  };
  return {
    analyzedWith,
    presets: PRESETS_FAKE,
    analyze(snapshot, settings) {
      analyzedWith.push(settings);
      const findings: Finding[] = [];
      for (const [key, want] of Object.entries(rules.expected ?? {})) {
        const [sheet, cell] = key.split('!');
        const now = valueAt(snapshot, key);
        if (now === null) {
          findings.push({ ...finding('expected-missing', 'warning', sheet, cell, `Expected value missing; should be ${want}`, `期待値が空欄です（${want}）`), fix: { cell, value: want }, data: { from: now } });
        } else if (now !== want) {
          findings.push({ ...finding('expected-mismatch', 'warning', sheet, cell, `Expected ${now} differs from ${want}`, `期待値 ${now} は ${want} と異なります`), fix: { cell, value: want }, data: { from: now } });
        }
      }
      for (const key of rules.numeric ?? []) {
        const [sheet, cell] = key.split('!');
        const now = valueAt(snapshot, key);
        if (typeof now === 'string') findings.push(finding('value-not-numeric', 'error', sheet, cell, `"${now}" is not a number`, `「${now}」は数値ではありません`));
      }
      findings.push(...(rules.extra ?? []));
      return { name: snapshot.name, settings: settings as Settings, sheets: [{ model: { kind: 'evaluation' } } as unknown as WorkbookAnalysis['sheets'][number]], findings };
    },
    proposeFill(analysis, { overwriteMismatches }) {
      return analysis.findings
        .filter((f) => f.rule === 'expected-missing' || (overwriteMismatches && f.rule === 'expected-mismatch'))
        .map<FillRow>((f) => ({
          key: `${f.sheet}!${f.cell}`,
          sheet: f.sheet,
          cell: f.cell,
          from: (f.data.from as CellValue) ?? null,
          to: f.fix?.value ?? 0,
          reason: { ja: '基準値と目標値の直線', en: 'straight line baseline → target' },
          change: f,
        }));
    },
    planFill(rows) {
      return { title: { ja: '期待値', en: 'Expected values' }, ops: rows.map((r) => ({ op: 'set-value', sheet: r.sheet, cell: r.cell, value: r.to, expect: r.from })) };
    },
    planAnnotate(a) {
      const ops: EditOp[] = a.findings.flatMap<EditOp>((f) => [
        { op: 'set-fill', sheet: f.sheet, cell: f.cell, color: 'FFC7CE' },
        { op: 'set-note', sheet: f.sheet, cell: f.cell, text: f.message.ja },
      ]);
      return { title: { ja: '印', en: 'Marks' }, ops };
    },
    planCharts(a, { placement }) {
      return {
        title: { ja: 'グラフ', en: 'Charts' },
        ops: [{ op: 'add-chart', chart: { id: `evalsheet:${placement}`, kind: 'progress', type: 'line', sheet: placement === 'sheet' ? 'グラフ' : 'S1', anchor: { cell: 'L2', widthPx: 400, heightPx: 240 }, title: '①', categories: { labels: [], ref: null }, series: [], valueAxisTitle: null, targetIndex: null } }],
      };
    },
    planRemoveCharts() {
      return { title: { ja: 'グラフ削除', en: 'Remove charts' }, ops: [{ op: 'delete-owned-charts', sheet: null }] };
    },
    planSummary() {
      return { title: { ja: 'サマリー', en: 'Summary' }, ops: [{ op: 'put-sheet', spec: { name: '評価サマリー', owner: 'evalsheet', rows: [[{ value: '施策' }]], headerRows: 1 } }] };
    },
    /** A file whose text starts with 「PK」 is a workbook holding its text as one cell A1 of sheet S1; anything else cannot be read. */
    async readSubmission(file) {
      const text = String.fromCharCode(...(await file.bytes()));
      const modified = new Date(file.lastModified);
      if (!text.startsWith('PK')) return { file: file.name, modified, analysis: null, error: { ja: `「${file.name}」を読めません。`, en: `${file.name} cannot be read.` } };
      return { file: file.name, modified, analysis: this.analyze({ name: file.name, sheets: [{ name: 'S1', origin: { row: 0, col: 0 }, values: [[text.slice(2)]], formats: [['General']] }] }, {}) };
    },
    planDepartmentFindings(subs, existing) {
      const ops: EditOp[] = subs.map((s) => ({ op: 'put-sheet', spec: { name: `指摘 ${s.file}`, owner: 'evalsheet', rows: [[{ value: s.file }]], headerRows: 0 } }));
      for (const sheet of existing) if (sheet.startsWith('指摘 ') && !subs.some((s) => `指摘 ${s.file}` === sheet)) ops.push({ op: 'delete-sheet', sheet });
      return { title: { ja: '指摘一覧', en: 'Findings' }, ops };
    },
    planSubmissions(subs) {
      return { title: { ja: '提出状況', en: 'Submissions' }, ops: [{ op: 'put-sheet', spec: { name: '提出状況', owner: 'evalsheet', rows: [[{ value: subs.map((s) => s.file).join(',') }]], headerRows: 0 } }] };
    },
  };
}
