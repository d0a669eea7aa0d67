import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { GradePreset } from '../../core/grading/types';
import { useI18n } from '../i18n/I18nProvider';
import type { ThresholdsInput, ThresholdTexts } from '../state/thresholds';
import { useThresholdStyles } from './ThresholdFields.styles';

export interface ThresholdFieldsProps {
  preset: GradePreset;
  texts: ThresholdTexts;
  /** The texts as read (state/thresholds readThresholds): which fields to mark, what to say. */
  input: ThresholdsInput;
  /** Whether the texts are already the preset's own (nothing to reset). */
  isPresetOwn: boolean;
  onChange: (grade: string, text: string) => void;
  onReset: () => void;
}

/** The preset's grade thresholds as editable percentages: one field per grade but the last, which takes the rest. */
export function ThresholdFields({ preset, texts, input, isPresetOwn, onChange, onReset }: ThresholdFieldsProps) {
  const styles = useThresholdStyles();
  const { t, lang } = useI18n();
  const grades = preset.thresholds.slice(0, -1).map((x) => x.grade);
  const last = preset.thresholds[preset.thresholds.length - 1]?.grade ?? '';
  const bad = new Set(input.ok ? [] : input.badFields);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('settings.thresholds')}</legend>
      <div className={styles.fields}>
        {grades.map((g) => (
          <Field
            key={g}
            className={styles.field}
            label={t('settings.thresholdFor', { grade: g })}
            validationState={bad.has(g) ? 'error' : 'none'}
            validationMessage={bad.has(g) ? t('settings.thresholdInvalid', { value: texts[g] ?? '' }) : undefined}
          >
            <Input className={styles.input} input={{ className: styles.inputText }} value={texts[g] ?? ''} inputMode="decimal" contentAfter="%" onChange={(_, d) => onChange(g, d.value)} />
          </Field>
        ))}
      </div>
      <span className={styles.hint}>{t('settings.thresholdsHint', { last })}</span>
      {!input.ok && input.problem ? (
        <MessageBar intent="error">
          <MessageBarBody>{input.problem[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button size="small" disabled={isPresetOwn} onClick={onReset}>
          {t('settings.thresholdsReset')}
        </Button>
      </div>
    </fieldset>
  );
}
