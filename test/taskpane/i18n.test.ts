import { en, type MessageKey } from '../../src/taskpane/i18n/en';
import { interpolate, placeholders, translate } from '../../src/taskpane/i18n/i18n';
import { ja } from '../../src/taskpane/i18n/ja';

describe('message lookup', () => {
  test('looks the key up in the language and fills every {{placeholder}}', () => {
    expect(translate('en', 'check.counts', { errors: 2, warnings: 1, info: 0 })).toBe('2 errors · 1 warning · 0 info');
    expect(translate('ja', 'fill.applyAll', { count: 3 })).toBe(ja['fill.applyAll'].replace('{{count}}', '3'));
    expect(translate('ja', 'tab.check')).toBe('チェック');
    expect(translate('en', 'tab.check')).toBe('Check');
  });

  test('values are inserted as text, once: markup and placeholders inside a value stay as they are', () => {
    expect(translate('en', 'error.at', { where: '<b>S</b>!{{where}}' })).toBe('At <b>S</b>!{{where}}.');
    expect(interpolate('{{a}}{{a}} {{b}}', { a: '$&', b: 0 })).toBe('$&$& 0');
  });

  test('a placeholder without a value stays visible instead of vanishing', () => {
    expect(interpolate('At {{where}}.', {})).toBe('At {{where}}.');
    expect(interpolate('At {{where}}.')).toBe('At {{where}}.');
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });

  // The @ts-expect-error lines are checked by `npm run typecheck` (jest transpiles without type checks).
  test('the types ask for exactly the placeholders of the message', () => {
    // @ts-expect-error fill.applied needs {{count}}
    expect(translate('en', 'fill.applied', { cells: 1 })).toBe('{{count|# cell|# cells}} written.');
    // @ts-expect-error not a message key
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  test('ja and en use the same placeholders in every message', () => {
    const differ = (Object.keys(en) as MessageKey[]).filter((k) => placeholders(en[k]).join() !== placeholders(ja[k]).join());
    expect(differ).toEqual([]);
    expect(placeholders(en['check.counts'])).toEqual(['errors', 'info', 'warnings']);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  test('English picks one or other by the count; Japanese writes the number unchanged', () => {
    expect(translate('en', 'check.counts', { errors: 1, warnings: 2, info: 1 })).toBe('1 error · 2 warnings · 1 info');
    expect(translate('en', 'check.counts', { errors: 0, warnings: 1, info: 0 })).toBe('0 errors · 1 warning · 0 info');
    expect(translate('en', 'check.readyWarningsAmber', { count: 1 })).toBe('No errors. Before submitting, look at the warning.');
    expect(translate('en', 'check.readyWarningsAmber', { count: 6 })).toBe('No errors. Before submitting, look at the 6 warnings.');
    expect(translate('en', 'fill.applied', { count: 1 })).toBe('1 cell written.');
    expect(translate('en', 'fill.applied', { count: 12 })).toBe('12 cells written.');
    expect(translate('ja', 'check.counts', { errors: 1, warnings: 2, info: 1 })).toBe(ja['check.counts'].replace('{{errors}}', '1').replace('{{warnings}}', '2').replace('{{info}}', '1'));
    expect(interpolate('{{n|# item|# items}}', { n: 1 }, 'ja')).toBe('1 items');
    expect(interpolate('{{n|# item|# items}}', { n: 'x' })).toBe('x');
  });

  test('no English message reads "1 warnings" or "(s)": every count message rendered with 1 and with 2', () => {
    const wrong: string[] = [];
    for (const k of Object.keys(en) as MessageKey[]) {
      const names = placeholders(en[k]);
      if (!names.length) continue;
      for (const n of [1, 2]) {
        const text = translate('en', k, Object.fromEntries(names.map((p) => [p, n])) as never);
        if (/\(s\)/.test(text) || (n === 1 && /\b1 (errors|warnings|cells|marks|charts|sheets|changes|operations|findings|files|rows)\b/.test(text)) || (n === 2 && /\b2 (error|warning|cell|mark|chart(?! operations)|sheet|change|operation|finding|file|row)\b/.test(text)))
          wrong.push(`${k}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('Japanese messages never use the plural syntax (one form, 件)', () => {
    expect((Object.keys(ja) as MessageKey[]).filter((k) => /\{\{\w+\|/.test(ja[k]))).toEqual([]);
  });
});
