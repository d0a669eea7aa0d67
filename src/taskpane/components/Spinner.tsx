import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

/**
 * Fluent's Spinner at size "tiny", label after, the only one the pane uses: the same markup (role
 * progressbar named by its label), the same animation and colours, without Spinner's style sheet for
 * every size and appearance (2.5 KB gzipped at open; docs/pane-size.md). The pane is never right-to-left.
 */
const STROKE = '--evalsheet-spinner-stroke';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    lineHeight: '0',
    columnGap: '8px',
    rowGap: '8px',
    overflow: 'hidden',
    minWidth: 'min-content',
  },
  spinner: {
    position: 'relative',
    flexShrink: 0,
    height: '20px',
    width: '20px',
    [STROKE]: tokens.strokeWidthThick,
    maskImage: `radial-gradient(closest-side, transparent calc(100% - var(${STROKE}) - 1px), white calc(100% - var(${STROKE})) calc(100% - 1px), transparent 100%)`,
    backgroundColor: tokens.colorBrandStroke2Contrast,
    color: tokens.colorBrandStroke1,
    '@media screen and (forced-colors: active)': {
      backgroundColor: 'HighlightText',
      color: 'Highlight',
      forcedColorAdjust: 'none',
    },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    animationName: {
      '0%': { transform: 'rotate(0deg)' },
      '100%': { transform: 'rotate(360deg)' },
    },
    '@media screen and (prefers-reduced-motion: reduce)': {
      animationDuration: '1.8s',
    },
  },
  tail: {
    position: 'absolute',
    display: 'block',
    width: '100%',
    height: '100%',
    maskImage: 'conic-gradient(transparent 105deg, white 105deg)',
    '&::before, &::after': {
      content: '""',
      position: 'absolute',
      display: 'block',
      width: '100%',
      height: '100%',
      animationDuration: 'inherit',
      animationIterationCount: 'inherit',
      animationTimingFunction: 'inherit',
      backgroundImage: 'conic-gradient(currentcolor 135deg, transparent 135deg)',
    },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: tokens.curveEasyEase,
    animationName: {
      '0%': { transform: 'rotate(-135deg)' },
      '50%': { transform: 'rotate(0deg)' },
      '100%': { transform: 'rotate(225deg)' },
    },
    '&::before': {
      animationName: {
        '0%': { transform: 'rotate(0deg)' },
        '50%': { transform: 'rotate(105deg)' },
        '100%': { transform: 'rotate(0deg)' },
      },
    },
    '&::after': {
      animationName: {
        '0%': { transform: 'rotate(0deg)' },
        '50%': { transform: 'rotate(225deg)' },
        '100%': { transform: 'rotate(0deg)' },
      },
    },
    '@media screen and (prefers-reduced-motion: reduce)': {
      animationIterationCount: '0',
      backgroundImage: 'conic-gradient(transparent 120deg, currentcolor 360deg)',
      '&::before, &::after': { content: 'none' },
    },
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
});

export function Spinner({ label }: { label?: string }) {
  const id = useId();
  const styles = useStyles();
  return (
    <div role="progressbar" aria-labelledby={label ? id : undefined} className={styles.root}>
      <span className={styles.spinner}>
        <span className={styles.tail} />
      </span>
      {label ? (
        <label id={id} className={styles.label}>
          {label}
        </label>
      ) : null}
    </div>
  );
}
