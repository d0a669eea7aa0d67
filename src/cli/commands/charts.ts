import type { Command } from 'commander';

/** Placeholder: `evalsheet charts` lands with issue 4. */
export function registerCharts(_program: Command): void {}
