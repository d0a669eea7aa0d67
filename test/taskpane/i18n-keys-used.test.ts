import * as fs from 'fs';
import * as path from 'path';
import { en } from '../../src/taskpane/i18n/en';

/** Every file of the pane outside its catalogues. */
function paneSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' ? [] : paneSources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('the pane catalogue holds no dead messages', () => {
  const code = paneSources(path.join(__dirname, '../../src/taskpane'))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  // Keys built at run time: `skip.${reason}`, `summary.state.${state}`, `role.${role}`.
  const prefixes = [...code.matchAll(/`([a-z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1]);

  test('the pane builds keys from a few known prefixes only', () => {
    expect([...new Set(prefixes)].sort()).toEqual(['role.', 'skip.', 'summary.state.']);
  });

  test('every key is used by the pane, by name or under a built prefix', () => {
    const unused = Object.keys(en).filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
