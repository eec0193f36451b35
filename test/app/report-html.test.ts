/** The clipboard HTML of the report: 公文 faces and sizes inline, text escaped, tables with aligned amounts. */
import type { ReportDocument } from "../../src/engine/render/report-document";
import { reportHtml, reportPlainText } from "../../src/app/report-html";

const doc: ReportDocument = {
  lang: "zh",
  title: "某镇2023年度部门整体支出绩效自评报告",
  sections: [
    { heading: "一、部门基本情况", level: 1, paragraphs: [] },
    { heading: "（一）部门职能", level: 2, paragraphs: ["负责<本镇>财政 & 审计工作。\n第二行。"] },
  ],
  annexList: "附件：1. 预算收支执行情况表",
  tables: [
    {
      annex: "附件1",
      title: "预算收支执行情况表",
      unit: "单位：万元",
      columns: [
        { label: "项目", align: "left", weight: 3 },
        { label: "全年执行数", align: "right", weight: 1 },
      ],
      rows: [["支出合计", "28,082.29"]],
      totalRow: null,
    },
  ],
};

describe("reportHtml", () => {
  const html = reportHtml(doc);

  test("title in 小标宋 (宋体 fallback) 22 pt centred; headings in 黑体 and 楷体; body 仿宋 16 pt, 2-character indent, 28.95 pt lines", () => {
    expect(html).toMatch(/font-family:"方正小标宋简体","宋体",SimSun,serif;font-size:22pt;text-align:center[^>]*>某镇2023年度/);
    expect(html).toMatch(/font-family:"黑体",SimHei,sans-serif">一、部门基本情况</);
    expect(html).toMatch(/font-family:"楷体",KaiTi,"楷体_GB2312",serif">（一）部门职能</);
    expect(html).toMatch(/font-family:"仿宋",FangSong,"仿宋_GB2312",serif;font-size:16pt;line-height:28.95pt;text-indent:2em[^>]*>第二行。</);
  });

  test("workbook text is escaped, never markup; each line of a paragraph is its own paragraph", () => {
    expect(html).toContain(">负责&lt;本镇&gt;财政 &amp; 审计工作。</p>");
    expect(html).not.toContain("<本镇>");
  });

  test("the annex table right-aligns amounts", () => {
    expect(html).toMatch(/text-align:right">28,082.29<\/td>/);
    expect(html).toMatch(/<th [^>]*>全年执行数<\/th>/);
  });

  test("plain text keeps the order, the indent and tab-separated table rows", () => {
    expect(reportPlainText(doc).split("\n")).toEqual([
      "某镇2023年度部门整体支出绩效自评报告",
      "",
      "一、部门基本情况",
      "（一）部门职能",
      "　　负责<本镇>财政 & 审计工作。",
      "　　第二行。",
      "",
      "附件：1. 预算收支执行情况表",
      "",
      "附件1",
      "预算收支执行情况表",
      "单位：万元",
      "项目\t全年执行数",
      "支出合计\t28,082.29",
    ]);
  });
});
