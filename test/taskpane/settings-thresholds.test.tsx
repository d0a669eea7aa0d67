/** @jest-environment jsdom */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane, openView } from './render';

async function openSettings(wb: FakeWorkbook, lang: 'en' | 'ja' = 'en') {
  const engine = fakeEngine({});
  renderPane(wb, engine, lang);
  await openView(lang === 'en' ? 'Settings' : '設定');
  const group = await screen.findByRole('group', { name: lang === 'en' ? 'Grade thresholds (minimum progress)' : '評価のしきい値（進捗率の下限）' });
  return { engine, group };
}

/** The threshold fields of the group as [label, value]. */
function fields(group: HTMLElement): [string, string][] {
  return within(group)
    .getAllByRole('textbox')
    .map((el) => [el.getAttribute('id') ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '', (el as HTMLInputElement).value]);
}

const field = (group: HTMLElement, grade: string) => within(group).getByRole('textbox', { name: `${grade} from` }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement;
const resetButton = (group: HTMLElement) => within(group).getByRole('button', { name: 'Reset to the preset’s' }) as HTMLButtonElement;

async function retype(el: HTMLInputElement, text: string) {
  await userEvent.clear(el);
  if (text !== '') await userEvent.type(el, text);
}

describe('Settings view: grade thresholds', () => {
  test('show the chosen preset’s minimums in percent, one field per grade but the last', async () => {
    const { group } = await openSettings(new FakeWorkbook({ 'S!A1': 'x' }));
    expect(fields(group)).toEqual([
      ['A from', '100'],
      ['B from', '80'],
      ['C from', '50'],
    ]);
    expect(within(group).getByText('D takes anything lower. Percent of progress, as the preset measures it.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Grade preset' }), 'osaka-library');
    expect(fields(group)).toEqual([
      ['A from', '110'],
      ['B from', '80'],
      ['C from', '50'],
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Grade preset' }), 'nagoya-port');
    expect(fields(group)).toEqual([
      ['順調 from', '80'],
      ['やや遅れ from', '60'],
    ]);
    expect(within(group).getByText(/^遅れ takes anything lower/)).toBeTruthy();
  });

  test('edited minimums are saved with the other settings as fractions, used by the next check, and shown when the pane reopens', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    const { engine, group } = await openSettings(wb);
    await retype(field(group, 'B'), '９０％'); // as typed on a Japanese keyboard
    await userEvent.click(saveButton());
    await screen.findByText('Settings saved in the workbook.');
    expect(wb.settings).toEqual({ evaluationYear: null, preset: 'default', rounding: 'round', thresholds: { A: 1, B: 0.9, C: 0.5 } });
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('counts');
    expect(engine.analyzedWith.at(-1)).toMatchObject({ thresholds: { A: 1, B: 0.9, C: 0.5 } });

    cleanup();
    const reopened = await openSettings(wb);
    await waitFor(() => expect(field(reopened.group, 'B').value).toBe('90'));
    expect(fields(reopened.group).map(([, v]) => v)).toEqual(['100', '90', '50']);
  });

  test('a field that is not a percentage gets a message and nothing is saved; fixing it allows saving', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    const { group } = await openSettings(wb);
    await retype(field(group, 'B'), 'eighty');
    expect(within(group).getByText('“eighty” is not a percentage.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    await userEvent.click(saveButton());
    await retype(field(group, 'C'), '');
    expect(within(group).getByText('“” is not a percentage.')).toBeTruthy();
    expect(wb.settingsWrites).toHaveLength(0);
    await retype(field(group, 'B'), '75.5');
    await retype(field(group, 'C'), '40');
    expect(within(group).queryByText(/is not a percentage/)).toBeNull();
    await userEvent.click(saveButton());
    await screen.findByText('Settings saved in the workbook.');
    expect(wb.settings).toMatchObject({ thresholds: { A: 1, B: 0.755, C: 0.4 } });
  });

  test('minimums that do not fall from the best grade are refused with the engine’s message', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    const { group } = await openSettings(wb);
    await retype(field(group, 'A'), '80');
    expect(within(group).getByText('Thresholds must fall from the best grade down: B 80% is not below A 80%')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    await retype(field(group, 'A'), '81');
    expect(within(group).queryByText(/must fall/)).toBeNull();
    expect(saveButton().disabled).toBe(false);
  });

  test('reset goes back to the preset’s own, and saving then clears the override (null)', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    wb.settings = { preset: 'osaka-library', thresholds: { A: 1.2, B: 0.9, C: 0.6 } };
    const { group } = await openSettings(wb);
    await waitFor(() => expect(fields(group).map(([, v]) => v)).toEqual(['120', '90', '60']));
    expect(resetButton(group).disabled).toBe(false);
    await userEvent.click(resetButton(group));
    expect(fields(group).map(([, v]) => v)).toEqual(['110', '80', '50']);
    expect(resetButton(group).disabled).toBe(true);
    await userEvent.click(saveButton());
    await screen.findByText('Settings saved in the workbook.');
    expect(wb.settings).toMatchObject({ preset: 'osaka-library', thresholds: null });
  });

  test('another preset starts from its own; going back to the saved one shows the saved minimums', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    wb.settings = { preset: 'osaka-library', thresholds: { A: 1.2, B: 0.9, C: 0.6 } };
    const { group } = await openSettings(wb);
    await waitFor(() => expect(field(group, 'A').value).toBe('120'));
    const preset = screen.getByRole('combobox', { name: 'Grade preset' });
    await userEvent.selectOptions(preset, 'default');
    expect(fields(group).map(([, v]) => v)).toEqual(['100', '80', '50']);
    await userEvent.selectOptions(preset, 'osaka-library');
    expect(fields(group).map(([, v]) => v)).toEqual(['120', '90', '60']);
    await userEvent.selectOptions(preset, 'nagoya-port');
    await userEvent.click(saveButton());
    await screen.findByText('Settings saved in the workbook.');
    expect(wb.settings).toMatchObject({ preset: 'nagoya-port', thresholds: null });
  });

  test('in Japanese', async () => {
    const { group } = await openSettings(new FakeWorkbook({ 'S!A1': 'x' }), 'ja');
    const a = within(group).getByRole('textbox', { name: 'A の下限' });
    await retype(a as HTMLInputElement, '百');
    expect(within(group).getByText('「百」は百分率として読めません。')).toBeTruthy();
    expect(within(group).getByRole('button', { name: '評価基準の値に戻す' })).toBeTruthy();
  });
});
