// The one place where a simulator object is handed out as the Office.js type it stands in for.
//
// A proxy implements only the members Excel code uses (each class checks them against @types/office-js with
// `implements Pick<Excel.X, ...>`); the full interfaces have hundreds of members more, so the hand-over needs
// one cast. Each class declares once which type it stands in for:
//
//   export class SimRange extends SimObject<RangeRef> implements RangeApi {
//     declare readonly [standsFor]?: Excel.Range;
//
// and asExcel reads the type from that declaration, so a proxy can only be handed out as its own type:
// returning a SimTable where an Excel.Range is expected, or a class that declares nothing, does not compile.
// The declaration is type-only: `declare` emits no field, so proxies carry nothing extra at run time.

export const standsFor: unique symbol = Symbol("standsFor");

/** Something that declares the Office.js type it stands in for. */
export interface StandIn<E> {
  readonly [standsFor]?: E;
}

/** The proxy as the Office.js type it declares; the same object, nothing is copied or wrapped. */
export function asExcel<E>(proxy: StandIn<E>): E {
  return proxy as E;
}
