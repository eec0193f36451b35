import {
  isNoteText,
  isUnitLine,
  normalizeHeader,
  normalizeKey,
  stripNumbering,
  toHalfWidth,
  unitFromText,
} from "../../../src/engine/vocabulary/text";

describe("normalizeHeader", () => {
  test.each([
    ["全年预算数\n（万元）", "全年预算数"],
    ["全年执行数(元)", "全年执行数"],
    ["项  目", "项目"],
    ["项\u3000目", "项目"],
    ["分值（分）", "分值"],
    ["【年度指标值】", "年度指标值"],
    ["预算数（调整后）", "预算数调整后"],
    ["*一级指标：", "一级指标"],
    ["权重(%)", "权重"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

test("toHalfWidth maps full-width ASCII and the ideographic space", () => {
  expect(toHalfWidth("２８，０８２．２９％＞＜（）\u3000Ａ")).toBe("28,082.29%><() A");
});

describe("stripNumbering", () => {
  test.each([
    ["1.一般公共预算", "一般公共预算"],
    ["1、一般公共预算", "一般公共预算"],
    ["（一）基本支出", "基本支出"],
    ["(2)项目支出", "项目支出"],
    ["一、收入合计", "收入合计"],
    ["①人员经费", "人员经费"],
    ["2023年度收入", "2023年度收入"],
    ["12.5%以上", "12.5%以上"],
  ])("%j → %j", (text, expected) => {
    expect(stripNumbering(text)).toBe(expected);
  });
});

test("normalizeKey: numbering, spaces and colons go", () => {
  expect(normalizeKey("一、部门 职能：")).toBe("部门职能");
});

describe("units", () => {
  test.each([
    ["单位：万元", "万元"],
    ["金额单位：元", "元"],
    ["单位:元", "元"],
    ["2023年度收支情况表（单位：万元）", "万元"],
    ["全年执行数（元）", "元"],
    ["全年执行数（万元）", "万元"],
    ["万元", "万元"],
    ["单位：千元", "千元"],
    ["全年执行数（千元）", "千元"],
    ["金额单位：亿元", "亿元"],
    ["单位名称：派潭镇", null],
    ["元旦慰问", null],
  ])("%j → %j", (text, expected) => {
    expect(unitFromText(text)).toBe(expected);
  });

  test("unit lines are not titles", () => {
    expect(isUnitLine("单位：万元")).toBe(true);
    expect(isUnitLine("（单位：元）")).toBe(true);
    expect(isUnitLine("单位：千元")).toBe(true);
    expect(isUnitLine("2023年度收支情况表（单位：万元）")).toBe(false);
  });
});

test("notes rows", () => {
  expect(isNoteText("注：本表……")).toBe(true);
  expect(isNoteText("填报说明")).toBe(true);
  expect(isNoteText("注册人数")).toBe(false);
});
