// The benchmark serves the built bundles with the browser tests' static server (127.0.0.1, random port).
import { startStaticServer } from "../test/browser/staticServer";

export async function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const { server, url } = await startStaticServer(root);
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
