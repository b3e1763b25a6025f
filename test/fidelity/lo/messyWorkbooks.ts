// Five small client lists of the kinds users really keep, built with exceljs (not by our own writer).
import ExcelJS from "exceljs";

const HEADERS = ["Client", "Revenue", "Profit", "Employees", "Credit rating", "Service hours", "Days late", "Last contact"];
type Row = [string, number, number, number, string, number, number, Date];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CLIENTS: Row[] = [
  ["Acme Wholesale", 98_000, 21_500, 240, "AA", 40, 3, day("2023-01-02")],
  ["Bolt & Nut BV", 45_500, 6_100, 35, "A", 22, 12, day("2022-11-20")],
  ["Cato Retail", 12_250.5, 900.25, 8, "BBB", 30, 45, day("2022-06-01")],
  ["Delta Foods", 150_000, 38_000, 900, "AAA", 65, 0, day("2023-01-10")],
  ["Elm Traders", 7_800, -2_400, 4, "B", 55, 75, day("2021-12-31")],
  ["Fjord Fish", 33_000, 4_950, 60, "A", 12, 8, day("2022-12-15")],
  ["Gamma Tools", 61_000, 9_800, 120, "AA", 18, 20, day("2022-09-30")],
  ["Hub Logistics", 22_400, 1_100, 15, "BBB", 48, 33, day("2022-03-14")],
];

export interface MessyCase {
  name: string;
  build: () => Promise<Uint8Array>;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function plainSheet(wb: ExcelJS.Workbook, rows: Row[] = CLIENTS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Clients");
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(8).numFmt = "yyyy-mm-dd";
  return ws;
}

export const MESSY_CASES: MessyCase[] = [
  {
    name: "numbers-as-text",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Clients");
      ws.addRow(HEADERS);
      for (const r of CLIENTS) {
        const [client, revenue, profit, ...rest] = r;
        ws.addRow([client, revenue.toLocaleString("en-US"), ` ${profit.toFixed(2)} `, ...rest]);
      }
      ws.getColumn(8).numFmt = "dd/mm/yyyy";
      return bytes(wb);
    },
  },
  {
    name: "header-on-row-4",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Clients");
      ws.getCell("A1").value = "Client list, sales team North";
      ws.getCell("A2").value = "Exported 2023-01-14";
      ws.getRow(4).values = HEADERS;
      CLIENTS.forEach((r, i) => (ws.getRow(5 + i).values = r));
      ws.getColumn(8).numFmt = "yyyy-mm-dd";
      return bytes(wb);
    },
  },
  {
    name: "excel-table",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Clients");
      ws.addTable({
        name: "ClientTable",
        ref: "B2",
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: HEADERS.map((name) => ({ name })),
        rows: CLIENTS,
      });
      ws.getColumn(9).numFmt = "yyyy-mm-dd";
      return bytes(wb);
    },
  },
  {
    name: "formulas",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Clients");
      ws.addRow([...HEADERS, "Cost"]);
      CLIENTS.forEach((r, i) => {
        const row = i + 2;
        const cost = r[1] - r[2];
        ws.addRow([r[0], r[1], { formula: `B${row}-I${row}`, result: r[2] }, r[3], r[4], { formula: `ROUND(${r[5]}*1,0)`, result: r[5] }, r[6], r[7], cost]);
      });
      ws.getColumn(8).numFmt = "yyyy-mm-dd";
      return bytes(wb);
    },
  },
  {
    name: "loss-making-client",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const rows: Row[] = CLIENTS.map((r) => [...r] as Row);
      rows[3][2] = -45_000; // the biggest client loses money: the Pareto "whale curve" passes 100%
      rows[0][2] = 120_000; // and one client holds most of the profit
      plainSheet(wb, rows);
      return bytes(wb);
    },
  },
];
