// Typed arrays that live only while one rating runs (the parsed columns of the ColumnCache rateClients makes
// when the caller passes none), handed to the next rating of a table of the same size instead of made anew.
// At a million clients they were about 33 MB per rating, and every 64 MB of new typed arrays starts one of
// the garbage collector's full marks of the whole table. Only what no result and no caller can hold goes here.

type Kind = "float64" | "uint8" | "int32";
type ArrayOf<K extends Kind> = K extends "float64" ? Float64Array : K extends "uint8" ? Uint8Array : Int32Array;

const MAKE: { [K in Kind]: (length: number) => ArrayOf<K> } = {
  float64: (length) => new Float64Array(length),
  uint8: (length) => new Uint8Array(length),
  int32: (length) => new Int32Array(length),
};

export class ScratchBuffers {
  private free: { kind: Kind; array: Float64Array | Uint8Array | Int32Array }[] = [];
  private taken: { kind: Kind; array: Float64Array | Uint8Array | Int32Array }[] = [];

  /** An array of `length` whose contents are left from an earlier rating: the caller writes every entry or fills it. */
  take<K extends Kind>(kind: K, length: number): ArrayOf<K> {
    const at = this.free.findIndex((entry) => entry.kind === kind && entry.array.length === length);
    const entry = at >= 0 ? this.free.splice(at, 1)[0] : { kind, array: MAKE[kind](length) };
    this.taken.push(entry);
    return entry.array as ArrayOf<K>;
  }

  /** Everything taken is free again (the rating is over); arrays of another length than those are let go. */
  release(): void {
    const lengths = new Set(this.taken.map((entry) => entry.array.length));
    this.free = [...this.taken, ...this.free.filter((entry) => lengths.has(entry.array.length))];
    this.taken = [];
  }
}
