import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ApplyResult, SkipReason } from '../../core';
import type { MessageKey } from '../i18n/en';
import type { CountKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { opWhere } from '../state/where';

const SKIP_INTENT: Record<SkipReason, 'error' | 'warning'> = {
  'changed-since-check': 'warning',
  unsupported: 'warning',
  'missing-sheet': 'warning',
  protected: 'error',
  error: 'error',
};

/**
 * What a plan did: a success line, then every op that was skipped with its cell and why. Cells a
 * person changed since the check are a warning (nothing lost); protected sheets and failures are errors.
 */
export function ApplyReport({ result, success, successText }: { result: ApplyResult; success: { key: CountKey; count: number }; successText?: string }) {
  const { t } = useI18n();
  const byReason = new Map<SkipReason, { where: string; detail?: string }[]>();
  for (const s of result.skipped) {
    // Cleaning up what is not there (an old chart, a sheet already gone) is not a warning.
    if (s.reason === 'missing-sheet' && /^delete/.test(s.op.op)) continue;
    const list = byReason.get(s.reason) ?? [];
    list.push({ where: opWhere(s.op) ?? '', detail: s.detail });
    byReason.set(s.reason, list);
  }
  return (
    <div>
      {result.applied > 0 || successText ? (
        <MessageBar intent="success" data-testid="apply-success">
          <MessageBarBody>{successText ?? t(success.key, { count: success.count })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {[...byReason].map(([reason, list]) => (
        <MessageBar key={reason} intent={SKIP_INTENT[reason]} layout="multiline" data-skip={reason}>
          <MessageBarBody>
            {reason === 'changed-since-check'
              ? t('fill.skippedChanged', { count: list.length, cells: list.map((l) => l.where).join(', ') })
              : list.map((l) => (
                  <div key={l.where + (l.detail ?? '')}>
                    {t('error.skipped', { where: l.where, reason: l.detail ? `${t(`skip.${reason}` as MessageKey)} (${l.detail})` : t(`skip.${reason}` as MessageKey) })}
                  </div>
                ))}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
