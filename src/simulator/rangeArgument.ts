// An address passed to the API ("Sheet1!B2:C9", "A:C"): Excel answers InvalidArgument when it is not A1.
import { type SheetRect, tryParseAddress } from "../shared/sheetName";
import { invalidArgument } from "./errors";

export function parseRangeArgument(address: string, location: string): SheetRect {
  const parsed = tryParseAddress(address);
  if (!parsed) throw invalidArgument(location);
  return parsed;
}
