import type { Server } from "http";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __WORKBENCH_SERVER__?: Server }).__WORKBENCH_SERVER__;
  server?.closeAllConnections();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}
