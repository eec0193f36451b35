/**
 * G and H. 部门决算 tables: the year's totals (本年收入合计 / 本年支出合计) sit inside grand totals
 * (收入总计 = 本年收入合计 + 年初结转和结余; 支出总计 = 本年支出合计 + 年末结转和结余). A total
 * contains another total; the year's figures, not the 总计, are the year's revenue and spending.
 */
import { finalAccountsSideBySide, finalAccountsVertical } from "../../../scripts/realistic-fixtures";
import { buildReport } from "../../../src/engine/narrative";
import { checkList, line, run, six } from "./helpers";

const financesOf = (r: ReturnType<typeof run>, heading = "（四）部门整体收支情况"): string[] =>
  r.json.narrative.find((s) => s.heading === heading)!.paragraphs;

describe("G. 收入支出决算总表: 收入 | 支出 side by side under a label row above the header", () => {
  const r = run(finalAccountsSideBySide());

  test("both halves are read: revenue from columns A–C, expenditure from D–F", () => {
    const lines = r.evaluation.budget!.lines.map((l) => [l.line.name, l.line.section, l.line.parent, l.line.actual?.value.toNumber() ?? null, l.line.nameCell.col]);
    expect(lines).toEqual([
      ["一般公共预算财政拨款收入", "revenue", "本年收入合计", 689.45, 0],
      ["政府性基金预算财政拨款收入", "revenue", "本年收入合计", 0, 0],
      // 三、事业收入 has no figures: a heading, not a line.
      ["其他收入", "revenue", "本年收入合计", 36.8, 0],
      ["本年收入合计", "revenue", "总计", 726.25, 0],
      // 使用非财政拨款结余 (no figures) is skipped; the balance brought forward is part of 总计.
      ["年初结转和结余", "revenue", "总计", 15.6, 0],
      ["总计", "revenue", null, 741.85, 0],
      ["一般公共服务支出", "expenditure", "本年支出合计", 598.16, 3],
      ["社会保障和就业支出", "expenditure", "本年支出合计", 66.92, 3],
      ["卫生健康支出", "expenditure", "本年支出合计", 26.83, 3],
      ["住房保障支出", "expenditure", "本年支出合计", 37, 3],
      ["本年支出合计", "expenditure", "总计", 728.91, 3],
      ["年末结转和结余", "expenditure", "总计", 12.94, 3],
      ["总计", "expenditure", null, 741.85, 3],
    ]);
    // Budget figures come from each half's own 预算数 column (B and E).
    expect(line(r, "一般公共服务支出").line.budget!.cell).toEqual({ sheet: "收入支出决算总表", row: 4, col: 4 });
  });

  test("everything adds up, so no check: 总计 = 本年…合计 + 结转和结余 in both halves", () => {
    // revenue: 705.20 + 0 + 40 = 745.20; 689.45 + 0 + 36.80 = 726.25; 745.20 + 15.60 = 760.80; 726.25 + 15.60 = 741.85
    // expenditure: 612.30 + 68.40 + 27.50 + 37 = 745.20; 598.16 + 66.92 + 26.83 + 37 = 728.91;
    //              745.20 + 15.60 = 760.80; 728.91 + 12.94 = 741.85
    expect(checkList(r)).toEqual([]);
  });

  test("headline execution from 本年支出合计: 728.91 / 745.20 = 0.978140… → 9.78 points, total 99.78", () => {
    const exp = r.evaluation.budget!;
    expect(exp.lines[exp.headlineIndex!]!.line.name).toBe("本年支出合计");
    expect(exp.lines[exp.headlineIndex!]!.line.nameCell.col).toBe(3);
    expect(six(line(r, "本年支出合计").executionRate)).toBe("0.978140");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.78 });
    expect(r.json.totalScore).toBe(99.78); // 90 (all indicators full) + 9.78
  });

  test("shares of 总计 and of the year's total; a carry-over has no execution rate", () => {
    const rows = r.json.budget!.lines;
    const carried = rows.find((l) => l.name === "年末结转和结余")!;
    expect(carried.executionRate).toBeNull(); // 12.94 of 15.60 "budgeted" is no execution
    expect(six(line(r, "年末结转和结余").share)).toBe("0.017443"); // 12.94 / 741.85
    expect(six(line(r, "本年支出合计").share)).toBe("0.982557"); // 728.91 / 741.85
    expect(six(line(r, "一般公共服务支出").share)).toBe("0.820623"); // 598.16 / 728.91
  });

  test("the report speaks of the year's totals once each, then adds the carry-overs", () => {
    // 726.25 / 745.20 = 0.974571 → 97.46%; 728.91 / 745.20 → 97.81%
    expect(financesOf(r)).toEqual([
      "2023年，我局年度收入预算745.20万元，实际收入726.25万元，为年度预算的97.46%。我局年度支出预算745.20万元，实际支出728.91万元，为年度预算的97.81%。",
      "1. 年度收入总体情况",
      "我局本年收入合计726.25万元，为年度预算的97.46%。其中一般公共预算财政拨款收入689.45万元；其他收入36.80万元。加上年初结转和结余15.60万元，收入总计为741.85万元。",
      "2. 年度支出总体情况",
      "我局本年支出合计728.91万元，为年度预算的97.81%。其中一般公共服务支出598.16万元；社会保障和就业支出66.92万元；卫生健康支出26.83万元；住房保障支出37.00万元。加上年末结转和结余12.94万元，支出总计为741.85万元。",
    ]);
    expect(financesOf(r, "（三）预算执行情况")[0]).toContain("本年支出合计全年执行数728.91万元，全年预算数745.20万元");
  });

  test("English: a bare 总计 is the grand total, not 'total revenue'", () => {
    const en = buildReport(r.evaluation, "en").find((s) => s.heading === "(4) Revenue and expenditure")!.paragraphs;
    expect(en[2]).toMatch(/ Adding 年初结转和结余 of RMB 156,000, grand total revenue came to RMB 7,418,500\.$/);
    expect(en[4]).toMatch(/ Adding 年末结转和结余 of RMB 129,400, grand total expenditure came to RMB 7,418,500\.$/);
  });
});

