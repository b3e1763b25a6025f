// jsdom lacks a few browser APIs that Fluent UI components touch on mount.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as unknown as Record<string, unknown>;
if (typeof scope.ResizeObserver === "undefined") scope.ResizeObserver = NoopResizeObserver;
if (typeof window !== "undefined") {
  const win = window as unknown as Record<string, unknown>;
  if (typeof win.ResizeObserver === "undefined") win.ResizeObserver = NoopResizeObserver;
}
