// ClientResult<T>: the value of a method call, readable only after the sync that carried it.
import { SimError } from "../errors";

export class SimClientResult<T> implements OfficeExtension.ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw new SimError("ValueNotLoaded", undefined, "ClientResult.value");
    return this.result as T;
  }

  /** @internal set when the sync that computed the result succeeds */
  resolveWith(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}
