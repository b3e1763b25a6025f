// Reading a Content-Security-Policy: the meta tag out of a page, its directives, and the sources a
// kind of request may use (with CSP's fallback from a specific directive to default-src).

export function cspFromHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    return content ? (content[1] ?? content[2]) : null;
  }
  return null;
}

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const FALLBACK: Record<string, string[]> = {
  "script-src-elem": ["script-src", "default-src"],
  "script-src-attr": ["script-src", "default-src"],
  "script-src": ["default-src"],
  "worker-src": ["child-src", "script-src", "default-src"],
  "connect-src": ["default-src"],
};

/** The sources in force for `directive`; null when nothing restricts it (everything allowed). */
export function effectiveSources(directives: Map<string, string[]>, directive: string): string[] | null {
  for (const name of [directive, ...(FALLBACK[directive] ?? ["default-src"])]) {
    const sources = directives.get(name);
    if (sources) return sources;
  }
  return null;
}
