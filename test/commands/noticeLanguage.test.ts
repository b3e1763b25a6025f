/** @jest-environment jsdom */
// The ribbon's notice speaks the user's language: its message, and the dialog page's own title, button and lang.
import { RaterError } from "../../src/core/errors";
import { errorMessage, outcomeMessage } from "../../src/commands/outcomeMessage";
import type { RateOutcome } from "../../src/excel";

const outcome: RateOutcome = {
  sheetName: "Klanten",
  clients: 1200,
  gradeCounts: { A: 100, B: 300, C: 500, D: 300 },
  gradeLabels: ["A", "B", "C", "D"],
  pareto: { value: "Winst", vitalFew: 240, vitalFewShare: 0.81, largestShare: 0.3, top20Share: 0.8, hhi: 0.1 },
  warnings: [{ code: "largest-client-share", message: "One client holds 30% of Winst." }],
  profiles: [],
  usedDefaultProfile: true,
  placement: { sheet: "Klanten", firstColumn: "F", lastColumn: "M", headerRow: 1, selected: true },
};

describe("the outcome message in the user's language", () => {
  it.each([
    ["nl", '1.200 klanten beoordeeld op "Klanten" (A: 100, B: 300, C: 500, D: 300).', "240 klanten brengen 81,0% van Winst op; de grootste heeft 30,0%.", "1 opmerkingen bij deze beoordeling"],
    ["de", "1.200 Kunden auf „Klanten“ bewertet (A: 100, B: 300, C: 500, D: 300).", "240 Kunden bringen 81,0\u00a0% von Winst; der größte hält 30,0\u00a0%.", "1 Hinweise zu dieser Bewertung"],
    ["hu", "Minősített ügyfelek: 1200 („Klanten” munkalap; A: 100, B: 300, C: 500, D: 300).", "Winst: 240 ügyfél adja az összérték 81,0%-át; a legnagyobb ügyfél aránya 30,0%.", "1 megjegyzés tartozik"],
  ] as const)("%s: grades, Pareto, a default profile and the notes counted, no English", (language, rated, pareto, notes) => {
    const lines = outcomeMessage(outcome, language).split("\n");
    expect(lines[0]).toBe(rated);
    expect(lines[2]).toBe(pareto);
    expect(lines[3]).toMatch(new RegExp(`^${notes}`));
    expect(lines.join(" ")).not.toMatch(/\b(Rated|clients|profile|holds|notes)\b/);
    expect(errorMessage(new RaterError("sheet-protected", 'Sheet "X" is protected.'), language)).not.toMatch(/protected/);
  });

  it("keeps English as it was: the warnings themselves", () => {
    expect(outcomeMessage(outcome).split("\n")).toEqual([
      'Rated 1,200 clients on "Klanten" (A: 100, B: 300, C: 500, D: 300).',
      "No profile was stored, so a default profile was built from the headers and saved in the workbook.",
      "240 clients bring 81.0% of Winst; the largest holds 30.0%.",
      "One client holds 30% of Winst.",
    ]);
  });
});

describe("the notice dialog", () => {
  const office = (url: { value?: string }) => ({
    onReady: (callback: () => void) => callback(),
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      requirements: { isSetSupported: () => true },
      ui: {
        messageParent: jest.fn(),
        displayDialogAsync: (address: string, _options: unknown, callback: (result: unknown) => void) => {
          url.value = address;
          callback({ status: "failed", error: { code: 12009 } });
        },
      },
    },
  });

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.resetModules();
  });

  it("is opened with the language of its message", async () => {
    const url: { value?: string } = {};
    (globalThis as { Office?: unknown }).Office = office(url);
    const { openNoticeDialog } = await import("../../src/commands/noticeDialog");
    await expect(openNoticeDialog("Klaar", "nl")).rejects.toThrow();
    expect(url.value).toMatch(/notice\.html\?lang=nl#Klaar$/);
  });

  it.each([
    ["hu", "Ügyfélminősítő"],
    ["de", "Kundenbewertung"],
    ["en", "Client Rater"],
  ])("renders its page in %s: lang, title and the message as text", async (language, title) => {
    (globalThis as { Office?: unknown }).Office = office({});
    window.history.replaceState(null, "", `/notice.html?lang=${language}#${encodeURIComponent("<b>1 200</b>\nkész")}`);
    document.body.innerHTML = "";
    await import("../../src/commands/notice");
    expect(document.documentElement.lang).toBe(language);
    expect(document.title).toBe(title);
    expect([...document.body.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["<b>1 200</b>", "kész"]);
    expect(document.body.querySelector("b")).toBeNull();
    expect(document.querySelector("button")?.textContent).toBe("OK");
  });
});
