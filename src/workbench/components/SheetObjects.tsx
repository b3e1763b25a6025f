// The PivotTables and charts on a sheet, shown as plain tables (the workbench does not draw charts).
import { cellText } from "../grid/cellText";
import { ViewChart, ViewPivot, ViewSheet } from "../grid/sheetView";

function PivotTable({ sheet, pivot }: { sheet: ViewSheet; pivot: ViewPivot }) {
  const rect = pivot.outputRect;
  const rows: string[][] = [];
  if (rect) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: string[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(cellText(sheet.get(r, c)));
      rows.push(row);
    }
  }
  const [head, ...body] = rows;
  return (
    <table className="wb-object">
      <caption>
        PivotTable {pivot.name}: rows {pivot.rowFields.join(", ") || "(none)"}; values {pivot.dataFields.map((f) => f.name).join(", ") || "(none)"}
      </caption>
      {head && (
        <thead>
          <tr>
            {head.map((text, i) => (
              <th key={i} scope="col">
                {text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {body.map((row, i) => (
          <tr key={i}>
            {row.map((text, j) => (
              <td key={j}>{text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const MAX_CHART_ROWS = 50;

function valueText(value: unknown): string {
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: Math.abs(value) < 10 ? 4 : 2 });
  return value === null || value === undefined ? "" : String(value);
}

function ChartTable({ chart }: { chart: ViewChart }) {
  const length = Math.max(0, ...chart.series.map((s) => Math.max(s.values.length, s.xValues.length)));
  const categories = chart.series.find((s) => s.xValues.length)?.xValues ?? [];
  const shown = Math.min(length, MAX_CHART_ROWS);
  const title = chart.title?.text ? `"${chart.title.text}"` : chart.name;
  return (
    <table className="wb-object">
      <caption>
        Chart {title} ({chart.chartType}
        {chart.series.some((s) => s.chartType && s.chartType !== chart.chartType) ? ", combined" : ""})
        {length > shown ? `: first ${shown} of ${length} points` : ""}
      </caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          {chart.series.map((s, i) => (
            <th key={i} scope="col">
              {s.name}
              {s.chartType ? ` (${s.chartType}${s.axisGroup === "Secondary" ? ", secondary axis" : ""})` : ""}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: shown }, (_, i) => (
          <tr key={i}>
            <th scope="row">{valueText(categories[i] ?? i + 1)}</th>
            {chart.series.map((s, j) => (
              <td key={j}>{valueText(s.values[i])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SheetObjects({ sheet }: { sheet: ViewSheet; version: number }) {
  if (!sheet.pivots.length && !sheet.charts.length) return null;
  return (
    // Focusable so that keyboard users can scroll it.
    <section className="wb-objects" aria-label={`PivotTables and charts on ${sheet.name}`} tabIndex={0}>
      {sheet.pivots.map((pivot) => (
        <PivotTable key={`p-${pivot.name}`} sheet={sheet} pivot={pivot} />
      ))}
      {sheet.charts.map((chart) => (
        <ChartTable key={`c-${chart.name}`} chart={chart} />
      ))}
    </section>
  );
}
