import { en, type MessageKey } from '../../src/taskpane/i18n/en';
import { interpolate, placeholders, translate } from '../../src/taskpane/i18n/i18n';
import { ja } from '../../src/taskpane/i18n/ja';

describe('message lookup', () => {
  test('looks the key up in the language and fills every {{placeholder}}', () => {
    expect(translate('en', 'check.counts', { errors: 2, warnings: 1, info: 0 })).toBe('2 errors · 1 warnings · 0 info');
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
    expect(translate('en', 'fill.applied', { cells: 1 })).toBe('{{count}} cell(s) written.');
    // @ts-expect-error not a message key
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  test('ja and en use the same placeholders in every message', () => {
    const differ = (Object.keys(en) as MessageKey[]).filter((k) => placeholders(en[k]).join() !== placeholders(ja[k]).join());
    expect(differ).toEqual([]);
    expect(placeholders(en['check.counts'])).toEqual(['errors', 'info', 'warnings']);
  });
});
