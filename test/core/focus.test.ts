import { makeFocusProfileForTest } from "./focusHelpers";

describe("buildFocus", () => {
  const { table, result, profile, focus } = makeFocusProfileForTest();
  it("counts and lists every next step, the lists ordered as the issue asks", () => {
    expect(focus.counts).toEqual({ keep: 1, develop: 1, fix: 1, reconsider: 2 });
    expect(focus.lists.keep.entries.map((e) => e.name)).toEqual(["a"]);
    expect(focus.lists.fix.entries.map((e) => e.name)).toEqual(["b"]);
    expect(focus.developBy).toBe("headroom");
    // Reconsider: the money loser first.
    expect(focus.lists.reconsider.entries.map((e) => e.name)).toEqual(["e", "d"]);
    expect(focus.lists.keep.entries[0]).toMatchObject({ client: 0, grade: "A", value: 60, nextStep: "Keep", reason: result.reasons[0] });
  });
  it("lists good-fit clients not contacted within the interval, most overdue first", () => {
    expect(focus.contactDueDays).toBe(30);
    expect(focus.lists.contactDue.entries.map((e) => [e.name, e.detail])).toEqual([["c", 100]]);
  });
  it("lists the clients whose own grade is two or more steps from the computed one", () => {
    expect(focus.lists.gutFeeling.entries.map((e) => [e.name, e.grade, e.detail])).toEqual([["c", "A", "D"]]);
  });
  it("checks the top grade per segment and warns outside 5% to 40%", () => {
    expect(focus.marketCheck.overall).toMatchObject({ clients: 5, topGrade: 2, share: 0.4 });
    expect(focus.marketCheck.segments.map((s) => [s.segment, s.topGrade, s.clients, s.warning?.code])).toEqual([
      ["Big", 1, 3, undefined], // 33%: within 5% to 40%
      ["Small", 1, 2, "top-grade-too-many"],
    ]);
    // a holds 60 of 90 (67%: the largest client and the whole top 20%, under 80%); HHI over positive values 0.46.
    expect(focus.warnings.map((w) => w.code)).toEqual(["largest-client-share", "hhi"]);
  });
  it("counts the troublesome flags and plots every valued client", () => {
    expect(focus.flagCounts.loss).toBe(1);
    expect(Object.values(focus.chart).reduce((n, points) => n + points.length, 0)).toBe(5);
    expect(table.rows.length).toBe(5);
    expect(profile.name).toBe("Focus test");
  });
});
