import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the action views (fill, flags, charts, summary, settings). */
export const useViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  change: { fontFamily: tokens.fontFamilyMonospace },
  reason: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground2 },
  // A dropdown as wide as the pane at most: its longest option (a preset's name) is cut, not scrolled to.
  fit: { width: '100%', maxWidth: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
});
