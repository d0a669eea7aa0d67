import { makeStyles, tokens } from '@fluentui/react-components';

export const useCellPreviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  selected: { fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed', width: '100%' },
  head: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  current: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});
