import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** A plain fieldset (its legend names the group for screen readers), the grade fields side by side. */
export const useThresholdStyles = makeStyles({
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { width: '7.5em' },
  // Fluent's Input sizes its <input> by the default 20 characters: let it shrink to the field.
  input: { width: '100%', minWidth: 0 },
  inputText: { minWidth: 0, width: '100%' },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
});
