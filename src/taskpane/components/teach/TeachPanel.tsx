import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { formatProblem, guessName, guessRange, headerCandidates, isRangeText, profileFromTeaching, rowCandidates, type HeaderRole, type RowRole } from '../../../core/profile';
import { COLUMN_ROLES, ROW_ROLES } from '../../../core/profile/schema';
import type { Indicator, SheetSnapshot, ValueCell } from '../../../core';
import { readSheet } from '../../../core/read';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../state/session';
import { errorText } from '../../state/where';
import { downloadProfile, withProfile } from './profile-file';
import { tt, type TeachKey } from './panel-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  roles: { display: 'grid', gridTemplateColumns: 'minmax(6em, 1fr) minmax(8em, 1fr)', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  preview: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const HEADER_ROLES: HeaderRole[] = ['name', 'years', ...COLUMN_ROLES];

const shown = (v: ValueCell | null | undefined) => (v && v.raw !== null && v.raw !== '' ? String(v.raw) : '—');

/** One indicator as read: 「name（unit）: 基準 R1 40 → 目標 R6 60 · R2 44 / 43 …」 (plan / actual). */
function valuesLine(ind: Indicator, lang: 'ja' | 'en'): string {
  const parts: string[] = [];
  if (ind.baseline) parts.push(`${tt(lang, 'value.baseline')} ${ind.baseline.label ?? ''} ${shown(ind.baseline.value)}`);
  if (ind.target) parts.push(`${tt(lang, 'value.target')} ${ind.target.label ?? ''} ${shown(ind.target.value)}`);
  const years = ind.years.map((y) => `${y.label} ${shown(y.expected)} / ${shown(y.actual)}`);
  return [...parts, ...years].join(' · ');
}

/**
 * 「読み方を教える」: the person gives the table's range (typed, or the selection in Excel), the year
 * axis, and a role per header and per row label; the sheet is read with that at once and the
 * result shown. Saved in the workbook's settings (so the pane and the command line read it the same
 * way next time), and exported as a layout profile (JSON) for the city's other workbooks.
 */
