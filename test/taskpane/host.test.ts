import { createOfficeHost, themeFromBackground } from "../../src/taskpane/host";

describe("the Office host", () => {
  it("reads dark or light from the Office theme's background", () => {
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#e6e6e6")).toBe("light");
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#000000")).toBe("dark");
    expect(themeFromBackground(undefined)).toBe("light");
    expect(themeFromBackground("not a colour")).toBe("light");
  });

  it("takes language, the starting theme, requirement sets and Excel.run (waiting out a cell edit) from Office", async () => {
    const addHandlerAsync = jest.fn();
    const officeTheme = { bodyBackgroundColor: "#1f1f1f" };
    const isSetSupported = jest.fn((set: string, version: string) => set === "ExcelApi" && version <= "1.13");
    const scope = globalThis as unknown as { Office: unknown; Excel: unknown };
    scope.Office = {
      context: { displayLanguage: "hu-HU", officeTheme, requirements: { isSetSupported }, document: { addHandlerAsync } },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    const context = { marker: 1 };
    const runOptions: unknown[] = [];
    scope.Excel = {
      run: (options: unknown, batch: (c: unknown) => Promise<unknown>) => {
        runOptions.push(options);
        return batch(context);
      },
    };

    const host = createOfficeHost();
    expect(host.displayLanguage).toBe("hu-HU");
    expect(host.theme).toBe("dark");
    expect(host.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.17")).toBe(false);
    await expect(host.run(async (c) => (c as unknown as typeof context).marker)).resolves.toBe(1);
    expect(runOptions).toEqual([{ delayForCellEdit: true }]);
    // Excel raises no theme-changed event for add-ins: nothing is registered for one.
    expect(host.onThemeChange).toBeUndefined();
    expect(addHandlerAsync).not.toHaveBeenCalled();
  });
});
