import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingListStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalM },
  sheetTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
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
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  advice: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingLeft: 'calc(3.5em + 12px)' },
  action: { alignSelf: 'flex-start', marginLeft: 'calc(3.5em + 12px)' },
  groupHead: { justifyContent: 'flex-start', textAlign: 'start', width: '100%', height: 'auto', fontWeight: tokens.fontWeightSemibold },
  groupBody: { paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});
