/** @jest-environment jsdom */
// Number fields show and accept the display language's convention: 253,4 in German, 253.4 in English.
import "./support/dom";
import { fireEvent, render, screen } from "@testing-library/react";
import { NumberField } from "../../src/taskpane/components/NumberField";
import { formatLocaleNumber, parseLocaleNumber } from "../../src/taskpane/editing/localeNumber";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { loadEveryLanguage } from "./support/languages";

describe("locale numbers", () => {
  it.each([
    ["253,4", "de", 253.4],
    ["1.250,5", "de", 1250.5],
    ["253,4", "nl", 253.4],
    ["1 250,5", "hu", 1250.5],
    ["253.4", "en", 253.4],
    ["-7", "de", -7],
  ] as const)("reads %s in %s", (text, language, value) => {
    expect(parseLocaleNumber(text, language)).toBe(value);
  });

  it("gives no number while the text is not one yet", () => {
    for (const text of ["", " ", "-", "abc"]) expect(parseLocaleNumber(text, "de")).toBeNull();
  });

  it("shows the language's decimal separator and no thousands separator", () => {
    expect(formatLocaleNumber(253.4, "de-DE")).toBe("253,4");
    expect(formatLocaleNumber(100000.25, "hu-HU")).toBe("100000,25");
    expect(formatLocaleNumber(100000.25, "en-US")).toBe("100000.25");
  });
});

function field(displayLanguage: string, value: number, onChange: (x: number) => void) {
  return (
    <I18nProvider displayLanguage={displayLanguage}>
      <NumberField label="Maximum" value={value} onChange={onChange} />
    </I18nProvider>
  );
}

describe("NumberField", () => {
  beforeAll(loadEveryLanguage);

  it("shows and accepts German numbers", () => {
    const changes: number[] = [];
    render(field("de-DE", 253.4, (x) => changes.push(x)));
    const input = screen.getByLabelText("Maximum") as HTMLInputElement;
    expect(input.value).toBe("253,4");
    fireEvent.change(input, { target: { value: "12,75" } });
    expect(changes).toEqual([12.75]);
    expect(input.value).toBe("12,75");
  });

  it("keeps an unfinished number as typed and restores the value when the field is left", () => {
    const changes: number[] = [];
    render(field("de-DE", 3, (x) => changes.push(x)));
    const input = screen.getByLabelText("Maximum") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "-" } });
    expect(input.value).toBe("-");
    expect(changes).toEqual([]);
    fireEvent.blur(input);
    expect(input.value).toBe("3");
  });

  it("shows a value changed elsewhere in the field's language", () => {
    const { rerender } = render(field("nl-NL", 1, () => undefined));
    rerender(field("nl-NL", 0.5, () => undefined));
    expect((screen.getByLabelText("Maximum") as HTMLInputElement).value).toBe("0,5");
  });
});
