// How a rectangle moves when cells are inserted or deleted, as Excel moves references:
// a reference after the insertion point moves; one spanning it grows; one wholly deleted becomes #REF! (null).
import { MAX_COLUMNS, MAX_ROWS, Rect } from "../../shared/a1";

export interface Shift {
  axis: "row" | "column";
  /** first index inserted or deleted */
  at: number;
  /** > 0: that many inserted; < 0: that many deleted */
  count: number;
  /** the band on the other axis that moves: [lo, hi]; the whole grid for entire rows/columns */
  band: [number, number];
}

export function isWholeBand(shift: Shift): boolean {
  const max = shift.axis === "row" ? MAX_COLUMNS - 1 : MAX_ROWS - 1;
  return shift.band[0] === 0 && shift.band[1] === max;
}

export function shiftIndex(index: number, shift: Shift): number | null {
  if (shift.count > 0) return index >= shift.at ? index + shift.count : index;
  const n = -shift.count;
  if (index < shift.at) return index;
  if (index < shift.at + n) return null;
  return index - n;
}

export function shiftRect(rect: Rect, shift: Shift): Rect | null {
  const [lo0, hi0, olo, ohi] = shift.axis === "row" ? [rect.r0, rect.r1, rect.c0, rect.c1] : [rect.c0, rect.c1, rect.r0, rect.r1];
  if (olo < shift.band[0] || ohi > shift.band[1]) return rect; // Excel refuses partial moves of a reference; leave it
  const max = (shift.axis === "row" ? MAX_ROWS : MAX_COLUMNS) - 1;
  let lo: number;
  let hi: number;
  if (shift.count > 0) {
    lo = lo0 >= shift.at ? lo0 + shift.count : lo0;
    hi = hi0 >= shift.at ? hi0 + shift.count : hi0;
    if (lo0 === 0 && hi0 === max) return rect; // entire column/row references stay whole
    hi = Math.min(hi, max);
  } else {
    const n = -shift.count;
    const delEnd = shift.at + n - 1;
    if (lo0 >= shift.at && hi0 <= delEnd) return null;
    lo = lo0 < shift.at ? lo0 : lo0 <= delEnd ? shift.at : lo0 - n;
    hi = hi0 < shift.at ? hi0 : hi0 <= delEnd ? shift.at - 1 : hi0 - n;
    if (lo0 === 0 && hi0 === max) return rect;
  }
  return shift.axis === "row" ? { r0: lo, r1: hi, c0: rect.c0, c1: rect.c1 } : { r0: rect.r0, r1: rect.r1, c0: lo, c1: hi };
}
