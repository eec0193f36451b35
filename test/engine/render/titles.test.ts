/**
 * The titles of the two output sheets follow the kind of report (narrative/variant.ts): the
 * department's "{unit}{year}年度部门整体支出绩效自评报告", or a project's, named after the project.
 */
import { renderPlan } from "../../../src/engine/render";
import type { Evaluation } from "../../../src/engine/evaluation";
import type { FormKind, InfoSheet } from "../../../src/engine/model";
import type { Lang } from "../../../src/engine/settings";
import { buildEvaluation } from "./fixtures";

function withInfo(projectName: string | null, formKind: FormKind | null, year: number | null = 2023): Evaluation {
  const info: InfoSheet = {
    sheet: "项目表",
    entity: "派潭镇人民政府",
    year,
    selfReference: null,
    projectName,
    formKind,
    entries: [],
    narrative: { functions: null, annualWork: null, goals: null, management: null, problems: null, measures: null },
  };
  return { ...buildEvaluation(), year, info };
}

/** [summary A1, report A1]. */
function titles(e: Evaluation, lang: Lang = "zh"): [unknown, unknown] {
  const [summary, report] = renderPlan(e, [], lang).sheets;
  return [summary!.rows[0]![0], report!.rows[0]![0]];
}
const text = (v: string) => ({ t: "text", v });

describe("output sheet titles", () => {
  test("a department report keeps the department titles", () => {
    expect(titles(buildEvaluation())).toEqual([text("派潭镇人民政府2023年度绩效自评结果"), text("派潭镇人民政府2023年度部门整体支出绩效自评报告")]);
    expect(titles(withInfo(null, "department"))[1]).toEqual(text("派潭镇人民政府2023年度部门整体支出绩效自评报告"));
  });

  test("a project named with its year: no second year, and 项目 said once", () => {
    // "綦江区2023年中小学校舍维修改造项目" + "" + "项目支出绩效自评报告", the shared 项目 dropped.
    expect(titles(withInfo("綦江区2023年中小学校舍维修改造项目", "project"))).toEqual([
      text("綦江区2023年中小学校舍维修改造项目支出绩效自评结果"),
      text("派潭镇人民政府綦江区2023年中小学校舍维修改造项目支出绩效自评报告"),
    ]);
    // Full-width digits state the year as well.
    expect(titles(withInfo("２０２３年耕地地力保护补贴项目", "project"))[1]).toEqual(text("派潭镇人民政府２０２３年耕地地力保护补贴项目支出绩效自评报告"));
  });

  test("a project named without the year: the year between name and kind", () => {
    expect(titles(withInfo("城乡居民饮用水水质监测", null))).toEqual([
      text("2023年度城乡居民饮用水水质监测项目支出绩效自评结果"),
      text("派潭镇人民政府2023年度城乡居民饮用水水质监测项目支出绩效自评报告"),
    ]);
    expect(titles(withInfo("高素质农民培育项目", "project"))[1]).toEqual(text("派潭镇人民政府2023年度高素质农民培育项目支出绩效自评报告"));
    // 2023 inside a longer number (a project code) is not the year.
    expect(titles(withInfo("5114252023001-农村公路养护", "project"))[1]).toEqual(
      text("派潭镇人民政府2023年度5114252023001-农村公路养护项目支出绩效自评报告"),
    );
  });

  test("a project form without a project name: the unit's name, then the year, then the project kind", () => {
    expect(titles(withInfo(null, "project"))).toEqual([
      text("派潭镇人民政府2023年度项目支出绩效自评结果"),
      text("派潭镇人民政府2023年度项目支出绩效自评报告"),
    ]);
  });

  test("no year known: the name and the kind", () => {
    expect(titles(withInfo("高标准农田建设项目", "project", null))[1]).toEqual(text("派潭镇人民政府高标准农田建设项目支出绩效自评报告"));
  });

  test("English", () => {
    expect(titles(withInfo("綦江区2023年中小学校舍维修改造项目", "project"), "en")).toEqual([
      text("綦江区2023年中小学校舍维修改造项目 Project performance self-evaluation results"),
      text("派潭镇人民政府 綦江区2023年中小学校舍维修改造项目 Project expenditure performance self-evaluation report"),
    ]);
    expect(titles(withInfo(null, "project"), "en")[1]).toEqual(
      text("派潭镇人民政府 2023 Project expenditure performance self-evaluation report"),
    );
    expect(titles(buildEvaluation(), "en")[1]).toEqual(
      text("派潭镇人民政府 2023 Whole-department expenditure performance self-evaluation report"),
    );
  });
});
