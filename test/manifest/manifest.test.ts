/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: the manifest is read as XML, not matched with regular expressions.
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';
import { MINIMUM_EXCEL_API } from '../../src/excel/features';

const ROOT = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (name: string) => Array.from(doc.getElementsByTagName(name));
/** A child of <OfficeApp> itself (VersionOverrides reuses names such as Description). */
const top = (name: string) => Array.from(doc.documentElement.children).find((c) => c.tagName === name) as Element;
const one = (name: string) => {
  const found = all(name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};

/** Every URL in the manifest, with where it was found. */
function urls(): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const el of all('*')) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) out.push({ where: `${el.tagName}@${attr}`, url: v });
    }
    if (el.children.length === 0 && /^[a-z]+:\/\//i.test(el.textContent ?? '')) out.push({ where: el.tagName, url: (el.textContent ?? '').trim() });
  }
  return out;
}

test('parses as XML', () => {
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('OfficeApp');
});

test('the Id is a GUID and stays the same (a new Id is a new add-in to Office)', () => {
  expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(one('Id').textContent).toBe('fb68dfcd-7fdd-4c10-a86c-01980c8f8a80');
});

test('a task pane add-in for Excel workbooks that may write to them', () => {
  expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  expect(one('Permissions').textContent).toBe('ReadWriteDocument');
});

test('the minimum requirement set is the documented ExcelApi minimum, nothing higher', () => {
  const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(sets).toEqual([['ExcelApi', MINIMUM_EXCEL_API]]);
  expect(MINIMUM_EXCEL_API).toBe('1.4');
});

test('a button on the Home tab opens the pane', () => {
  const tab = one('OfficeTab');
  expect(tab.getAttribute('id')).toBe('TabHome');
  const action = one('Action');
  expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
  const resid = action.getElementsByTagName('SourceLocation')[0].getAttribute('resid');
  const url = all('bt:Url').find((u) => u.getAttribute('id') === resid);
  expect(url?.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
});

test('every URL is https and names a file the build produces', () => {
  const found = urls();
  expect(found.length).toBeGreaterThan(10);
  const built = new Set(['taskpane.html', 'commands.html', ...fs.readdirSync(path.join(ROOT, 'assets')).map((f) => `assets/${f}`)]);
  for (const { where, url } of found) {
    expect({ where, https: url.startsWith('https://') }).toEqual({ where, https: true });
    const file = url.replace(/^https:\/\/localhost:3000\/?/, '');
    if (where === 'AppDomain') continue;
    expect({ where, file, built: built.has(file) }).toEqual({ where, file, built: true });
  }
  // The webpack config emits exactly these pages.
  const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
  expect(config).toContain("filename: 'taskpane.html'");
  expect(config).toContain("filename: 'commands.html'");
});

test('icons exist at every size the manifest declares, and the sizes are those Office asks for', () => {
  const declared = all('bt:Image').filter((i) => i.getAttribute('DefaultValue'));
  const sizes = declared.map((i) => Number(/icon-(\d+)\.png$/.exec(i.getAttribute('DefaultValue') ?? '')?.[1]));
  expect(sizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
  const pngSize = (url: string) => {
    const png = PNG.sync.read(fs.readFileSync(path.join(ROOT, url.replace('https://localhost:3000/', ''))));
    return [png.width, png.height];
  };
  for (const img of declared) {
    const n = Number(/icon-(\d+)\.png$/.exec(img.getAttribute('DefaultValue') ?? '')?.[1]);
    expect(img.getAttribute('id')).toBe(`Icon.${n}x${n}`);
    expect(pngSize(img.getAttribute('DefaultValue') as string)).toEqual([n, n]);
  }
  expect(pngSize(one('IconUrl').getAttribute('DefaultValue') as string)).toEqual([32, 32]);
  expect(pngSize(one('HighResolutionIconUrl').getAttribute('DefaultValue') as string)).toEqual([64, 64]);
  // Every size a control's <Icon> uses is declared.
  const used = all('bt:Image').filter((i) => i.getAttribute('size')).map((i) => i.getAttribute('resid'));
  const ids = new Set(declared.map((i) => i.getAttribute('id')));
  expect(used.filter((r) => !ids.has(r))).toEqual([]);
});

test('names and descriptions in Japanese by default, with English overrides', () => {
  expect(one('DefaultLocale').textContent).toBe('ja-JP');
  for (const el of [top('DisplayName'), top('Description'), ...all('bt:String')]) {
    const ja = el.getAttribute('DefaultValue') ?? '';
    const overrides = Array.from(el.children).filter((c) => c.tagName.endsWith('Override'));
    expect({ id: el.getAttribute('id') ?? el.tagName, japanese: /[\u3040-\u30ff\u4e00-\u9fff]/.test(ja) }).toEqual({ id: el.getAttribute('id') ?? el.tagName, japanese: true });
    expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
    expect(overrides[0].getAttribute('Value')).toMatch(/^[\x20-\x7e–]+$/);
  }
  expect(top('DisplayName').getAttribute('DefaultValue')).toBe('評価シート点検');
});
