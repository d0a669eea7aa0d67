import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyViewId = 'fill' | 'flags' | 'charts' | 'summary' | 'settings';

/**
 * Every view but Check lives in a chunk of its own, loaded the first time the person opens it, so the
 * JS Excel loads at open stays small. The chunk names start with "view-": scripts/bench-size.ts reports
 * those as loaded on demand (and everything else the pane can load as loaded at open).
 */
const LOADERS: Record<LazyViewId, () => Promise<{ default: ComponentType }>> = {
  fill: () => import(/* webpackChunkName: "view-fill" */ './FillView').then((m) => ({ default: m.FillView })),
  flags: () => import(/* webpackChunkName: "view-flags" */ './FlagsView').then((m) => ({ default: m.FlagsView })),
  charts: () => import(/* webpackChunkName: "view-charts" */ './ChartsView').then((m) => ({ default: m.ChartsView })),
  summary: () => import(/* webpackChunkName: "view-summary" */ './SummaryView').then((m) => ({ default: m.SummaryView })),
  settings: () => import(/* webpackChunkName: "view-settings" */ './SettingsView').then((m) => ({ default: m.SettingsView })),
};

/**
 * Fresh lazy components. React.lazy remembers a failed load for good, so "Try again" after a failure
 * (e.g. the add-in was redeployed and an old chunk is gone) needs new ones; webpack retries the request.
 */
export function lazyViews(): Record<LazyViewId, LazyExoticComponent<ComponentType>> {
  return {
    fill: lazy(LOADERS.fill),
    flags: lazy(LOADERS.flags),
    charts: lazy(LOADERS.charts),
    summary: lazy(LOADERS.summary),
    settings: lazy(LOADERS.settings),
  };
}
