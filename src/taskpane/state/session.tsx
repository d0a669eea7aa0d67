import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ApplyResult, EditPlan, Settings, WorkbookAnalysis, WorkbookPort } from '../../core';
import type { MessageKey } from '../i18n/en';
import type { Engine, PreviousWorkbook } from './engine';
import { errorText, errorWhere } from './where';

/**
 * Settings as saved in the workbook: the engine's settings plus the undo plan of the flag marks,
 * so "Remove marks" still works after the workbook is closed and reopened.
 */
export type PaneSettings = Partial<Settings> & { flagMarks?: EditPlan | null };

export interface PaneError {
  /** What failed, in the UI language. */
  key: MessageKey;
  /** The host's own words, shown under it. */
  detail: string;
  /** 'Sheet'!C12 where the failure applies, when known. */
  where: string | null;
}

export interface UndoEntry {
  title: EditPlan['title'];
  plan: EditPlan;
}

export interface Session {
  port: WorkbookPort;
  engine: Engine;
  settings: PaneSettings;
  /** Bumped when settings arrive from the workbook (not when the pane saves them), so forms can reload. */
  settingsEpoch: number;
  analysis: WorkbookAnalysis | null;
  undoStack: UndoEntry[];
  busy: MessageKey | null;
  error: PaneError | null;
  dismissError: () => void;
  /** Reads the workbook and analyses it; null when reading failed (the error is shown). */
  check: (settingsOverride?: PaneSettings) => Promise<WorkbookAnalysis | null>;
  /**
   * Carries out a plan (or one still being made: its code may load on demand); its undo goes on the
   * stack when `undoable`; null when making or applying it failed (the error is shown).
   */
  /**
   * Apply a plan. On a failed write the error is shown and null returned; the undo plan of what was
   * written before the failure goes on the undo stack (undoable) and to `onPartial` (Flags saves it
   * as the marks to remove, so a failed run never leaves marks nobody can take off).
   */
  apply: (plan: EditPlan | Promise<EditPlan>, options?: { undoable?: boolean; recheck?: boolean; onPartial?: (undo: EditPlan) => void }) => Promise<ApplyResult | null>;
  /** Applies the undo plan of the last change; null when there is nothing to undo or it failed. */
  undo: () => Promise<ApplyResult | null>;
  saveSettings: (next: PaneSettings) => Promise<boolean>;
  /** Last year's workbook the checks compare with (「前年度のブックと比較」); null: none. */
  previous: PreviousWorkbook | null;
  setPrevious: (p: PreviousWorkbook | null) => void;
}

const SessionContext = createContext<Session | null>(null);

/** Engine settings only: the flag undo plan is pane state, not an input of the analysis. */
export function engineSettings(s: PaneSettings): Partial<Settings> {
  const { flagMarks: _ignored, ...rest } = s;
  return rest;
}

export function SessionProvider({ port, engine, children }: { port: WorkbookPort; engine: Engine; children: ReactNode }) {
  const [settings, setSettings] = useState<PaneSettings>({});
  const [settingsEpoch, setSettingsEpoch] = useState(0);
  const [analysis, setAnalysis] = useState<WorkbookAnalysis | null>(null);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  // Actions read the latest settings and undo stack without being re-created on every change.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const undoRef = useRef(undoStack);
  undoRef.current = undoStack;
  const [previous, setPreviousState] = useState<PreviousWorkbook | null>(null);
  // The next check reads it at once, before React re-renders.
  const previousRef = useRef(previous);
  const setPrevious = useCallback((p: PreviousWorkbook | null) => {
    previousRef.current = p;
    setPreviousState(p);
  }, []);

  useEffect(() => {
    let live = true;
    port.readSettings().then(
      (saved) => {
        if (live && saved) {
          setSettings((s) => ({ ...s, ...(saved as PaneSettings) }));
          setSettingsEpoch((n) => n + 1);
        }
      },
      // Unreadable saved settings: keep the defaults, the person can save new ones.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const check = useCallback(async (settingsOverride?: PaneSettings) => {
    setBusy('busy.reading');
    setError(null);
    try {
      const snapshot = await port.readSnapshot();
      const last = previousRef.current?.sheets;
      const a = last ? engine.analyze(snapshot, engineSettings(settingsOverride ?? settingsRef.current), last) : engine.analyze(snapshot, engineSettings(settingsOverride ?? settingsRef.current));
      setAnalysis(a);
      return a;
    } catch (e) {
      setError({ key: 'error.read', detail: errorText(e), where: errorWhere(e) });
      return null;
    } finally {
      setBusy(null);
    }
  }, [port, engine]);

  const runPlan = useCallback(
    async (plan: EditPlan, undoable = false, onPartial?: (undo: EditPlan) => void): Promise<ApplyResult | null> => {
      setBusy('busy.applying');
      setError(null);
      try {
        return await port.applyPlan(plan);
      } catch (e) {
        setError({ key: 'error.apply', detail: errorText(e), where: errorWhere(e) });
        // A failed write may have changed part of the workbook: keep its undo plan and offer it.
        const partial = partialUndo(e);
        if (undoable && partial) setUndoStack((stack) => [...stack, { title: plan.title, plan: partial }]);
        if (partial && onPartial) onPartial(partial);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [port],
  );

  const apply = useCallback<Session['apply']>(
    async (pending, options = {}) => {
      let plan: EditPlan;
      try {
        plan = await pending;
      } catch (e) {
        // The plan's code failed to load (or the engine threw): nothing was written.
        setError({ key: 'error.apply', detail: errorText(e), where: errorWhere(e) });
        return null;
      }
      const result = await runPlan(plan, Boolean(options.undoable), options.onPartial);
      if (result && options.undoable && result.applied > 0) {
        setUndoStack((stack) => [...stack, { title: plan.title, plan: result.undo }]);
      }
      if (result && options.recheck) await check();
      return result;
    },
    [runPlan, check],
  );

  const undo = useCallback(async () => {
    const stack = undoRef.current;
    const last = stack[stack.length - 1];
    if (!last) return null;
    const result = await runPlan(last.plan);
    if (result) {
      setUndoStack((s) => s.slice(0, -1));
      await check();
    }
    return result;
  }, [runPlan, check]);

  const saveSettings = useCallback(
    async (next: PaneSettings) => {
      setBusy('busy.saving');
      setError(null);
      try {
        await port.writeSettings(next);
        setSettings(next);
        return true;
      } catch (e) {
        setError({ key: 'error.settings', detail: errorText(e), where: errorWhere(e) });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [port],
  );

  const dismissError = useCallback(() => setError(null), []);

  const value = useMemo<Session>(
    () => ({ port, engine, settings, settingsEpoch, analysis, undoStack, busy, error, dismissError, check, apply, undo, saveSettings, previous, setPrevious }),
    [port, engine, settings, settingsEpoch, analysis, undoStack, busy, error, dismissError, check, apply, undo, saveSettings, previous, setPrevious],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The undo plan a failed write carries (ExcelWriteError.undo), when it has anything to undo. */
export function partialUndo(e: unknown): EditPlan | null {
  const undo = e && typeof e === 'object' && 'undo' in e ? (e as { undo: unknown }).undo : null;
  return undo && typeof undo === 'object' && Array.isArray((undo as EditPlan).ops) && (undo as EditPlan).ops.length > 0 ? (undo as EditPlan) : null;
}
