/** @jest-environment jsdom */
import './jsdom-shims';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Frame } from '../../src/taskpane/components/Pane';
import { StandaloneShell } from '../../src/taskpane/components/StandaloneShell';
import { resultName, type Opener } from '../../src/taskpane/host/standalone';
import { FakeWorkbook, fakeEngine } from './fakes';

function setup(open: Opener) {
  const save = jest.fn();
  render(
    <Frame lang="en" theme={null}>
      <StandaloneShell engine={fakeEngine({ numeric: ['9-2!C12'] })} open={open} save={save} />
    </Frame>,
  );
  return save;
}
const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

describe('standalone mode', () => {
  test('open a file, check, click a finding: the selection is shown with its neighbourhood; download gets a new name', async () => {
    const wb = new FakeWorkbook({ '9-2!B12': '指標', '9-2!C12': '４３人？', '9-2!D12': 47.5 });
    const opened: { bytes: Uint8Array; name: string }[] = [];
    const save = setup(async (bytes, name) => {
      opened.push({ bytes, name });
      return { port: wb, name, toBytes: async () => new Uint8Array([1, 2, 3]) };
    });
    expect(screen.queryByRole('tab')).toBeNull();
    await userEvent.upload(screen.getByTestId('file-input'), file('kitakami.xlsx'));
    await screen.findByText('File: kitakami.xlsx');
    expect(opened[0].name).toBe('kitakami.xlsx');
    expect([...opened[0].bytes]).toEqual([80, 75, 3, 4]);
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await userEvent.click(await screen.findByTitle('Select cell 9-2!C12'));
    const sel = await screen.findByTestId('selection');
    expect(sel.getAttribute('data-selected')).toBe('9-2!C12');
    expect(sel.textContent).toContain('Selected: 9-2!C12');
    expect(sel.textContent).toContain('Value: ４３人？');
    const grid = within(sel).getByRole('table', { name: '9-2!C12' });
    const current = grid.querySelector('td[aria-selected="true"]');
    expect(current?.getAttribute('title')).toBe('C12');
    expect(current?.previousElementSibling?.textContent).toBe('指標');
    expect(wb.selections).toEqual(['9-2!C12']);
    await userEvent.click(screen.getByRole('button', { name: 'Download result' }));
    expect(save).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), 'kitakami-evalsheet.xlsx');
  });

  test('a file that is not a workbook gets a message naming it, and the pane stays usable', async () => {
    setup(async (_b, name) => {
      throw new Error(`${name}: not an Excel workbook`);
    });
    // The picker asks for .xlsx, but a person can still choose any file ("All files"); applyAccept off mimics that.
    await userEvent.setup({ applyAccept: false }).upload(screen.getByTestId('file-input'), file('notes.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“notes.txt” could not be opened as an Excel workbook.');
    expect(screen.getByRole('button', { name: 'Open .xlsx file' })).toBeTruthy();
  });

  test('result names never equal the input name', () => {
    expect(resultName('a.xlsx')).toBe('a-evalsheet.xlsx');
    expect(resultName('A.XLSX')).toBe('A-evalsheet.xlsx');
    expect(resultName('noext')).toBe('noext-evalsheet.xlsx');
  });
});
