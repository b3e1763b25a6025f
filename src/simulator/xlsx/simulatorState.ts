// Pivot table definitions and charts survive an .xlsx round trip through a custom XML part of our own
// namespace: the file also holds them as real PivotTable and chart parts (objectParts.ts), which the
// simulator does not read back. Excel ignores the part; the simulator restores the objects from it on import.
import { ChartModel, PivotModel } from "../model/objects";

export const SIMULATOR_NAMESPACE = "urn:client-rater:workbook-simulator";

export interface SimulatorState {
  pivots: Array<{ sheet: string; pivot: PivotModel }>;
  charts: Array<{ sheet: string; chart: ChartModel }>;
  /** files written before charts were real parts put their data on this extra sheet, dropped on import */
  chartDataSheet: string | null;
}

const escapeText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeText = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function stateToXml(state: SimulatorState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><simulatorState xmlns="${SIMULATOR_NAMESPACE}">${escapeText(JSON.stringify(state))}</simulatorState>`;
}

export function stateFromXml(xml: string): SimulatorState | null {
  const m = /<simulatorState[^>]*>([\s\S]*)<\/simulatorState>/.exec(xml);
  if (!m) return null;
  try {
    return JSON.parse(unescapeText(m[1])) as SimulatorState;
  } catch {
    return null;
  }
}
