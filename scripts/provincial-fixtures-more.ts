/**
 * More provinces' self-evaluation forms, typed in cell by cell from published copies (layout,
 * labels, signs, placeholders and the originals' own slips as printed), for the provinces that
 * scripts/provincial-fixtures.ts does not cover: 河北, 山东, 北京, 上海. Each builder names its
 * source and says where the published copy stops or is unclear; long narrative cells (goals and
 * what was achieved) are shortened in our own words, every label and figure is as printed. The
 * expected figures are worked out by hand in test/engine/realistic/provincial-forms-more.test.ts.
 */
import type { Grid } from "../src/engine/grid";
import { sheetOf, type Row } from "./fixture-grid";

const _ = null;

/**
 * U. 河北 · 廊坊市食品工程学校《项目支出绩效自评表》(2019年度, 附件1, 主管部门 廊坊市发改委;
 * published on lfsp.cn as "办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表(修改)"). As printed: the
 * year line "2019年度)" without its opening bracket; the indicator block's left label cell empty;
 * three-level names run into their slot numbers without a colon ("指标1工程资金金额"), spare
 * slots "指标2" and "……"; the 年度总体目标 cells holding the two amounts 43.2 and 37.24 instead of
 * goals; "0" typed into 偏差原因分析 on three met rows; a second "效益指标" cell above 可持续影响指标;
 * 执行率 printed 86% and its 得分 9 where 37.24 ÷ 43.2 = 86.20% gives 8.62, and 工程资金金额 scored
 * 9 for 37.24 against 43.2. The published copy stops after the 满意度 row's "指标2" line: the
 * 总分 row is not shown, so none is typed.
 */
