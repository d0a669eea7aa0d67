/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PreviousSheet } from '../../src/core/previous/types';
import type { PreviousWorkbook, SubmittedFile } from '../../src/taskpane/state/engine';
import { FakeWorkbook, fakeEngine, finding } from './fakes';
import { renderPane } from './render';

const file = (name: string, text: string) => new File([text], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const LAST_YEAR = [{ file: 'r4.xlsx', model: { sheet: '9-2' }, evaluationYear: 2022 }] as unknown as PreviousSheet[];

/** The fake engine, with last year's workbook read as given and each analysis's `previous` recorded. */
function engineWith(read: (f: SubmittedFile) => PreviousWorkbook) {
  const base = fakeEngine({ extra: [finding('sudden-change', 'info', '9-2', 'F42', 'Actual jumps', '実績値が変化')] });
  const seen: (PreviousSheet[] | undefined)[] = [];
  const picked: string[] = [];
  return {
    seen,
    picked,
    engine: {
      ...base,
      analyze: (s: Parameters<typeof base.analyze>[0], settings: Parameters<typeof base.analyze>[1], previous?: PreviousSheet[]) => {
        seen.push(previous);
        const a = base.analyze(s, settings);
        return previous ? { ...a, findings: [...a.findings, finding('target-changed', 'warning', '9-2', 'J39', 'target changed', '目標値が変わっています')] } : a;
      },
      readPrevious: async (f: SubmittedFile) => {
        picked.push(`${f.name}:${(await f.bytes()).length}`);
        return read(f);
      },
    },
  };
}

describe('Check: 「前年度のブックと比較」', () => {
  test('picking last year\'s workbook reads it and checks against it; 「比較をやめる」 checks without it', async () => {
    const t = engineWith((f) => ({ file: f.name, sheets: LAST_YEAR }));
    renderPane(new FakeWorkbook({ '9-2!A1': 'x' }), t.engine, 'ja');
    await userEvent.upload(screen.getByTestId('previous-input'), file('r4.xlsx', 'PK12'));
    await waitFor(() => expect(screen.getByTestId('previous-on').textContent).toBe('前年度のブック「r4.xlsx」（評価シート 1 件）と比較しています。'));
    expect(t.picked).toEqual(['r4.xlsx:4']);
    expect(t.seen).toEqual([LAST_YEAR]);
    expect(await screen.findByText('目標値が変わっています')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '比較をやめる' }));
    await waitFor(() => expect(t.seen).toEqual([LAST_YEAR, undefined]));
    expect(screen.queryByText('目標値が変わっています')).toBeNull();
    expect(screen.getByRole('button', { name: '前年度のブックと比較' })).toBeTruthy();
  });

  test('a workbook that cannot be read, or has no evaluation sheet, is said and nothing is compared', async () => {
    const t = engineWith((f) => (f.name === 'bad.xlsx' ? { file: f.name, error: { ja: '「bad.xlsx」を読めません。', en: 'bad.xlsx cannot be read.' } } : { file: f.name, sheets: [] }));
    renderPane(new FakeWorkbook({ '9-2!A1': 'x' }), t.engine, 'ja');
    await userEvent.upload(screen.getByTestId('previous-input'), file('bad.xlsx', 'no'));
    expect((await screen.findByTestId('previous-error')).textContent).toBe('「bad.xlsx」を読めません。');
    await userEvent.upload(screen.getByTestId('previous-input'), file('memo.xlsx', 'PK'));
    expect((await screen.findByTestId('previous-none')).textContent).toContain('「memo.xlsx」に評価シートが見つからないため');
    expect(t.seen).toEqual([]);
  });

  test('without an engine that reads last year, there is no button (and no rule says it passed)', () => {
    renderPane(new FakeWorkbook({ '9-2!A1': 'x' }), fakeEngine({}), 'ja');
    expect(screen.queryByText('前年度のブックと比較')).toBeNull();
  });
});

