/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for its layout; nothing here depends on sizes. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = NoopResizeObserver;
