/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane } from './render';

// The fill view's chunk fails to load the first time (as when the add-in was redeployed under an
// open pane). A module whose factory threw is not cached, so the next import() runs it again.
let mockFillLoads = 0;
jest.mock('../../src/taskpane/components/FillView', () => {
  mockFillLoads += 1;
  if (mockFillLoads === 1) throw new Error('Loading chunk view-fill failed.');
  return jest.requireActual('../../src/taskpane/components/FillView');
});

describe('views loaded on demand', () => {
  test('a view that fails to load shows a message and a retry; the pane and the other views keep working', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.click(screen.getByRole('tab', { name: 'Expected values' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This view could not be loaded.');
    expect(alert.textContent).toContain('Loading chunk view-fill failed.');
    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    expect(await screen.findByRole('button', { name: 'Mark flagged cells' })).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect(screen.getByRole('button', { name: 'Check the workbook' })).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Expected values' }));
    expect(screen.getByRole('alert').textContent).toContain('This view could not be loaded.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('switch', { name: /Also replace expected values/ });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(mockFillLoads).toBe(2);
    errors.mockRestore();
  });
});
