import type { Command } from 'commander';

/** Placeholder: `evalsheet summary` lands with issue 4. */
export function registerSummary(_program: Command): void {}
