/**
 * A mocked Excel workbook for the adapter's tests, built on office-addin-mock and made strict:
 * - reading a property that was not loaded and synced THROWS (office-addin-mock only returns the
 *   string "Error, property was not loaded"), so a missing load() or sync() fails the test;
 * - context.sync() calls are counted;
 * - every property write and method call is logged with its path ("sheet[9-2].getRange(H43).values"),
 *   so tests assert on what the adapter sent to Excel.
 * Objects the adapter only writes to (new sheets, new charts) are recorders: they accept any chain
 * of property writes and calls and log them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped by design */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../src/core/snapshot/types';
import { parseCellAddress } from '../../src/core/snapshot/address';
import type { ExcelHost } from '../../src/excel/host';

const NOT_READY = ['Error, property was not loaded', 'Error, context.sync() was not called'];

export interface LogEntry {
  kind: 'set' | 'call';
  path: string;
  value?: unknown;
  args?: unknown[];
}

export interface MockSheet {
  name: string;
  /** Cells from `origin` (default A1), row-major; null = blank. */
  values: CellValue[][];
  formats?: string[][];
  origin?: string;
  protected?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Marked with Evalsheet's owner name. */
  owned?: boolean;
  /** Names of charts already on the sheet. */
  charts?: string[];
  /** Cell → fill colour ("#FFFF00"); absent = no fill. */
  fills?: Record<string, string>;
  /** Cell → note text (ExcelApi 1.18 notes). */
  notes?: Record<string, string>;
  /** Cell → formula ("=SUM(A1:A3)"). */
  formulas?: Record<string, string>;
  /** RangeAreas.address of the merged areas, e.g. "Sheet1!A1:C1, Sheet1!A5:A6". */
  merged?: string;
}

export interface MockOptions {
  /** Highest ExcelApi version the mocked Excel supports, e.g. "1.18" or "1.9". */
  excelApi: string;
  name?: string;
  /** Threaded comments (ExcelApi 1.10): "Sheet!C5" → text. */
  comments?: Record<string, string>;
}

export interface MockExcel {
  host: ExcelHost;
  log: LogEntry[];
  syncs(): number;
  resetCounts(): void;
  /** The raw office-addin-mock objects, to inspect state after a run. */
  sheet(name: string): any;
  cell(sheet: string, address: string): any;
  settingsStore: Map<string, unknown>;
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split('.').map(Number);
  const [c, d] = max.split('.').map(Number);
  return a < c || (a === c && b <= d);
}

function show(v: unknown, paths: WeakMap<object, string>): string {
  if ((typeof v === 'object' || typeof v === 'function') && v !== null && paths.has(v)) return paths.get(v) as string;
  return JSON.stringify(v);
}

