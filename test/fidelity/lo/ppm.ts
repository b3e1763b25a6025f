// Binary PPM (P6), pdftoppm's default output: counting pixels of given colours.
export interface Ppm {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function readPpm(data: Uint8Array): Ppm {
  let pos = 0;
  const token = (): string => {
    while (pos < data.length) {
      const c = data[pos];
      if (c === 0x23) while (pos < data.length && data[pos] !== 0x0a) pos++;
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    const start = pos;
    while (pos < data.length && ![0x20, 0x0a, 0x0d, 0x09].includes(data[pos])) pos++;
    return String.fromCharCode(...data.subarray(start, pos));
  };
  if (token() !== "P6") throw new Error("not a binary PPM");
  const width = Number(token());
  const height = Number(token());
  if (Number(token()) !== 255) throw new Error("only 8-bit PPM");
  pos++;
  return { width, height, pixels: data.subarray(pos, pos + width * height * 3) };
}

/** Pixels whose colour is within `tolerance` of "#RRGGBB" on every channel. */
export function countColour(image: Ppm, hex: string, tolerance = 2): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  const p = image.pixels;
  for (let i = 0; i + 2 < p.length; i += 3) {
    if (Math.abs(p[i] - r) <= tolerance && Math.abs(p[i + 1] - g) <= tolerance && Math.abs(p[i + 2] - b) <= tolerance) n++;
  }
  return n;
}

/** Pixels per colour for several colours in one pass (each pixel counted for the first colour it matches). */
export function countColours(image: Ppm, hexes: string[], tolerance = 2): number[] {
  const targets = hexes.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const counts = hexes.map(() => 0);
  const p = image.pixels;
  for (let i = 0; i + 2 < p.length; i += 3) {
    const r = p[i];
    const g = p[i + 1];
    const b = p[i + 2];
    if (r === 255 && g === 255 && b === 255) continue;
    for (let t = 0; t < targets.length; t++) {
      const c = targets[t];
      if (Math.abs(r - c[0]) <= tolerance && Math.abs(g - c[1]) <= tolerance && Math.abs(b - c[2]) <= tolerance) {
        counts[t]++;
        break;
      }
    }
  }
  return counts;
}
