// What a test or benchmark can read after a run: round trips, payload sizes, proxies.
export interface SimCounters {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** operations queued in each sync (loads, writes, method calls), in sync order */
  operations: number[];
  proxiesCreated: number;
  /** calls of application.suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync applied */
  suspendApiCalculation: number;
  suspendScreenUpdating: number;
  reset(): void;
}

export function createCounters(): SimCounters {
  return {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    operations: [],
    proxiesCreated: 0,
    suspendApiCalculation: 0,
    suspendScreenUpdating: 0,
    reset() {
      this.suspendApiCalculation = 0;
      this.suspendScreenUpdating = 0;
      this.syncs = 0;
      this.requestBytes = [];
      this.responseBytes = [];
      this.operations = [];
      this.proxiesCreated = 0;
    },
  };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * utf8Length(JSON.stringify(value)) without building the JSON text: the request and response sizes of every
 * sync are measured this way, and the text of a large values grid is the biggest allocation of a run.
 * Plain objects, arrays and primitives are walked; anything else (class instances, toJSON) is stringified.
 */
export function jsonByteLength(value: unknown): number {
  return measure(value, false) ?? 0;
}

/** null when JSON.stringify would omit the value (undefined, functions, symbols) */
function measure(value: unknown, inArray: boolean): number | undefined {
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? numberLength(value) : 4;
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
    case "function":
    case "symbol":
      return inArray ? 4 : undefined;
    case "bigint":
      throw new TypeError("Do not know how to serialize a BigInt"); // as JSON.stringify
  }
  if (value === null) return 4;
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i++) bytes += measure(value[i], true)!;
    return bytes;
  }
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const text = JSON.stringify(value);
    return text === undefined ? (inArray ? 4 : undefined) : utf8Length(text);
  }
  let bytes = 2;
  let members = 0;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const size = measure(record[key], false);
    if (size === undefined) continue;
    bytes += stringBytes(key) + 1 + size;
    members++;
  }
  return bytes + Math.max(0, members - 1);
}

function numberLength(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) {
    let digits = n < 0 ? 2 : 1;
    for (let a = Math.abs(n); a >= 10; a = Math.floor(a / 10)) digits++;
    return digits;
  }
  return String(n).length;
}

/** Bytes of a string as a JSON literal, quotes and escapes included (lone surrogates escaped, as JSON.stringify does). */
function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : 1;
    else if (code < 0x20) bytes += code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}
