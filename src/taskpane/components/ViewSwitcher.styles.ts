import { makeStyles, tokens } from '@fluentui/react-components';

/** Looks like Fluent's small TabList: plain labels, the selected one bold over a brand-coloured bar. */
export const useViewSwitcherStyles = makeStyles({
  // One row: at most four tabs and the overflow button, never wrapping (checked at 320 px in the e2e).
  bar: { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  list: { display: 'flex', flexWrap: 'nowrap', columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  more: { flexShrink: 0, whiteSpace: 'nowrap' },
  moreOpen: { color: tokens.colorNeutralForeground1 },
  // The other views, in the page's flow right under the bar (inside <nav>): it pushes the view down
  // instead of covering it, so nothing needs positioning or stacking.
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    listStyleType: 'none',
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  dropItem: { display: 'flex' },
  dropButton: { flexGrow: 1, justifyContent: 'flex-start', minWidth: 0 },
  tab: {
    minWidth: 'auto',
    flexShrink: 0,
    whiteSpace: 'nowrap',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    position: 'relative',
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: 'transparent',
    },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});
