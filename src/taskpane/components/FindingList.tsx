import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core';
import { useI18n } from '../i18n/I18nProvider';
import { useFindingListStyles } from './FindingList.styles';
import { SEVERITIES, SEVERITY_BADGE, SEVERITY_LABEL } from './severity';

interface Props {
  findings: Finding[];
  selected: string | null;
  onSelect: (finding: Finding) => void;
}

/** Findings grouped by sheet, then by severity, each group with its count; a click selects the cell. */
export function FindingList({ findings, selected, onSelect }: Props) {
  const styles = useFindingListStyles();
  const { t, lang } = useI18n();
  const sheets = new Map<string, Map<Severity, Finding[]>>();
  for (const f of findings) {
    const bySeverity = sheets.get(f.sheet) ?? new Map<Severity, Finding[]>();
    const list = bySeverity.get(f.severity) ?? [];
    list.push(f);
    bySeverity.set(f.severity, list);
    sheets.set(f.sheet, bySeverity);
  }
  return (
    <div>
      {[...sheets].map(([sheet, bySeverity]) => (
        <section key={sheet} className={styles.sheet} aria-label={sheet} data-sheet={sheet}>
          <div className={styles.sheetTitle}>{sheet}</div>
          {SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => {
            const list = bySeverity.get(severity) ?? [];
            return (
              <div key={severity} className={styles.group} data-severity={severity}>
                <div className={styles.groupTitle}>
                  <Badge appearance="tint" color={SEVERITY_BADGE[severity]}>
                    {t(SEVERITY_LABEL[severity])}
                  </Badge>
                  <span data-testid={`count-${sheet}-${severity}`}>{list.length}</span>
                </div>
                {list.map((f, i) => {
                  const id = `${f.sheet}!${f.cell}`;
                  return (
                    <Button
                      key={`${f.rule}-${f.cell}-${i}`}
                      appearance="subtle"
                      className={mergeClasses(styles.finding, selected === id && styles.selected)}
                      title={t('check.selectCell', { cell: id })}
                      data-finding={f.rule}
                      data-cell={id}
                      onClick={() => onSelect(f)}
                    >
                      <span className={styles.findingInner}>
                        <span className={styles.cell}>{f.cell}</span>
                        <span>
                          {f.message[lang]}
                          <span className={styles.rule}>{f.rule}</span>
                        </span>
                      </span>
                    </Button>
                  );
                })}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