export function mockExcel(sheetsInit: MockSheet[], options: MockOptions): MockExcel {
  const log: LogEntry[] = [];
  const paths = new WeakMap<object, string>();
  let syncCount = 0;

  /** Write-only objects: any property write or call is logged; reads give further recorders. */
  const recorder = (path: string): any => {
    const store = new Map<PropertyKey, unknown>();
    const proxy: any = new Proxy(function () {}, {
      get(_t, prop) {
        if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
        if (!store.has(prop)) store.set(prop, recorder(`${path}.${prop}`));
        return store.get(prop);
      },
      set(_t, prop, value) {
        log.push({ kind: 'set', path: `${path}.${String(prop)}`, value });
        store.set(prop, value);
        return true;
      },
      apply(_t, _this, args) {
        log.push({ kind: 'call', path, args: args.map((a) => show(a, paths)) });
        return recorder(`${path}(${args.map((a) => (typeof a === 'string' ? a : show(a, paths))).join(',')})`);
      },
    });
    paths.set(proxy, path);
    return proxy;
  };

  /** Strict view of an office-addin-mock object. */
  const strict = (target: any, path: string): any => {
    if (!(target instanceof OfficeMockObject)) return target;
    const proxy = new Proxy(target, {
      get(t: any, prop) {
        if (typeof prop === 'symbol' || prop.startsWith('_')) return t[prop];
        if (prop === 'sync' && path === 'context') {
          return async () => {
            syncCount++;
            await t.sync();
            // office-addin-mock settles nested properties in microtasks after sync() returns.
            for (let i = 0; i < 5; i++) await Promise.resolve();
          };
        }
        const value = t[prop];
        if (typeof value === 'string' && NOT_READY.includes(value)) {
          throw new Error(`Read of ${path}.${prop} before load() and sync(): ${value}`);
        }
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            if (prop !== 'load') log.push({ kind: 'call', path: `${path}.${prop}`, args: args.map((a) => show(a, paths)) });
            const out = value.apply(t, args);
            return out instanceof OfficeMockObject ? strict(out, (out as any).__path ?? `${path}.${prop}()`) : out;
          };
        }
        if (Array.isArray(value)) return value.map((v, i) => (v instanceof OfficeMockObject ? strict(v, (v as any).__path ?? `${path}.${prop}[${i}]`) : v));
        if (value instanceof OfficeMockObject) return strict(value, `${path}.${prop}`);
        return value;
      },
      set(t: any, prop, value) {
        log.push({ kind: 'set', path: `${path}.${String(prop)}`, value });
        t[prop] = value;
        return true;
      },
    });
    paths.set(proxy, path);
    return proxy;
  };

  /** A collection whose `items` need load('items/…') + sync, as in Office.js. */
  const collectionLoad = function (this: any, props: string) {
    const parts = String(props).split(',').map((p) => p.trim());
    for (const p of parts) {
      if (!p.startsWith('items/')) throw new Error(`mock collections load items/… only, got ${p}`);
      const rest = p.slice('items/'.length);
      for (const item of this.__all) item.load(rest);
    }
    OfficeMockObject.prototype.load.call(this, 'items');
    return this;
  };

  const setItems = (collection: any, items: any[]) => {
    collection.__all = items;
    collection.setValue('items', items);
    collection.load = collectionLoad;
  };

  const grids = new Map<string, { init: MockSheet; row: number; col: number }>();

  const cellData = (init: MockSheet, origin: { row: number; col: number }, address: string) => {
    const [a, b] = address.replace(/\$/g, '').split(':');
    const p = parseCellAddress(a);
    const q = b ? parseCellAddress(b) : p;
    const at = (r: number, c: number) => init.values[r - origin.row]?.[c - origin.col] ?? '';
    const fmt = (r: number, c: number) => init.formats?.[r - origin.row]?.[c - origin.col] ?? 'General';
    const rows = (f: (r: number, c: number) => unknown) => Array.from({ length: q.row - p.row + 1 }, (_, i) => Array.from({ length: q.col - p.col + 1 }, (_, j) => f(p.row + i, p.col + j)));
    const single = a === (b ?? a);
    const fill = single ? init.fills?.[a] : undefined;
    return {
      address: `${init.name}!${address}`,
      values: rows((r, c) => at(r, c) ?? ''),
      numberFormat: rows(fmt),
      formulas: rows((r, c) => (single && init.formulas?.[a]) || (at(r, c) ?? '')),
      format: {
        fill: {
          color: fill ?? '#FFFFFF',
          pattern: fill ? 'Solid' : 'None',
          clear(this: any) {
            this.color = '#FFFFFF';
            this.pattern = 'None';
          },
        },
        font: { bold: false, color: '#000000' },
        wrapText: false,
        columnWidth: 48,
      },
      select() {},
    };
  };

  const sheetMocks = sheetsInit.map((init, index) => {
    const origin = init.origin ? parseCellAddress(init.origin) : { row: 0, col: 0 };
    grids.set(init.name, { init, ...origin });
    const height = init.values.length;
    const width = Math.max(0, ...init.values.map((r) => r.length));
    const empty = height === 0 || width === 0;
    const path = `sheet[${init.name}]`;
    const data = {
      name: init.name,
      position: index,
      visibility: init.visibility ?? 'Visible',
      protection: { protected: Boolean(init.protected) },
      used: {
        values: empty ? [['']] : init.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')),
        numberFormat: empty ? [['General']] : init.values.map((_, r) => Array.from({ length: width }, (_, c) => init.formats?.[r]?.[c] ?? 'General')),
        rowIndex: origin.row,
        columnIndex: origin.col,
        rowCount: height,
        columnCount: width,
        merged: { address: init.merged ?? '' },
        getMergedAreasOrNullObject(this: any) {
          this.merged.isNullObject = !init.merged;
          return this.merged;
        },
      },
      owner: { name: 'Evalsheet_owned' },
      ranges: {},
      noteItems: {},
      notes: {
        getItemOrNullObject(this: any, address: string) {
          return noteMock(this, init, address);
        },
        add(this: any, address: string, text: string) {
          const note = noteMock(this, init, address);
          note.isNullObject = false;
          note.content = text;
          return note;
        },
      },
      names: {
        getItemOrNullObject(this: any) {
          return sheet.owner;
        },
        add() {
          return recorder(`${path}.names.add()`);
        },
      },
      charts: {
        all: Object.fromEntries((init.charts ?? []).map((n, i) => [`c${i}`, { name: n, delete() {} }])),
        add(type: string) {
          return recorder(`${path}.chart[${type}]`);
        },
      },
      getUsedRangeOrNullObject(this: any) {
        this.used.isNullObject = empty;
        return this.used;
      },
      getRange(this: any, address: string) {
        const key = address.replace(/\$/g, '');
        if (this.ranges[key] === undefined) {
          this.ranges.addMock(key);
          this.ranges[key].populate(cellData(init, origin, key));
          this.ranges[key].__path = `${path}.getRange(${key})`;
        }
        return this.ranges[key];
      },
      activate() {},
      delete() {},
    };
    const sheet: any = new OfficeMockObject(data);
    sheet.__path = path;
    sheet.owner.isNullObject = !init.owned;
    sheet.notes.__path = `${path}.notes`;
    const charts = (init.charts ?? []).map((_, i) => sheet.charts.all[`c${i}`]);
    charts.forEach((c, i) => (c.__path = `${path}.charts[${init.charts?.[i]}]`));
    setItems(sheet.charts, charts);
    return sheet;
  });

  function noteMock(notes: any, init: MockSheet, address: string): any {
    const sheet = sheetMocks.find((s) => s.__path === `sheet[${init.name}]`);
    const container = sheet.noteItems;
    const key = address.replace(/\$/g, '');
    if (container[key] === undefined) {
      container.addMock(key);
      const text = init.notes?.[key];
      container[key].populate({
        content: text ?? '',
        delete(this: any) {
          this.isNullObject = true;
          this.content = '';
        },
      });
      container[key].isNullObject = text === undefined;
      container[key].__path = `${notes.__path}[${key}]`;
    }
    return container[key];
  }

  const commentEntries = Object.entries(options.comments ?? {});
  const context: any = new OfficeMockObject({
    workbook: {
      name: options.name ?? 'Book1.xlsx',
      protection: { protected: false },
      worksheets: {
        all: {},
        add(name: string) {
          return recorder(`newSheet[${name}]`);
        },
        getItemOrNullObject(this: any, name: string) {
          const found = this.__all.find((s: any) => s.__name === name);
          return found ?? this.missing;
        },
        missing: { name: '' },
      },
      comments: {
        all: Object.fromEntries(
          commentEntries.map(([where, text], i) => [
            `m${i}`,
            {
              content: text,
              location: { address: where },
              getLocation(this: any) {
                return this.location;
              },
              delete() {},
            },
          ]),
        ),
        add() {
          return recorder('workbook.comments.add()');
        },
      },
    },
  });
  const worksheets = context.workbook.worksheets;
  sheetMocks.forEach((s, i) => {
    worksheets.all[`s${i}`] = s;
    worksheets.all._properties.set(`s${i}`, s);
    s.__name = sheetsInit[i].name;
  });
  worksheets.missing.isNullObject = true;
  setItems(worksheets, sheetMocks);
  const commentMocks = commentEntries.map((_, i) => context.workbook.comments.all[`m${i}`]);
  commentMocks.forEach((c, i) => (c.__path = `comment[${commentEntries[i][0]}]`));
  setItems(context.workbook.comments, commentMocks);

  const settingsStore = new Map<string, unknown>();
  const host: ExcelHost = {
    run: async (batch) => batch(strict(context, 'context')),
    isSetSupported: (name, version) => name === 'ExcelApi' && versionAtMost(version, options.excelApi),
    settings: {
      get: (key: string) => settingsStore.get(key),
      set: (key: string, value: unknown) => void settingsStore.set(key, value),
      remove: (key: string) => void settingsStore.delete(key),
      saveAsync: ((cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' })) as any,
    },
  };

  return {
    host,
    log,
    syncs: () => syncCount,
    resetCounts: () => {
      syncCount = 0;
      log.length = 0;
    },
    sheet: (name) => sheetMocks.find((s) => s.__name === name),
    cell: (sheet, address) => {
      const s = sheetMocks.find((m) => m.__name === sheet);
      return s.getRange(address);
    },
    settingsStore,
  };
}

/** A workbook of n evaluation-like sheets, for sync counts that must not grow with n. */
export function manySheets(n: number): MockSheet[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${i + 1}-1`,
    values: [
      ['成果指標', null, 'R1 (現状値)', 'R2', 'R3', 'R4', 'R5'],
      ['①', '実績値', 43, 45.5, 50, null, null],
      [null, '期待値', 43, 47.5, 52, null, null],
    ],
    formats: [
      ['General', 'General', 'General', 'General', 'General', 'General', 'General'],
      ['General', 'General', '0.0', '0.0', '0.0', '0.0', '0.0'],
      ['General', 'General', '0.0', '0.0', '0.0', '0.0', '0.0'],
    ],
  }));
}

/** A MockSheet holding exactly what a SheetSnapshot says (values and formats from its origin). */
export function sheetFromSnapshot(s: { name: string; origin: { row: number; col: number }; values: CellValue[][]; formats: string[][] }, name = s.name): MockSheet {
  const col = String.fromCharCode(65 + s.origin.col);
  return { name, origin: `${col}${s.origin.row + 1}`, values: s.values, formats: s.formats };
}
