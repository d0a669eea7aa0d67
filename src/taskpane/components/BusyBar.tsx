import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ProgressBar } from './ProgressBar';
import { Spinner } from './Spinner';

/** Long work (reading, writing) shows a spinner with what is happening, and an indeterminate bar. */
export function BusyBar() {
  const { busy } = useSession();
  const { t } = useI18n();
  if (!busy) return null;
  return (
    <div role="status" aria-live="polite">
      <Spinner label={t(busy)} />
      <ProgressBar />
    </div>
  );
}
