/** The pane's crash notice (issue 8, item 5): the error and how to report it, never a blank pane. */
import { renderToStaticMarkup } from "react-dom/server";
import { CrashNotice, PaneErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { crashReport } from "../../src/taskpane/crash-report";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";

describe("crash report", () => {
  it("names the error and tells how to report it, in the UI language", () => {
    const error = Object.assign(new Error("Excel.run is not a function"), { code: "ApiNotFound" });
    const zhReport = crashReport(error, "zh");
    expect(zhReport.title).toBe("绩效自评面板无法启动");
    expect(zhReport.message.split("\n")[0]).toBe("Excel.run is not a function (ApiNotFound)");
    // Where it failed (the first stack frame) travels with the screenshot.
    expect(zhReport.message.split("\n")[1]).toMatch(/^at /);
    expect(zhReport.steps.join("")).toMatch(/截图.*Excel 的版本/);
    expect(zhReport.steps[0]).toBe("工作簿没有被修改。");
    expect(crashReport("boom", "en").steps.join(" ")).toMatch(/screenshot.*Excel version/);
  });

  it("the error boundary switches to the notice on a render error, and the notice shows the error as text", () => {
    const state = PaneErrorBoundary.getDerivedStateFromError(new Error("<img src=x onerror=alert(1)>"));
    expect(state.failed).toBe(true);
    const html = renderToStaticMarkup(<CrashNotice error={state.error} lang="zh" />);
    expect(html).toContain('role="alert"');
    expect(html).toContain("绩效自评面板无法启动");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
    expect(html).toContain("重新加载");
  });

  it("renders its children while nothing has failed", () => {
    expect(renderToStaticMarkup(<PaneErrorBoundary lang="en">{<p>pane</p>}</PaneErrorBoundary>)).toBe("<p>pane</p>");
  });
});

describe("undo notice (issue 8, item 8)", () => {
  it("says in both languages that writing clears Excel's undo history", () => {
    expect(zh.undoNotice).toMatch(/撤销记录/);
    expect(en.undoNotice).toMatch(/undo history/);
  });
});
