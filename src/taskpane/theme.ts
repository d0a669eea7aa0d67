import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The Office theme as plain data (read from Office.context.officeTheme in host/office.ts only). */
export interface OfficeThemeInfo {
  isDark: boolean;
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Fluent theme that follows Office: dark or light web theme, with the pane's background and text
 * taken from Office's own colours when it gives them, so the pane blends into the host.
 */
export function themeFor(info: OfficeThemeInfo | null): Theme {
  if (!info) return webLightTheme;
  const base = info.isDark ? webDarkTheme : webLightTheme;
  const custom: Partial<Theme> = {};
  if (info.bodyBackgroundColor && HEX.test(info.bodyBackgroundColor)) custom.colorNeutralBackground1 = info.bodyBackgroundColor;
  if (info.bodyForegroundColor && HEX.test(info.bodyForegroundColor)) custom.colorNeutralForeground1 = info.bodyForegroundColor;
  return { ...base, ...custom };
}
