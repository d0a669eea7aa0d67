import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Fluent's indeterminate ProgressBar (thickness medium, rounded, brand), the only one the pane shows
 * (BusyBar): the same markup (role progressbar, a bar a third wide sliding across, a pulse under
 * reduced motion) and colours, drawn with a CSS animation instead of Fluent's motion runtime and its
 * style sheet for every colour and value (about 2 KB gzipped at open; docs/pane-size.md).
 */
const useStyles = makeStyles({
  root: {
    display: 'block',
    backgroundColor: tokens.colorNeutralBackground6,
    width: '100%',
    height: '2px',
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusMedium,
    '@media screen and (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  bar: {
    borderRadius: 'inherit',
    height: '100%',
    maxWidth: '33%',
    position: 'relative',
    backgroundColor: tokens.colorCompoundBrandBackground,
    backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralBackground6} 0%, ${tokens.colorTransparentBackground} 50%, ${tokens.colorNeutralBackground6} 100%)`,
    '@media screen and (forced-colors: active)': { backgroundColor: 'Highlight' },
    // The bar is a third of the track: -100% starts it just off the left end, 300% ends it off the right.
    animationName: { from: { transform: 'translateX(-100%)' }, to: { transform: 'translateX(300%)' } },
    animationDuration: '3s',
    animationTimingFunction: 'linear',
    animationIterationCount: 'infinite',
    '@media screen and (prefers-reduced-motion: reduce)': {
      maxWidth: '100%',
      animationName: { '0%': { opacity: 0.2 }, '50%': { opacity: 1 }, '100%': { opacity: 0.2 } },
    },
  },
});

export function ProgressBar() {
  const styles = useStyles();
  return (
    <div role="progressbar" className={styles.root}>
      <div className={styles.bar} />
    </div>
  );
}
