import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingListStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalM },
  sheetTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  group: { marginTop: tokens.spacingVerticalS, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  groupTitle: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  findingInner: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em', color: tokens.colorBrandForeground1 },
  rule: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
});
