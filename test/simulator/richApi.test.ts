// Microsoft's Excel client library (office-js 1.1.110) driving the simulator through the RichApi protocol.
import { SimWorkbook } from "../../src/simulator";
import { officeJsHost } from "../support/officeJsHost";

function clients(): SimWorkbook {
  const wb = SimWorkbook.empty();
  wb.addSheet("Clients");
  wb.setCells("Clients", "A1", [["Name", "Revenue"], ["Acme", 120], ["Birch", 80]]);
  return wb;
}

test("a range's values written and read back through Office.js reach the simulator's cells", async () => {
  const wb = clients();
  const host = officeJsHost(wb);
  const read = await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Clients").getRange("C1:C3");
    range.values = [["Grade"], ["A"], ["B"]];
    range.load("values, address");
    await context.sync();
    return { values: range.values, address: range.address };
  });
  expect(read).toEqual({ values: [["Grade"], ["A"], ["B"]], address: "Clients!C1:C3" });
  expect(wb.cell("Clients", "C2").value).toBe("A");
  expect(wb.cell("Clients", "B3").value).toBe(80);
  expect(host.unmodelled).toEqual([]);
  expect(host.syncs).toHaveLength(1);
  expect(host.syncs[0].requestBytes).toBeGreaterThan(100);
});
