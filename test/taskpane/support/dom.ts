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

// jest's jsdom environment leaves out what browsers and Node both have and the simulator's .xlsx reader uses
// (text decoding, and the platform's deflate through CompressionStream); they come from Node's own.
const fromNode: Record<string, unknown> = {
  TextDecoder: require("node:util").TextDecoder,
  TextEncoder: require("node:util").TextEncoder,
  CompressionStream: require("node:stream/web").CompressionStream,
  DecompressionStream: require("node:stream/web").DecompressionStream,
};
for (const [name, value] of Object.entries(fromNode)) if (typeof scope[name] === "undefined") scope[name] = value;
