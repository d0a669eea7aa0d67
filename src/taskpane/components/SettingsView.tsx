import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useState } from 'react';
// The modules themselves, not the facade: the facade would bring the whole engine into this view's chunk.
import { DEFAULT_SETTINGS, type Rounding } from '../../core/settings';
import { parseFiscalYear, shortEraLabel } from '../../core/text/years';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { useViewStyles } from './views.styles';

/** "R5", "令和5", "2023" → 2023; "" → null (read from each sheet); unreadable → undefined. */
export function readYearInput(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseFiscalYear(trimmed);
  return parsed ? parsed.year : undefined;
}

/** Settings: evaluated year, grade preset, rounding; saved in the workbook so they travel with it. */
export function SettingsView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { settings, saveSettings, engine, busy, analysis, check } = useSession();
  const [year, setYear] = useState(settings.evaluationYear ? shortEraLabel(settings.evaluationYear) : '');
  const [preset, setPreset] = useState(settings.preset ?? DEFAULT_SETTINGS.preset);
  const [rounding, setRounding] = useState<Rounding>(settings.rounding ?? DEFAULT_SETTINGS.rounding);
  const [saved, setSaved] = useState(false);
  const parsedYear = readYearInput(year);

  const save = async () => {
    if (parsedYear === undefined) return;
    const next = { ...settings, evaluationYear: parsedYear, preset, rounding };
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
        <Input value={year} onChange={(_, d) => (setYear(d.value), setSaved(false))} />
      </Field>
      <Field label={t('settings.preset')}>
        <Select value={preset} onChange={(_, d) => (setPreset(d.value), setSaved(false))}>
          {engine.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('settings.rounding')}>
        <RadioGroup value={rounding} onChange={(_, d) => (setRounding(d.value as Rounding), setSaved(false))}>
          <Radio value="round" label={t('settings.round')} />
          <Radio value="floor" label={t('settings.floor')} />
          <Radio value="ceil" label={t('settings.ceil')} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null || parsedYear === undefined} onClick={() => void save()}>
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
