/** @jest-environment jsdom */
/**
 * 「指摘一覧を書き出す」 in the submission list, with the pane's real engine: the submitted workbooks
 * (read by the .xlsx reader in the pane) become one findings sheet per department in the open
 * workbook; an earlier run's sheet of a department with nothing left goes, the person's sheets stay.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { departmentFindings, type Submission } from '../../src/core/summary';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { seedWorkbook } from '../render/seed-workbook';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane } from './render';
import { TextDecoder as NodeTextDecoder } from 'util';

// jsdom has no TextDecoder; every webview the pane runs in has one (the .xlsx reader decodes its XML with it).
const g = globalThis as { TextDecoder?: unknown };
if (!g.TextDecoder) g.TextDecoder = NodeTextDecoder;

const file = (name: string, bytes: Uint8Array) => new File([bytes as Uint8Array<ArrayBuffer>], name, { lastModified: Date.UTC(2025, 5, 1) });
jest.setTimeout(60_000);

test('writes a findings sheet per department over the submissions, removes a stale one, keeps the person’s; undo takes them away', async () => {
  const wb = new FakeWorkbook({ 'メモ!A1': '受付メモ', '指摘 古い課!A1': '指摘一覧「古い課」' });
  renderPane(wb, defaultEngine, 'ja');
  await userEvent.click(screen.getByRole('tab', { name: 'サマリー' }));
  const kitakami = await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]);
  const nasu = await seedWorkbook([{ seed: 'nasushiobara', name: 'P3' }]);
  await userEvent.upload(await screen.findByTestId('submission-input'), [file('北上.xlsx', kitakami), file('那須.xlsx', nasu), file('壊れ.xlsx', new Uint8Array([1, 2, 3]))]);
  const list = await screen.findByRole('list', { name: '提出されたブック' });
  await within(list).findByText(/「壊れ\.xlsx」を読めません/);
  await userEvent.click(screen.getByRole('button', { name: '指摘一覧を書き出す' }));

  // The departments the engine finds over the same files, each on its own sheet.
  const read = (name: string, bytes: Uint8Array) => defaultEngine.readSubmission({ name, lastModified: Date.UTC(2025, 5, 1), bytes: async () => bytes });
  const subs: Submission[] = [await read('北上.xlsx', kitakami), await read('那須.xlsx', nasu), await read('壊れ.xlsx', new Uint8Array([1, 2, 3]))];
  for (const s of subs) if (s.file !== '壊れ.xlsx') expect([s.file, s.error ?? null]).toEqual([s.file, null]);
  const departments = [...departmentFindings(subs).keys()];
  expect(departments.length).toBeGreaterThan(3);
  await screen.findByText(`部署ごとの指摘一覧を ${departments.length} シート（「指摘 」で始まるシート）に書き込みました。各部署に送ってください。`);
  for (const d of departments) expect(String(wb.cells.get(`指摘 ${d}!A1`))).toMatch(new RegExp(`^指摘一覧「${d}」（Evalsheet が作成`));
  expect(departments).toContain('担当部署なし');
  expect(wb.cells.has('指摘 古い課!A1')).toBe(false);
  expect(wb.cells.get('メモ!A1')).toBe('受付メモ');
  // One plan: a put-sheet per department, the stale one deleted, nothing else.
  const plan = wb.plans[wb.plans.length - 1];
  expect(plan.ops.map((o) => (o.op === 'put-sheet' ? o.spec.name : `${o.op} ${'sheet' in o ? o.sheet : ''}`))).toEqual([...departments.map((d) => `指摘 ${d}`), 'delete-sheet 指摘 古い課']);

  await userEvent.click(screen.getByRole('button', { name: '直前の変更を元に戻す' }));
  await screen.findByText(/元に戻しました/);
  for (const d of departments) expect(wb.cells.has(`指摘 ${d}!A1`)).toBe(false);
});

test('nothing to write when the submissions have no findings: said so, nothing written', async () => {
  const wb = new FakeWorkbook({ 'S1!A1': 'x' });
  // An engine whose submissions have no findings: its plan has no sheet to write.
  const engine = { ...fakeEngine({}), planDepartmentFindings: () => ({ title: { ja: '指摘一覧', en: 'Findings' }, ops: [] }) };
  renderPane(wb, engine, 'en');
  await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
  await userEvent.upload(await screen.findByTestId('submission-input'), [new File(['PK1'], 'a.xlsx')]);
  await within(await screen.findByRole('list', { name: 'Submitted workbooks' })).findByText('Ready');
  const before = wb.plans.length;
  await userEvent.click(screen.getByRole('button', { name: 'Write the findings per department' }));
  await screen.findByText('The submitted workbooks have no findings. There is nothing to write.');
  expect(wb.plans.length).toBe(before);
});
