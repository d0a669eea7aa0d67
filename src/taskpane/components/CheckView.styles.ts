import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  counts: { color: tokens.colorNeutralForeground2 },
});
