import { makeStyles, tokens } from '@fluentui/react-components';

/** Looks like Fluent's small TabList: plain labels, the selected one bold over a brand-coloured bar. */
export const useViewSwitcherStyles = makeStyles({
  // One row: at most four tabs and the overflow button, never wrapping (checked at 320 px in the e2e).
  bar: { display: 'flex', flexWrap: 'nowrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  list: { display: 'flex', flexWrap: 'nowrap', columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  more: { flexShrink: 0, whiteSpace: 'nowrap' },
  // The menu renders inline (inside <nav>), so it must stack above the view's positioned fields below it.
  popover: { zIndex: 100 },
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
