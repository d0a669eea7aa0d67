/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { en } from '../../src/taskpane/i18n/en';
import { ja } from '../../src/taskpane/i18n/ja';
import { pickLanguage } from '../../src/taskpane/i18n/i18n';
import { themeFor } from '../../src/taskpane/theme';
import { FakeWorkbook, fakeEngine, finding } from './fakes';
import { renderPane } from './render';

describe('language', () => {
  test('Office display language ja-* gives Japanese; anything else English', () => {
    expect(pickLanguage('ja-JP')).toBe('ja');
    expect(pickLanguage('ja')).toBe('ja');
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('jv-ID')).toBe('en'); // Javanese starts with "j" but is not Japanese
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });

  test('every UI string exists in both languages, and none is left untranslated by accident', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === ja[k as keyof typeof ja]);
    expect(same).toEqual(['app.title']);
  });

  test('in Japanese the verdict and the findings are Japanese; the switch turns both to English', async () => {
    const rules = { extra: [finding('narrative-missing', 'warning', '施策1', 'H20', 'No analysis written', '分析欄が空です')] };
    renderPane(new FakeWorkbook({ '施策1!A1': 'x' }), fakeEngine(rules), 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    const ready = await screen.findByTestId('ready-warnings');
    expect(ready.textContent).toBe('エラーはありません。提出前に警告 1 件を確認してください。');
    expect(screen.getByText('分析欄が空です')).toBeTruthy();
    expect(screen.queryByText('No analysis written')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /表示言語を切り替える/ }));
    expect(screen.getByTestId('ready-warnings').textContent).toContain('No errors. Before submitting');
    expect(screen.getByText('No analysis written')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Expected values' })).toBeTruthy();
  });
});

describe('theme', () => {
  test('follows Office dark and light, with Office’s own body colours', () => {
    expect(themeFor(null)).toBe(webLightTheme);
    const dark = themeFor({ isDark: true });
    expect(dark.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    const custom = themeFor({ isDark: true, bodyBackgroundColor: '#262626', bodyForegroundColor: '#F0F0F0' });
    expect(custom.colorNeutralBackground1).toBe('#262626');
    expect(custom.colorNeutralForeground1).toBe('#F0F0F0');
    expect(custom.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    // Not a colour: ignored rather than written into CSS.
    expect(themeFor({ isDark: false, bodyBackgroundColor: 'red;x:y' }).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });
});
