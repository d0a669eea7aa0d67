import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const useCheckViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  counts: { color: tokens.colorNeutralForeground2 },
  // A pressed filter reads as pressed at a glance in light and dark: a brand tint, brand text and a
  // brand border (≥ 3:1 against the pane, checked in test/e2e/ux.e2e.test.ts), not Fluent's grey.
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.borderColor(tokens.colorCompoundBrandStroke),
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2Hover, ...shorthands.borderColor(tokens.colorCompoundBrandStrokeHover) },
    ':hover:active': { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorBrandForeground2Pressed, ...shorthands.borderColor(tokens.colorCompoundBrandStrokePressed) },
    // Windows high contrast: pressed in the system's highlight colours, as Fluent's ToggleButton does.
    '@media (forced-colors: active)': {
      backgroundColor: 'Highlight',
      ...shorthands.borderColor('Highlight'),
      color: 'HighlightText',
      forcedColorAdjust: 'none',
      ':hover': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
      ':hover:active': { backgroundColor: 'HighlightText', ...shorthands.borderColor('Highlight'), color: 'Highlight' },
    },
  },
});
