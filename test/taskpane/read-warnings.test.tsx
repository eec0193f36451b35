/**
 * The pane's read warnings (issue 13 follow-up, item 3): what the Excel port could not read
 * (ExcelPort.readWarnings, src/excel/read-plan.ts) shown in a warning bar, in the pane's
 * language, each line naming its sheet; nothing at all after a complete read.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { ReadWarningsBar } from "../../src/taskpane/components/ReadWarningsBar";
import { PaneProvider, type PaneEnvironment } from "../../src/taskpane/context";
import { stringsFor } from "../../src/taskpane/i18n";
import type { PaneServices } from "../../src/taskpane/services/types";
import { mergesWarning } from "../../src/excel/read-plan";
import type { Lang } from "../../src/engine/light";

function render(lines: string[], uiLang: Lang): string {
  const env: PaneEnvironment = { services: {} as PaneServices, uiLang, strings: stringsFor(uiLang) };
  return renderToStaticMarkup(
    <PaneProvider value={env}>
      <ReadWarningsBar lines={lines} />
    </PaneProvider>,
  );
}

describe("read warnings bar", () => {
  const warning = mergesWarning("收支表");

  it("lists each warning under a title, in Chinese for a Chinese pane", () => {
    const html = render([warning.zh], "zh");
    expect(html).toContain("部分内容未读取");
    expect(html).toContain("<li>工作表“收支表”的合并单元格过多，Excel 无法列出，已按未合并读取；合并单元格中的标题可能识别不准。</li>");
  });

  it("in English for an English pane", () => {
    const html = render([warning.en], "en");
    expect(html).toContain("Part of the workbook was not read");
    expect(html).toContain("<li>Sheet 收支表 has more merged areas than Excel can list; it was read as if unmerged, so titles in merged cells may be missed.</li>");
  });

  it("shows nothing after a complete read", () => {
    expect(render([], "zh")).toBe("");
  });
});
