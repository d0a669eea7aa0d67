import { createContext, useContext } from 'react';

/** Opening another view from inside one (a finding's 「期待値を記入する」 opens Expected values). */
export type OpenView = (view: string) => void;

export const NavContext = createContext<OpenView>(() => undefined);

export function useOpenView(): OpenView {
  return useContext(NavContext);
}