describe("H. vertical 决算 table: 本年收入合计 on top, 年初结转和结余 and 收入总计 below its items", () => {
  const r = run(finalAccountsVertical());

  test("结转和结余 belong to the 总计, the year's totals to the 总计 too; the items to the year's totals", () => {
    expect(r.evaluation.budget!.lines.map((l) => [l.line.name, l.line.parent])).toEqual([
      ["本年收入合计", "收入总计"],
      ["财政拨款收入", "本年收入合计"],
      ["事业收入", "本年收入合计"],
      ["年初结转和结余", "收入总计"],
      ["收入总计", null],
      ["本年支出合计", "支出总计"],
      ["基本支出", "本年支出合计"],
      ["项目支出", "本年支出合计"],
      ["年末结转和结余", "支出总计"],
      ["支出总计", null],
    ]);
  });

  test("no false SUM_MISMATCH: each total adds up in every column", () => {
    // 本年收入合计: 1,360 + 120 = 1,480; 1,442.30 + 120 = 1,562.30; 1,442.30 + 98.78 = 1,541.08; 1,352.90 + 113.30 = 1,466.20
    // 收入总计: 1,562.30 + 31.40 = 1,593.70; 1,541.08 + 31.40 = 1,572.48; 1,466.20 + 22.60 = 1,488.80
    // 本年支出合计: 1,105 + 375 = 1,480; 1,138.50 + 423.80 = 1,562.30; 1,131.27 + 398.38 = 1,529.65; 1,087.44 + 369.76 = 1,457.20
    // 支出总计: 1,562.30 + 31.40 = 1,593.70; 1,529.65 + 42.83 = 1,572.48; 1,457.20 + 31.60 = 1,488.80
    expect(checkList(r)).toEqual([]);
  });

  test("execution from 本年支出合计 (1,529.65 / 1,562.30 = 0.979101…), not 支出总计; 年末结转和结余 has no rate", () => {
    expect(six(line(r, "本年支出合计").executionRate)).toBe("0.979101");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.79 });
    expect(line(r, "年末结转和结余").executionRate).toBeNull(); // would be 42.83 / 31.40 = 136.40%
    // Items' shares are of the year's total, without the carry-overs: 1,442.30 / 1,541.08
    expect(six(line(r, "财政拨款收入").share)).toBe("0.935902");
  });

  test("one 本年收入合计 (1,541.08), one 本年支出合计 (1,529.65); the 总计 follow with the carry-overs", () => {
    // 1,541.08 − 1,466.20 = 74.88, / 1,466.20 = 0.051071 → 5.11%; 1,442.30 − 1,352.90 = 89.40, / 1,352.90 → 6.61%;
    // 98.78 − 113.30 = −14.52, / 113.30 → −12.82%; 1,529.65 − 1,457.20 = 72.45, / 1,457.20 = 0.049719 → 4.97%;
    // 1,131.27 − 1,087.44 = 43.83, / 1,087.44 → 4.03%; 398.38 − 369.76 = 28.62, / 369.76 = 0.077402 → 7.74%;
    // execution 1,541.08 / 1,562.30 = 0.986417 → 98.64%
    expect(financesOf(r)).toEqual([
      "2023年，我中心年度收入预算1,562.30万元，实际收入1,541.08万元，为年度预算的98.64%。我中心年度支出预算1,562.30万元，实际支出1,529.65万元，为年度预算的97.91%。",
      "1. 年度收入总体情况",
      "我中心本年收入合计1,541.08万元，为年度预算的98.64%，较上年增加74.88万元，增幅5.11%。其中财政拨款收入1,442.30万元，较上年增加89.40万元，增幅6.61%；事业收入98.78万元，较上年减少14.52万元，降幅12.82%。加上年初结转和结余31.40万元，收入总计为1,572.48万元。",
      "2. 年度支出总体情况",
      "我中心本年支出合计1,529.65万元，为年度预算的97.91%，较上年增加72.45万元，增幅4.97%。其中基本支出1,131.27万元，较上年增加43.83万元，增幅4.03%；项目支出398.38万元，较上年增加28.62万元，增幅7.74%。加上年末结转和结余42.83万元，支出总计为1,572.48万元。",
    ]);
  });
});
