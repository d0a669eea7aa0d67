import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the view once it failed (to load, or to render). */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

/** Keeps a view that fails from taking the whole pane down: the tabs and the other views stay usable. */
export class ViewBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('view failed') };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
