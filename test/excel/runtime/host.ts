/**
 * Microsoft's Excel client runtime (the office.js that real Excel loads) in a jsdom window, wired
 * to a stand-in host:
 * - Office.context comes from OSF._OfficeAppFactory.getContext(), as in Excel; its requirements
 *   object is the runtime's own RequirementMatrix over { excelapi: level }, so isSetSupported is
 *   Microsoft's code and the runtime raises ApiNotFound above the level on its own;
 * - OSF.DDA.RichApi.executeRichApiRequestAsync, the one call through which the runtime sends a
 *   batch to Excel, goes to the in-memory Server, with the request JSON exactly as built.
 * The adapter then runs unmodified through its real officeHost() (globals Excel and Office).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the runtime's window is untyped */
import * as fs from 'fs';
import * as path from 'path';
import { Server, type RequestBody, type ServerOptions } from './server';
import { Workbook } from './workbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string, o: object) => { window: any } };

export type Platform = 'web' | 'win32' | 'mac';
export const RUNTIME_FILES: Record<Platform, string> = {
  web: 'excel-web-16.00.debug.js',
  win32: 'excel-win32-16.01.debug.js',
  mac: 'excel-mac-16.00.debug.js',
};
const DIST = path.join(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const sources = new Map<Platform, string>();

/** Excel on the web's payload limit for one request or response (Office add-in resource limits). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  body: RequestBody;
  error?: string;
  /** Excel.run's closing request that only releases kept references (_RemoveReference). */
  cleanup: boolean;
}

export interface RuntimeHost {
  window: any;
  wb: Workbook;
  server: Server;
  syncs: SyncRecord[];
  /** Round trips of the adapter's own batches (syncs without Excel.run's closing cleanup). */
  batches(): number;
  settings: Map<string, unknown>;
  /** Puts the runtime's Excel and Office on globalThis, where src/excel/host.ts looks for them. */
  install(): void;
  reset(): void;
}

export interface RuntimeOptions extends ServerOptions {
  /** Highest ExcelApi version the host claims, e.g. "1.4" or "1.18". */
  excelApi: string;
  platform?: Platform;
}

export function loadRuntime(wb: Workbook, options: RuntimeOptions): RuntimeHost {
  const platform = options.platform ?? 'web';
  let src = sources.get(platform);
  if (!src) {
    src = fs.readFileSync(path.join(DIST, RUNTIME_FILES[platform]), 'utf8');
    sources.set(platform, src);
  }
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost:3000/taskpane.html' });
  const w = dom.window;
  w.eval(src);
  const server = new Server(wb, { excelApi: options.excelApi, fault: options.fault, payloadLimit: options.payloadLimit ?? (platform === 'web' ? WEB_PAYLOAD_LIMIT : undefined) });
  const syncs: SyncRecord[] = [];
  const settings = new Map<string, unknown>();
  const requirements = new w.OfficeExt.Requirement.RequirementMatrix({ _sets: { excelapi: options.excelApi, richapiruntime: '1.1' } });
  const context = {
    requirements,
    document: {
      settings: {
        get: (k: string) => (settings.has(k) ? JSON.parse(JSON.stringify(settings.get(k))) : null),
        set: (k: string, v: unknown) => void settings.set(k, v),
        remove: (k: string) => void settings.delete(k),
        saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
      },
    },
    host: 'Excel',
  };
  w.OSF._OfficeAppFactory = { getContext: () => context, getHostInfo: () => ({ hostType: "excel", hostPlatform: platform === "web" ? "web" : platform === "mac" ? "mac" : "win32", hostSpecificFileVersion: "16.00", flags: 0 }) };
  w.OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: (r: unknown) => void) => {
    const text = String(message[4]);
    const record: SyncRecord = { requestBytes: Buffer.byteLength(text), responseBytes: 0, actions: 0, cleanup: false, body: JSON.parse(text) as RequestBody };
    record.actions = record.body.Actions.length;
    record.cleanup = record.body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
    syncs.push(record);
    const limit = server.options.payloadLimit;
    setTimeout(() => {
      if (limit !== undefined && record.requestBytes > limit) {
        record.error = 'RequestPayloadSizeLimitExceeded';
        callback({ status: 'failed', error: { code: 5103, message: 'The request payload size has exceeded the limit.' } });
        return;
      }
      const response = JSON.stringify(server.execute(record.body));
      record.responseBytes = Buffer.byteLength(response);
      if (limit !== undefined && record.responseBytes > limit) {
        record.error = 'ResponsePayloadSizeLimitExceeded';
        callback({ status: 'failed', error: { code: 5104, message: 'The response payload size has exceeded the limit.' } });
        return;
      }
      const parsed = JSON.parse(response) as { Error?: { Code: string } };
      if (parsed.Error) record.error = parsed.Error.Code;
      callback({ status: 'succeeded', value: { data: [200, [], response] } });
    }, 0);
  };
  const host: RuntimeHost = {
    window: w,
    wb,
    server,
    syncs,
    batches: () => syncs.filter((s) => !s.cleanup).length,
    settings,
    install() {
      (globalThis as any).Excel = w.Excel;
      (globalThis as any).Office = w.Office;
      (globalThis as any).OfficeExtension = w.OfficeExtension;
    },
    reset() {
      syncs.length = 0;
    },
  };
  host.install();
  return host;
}

/** The levels the runtime tests run at: the manifest's minimum, then each level the adapter uses. */
export const LEVELS = ['1.4', '1.7', '1.8', '1.14', '1.17', '1.18'] as const;
