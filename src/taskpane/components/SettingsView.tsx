import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useState } from 'react';
// The modules themselves, not the facade: the facade would bring the whole engine into this view's chunk.
import { DEFAULT_SETTINGS, type Rounding } from '../../core/settings';
import type { GradePreset } from '../../core/grading/types';
import { parseFiscalYear, shortEraLabel } from '../../core/text/years';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { readThresholds, thresholdTexts } from '../state/thresholds';
import { ThresholdFields } from './ThresholdFields';
import { useViewStyles } from './views.styles';

/** "R5", "令和5", "2023" → 2023; "" → null (read from each sheet); unreadable → undefined. */
export function readYearInput(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseFiscalYear(trimmed);
  return parsed ? parsed.year : undefined;
}

/** Settings: evaluated year, grade preset and its thresholds, rounding; saved in the workbook so they travel with it. */
export function SettingsView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { settings, saveSettings, engine, busy, analysis, check } = useSession();
  const [year, setYear] = useState(settings.evaluationYear ? shortEraLabel(settings.evaluationYear) : '');
  const [preset, setPreset] = useState(settings.preset ?? DEFAULT_SETTINGS.preset);
  const [rounding, setRounding] = useState<Rounding>(settings.rounding ?? DEFAULT_SETTINGS.rounding);
  const presetOf = (id: string): GradePreset | undefined => engine.presets.find((p) => p.id === id);
  // Saved thresholds belong to the saved preset; another preset starts from its own.
  const [limits, setLimits] = useState(() => {
    const p = presetOf(preset);
    return p ? thresholdTexts(p, settings.thresholds) : {};
  });
  const [saved, setSaved] = useState(false);
  const parsedYear = readYearInput(year);
  // What the sheets say, shown where the person would type over it (「シートから：R5」).
  const sheetYears = [...new Set((analysis?.sheets ?? []).flatMap((s) => (s.model.kind === 'evaluation' && s.model.evaluationYear ? [shortEraLabel(s.model.evaluationYear.year)] : [])))];
  const sheetYear = sheetYears.join('、');
  const current = presetOf(preset);
  const thresholds = current ? readThresholds(current, limits) : ({ ok: true, value: null } as const);
  const ownLimits = current ? thresholdTexts(current, null) : {};
  const canSave = parsedYear !== undefined && thresholds.ok;

  const choosePreset = (id: string) => {
    setPreset(id);
    const p = presetOf(id);
    setLimits(p ? thresholdTexts(p, id === (settings.preset ?? DEFAULT_SETTINGS.preset) ? settings.thresholds : null) : {});
    setSaved(false);
  };

  const save = async () => {
    if (parsedYear === undefined || !thresholds.ok) return;
    const next = { ...settings, evaluationYear: parsedYear, preset, rounding, thresholds: thresholds.value };
    const ok = await saveSettings(next);
    setSaved(ok);
    // The findings on screen were made under the old settings; redo them under the new ones.
    if (ok && analysis) await check(next);
  };

  return (
    <div className={styles.root}>
      <Field
        label={t('settings.year')}
        hint={t('settings.yearHint')}
        validationState={parsedYear === undefined ? 'error' : 'none'}
        validationMessage={parsedYear === undefined ? t('settings.yearInvalid', { value: year }) : undefined}
      >
        <Input value={year} placeholder={sheetYear ? t('settings.fromSheet', { value: sheetYear }) : undefined} onChange={(_, d) => (setYear(d.value), setSaved(false))} />
      </Field>
      <Field label={t('settings.preset')}>
        <Select className={styles.fit} value={preset} onChange={(_, d) => choosePreset(d.value)}>
          {engine.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {current ? (
        <ThresholdFields
          preset={current}
          texts={limits}
          input={thresholds}
          isPresetOwn={thresholds.ok && thresholds.value === null}
          onChange={(grade, text) => (setLimits((l) => ({ ...l, [grade]: text })), setSaved(false))}
          onReset={() => (setLimits(ownLimits), setSaved(false))}
        />
      ) : null}
      <Field label={t('settings.rounding')}>
        <RadioGroup value={rounding} onChange={(_, d) => (setRounding(d.value as Rounding), setSaved(false))}>
          <Radio value="round" label={t('settings.round')} />
          <Radio value="floor" label={t('settings.floor')} />
          <Radio value="ceil" label={t('settings.ceil')} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null || !canSave} onClick={() => void save()}>
          {t('settings.save')}
        </Button>
      </div>
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('settings.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
