import type { EvaluationSheet, Indicator, Item } from '../model/types';

/**
 * Last year's workbook as the comparison needs it: each sheet as read (the model), with its
 * evaluated year and the file it came from. Built by preparePrevious from a snapshot.
 */
export interface PreviousSheet {
  /** The file as given (for messages: 「令和4年度.xlsx」のシート「9-2」). */
  file: string;
  model: EvaluationSheet;
  /** Last year's evaluated year (its sheet's, else inferred, else null). */
  evaluationYear: number | null;
}

/** How an item of this year's sheet was found on last year's. */
export type MatchBasis = 'same' | 'renumbered' | 'retitled';

export interface ItemPair {
  current: Item;
  previous: Item;
  /** 'same': number and title; 'renumbered': the title, under another number; 'retitled': the number, a similar title. */
  basis: MatchBasis;
}

export interface IndicatorPair {
  current: Indicator;
  previous: Indicator;
  /** 'same': number and name; 'renumbered': the name, under another number; 'retitled': the number, a similar name (renamed). */
  basis: MatchBasis;
}

/** This year's sheet against last year's: what was paired, and what of last year's is left over. */
export interface SheetMatch {
  previous: PreviousSheet;
  /** How sure the pairing of the sheets is (the sum of what agreed; see match.ts). */
  score: number;
  items: ItemPair[];
  indicators: IndicatorPair[];
  /** Last year's indicators with values or a name that nothing of this year's sheet matched. */
  unmatchedIndicators: Indicator[];
}
