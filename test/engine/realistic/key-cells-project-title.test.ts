/**
 * G. One-sheet project forms whose key lines are written "键：值" in one cell (重庆 style, and
 * 广州 style with a "单位：元" line beside 填报单位), run end to end: the unit, the project and
 * the titles of both output sheets (red-team workbooks w3 and w5).
 */
import { runEngine } from "../../../src/engine";
import type { CellValue, Grid } from "../../../src/engine/grid";
import { grid, sheet } from "../parse/grid-builder";

const _ = null;

function blocks(): CellValue[][] {
  return [
    ["项目资金（万元）", _, "年初预算数", "全年预算数", "全年执行数", "执行率", _, _],
    [_, "年度资金总额", 300, 320, 291.52, 0.911, _, _],
    [_, "其中：当年财政拨款", 300, 300, 280.32, 0.9344, _, _],
    [_, "上年结转资金", _, 20, 11.2, 0.56, _, _],
    ["年度总体目标", "预期目标", _, _, "实际完成情况", _, _, _],
    [_, "完成8所学校校舍维修改造12000平方米。", _, _, "完成8所学校维修改造16200平方米。", _, _, _],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "校舍维修改造面积", "≥12000平方米", "16200平方米", 50, 50, _],
    ["效益指标", "可持续影响指标", "校舍使用年限延长", "≥10年", "10年", 30, 30, _],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "92%", 10, 10, _],
  ];
}

const MERGES = ["A4:A7", "A8:A9", "B8:D8", "E8:H8", "B9:D9", "E9:H9"];

function chongqing(): Grid {
  return grid(
    sheet(
      "古南中学校舍维修",
      [
        ["2023年度项目支出绩效自评表", _, _, _, _, _, _, _],
        ["项目名称：綦江区2023年中小学校舍维修改造项目", _, _, _, "主管部门：重庆市綦江区教育委员会", _, _, _],
        ["实施单位：重庆市綦江区古南中学校", _, _, _, _, _, _, _],
        ...blocks(),
      ],
      { merges: ["A1:H1", "A2:D2", "E2:H2", "A3:H3", ...MERGES] },
    ),
  );
}

function guangzhou(): Grid {
  return grid(
    sheet(
      "垃圾分类",
      [
        ["2023年度项目支出绩效自评表", _, _, _, _, _, _, _],
        ["填报单位：广州市番禺区环境卫生管理所", _, _, _, _, _, "单位：万元", _],
        ...blocks(),
      ],
      { merges: ["A1:H1", "A2:F2", "G2:H2", ...MERGES.map((m) => m.replace(/\d+/g, (n) => String(Number(n) - 1)))] },
    ),
  );
}

function ran(g: Grid, lang: "zh" | "en" = "zh") {
  const r = runEngine(g, { settings: { lang } });
  if (!r.ok) throw new Error(r.errors.map((c) => c.code).join(", "));
  const [summary, report] = r.plan.sheets;
  return { r, summaryTitle: summary!.rows[0]![0], reportTitle: report!.rows[0]![0], text: JSON.stringify(r.report) };
}

describe("G. 键：值 key cells on a one-sheet project form", () => {
  test("重庆: the 实施单位 is the unit, the 项目名称 the project; the titles name the project", () => {
    const { r, summaryTitle, reportTitle, text } = ran(chongqing());
    expect(r.json.entity).toBe("重庆市綦江区古南中学校");
    expect(r.json.year).toBe(2023);
    expect(r.evaluation.info!.projectName).toBe("綦江区2023年中小学校舍维修改造项目");
    // The name holds 2023年: no second year; "…改造项目" + "项目支出…" says 项目 once.
    expect(reportTitle).toEqual({ t: "text", v: "重庆市綦江区古南中学校綦江区2023年中小学校舍维修改造项目支出绩效自评报告" });
    expect(summaryTitle).toEqual({ t: "text", v: "綦江区2023年中小学校舍维修改造项目支出绩效自评结果" });
    expect(text).toContain("綦江区2023年中小学校舍维修改造项目");
    expect(text).not.toContain("主管部门：");
    expect(text).not.toContain("教育委员会");
  });

  test("重庆, English titles", () => {
    const { reportTitle, summaryTitle } = ran(chongqing(), "en");
    expect(reportTitle).toEqual({ t: "text", v: "重庆市綦江区古南中学校 綦江区2023年中小学校舍维修改造项目 Project expenditure performance self-evaluation report" });
    expect(summaryTitle).toEqual({ t: "text", v: "綦江区2023年中小学校舍维修改造项目 Project performance self-evaluation results" });
  });

  test("广州: 填报单位 beside the unit line is the unit; no project name, so the unit's project titles", () => {
    const { r, summaryTitle, reportTitle, text } = ran(guangzhou());
    expect(r.json.entity).toBe("广州市番禺区环境卫生管理所");
    expect(r.evaluation.info!.projectName).toBeNull();
    // The title says 项目支出: a project report, named after the unit, with the year.
    expect(reportTitle).toEqual({ t: "text", v: "广州市番禺区环境卫生管理所2023年度项目支出绩效自评报告" });
    expect(summaryTitle).toEqual({ t: "text", v: "广州市番禺区环境卫生管理所2023年度项目支出绩效自评结果" });
    expect(text).not.toContain("单位：");
  });
});