export function TeachPanel({ sheet: initialSheet, onClose }: { sheet: string; onClose: () => void }) {
  const styles = useStyles();
  const { lang } = useI18n();
  const { port, settings, saveSettings, check } = useSession();
  const [sheets, setSheets] = useState<SheetSnapshot[] | null>(null);
  const [sheetName, setSheetName] = useState(initialSheet);
  const [range, setRange] = useState('');
  const [orientation, setOrientation] = useState<'down' | 'across'>('down');
  const [headerRoles, setHeaderRoles] = useState<Record<number, HeaderRole | null>>({});
  const [rowRoles, setRowRoles] = useState<Record<string, RowRole | null>>({});
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    port.readSnapshot().then(
      (w) => live && setSheets(w.sheets),
      (e) => live && setStatus({ intent: 'error', text: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [port]);

  const sheet = sheets?.find((s) => s.name === sheetName) ?? null;

  // A new sheet starts from guesses: its likely table, a name, the roles its headers suggest.
  useEffect(() => {
    if (!sheet) return;
    const r = guessRange(sheet) ?? '';
    setName((n) => n || guessName(sheet));
    pickRange(r);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet]);

  const headers = useMemo(() => (sheet && isRangeText(range) ? headerCandidates(sheet, range) : []), [sheet, range]);
  const rows = useMemo(() => (sheet && isRangeText(range) ? rowCandidates(sheet, range, orientation, headerRoles) : []), [sheet, range, orientation, headerRoles]);

  function pickRange(r: string) {
    setRange(r);
    if (!sheet || !isRangeText(r)) return;
    const hs = headerCandidates(sheet, r);
    const roles = Object.fromEntries(hs.map((h) => [h.col, h.guess]));
    setHeaderRoles(roles);
    const o = hs.some((h) => h.guess === 'years') ? 'down' : 'across';
    setOrientation(o);
    setRowRoles(Object.fromEntries(rowCandidates(sheet, r, o, roles).map((x) => [x.stem, x.guess])));
  }

  const made = useMemo(
    () =>
      profileFromTeaching({
        name,
        orientation,
        headers: headers.map((h) => ({ text: h.text, role: headerRoles[h.col] ?? null })),
        rows: rows.map((x) => ({ stem: x.stem, role: rowRoles[x.stem] !== undefined ? rowRoles[x.stem] : x.guess })),
      }),
    [name, orientation, headers, headerRoles, rows, rowRoles],
  );
  const read = useMemo(() => (made.ok && sheet ? readSheet(sheet, { profiles: [made.profile] }) : null), [made, sheet]);
  const indicators = read?.indicators.filter((i) => i.layout === 'profile') ?? [];

  const takeSelection = async () => {
    try {
      const sel = await port.selectedRange?.();
      if (!sel) return;
      if (sel.sheet !== sheetName) setSheetName(sel.sheet);
      pickRange(sel.address);
    } catch (e) {
      setStatus({ intent: 'error', text: errorText(e) });
    }
  };

  const save = async () => {
    if (!made.ok) return;
    const next = { ...settings, profiles: withProfile(settings.profiles, made.profile) };
    if (await saveSettings(next)) {
      setStatus({ intent: 'success', text: tt(lang, 'teach.saved') });
      await check(next);
    }
  };

  const roleLabel = (r: string) => tt(lang, `role.${r}` as TeachKey);

  return (
    <section className={styles.root} aria-label={tt(lang, 'teach.title', { sheet: sheetName })} data-testid="teach-panel">
      <Text weight="semibold">{tt(lang, 'teach.title', { sheet: sheetName })}</Text>
      <Text>{tt(lang, 'teach.explain')}</Text>
      <div className={styles.row}>
        <Field label={tt(lang, 'teach.sheet')} size="small">
          <Select value={sheetName} onChange={(_, d) => setSheetName(d.value)} data-testid="teach-sheet">
            {(sheets ?? []).map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tt(lang, 'teach.range')} size="small" validationMessage={range !== '' && !isRangeText(range) ? tt(lang, 'teach.badRange') : undefined}>
          <Input value={range} onChange={(_, d) => pickRange(d.value)} data-testid="teach-range" />
        </Field>
        {port.selectedRange ? (
          <Button size="small" onClick={() => void takeSelection()}>
            {tt(lang, 'teach.useSelection')}
          </Button>
        ) : null}
      </div>
      <Field label={tt(lang, 'teach.orientation')} size="small">
        <Select value={orientation} onChange={(_, d) => setOrientation(d.value as 'down' | 'across')} data-testid="teach-orientation">
          <option value="down">{tt(lang, 'teach.down')}</option>
          <option value="across">{tt(lang, 'teach.across')}</option>
        </Select>
      </Field>
      <Text weight="semibold">{tt(lang, 'teach.headers')}</Text>
      <div className={styles.roles}>
        {headers.map((h) => (
          <HeaderRow key={h.col} label={`${h.letter}: ${h.text}`} value={headerRoles[h.col] ?? ''} roles={HEADER_ROLES} roleLabel={roleLabel} none={tt(lang, 'role.none')} testId={`teach-col-${h.letter}`} onChange={(v) => setHeaderRoles((p) => ({ ...p, [h.col]: (v || null) as HeaderRole | null }))} />
        ))}
      </div>
      <Text weight="semibold">{tt(lang, 'teach.rows')}</Text>
      <div className={styles.roles}>
        {rows.length === 0 ? <Text>{tt(lang, 'teach.noRows')}</Text> : null}
        {rows.map((x) => (
          <HeaderRow key={x.stem} label={`${x.cell}: ${x.text}`} value={(rowRoles[x.stem] !== undefined ? rowRoles[x.stem] : x.guess) ?? ''} roles={[...ROW_ROLES]} roleLabel={roleLabel} none={tt(lang, 'role.none')} testId={`teach-row-${x.stem}`} onChange={(v) => setRowRoles((p) => ({ ...p, [x.stem]: (v || null) as RowRole | null }))} />
        ))}
      </div>
      <Field label={tt(lang, 'teach.name')} size="small">
        <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="teach-name" />
      </Field>
      <div className={styles.preview} data-testid="teach-preview" aria-live="polite">
        {!made.ok ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {tt(lang, 'teach.problems')}
              {made.problems.map((p) => (
                <div key={p.field + p.message.en}>{formatProblem(p, lang)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : indicators.length === 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{tt(lang, 'teach.nothing')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Text data-testid="teach-result">{tt(lang, 'teach.result', { count: indicators.length, range: (read?.reading ?? []).filter((r) => r.profile !== null).map((r) => r.range).join(', ') })}</Text>
            {indicators.map((ind) => (
              <div key={ind.key} data-indicator={ind.name?.text ?? ind.cell}>
                <Text weight="semibold">{`${ind.name?.text ?? ind.cell}${ind.unitText ? `（${ind.unitText}）` : ''}`}</Text>
                <div className={styles.values}>{valuesLine(ind, lang)}</div>
              </div>
            ))}
          </>
        )}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!made.ok || indicators.length === 0} onClick={() => void save()}>
          {tt(lang, 'teach.save')}
        </Button>
        <Button disabled={!made.ok} onClick={() => made.ok && downloadProfile(made.profile)}>
          {tt(lang, 'teach.export')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {tt(lang, 'teach.close')}
        </Button>
      </div>
      {status ? (
        <MessageBar intent={status.intent} data-testid="teach-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function HeaderRow(p: { label: string; value: string; roles: readonly string[]; roleLabel: (r: string) => string; none: string; testId: string; onChange: (v: string) => void }) {
  return (
    <>
      <Text>{p.label}</Text>
      <Select size="small" aria-label={p.label} value={p.value} onChange={(_, d) => p.onChange(d.value)} data-testid={p.testId}>
        <option value="">{p.none}</option>
        {p.roles.map((r) => (
          <option key={r} value={r}>
            {p.roleLabel(r)}
          </option>
        ))}
      </Select>
    </>
  );
}
