import { COLUMN_ROLES, PROFILE_VERSION, ROW_ROLES, type LayoutProfile, type ProfileTable } from './schema';

/** One thing wrong with a profile, naming the field as a JSON path (「tables[0].rows.actual」). */
export interface ProfileProblem {
  field: string;
  message: { ja: string; en: string };
}

export type ProfileCheck = { ok: true; profile: LayoutProfile } | { ok: false; problems: ProfileProblem[] };

/** 「tables[0].rows.actual: 行の見出しの文字列を指定してください。」 (ja) or the English line. */
export function formatProblem(p: ProfileProblem, lang: 'ja' | 'en'): string {
  return `${p.field}: ${p.message[lang]}`;
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed JSON value against the profile schema, field by field, and returns the profile
 * with label lists normalised (a single string becomes a one-element list). Every problem is
 * listed, not only the first, so a person can fix the file in one go.
 */
export function validateProfile(input: Json): ProfileCheck {
  const problems: ProfileProblem[] = [];
  const bad = (field: string, ja: string, en: string) => problems.push({ field, message: { ja, en } });
  if (!isObject(input)) {
    bad('(profile)', 'レイアウトプロファイルは JSON のオブジェクト（{ … }）で書いてください。', 'A layout profile must be a JSON object ({ … }).');
    return { ok: false, problems };
  }
  if (input.evalsheetProfile !== PROFILE_VERSION) {
    if (input.evalsheetProfile === undefined) bad('evalsheetProfile', `「"evalsheetProfile": ${PROFILE_VERSION}」を書いてください。レイアウトプロファイルの目印です。`, `Add "evalsheetProfile": ${PROFILE_VERSION}; it marks the file as a layout profile.`);
    else bad('evalsheetProfile', `版 ${JSON.stringify(input.evalsheetProfile)} は読めません。${PROFILE_VERSION} を指定してください。`, `Version ${JSON.stringify(input.evalsheetProfile)} cannot be read; use ${PROFILE_VERSION}.`);
  }
  if (typeof input.name !== 'string' || input.name.trim() === '') bad('name', 'プロファイルの名前を文字列で指定してください。', 'Give the profile a name (a string).');
  if (input.description !== undefined && typeof input.description !== 'string') bad('description', '説明は文字列で指定してください。', 'The description must be a string.');

  const labels = (field: string, v: Json, what: { ja: string; en: string }): string[] | undefined => {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string' && s.trim() !== '')) {
      bad(field, `${what.ja}の文字列を指定してください。`, `Give the ${what.en} as a string or a list of strings.`);
      return undefined;
    }
    return list.map((s: string) => s.trim());
  };

  let match: LayoutProfile['match'];
  if (input.match !== undefined) {
    if (!isObject(input.match)) bad('match', 'match はオブジェクト（{ "labels": […] }）で指定してください。', 'match must be an object ({ "labels": […] }).');
    else {
      match = {};
      for (const k of Object.keys(input.match)) if (k !== 'sheetName' && k !== 'labels') bad(`match.${k}`, `「${k}」という項目はありません。sheetName か labels を使ってください。`, `There is no field "${k}"; use sheetName or labels.`);
      if (input.match.sheetName !== undefined) {
        if (typeof input.match.sheetName !== 'string' || input.match.sheetName.trim() === '') bad('match.sheetName', 'シート名に含まれる文字列を指定してください。', 'Give text the sheet name contains.');
        else match.sheetName = input.match.sheetName.trim();
      }
      if (input.match.labels !== undefined) match.labels = labels('match.labels', input.match.labels, { ja: 'シートにある見出し', en: 'labels the sheet contains' });
    }
  }

  const tables: ProfileTable[] = [];
  if (!Array.isArray(input.tables) || input.tables.length === 0) {
    bad('tables', '表を 1 つ以上、配列（[ … ]）で指定してください。', 'Give at least one table, as a list ([ … ]).');
  } else {
    input.tables.forEach((t: Json, i: number) => {
      const at = `tables[${i}]`;
      if (!isObject(t)) return void bad(at, '表はオブジェクト（{ … }）で指定してください。', 'A table must be an object ({ … }).');
      const known = ['orientation', 'name', 'years', 'columns', 'rows'];
      for (const k of Object.keys(t)) if (!known.includes(k)) bad(`${at}.${k}`, `「${k}」という項目はありません（${known.join(', ')}）。`, `There is no field "${k}" (${known.join(', ')}).`);
      const orientation = t.orientation;
      if (orientation !== 'across' && orientation !== 'down') bad(`${at}.orientation`, '年度の並びを "across"（年度が横）か "down"（年度が縦）で指定してください。', 'Give the year axis as "across" (years in a row) or "down" (years in a column).');
      const name = labels(`${at}.name`, t.name, { ja: '指標名の列の見出し', en: 'header of the name column' });
      let years: string[] | undefined;
      if (t.years !== undefined) years = labels(`${at}.years`, t.years, { ja: '年度の列の見出し', en: 'header of the year column' });
      else if (orientation === 'down') bad(`${at}.years`, '年度が縦に並ぶ表では、年度の列の見出し（「年度」など）を指定してください。', 'A table with years down needs the header of its year column (e.g. 「年度」).');
      const roleMap = <R extends string>(key: 'columns' | 'rows', roles: readonly R[], what: { ja: string; en: string }): Partial<Record<R, string[]>> | undefined => {
        const v = t[key];
        if (v === undefined) return undefined;
        if (!isObject(v)) return void bad(`${at}.${key}`, `${key} は役割ごとの見出し（{ "actual": "実績" }）で指定してください。`, `${key} must map roles to labels ({ "actual": "実績" }).`);
        const out: Partial<Record<R, string[]>> = {};
        for (const [role, l] of Object.entries(v)) {
          if (!(roles as readonly string[]).includes(role)) {
            bad(`${at}.${key}.${role}`, `役割「${role}」はありません（${roles.join(', ')}）。`, `No role "${role}" (one of ${roles.join(', ')}).`);
            continue;
          }
          const list = labels(`${at}.${key}.${role}`, l, what);
          if (list) out[role as R] = list;
        }
        return out;
      };
      const columns = roleMap('columns', COLUMN_ROLES, { ja: '列の見出し', en: 'column headers' });
      const rows = roleMap('rows', ROW_ROLES, { ja: '行の見出し', en: 'row labels' });
      const valueRoles = orientation === 'down' ? columns : rows;
      if (orientation !== undefined && !valueRoles?.actual && !valueRoles?.plan && (orientation === 'across' || orientation === 'down')) {
        const field = `${at}.${orientation === 'down' ? 'columns' : 'rows'}`;
        bad(field, '実績（actual）か計画（plan）の見出しを少なくとも 1 つ指定してください。', 'Give the label of at least one actual or plan ' + (orientation === 'down' ? 'column.' : 'row.'));
      }
      if (name && (orientation === 'across' || orientation === 'down')) tables.push({ orientation, name, ...(years ? { years } : {}), ...(columns ? { columns } : {}), ...(rows ? { rows } : {}) });
    });
  }
  for (const k of Object.keys(input)) {
    if (!['evalsheetProfile', 'name', 'description', 'match', 'tables'].includes(k)) bad(k, `「${k}」という項目はありません（evalsheetProfile, name, description, match, tables）。`, `There is no field "${k}" (evalsheetProfile, name, description, match, tables).`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    profile: {
      evalsheetProfile: PROFILE_VERSION,
      name: (input.name as string).trim(),
      ...(typeof input.description === 'string' ? { description: input.description } : {}),
      ...(match ? { match } : {}),
      tables,
    },
  };
}

/** JSON text → profile: a syntax error is a problem too, with where the parser stopped. */
export function parseProfile(text: string): ProfileCheck {
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, problems: [{ field: '(JSON)', message: { ja: `JSON として読めません（${why}）。書式を確かめてください。`, en: `Not valid JSON (${why}); check the file's syntax.` } }] };
  }
  return validateProfile(json);
}
