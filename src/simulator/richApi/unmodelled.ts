// A request the simulator has no model for: the host refuses it by name rather than answer something made up.
export class UnmodelledRequest extends Error {
  override readonly name = "UnmodelledRequest";
  constructor(what: string) {
    super(`The simulator cannot answer this Office.js request: ${what}.`);
  }
}
