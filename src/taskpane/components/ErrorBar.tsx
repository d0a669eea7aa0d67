import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';

/** The session's last failure, in words a staff member understands, with the cell where it applies. */
export function ErrorBar() {
  const { error, dismissError } = useSession();
  const { t } = useI18n();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(error.key)}</MessageBarTitle>
        {error.where ? ` ${t('error.at', { where: error.where })}` : ''}
        {error.detail ? <div>{error.detail}</div> : null}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t('app.dismiss')} title={t('app.dismiss')} onClick={dismissError}>×</Button>} />
    </MessageBar>
  );
}
