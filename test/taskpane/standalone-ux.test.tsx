/** @jest-environment jsdom */
import './jsdom-shims';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Frame } from '../../src/taskpane/components/Pane';
import { StandaloneShell } from '../../src/taskpane/components/StandaloneShell';
import { resultName, type Opener } from '../../src/taskpane/host/standalone';
import { FakeWorkbook, fakeEngine } from './fakes';

/** Issue 10, standalone: nothing lost by leaving, Download secondary until something changed, drop a file, .xlsm. */

const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

function setup() {
  const wb = new FakeWorkbook({ 'S!D43': null });
  const opened: string[] = [];
  const open: Opener = async (_bytes, name) => {
    opened.push(name);
    return { port: wb, name, toBytes: async () => new Uint8Array([1]) };
  };
  const save = jest.fn();
  render(
    <Frame lang="en" theme={null}>
      <StandaloneShell engine={fakeEngine({ expected: { 'S!D43': 43 } })} open={open} save={save} />
    </Frame>,
  );
  return { opened, save };
}

const leaving = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

test('a dropped .xlsm opens; the bar is one line once open; Download is primary only after a change, and leaving warns until downloaded', async () => {
  const { opened, save } = setup();
  expect(screen.getByTestId('file-input').getAttribute('accept')).toContain('.xlsm');
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file('部局2.xlsm')] } });
  await screen.findByText('File: 部局2.xlsm');
  expect(opened).toEqual(['部局2.xlsm']);
  expect(screen.queryByText(/Excel is not available here/)).toBeNull();
  const download = () => screen.getByRole('button', { name: 'Download result' });
  expect(download().getAttribute('data-dirty')).toBe('false');
  expect(leaving()).toBe(false);
  await userEvent.click(screen.getByRole('tab', { name: 'Expected values' }));
  await userEvent.click(await screen.findByRole('button', { name: /Apply all/ }));
  await waitFor(() => expect(download().getAttribute('data-dirty')).toBe('true'));
  expect(leaving()).toBe(true);
  await userEvent.click(download());
  expect(save).toHaveBeenCalledWith(new Uint8Array([1]), '部局2-evalsheet.xlsx');
  await waitFor(() => expect(download().getAttribute('data-dirty')).toBe('false'));
  expect(leaving()).toBe(false);
  expect(resultName('a.XLSM')).toBe('a-evalsheet.xlsx');
});
