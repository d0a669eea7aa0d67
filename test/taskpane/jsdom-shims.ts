/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for its layout; nothing here depends on sizes. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = NoopResizeObserver;

/**
 * jsdom has no layout, so offsetParent is always null and <body> measures 0 × 0; tabster (the focus
 * manager under Fluent's Menu) reads that as "hidden" and then moves Tab to nowhere. Here an element in
 * the document has its parent as offsetParent, as in a browser without positioned ancestors (hidden
 * ones keep null), and <body> has a size.
 */
const bodyRect = HTMLBodyElement.prototype.getBoundingClientRect;
HTMLBodyElement.prototype.getBoundingClientRect = function (this: HTMLBodyElement) {
  const r = bodyRect.call(this);
  return r.width || r.height ? r : ({ x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768, toJSON: () => ({}) } as DOMRect);
};
if (Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent')) {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      if (!this.isConnected || this.hidden) return null;
      for (let e: HTMLElement | null = this; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return null;
      return this.parentElement;
    },
  });
}

/**
 * Fluent's Overflow measures its container (clientWidth) and hides the items that do not fit; jsdom
 * measures everything as 0, which would read as "no room at all". The container gets the window's
 * width (as the pane's bar does in Excel's task pane) and items stay 0 wide, so in component tests
 * the tabs shown depend only on the pane's narrow-width cap; the real fitting is checked in Chromium
 * (test/e2e/ux.e2e.test.ts).
 */
const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('fui-Overflow') ? window.innerWidth : (clientWidth?.get?.call(this) ?? 0);
  },
});
