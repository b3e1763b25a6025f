// Text and attribute values for the parts written as strings (charts, drawings, PivotTables): XML's
// special characters escaped, a carriage return kept as OOXML's _x000D_, and the control characters
// XML 1.0 cannot carry dropped (as fastCells.ts does for cells; Excel drops them too).
import { encodeOoxmlText } from "./ooxmlText";

// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXmlText(text: string): string {
  return encodeOoxmlText(text).replace(NOT_IN_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
