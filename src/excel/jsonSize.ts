// Bytes a value takes in a request or response: the UTF-8 length of its JSON text, which is what
// Office.js sends and what Excel's 5 MB payload limit counts. Measured without building the text.

type Json = string | number | boolean | null | undefined | readonly Json[];

export function jsonBytes(value: Json): number {
  if (typeof value === "string") return stringBytes(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  let bytes = 2 + Math.max(0, value.length - 1);
  for (let i = 0; i < value.length; i++) bytes += jsonBytes(value[i]);
  return bytes;
}

/** A JSON string literal's bytes: quotes, escapes and UTF-8 multi-byte characters included. */
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
