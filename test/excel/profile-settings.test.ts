import * as fs from 'fs';
import { PRESETS } from '../../src/core/grading/presets';
import { resolveSettings } from '../../src/core/settings';
import { ExcelPort, SETTINGS_KEY, splitAddress } from '../../src/excel/excel-port';
import { ROKUGO_PROFILE } from '../support/profile-fixtures';
import { mockExcel } from './mock-workbook';

test('a taught profile travels in the document settings (as JSON) and is read back as it was saved', async () => {
  const profile = JSON.parse(fs.readFileSync(ROKUGO_PROFILE, 'utf8'));
  const m = mockExcel([], { excelApi: '1.4' });
  await new ExcelPort(m.host).writeSettings({ preset: 'default', profiles: [profile] });
  const reopened = mockExcel([], { excelApi: '1.4' });
  reopened.settingsStore.set(SETTINGS_KEY, JSON.parse(JSON.stringify(m.settingsStore.get(SETTINGS_KEY))));
  const read = await new ExcelPort(reopened.host).readSettings();
  const { settings, problems } = resolveSettings(read ?? {}, PRESETS);
  expect(problems).toEqual([]);
  expect(settings.profiles.map((p) => p.name)).toEqual(['第六市 事務事業評価シート']);
  expect(settings.profiles[0].tables[0].columns?.actual).toEqual(['結果']);
});

test("the selection's address (getSelectedRange().address) → sheet and range", () => {
  expect(splitAddress('Sheet1!B5:H12')).toEqual({ sheet: 'Sheet1', address: 'B5:H12' });
  expect(splitAddress("'事務事業 評価'!A7:F19")).toEqual({ sheet: '事務事業 評価', address: 'A7:F19' });
  expect(splitAddress("'It''s'!C3")).toEqual({ sheet: "It's", address: 'C3' });
  expect(splitAddress('B5')).toBeNull();
});