export function hebeiLangfangHeating(): Grid {
  const slot2: Row = [_, _, _, "指标2", _, _, _, _, _];
  const more: Row = [_, _, _, "……", _, _, _, _, _];
  const rows: Row[] = [
    ["附件1", _, _, _, _, _, _, _, _],
    ["项目支出绩效自评表", _, _, _, _, _, _, _, _],
    ["2019年度)", _, _, _, _, _, _, _, _],
    ["项目名称", "办公宿舍楼、食堂及餐厅暖通改造经费", _, _, _, _, _, _, _],
    ["主管部门", "廊坊市发改委", _, _, "实施单位", "廊坊市食品工程学校", _, _, _],
    ["项目资金\n(万元)", _, "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分", _],
    [_, "年度资金总额", 43.2, 43.2, 37.24, 10, "86%", 9, _],
    [_, "其中:当年财政拨款", 43.2, 43.2, 37.24, _, _, _, _],
    [_, "      上年结转资金", _, _, _, _, _, _, _],
    [_, "  其他资金", _, _, _, _, _, _, _],
    ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
    [_, 43.2, _, _, _, 37.24, _, _, _],
    [_, "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [_, "产出指标", "数量指标", "指标1工程资金金额", 43.2, 37.24, 10, 9, "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"],
    slot2,
    more,
    [_, _, "质量指标", "指标1工程完工率", 100, 100, 10, 10, _],
    [_, _, _, "指标2工程验收合格率", 100, 100, 10, 10, _],
    more,
    [_, _, "时效指标", "指标1项目完成及时率", 100, 100, 10, 10, _],
    slot2,
    more,
    [_, _, "成本指标", "指标1成本控制率", 100, 100, 10, 10, _],
    slot2,
    more,
    [_, "效益指标", "经济效益\n指标", "指标1安全率", 100, 100, 10, 10, 0],
    slot2,
    more,
    [_, _, "社会效益\n指标", "指标1学校发展能力", 100, 100, 10, 10, 0],
    slot2,
    more,
    [_, _, "生态效益\n指标", "指标1", _, _, _, _, _],
    slot2,
    more,
    [_, "效益指标", "可持续影响\n指标", "指标1长期使用性", 100, 100, 10, 10, _],
    slot2,
    more,
    [_, "满意度\n指标", "服务对象满意度指标", "指标1学生满意度", 100, 100, 10, 10, 0],
    slot2,
  ];
  const merges = [
    "A1:I1", "A2:I2", "A3:I3", "B4:I4", "B5:D5", "F5:I5", "A6:A10", "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12",
    "A13:A39", "B14:B25", "C14:C16", "C17:C19", "C20:C22", "C23:C25", "B26:B34", "C26:C28", "C29:C31", "C32:C34",
    "B35:B37", "C35:C37", "B38:B39", "C38:C39",
  ];
  return { sheets: [sheetOf("项目支出绩效自评表", rows, merges)] };
}

/**
 * V. 山东 · 济南市历城区文化馆《区级部门预算项目支出绩效自评表》(2019年度, 主管部门 济南市历城区
 * 文化和旅游局, published on jnslcqwhg.cn 2020-04-27) 商品和服务支出: "主管部门（盖章）： … 单位：万元"
 * above the form, 项目实施单位 | 项目负责人 | 联系电话 (the person's name and telephone are left
 * out here), "年初设定目标 | 年度总体目标完成情况综述", a "项目预算执行情况（10分）" block with 年初预算数(A)
 * and 全年执行数(B) only and a 得分计算方法 column, "-" in the 其中 rows, 预期指标值(A) | 实际完成指标值(B)
 * | 分值 | 得分 | 未完成原因 | 得分计算方法 (one merged cell of scoring rules), a "-" spare line under
 * every 二级 group and a "- -" line, 12.5-point indicators and "45万" for 45万元. The indicator block's
 * left label and the 一级 words beside "（50分）"/"（30分）" do not survive in the published copy's
 * text; the 一级 cells are typed "产出指标（50分）" / "效益指标（30分）" (the template's words, as for the
 * 安徽 天长 form) and the left label is left empty. The copy stops inside the 社会效益指标 row, so the
 * form ends here after the 经济效益指标 row: its indicator points add up to 60.
 */
export function shandongLichengCulturalCentre(): Grid {
  const dash: Row = [_, _, _, "-", _, _, _, _, _, _];
  const rows: Row[] = [
    ["区级部门预算项目支出绩效自评表", _, _, _, _, _, _, _, _, _],
    ["( 2019 年度)", _, _, _, _, _, _, _, _, _],
    ["主管部门(盖章):", _, _, _, _, _, _, _, "单位:万元", _],
    ["项目名称", "商品和服务支出", _, _, _, "主管部门", "济南市历城区文化和旅游局", _, _, _],
    ["项目实施单位", "济南市历城区文化馆", _, _, _, "项目负责人", _, "联系电话", _, _],
    ["年度总体目标", "年初设定目标", _, _, _, "年度总体目标完成情况综述", _, _, _, _],
    [_, "历城区文化馆免费开放", _, _, _, "全年免费开放，支付招聘合同人员工资，保障群众文化工作。", _, _, _, _],
    ["项目预算\n执行情况\n(10分)", _, "年初预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "得分计算方法", _, _],
    [_, "年度资金总额", 45, 45, 10, "100%", 10, "执行率*该指标分值,最高不得超过分值上限。", _, _],
    [_, "其中:财政拨款", 45, 45, "-", "-", "-", _, _, _],
    [_, "      其他资金", _, _, "-", "-", "-", _, _, _],
    [_, "一级\n指标", "二级\n指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)", "分值", "得分", "未完成原因", "得分计算方法"],
    [
      _, "产出\n指标\n(50分)", "数量指标", "全年免费开放", "100%", "100%", 12.5, 12.5, _,
      "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。",
    ],
    dash,
    [_, _, "质量指标", "免费开放管理制度健全、执行有效性", "100%", "100%", 12.5, 12.5, _, _],
    dash,
    [_, _, "时效指标", "免费开放率", "100%", "100%", 12.5, 12.5, _, _],
    dash,
    [_, _, "成本指标", "实际成本与工作内容的匹配程度", "45万", "45万", 12.5, 12.5, _, _],
    dash,
    [_, _, "-", "-", _, _, _, _, _, _],
    [_, "效益\n指标\n(30分)", "经济效益\n指标", "承担重要公益服务项目、助推民生事业发展", "100%", "100%", 10, 10, _, _],
    dash,
  ];
  const merges = [
    "A1:J1", "A2:J2", "A3:G3", "I3:J3", "B4:E4", "G4:J4", "B5:E5", "A6:A7", "B6:E6", "F6:J6", "B7:E7", "F7:J7",
    "A8:A11", "H8:J8", "H9:J11", "A12:A23", "B13:B21", "C13:C14", "C15:C16", "C17:C18", "C19:C20", "B22:B23", "C22:C23", "J13:J23",
  ];
  return { sheets: [sheetOf("项目支出绩效自评表", rows, merges)] };
}

/**
 * W. 北京 · 海淀区学院路街道《项目支出绩效自评表(2016年度)》【体制】自管道路清扫保洁外包工作经费
 * (主管部门 北京市海淀区人民政府学院路街道办事处, 实施单位 学院路街道城市运行服务中心; the published
 * .doc as shown on wenku365, 2 pages). As printed: "主管部门及代码", "实施单位：" with its colon, a budget
 * block of 年初预算数(A) | 全年执行数(B) | 分值(10分) | 执行率(B/A) | 得分 | 得分计算方法 with 310.2 and
 * 154.74, its rate printed 50% and 得分 5 (154.74 ÷ 310.2 = 49.88%, 4.99 points); 年度总体目标 as two
 * text cells without 预期目标/实际完成情况 headings; then 分值 | 年度指标值(A) | 全年实际值(B) |
 * 得分计算方法 | 得分 | 未完成原因分析, 得分计算方法 standing between the values and 得分. The copy shows
 * only the first indicator row: its figures run together as "12.512.512.5" before the method text
 * and "12.5" after it. Other splits of those digits are possible; they are read here as 分值 12.5,
 * 年度指标值 12.5, 全年实际值 12.5 (three equal cells) and 得分 12.5 — our reading, not the print's.
 * The rows after it (质量指标 …) are cut off, so the form ends with that row.
 */
export function beijingXueyuanluCleaning(): Grid {
  const rows: Row[] = [
    ["项目支出绩效自评表(2016年度)", _, _, _, _, _, _, _, _, _],
    ["项目名称", "【体制】自管道路清扫保洁外包工作经费", _, _, _, _, _, _, _, _],
    ["主管部门及代码", "北京市海淀区人民政府学院路街道办事处", _, _, _, "实施单位:", "北京市海淀区学院路街道城市运行服务中心", _, _, _],
    ["项目资金(万元)", _, "年初预算数(A)", "全年执行数(B)", "分值(10分)", "执行率(B/A)", "得分", "得分计算方法", _, _],
    [_, "年度资金总额:", 310.2, 154.74, 10, "50%", 5, "执行率*该指标分值,最高不得超过分值上限。", _, _],
    [_, "其中:本年一般公共预算拨款", 310.2, 154.74, _, _, _, _, _, _],
    [_, "其他资金", _, _, _, _, _, _, _, _],
    ["年度总体目标", "规范自管道路清扫保洁外包经费的使用，做好辖区环境卫生保障。", _, _, _, "辖区20条城市道路和4处居民生活区小广场的清扫保洁已公开招标外包。", _, _, _, _],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"],
    [
      _, "产出指标(50分)", "数量指标", "是否完成绩效目标申报表中申报的数量", 12.5, 12.5, 12.5,
      "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。", 12.5, _,
    ],
  ];
  const merges = ["A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A7", "H4:J4", "H5:J7", "B8:E8", "F8:J8", "A9:A10"];
  return { sheets: [sheetOf("项目支出绩效自评表", rows, merges)] };
}

/**
 * X. 上海 · 普陀区体育事业管理中心《财政项目支出绩效自评表(2022年度)》普陀体育中心与委托运营方结算
 * 费用 (主管部门 上海市普陀区体育局; published as "上海市普陀区体育事业管理中心2022年度项目自评价.pdf",
 * page 1). Amounts in 元 ("项目资金(元)"), 250000.00 against an executed "215,457.6" printed with a
 * thousands separator (the 其中 row prints 215457.6), "—" in the 其中 rows' 分值, 执行率 printed
 * 86.19% where 215,457.6 ÷ 250,000 = 86.18%, an empty 预期目标, comparators "=100%" and ASCII
 * ">=90%", 定性 "及时 | 及时", and 总分 100 | 98.62. The PDF's text is laid out by position; the
 * cells are put back into the 财预〔2020〕10号 grid they were printed in.
 */
export function shanghaiPutuoSportsCentre(): Grid {
  const rows: Row[] = [
    ["财政项目支出绩效自评表", _, _, _, _, _, _, _, _],
    ["(2022年度)", _, _, _, _, _, _, _, _],
    ["项目名称", "普陀体育中心与委托运营方结算费用", _, _, _, _, _, _, _],
    ["主管部门", "上海市普陀区体育局", _, _, "实施单位", "上海市普陀区体育事业管理中心", _, _, _],
    ["项目资金\n(元)", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
    [_, "年度资金总额", 250000, 250000, "215,457.6", 10, "86.19%", 8.62, _],
    [_, "其中:当年财政拨款", 250000, 250000, 215457.6, "—", _, _, _],
    [_, "上年结转资金", 0, 0, _, "—", _, _, _],
    [_, "其他资金", 0, 0, _, "—", _, _, _],
    ["年度\n总体\n目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
    [_, _, _, _, _, "已完成普陀体育中心与委托运营方费用结算。", _, _, _],
    ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及\n改进措施"],
    [_, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10, _],
    [_, _, "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20, _],
    [_, _, "时效指标", "费用结算及时性", "及时", "及时", 20, 20, _],
    [_, "效益指标", "社会效益指标", "与委托运营方合同完成\n率", "=100%", "100%", 30, 30, _],
    [_, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10, _],
    ["总分", _, _, _, _, _, 100, 98.62, _],
  ];
  const merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A17", "B13:B15", "A18:F18"];
  return { sheets: [sheetOf("项目支出绩效自评表", rows, merges)] };
}

/**
 * Y. 宁夏 · 银川市第六中学《银川市本级部门项目支出绩效自评表(2021年)》初中公用经费 (主管部门 银川市
 * 教育局; published as a .docx on yzwku.com, read there through OCR). The 宁夏 layout scores 项目决策
 * (10分), 项目管理 (25分), 项目产出 (30分) and 项目效益 (35分) with 参考分值 | 指标值(A) | 全年实际值(B) |
 * 得分, puts 预算执行率 among the indicators (项目管理 › 投入管理) and gives the money block no points;
 * 自评得分 98 sits in the header. As printed: "—" (and once "-") in 指标值 for the decision and
 * management rows, whose 全年实际值 describes what was done; 预算执行率 100% scored 9 of 10; 公用经费
 * 完成时间 "2021年12月完成" against the same target scored 4 of 5; 社会效益 13 of 15 and 可持续影响 8
 * of 10 with target and result alike; the 成本 rows 15 + 35 + 14.8 = 64.8万元, the whole budget.
 * Evident OCR slips are corrected (项Fl资金(万兀) → 项目资金(万元), 年初预匏数 → 年初预算数, 行个 → 有个,
 * 考值参分 → 参考分值); the 年度总体目标完成情况 cell and the 财政审核评分 value are unreadable and left
 * blank. The copy stops at the 服务对象满意度指标(10分) row, so the form ends after 可持续影响指标: the
 * points shown add up to 90 and the scores to 84, against the 98 stated.
 */
export function ningxiaYinchuanSchoolFunds(): Grid {
  const slot2: Row = [_, _, "指标2:", _, _, _, _, _];
  const rows: Row[] = [
    ["银川市本级部门项目支出绩效自评表(2021年)", _, _, _, _, _, _, _],
    ["项目名称", "初中公用经费", _, _, "主管部门", "银川市教育局", _, _],
    ["实施单位", "银川市第六中学", _, "自评得分", 98, "财政审核评分", _, _],
    ["项目资金\n(万元)", _, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)", _, _],
    [_, "年度资金总额", 64.8, 64.8, 64.8, "100%", _, _],
    ["年度总体目标", "年初设定目标", "保障学校正常工作运行", _, "年度总体目标完成情况", _, _, _],
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ["项目决策(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4, _],
    [_, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2, _],
    [_, _, "可行性", 2, _, "实际工作需求", 2, _],
    [_, _, "适当性", 2, _, "有资金测算标准", 2, _],
    ["项目管理(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9, _],
    [_, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7, _],
    [_, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2, _],
    [_, _, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6, _],
    ["项目产出(30分)", "数量指标(10分)", "保障人数", 10, "2370人", "2370人", 10, _],
    [_, _, "指标2:", _, _, _, _, _],
    [_, "质量指标(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5, _],
    slot2,
    [_, "时效指标(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4, _],
    slot2,
    [_, "成本指标(10分)", "办公所需成本", 4, "15万元", "15万元", 4, _],
    [_, _, "维修(维护)所需成本", 3, "35万元", "35万元", 3, _],
    [_, _, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3, _],
    ["项目效益(35分)", "经济效益指标", "指标1:", _, _, _, _, _],
    slot2,
    [_, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13, _],
    [_, "生态效益指标", "指标1:", _, _, _, _, _],
    slot2,
    [_, "可持续影响指标", "使学生和老师有个更好的学习和工作环境,做到", 10, "社会认可的办学环境.", "社会认可的办学环境.", 8, _],
    slot2,
  ];
  const merges = [
    "A1:H1", "B2:D2", "F2:H2", "B3:C3", "G3:H3", "A4:A5", "A6:A6", "C6:D6", "F6:H6",
    "A8:A11", "B9:B11", "A12:A15", "B14:B15", "A16:A24", "B16:B17", "B18:B19", "B20:B21", "B22:B24",
    "A25:A31", "B25:B26", "B28:B29", "B30:B31",
  ];
  return { sheets: [sheetOf("项目支出绩效自评表", rows, merges)] };
}

/**
 * Z. 湖南 · 衡阳市南岳区民族宗教事务局《2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表》
 * (published 2021-02-03 on the 南岳区 portal; 湖南 is covered by scripts/provincial-fixtures.ts,
 * this layout is not). A 资金情况 block of 年初预算资金总额： | 实际投入资金额 | 产生差异的原因 with
 * 合计 236 | 236 (the title says 236.25万元), 年度目标 | 年度总体目标完成情况, and an indicator table
 * with 指标值 | 全年实际完成值 | 产生差异的原因及改进措施 but no 分值 or 得分 column; comparators on
 * both sides ("=230亩" | "=230亩"), a 时效指标 row named "2020年12月完成" with "=95%". The person's
 * name and telephone beside 单位负责人及电话 are left out; the goal texts are shortened in our own
 * words. The copy stops inside the 成本指标 row, so the table ends after 时效指标.
 */
export function hunanNanyueShrine(): Grid {
  const rows: Row[] = [
    ["2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表", _, _, _, _, _, _],
    ["单位名称", "南岳区民族宗教事务局", _, _, "单位负责人及电话", _, _],
    ["主管部门", "南岳区民族宗教事务局", _, _, "实施单位", "南岳区民族宗教事务局", _],
    ["资金情况(万元)", _, "年初预算资金总额:", "实际投入资金额", "产生差异的原因", _, _],
    [_, "合计", 236, 236, _, _, _],
    [_, "其中:财政拨款", 236, 236, _, _, _],
    [_, "其他资金", _, _, _, _, _],
    ["总体目标", "年度目标", _, _, "年度总体目标完成情况", _, _],
    [_, "完成年度工作任务，保障日常运转经费和临聘人员工资发放。", _, _, "文物保护经费促进了文化遗产保护和当地旅游发展。", _, _],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "产生差异的原因及改进措施"],
    [_, "产出指标", "数量指标", "管理忠烈祠面积", "=230亩", "=230亩", _],
    [_, _, _, "忠烈祠免费开放", "=365天", "=365天", _],
    [_, _, _, "聘用讲解员、综治队员以及物业管理人员", "32人", "32人", _],
    [_, _, "质量指标", "忠烈祠保护合格率", "=100%", "=100%", _],
    [_, _, "时效指标", "2020年12月完成", "=95%", "=95%", _],
  ];
  const merges = ["A1:G1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "A4:B4", "E4:G4", "A5:A7", "A8:A9", "B8:D8", "E8:G8", "B9:D9", "E9:G9", "A10:A15", "B11:B15", "C11:C13"];
  return { sheets: [sheetOf("部门整体支出绩效自评表", rows, merges)] };
}
