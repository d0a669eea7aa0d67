import type { Severity } from '../../core';
import type { MessageKey } from '../i18n/en';

/** Severities map one-to-one onto MessageBar intents (Fluent UI's own guidance). */
export const SEVERITY_INTENT: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };
export const SEVERITY_LABEL: Record<Severity, MessageKey> = { error: 'severity.error', warning: 'severity.warning', info: 'severity.info' };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
