/**
 * The fake WPS object model behaves as WPS 表格 does where the port depends on it; each case
 * here is a behaviour the port must cope with (test/fake-wps/model.ts explains each).
 */
import { FakeWpsBook, FakeWpsError, parseTyped } from ".";

function bookWith(...names: string[]): FakeWpsBook {
  const book = new FakeWpsBook();
  for (const n of names) book.addSheet(n);
  return book;
}

describe("values", () => {
  it("Value2 is a scalar for one cell and a 2-D array (rows of columns) for several, empty cells undefined", () => {
    const app = bookWith("表").application();
    const ws = app.Worksheets.Item(1);
    ws.Range("A1:B2").Value2 = [
      [1, "二"],
      [null, true],
    ];
    expect(ws.Range("B1").Value2).toBe("二");
    expect(ws.Range("A1:B2").Value2).toEqual([
      [1, "二"],
      [undefined, true],
    ]);
    expect(ws.Range("C3").Value2).toBeUndefined();
  });

  it("a scalar fills every cell; an array smaller than the range leaves #N/A beyond it", () => {
    const ws = bookWith("表").application().Worksheets.Item(1);
    ws.Range("A1:B1").Value2 = 7;
    expect(ws.Range("A1:B1").Value2).toEqual([[7, 7]]);
    ws.Range("A2:C3").Value2 = [[1, 2]];
    expect(ws.Range("A2:C3").Value2).toEqual([
      [1, 2, "#N/A"],
      [1, 2, "#N/A"],
    ]);
  });

  it("a string assigned to a General cell is parsed as typed; in a text (@) cell it stays as it is", () => {
    const ws = bookWith("表").application().Worksheets.Item(1);
    ws.Range("A1").Value2 = "=1+2";
    expect(ws.Range("A1").Formula).toBe("=1+2");
    expect(ws.Range("A1").HasFormula).toBe(true);
    ws.Range("A2").NumberFormat = "@";
    ws.Range("A2").Value2 = "=1+2";
    expect(ws.Range("A2").Formula).toBe("=1+2");
    expect(ws.Range("A2").HasFormula).toBe(false);
    expect(ws.Range("A2").Value2).toBe("=1+2");
    expect(() => (ws.Range("A3").Value2 = "=SUM(")).toThrow(FakeWpsError);
    expect(parseTyped("001", "General")).toEqual({ value: 1, formula: null });
    expect(parseTyped("12%", "General")).toEqual({ value: 0.12, formula: null, numberFormat: "0%" });
    expect(parseTyped("TRUE", "General")).toEqual({ value: true, formula: null });
    expect(parseTyped("+86 123", "General").formula).toBe("=+86 123");
    expect(parseTyped("'001", "General")).toEqual({ value: "001", formula: null });
    expect(parseTyped("001", "@")).toEqual({ value: "001", formula: null });
  });
});

describe("collections and errors", () => {
  it("indices are 1-based; Item(0), an unknown name and a bad address raise WPS errors", () => {
    const app = bookWith("甲", "乙").application();
    expect(app.Worksheets.Item(1).Name).toBe("甲");
    expect(app.Worksheets.Item("乙").Index).toBe(2);
    expect(() => app.Worksheets.Item(0)).toThrow(expect.objectContaining({ number: 9 }));
    expect(() => app.Worksheets.Item("丙")).toThrow(expect.objectContaining({ number: 9 }));
    expect(() => app.Worksheets.Item(1).Range("A0")).toThrow(expect.objectContaining({ number: 1004 }));
    expect(() => app.Worksheets.Item(1).Cells.Item(0, 1)).toThrow(FakeWpsError);
  });

  it("sheet names are unique case-insensitively, at most 31 characters, without \\ / ? * [ ] :", () => {
    const app = bookWith("Sheet1", "乙").application();
    const ws = app.Worksheets.Item(2);
    expect(() => (ws.Name = "sheet1")).toThrow(expect.objectContaining({ number: 1004 }));
    expect(() => (ws.Name = "a".repeat(32))).toThrow(FakeWpsError);
    expect(() => (ws.Name = "a/b")).toThrow(FakeWpsError);
    ws.Name = "绩效自评结果";
    expect(ws.Name).toBe("绩效自评结果");
  });

  it("Add inserts before the active sheet unless told where, and activates the new sheet", () => {
    const book = bookWith("甲", "乙");
    const app = book.application();
    app.Worksheets.Add();
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "甲", "乙"]);
    app.Worksheets.Add(undefined, app.Worksheets.Item(3));
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "甲", "乙", "Sheet2"]);
    expect(app.ActiveSheet!.Name).toBe("Sheet2");
  });
});

describe("DisplayAlerts and deleting sheets", () => {
  it("Delete asks the user while DisplayAlerts is on (a cancel keeps the sheet), and not when it is off", () => {
    const book = bookWith("甲", "乙");
    const app = book.application();
    expect(app.Worksheets.Item("乙").Delete()).toBe(false);
    expect(book.prompts).toEqual(["确定要删除工作表“乙”吗？"]);
    expect(book.sheets).toHaveLength(2);
    app.DisplayAlerts = false;
    expect(app.Worksheets.Item("乙").Delete()).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(["甲"]);
    expect(book.prompts).toHaveLength(1);
  });

  it("the last visible sheet and a very hidden sheet cannot be deleted", () => {
    const book = bookWith("甲", "乙");
    const app = book.application();
    app.DisplayAlerts = false;
    app.Worksheets.Item("乙").Visible = 2;
    expect(() => app.Worksheets.Item("乙").Delete()).toThrow(expect.objectContaining({ number: 1004 }));
    expect(() => app.Worksheets.Item("甲").Delete()).toThrow(/至少应含有一张可视工作表/);
  });

  it("Range.Select works only on the active sheet", () => {
    const app = bookWith("甲", "乙").application();
    expect(() => app.Worksheets.Item("乙").Range("B2").Select()).toThrow(/Select/);
    app.Worksheets.Item("乙").Activate();
    app.Worksheets.Item("乙").Range("B2").Select();
    expect(app.Selection!.Address()).toBe("$B$2");
  });
});

describe("formats and merged areas", () => {
  it("NumberFormat and MergeCells answer the common value, or null when the cells differ", () => {
    const ws = bookWith("表").application().Worksheets.Item(1);
    ws.Range("A1:A2").NumberFormat = "0.00%";
    expect(ws.Range("A1:A2").NumberFormat).toBe("0.00%");
    expect(ws.Range("A1:B2").NumberFormat).toBeNull();
    expect(ws.Range("B1").NumberFormatLocal).toBe("G/通用格式");
    ws.Range("A1:B1").Merge();
    expect(ws.Range("A1:B1").MergeCells).toBe(true);
    expect(ws.Range("A1:B2").MergeCells).toBeNull();
    expect(ws.Range("C1:C2").MergeCells).toBe(false);
    expect(ws.Range("B1").MergeArea.Address()).toBe("$A$1:$B$1");
  });

  it("merging over several values asks while DisplayAlerts is on; merged, only the top-left value stays", () => {
    const book = bookWith("表");
    const app = book.application();
    const ws = app.Worksheets.Item(1);
    ws.Range("A1:B1").Value2 = [["甲", "乙"]];
    ws.Range("A1:B1").Merge();
    expect(book.prompts).toHaveLength(1);
    expect(ws.Range("A1:B1").MergeCells).toBe(false);
    app.DisplayAlerts = false;
    ws.Range("A1:B1").Merge();
    expect(ws.Range("A1:B1").Value2).toEqual([["甲", undefined]]);
  });

  it("colours are BGR integers and alignments XlConstants; anything else is refused", () => {
    const ws = bookWith("表").application().Worksheets.Item(1);
    expect(() => (ws.Range("A1").Interior.Color = "#FF0000")).toThrow(FakeWpsError);
    expect(() => (ws.Range("A1").HorizontalAlignment = 3)).toThrow(FakeWpsError);
    ws.Range("A1").Interior.Color = 255;
    ws.Range("A1").HorizontalAlignment = -4108;
  });
});

describe("failure injection", () => {
  it("the n-th mutating call throws once, before it changes anything", () => {
    const book = bookWith("表");
    const ws = book.application().Worksheets.Item(1);
    book.failAt = 2;
    ws.Range("A1").Value2 = 1;
    expect(() => (ws.Range("A2").Value2 = 2)).toThrow(/注入的失败/);
    expect(ws.Range("A2").Value2).toBeUndefined();
    ws.Range("A2").Value2 = 2;
    expect(ws.Range("A2").Value2).toBe(2);
  });
});

describe("page setup and charts", () => {
  const refused = (f: () => void): number | null => {
    try {
      f();
      return null;
    } catch (e) {
      return e instanceof FakeWpsError ? e.number : -1;
    }
  };

  it("refuses a header section over 255 characters, print titles that are not whole rows, and another sheet's print area", () => {
    const book = bookWith("表", "别的表");
    const ws = book.application().Worksheets.Item(1);
    const page = ws.PageSetup;
    expect(refused(() => (page.CenterHeader = "页".repeat(256)))).toBe(1004);
    page.CenterHeader = "页".repeat(255);
    expect(refused(() => (page.PrintTitleRows = "$A$1:$B$2"))).toBe(1004);
    page.PrintTitleRows = "1:2";
    expect(page.PrintTitleRows).toBe("$1:$2");
    expect(refused(() => (page.PrintArea = "'别的表'!$A$1:$B$2"))).toBe(1004);
    page.PrintArea = "'表'!A1:D12";
    expect(page.PrintArea).toBe("$A$1:$D$12");
    expect(refused(() => ws.HPageBreaks.Add(ws.Range("A1")))).toBe(1004);
    ws.HPageBreaks.Add(ws.Range("A11"));
    expect(book.sheets[0]!.rowBreaks).toEqual([10]);
  });

  it("takes series values as one row or column of a live sheet, and refuses a block or a title before HasTitle", () => {
    const book = bookWith("表");
    const ws = book.application().Worksheets.Item(1);
    // Default columns 8.43 characters = 64 px = 48 pt; rows 15 pt: B3 is at (48, 30).
    const at = ws.Range("B3:C4");
    expect([at.Left, at.Top, at.Width, at.Height]).toEqual([48, 30, 96, 30]);
    interface ChartApi {
      ChartType: number;
      ChartTitle: { Text: string };
      SeriesCollection(): { NewSeries(): { Values: unknown; DataLabels(): { NumberFormat: string } } };
    }
    const chart = (ws.ChartObjects() as { Add(l: number, t: number, w: number, h: number): { Chart: ChartApi } }).Add(48, 30, 96, 30).Chart;
    expect(refused(() => (chart.ChartTitle.Text = "标题"))).toBe(1004);
    expect(refused(() => (chart.ChartType = 12345))).toBe(1004);
    const series = chart.SeriesCollection().NewSeries();
    expect(refused(() => (series.Values = ws.Range("A1:B2")))).toBe(1004);
    expect(refused(() => (series.Values = "=表!A1:A2"))).toBe(1004);
    series.Values = ws.Range("A1:A2");
    expect(refused(() => (series.DataLabels().NumberFormat = "0%"))).toBe(1004);
    expect(book.sheets[0]!.charts[0]!.series[0]!.values).toEqual({ uid: book.sheets[0]!.uid, range: "$A$1:$A$2" });
  });

  it("reverses the category axis and moves the crossing to its maximum, refusing a crossing code WPS lacks", () => {
    const book = bookWith("表");
    const ws = book.application().Worksheets.Item(1);
    interface CategoryAxis {
      ReversePlotOrder: unknown;
      Crosses: number;
    }
    const chart = (ws.ChartObjects() as { Add(l: number, t: number, w: number, h: number): { Chart: { Axes(t: number): CategoryAxis } } }).Add(48, 30, 96, 30).Chart;
    const axis = chart.Axes(1);
    expect(refused(() => (axis.Crosses = 7))).toBe(1004);
    expect(refused(() => (axis.ReversePlotOrder = "yes"))).toBe(1004);
    axis.ReversePlotOrder = true;
    axis.Crosses = 2;
    expect(book.sheets[0]!.charts[0]!.categoryAxis).toEqual({ reversed: true, crosses: 2 });
  });

  it("sets the chart's text and title sizes in points, refusing 0 and a title size before HasTitle", () => {
    const book = bookWith("表");
    const ws = book.application().Worksheets.Item(1);
    interface Sized {
      HasTitle: boolean;
      ChartArea: { Font: { Size: number } };
      ChartTitle: { Font: { Size: number } };
    }
    const chart = (ws.ChartObjects() as { Add(l: number, t: number, w: number, h: number): { Chart: Sized } }).Add(48, 30, 96, 30).Chart;
    expect(refused(() => (chart.ChartArea.Font.Size = 0))).toBe(1004);
    expect(refused(() => (chart.ChartTitle.Font.Size = 14))).toBe(1004);
    chart.ChartArea.Font.Size = 11;
    chart.HasTitle = true;
    chart.ChartTitle.Font.Size = 14;
    expect([book.sheets[0]!.charts[0]!.fontSize, book.sheets[0]!.charts[0]!.titleFontSize]).toEqual([11, 14]);
  });
});

describe("reading a far-reaching sheet", () => {
  it("Value2 of more than 5,000,000 cells runs out of memory (1004); SpecialCells lists constants and formulas by areas", () => {
    const book = bookWith("表");
    const ws = book.application().Worksheets.Item(1);
    ws.Range("A1:B2").Value2 = [
      [1, 2],
      [3, 4],
    ];
    ws.Range("D1").Formula = "=A1+1";
    ws.Range("XFD1048576").Value2 = "远";
    let error: unknown;
    try {
      void ws.UsedRange.Value2;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FakeWpsError);
    expect((error as FakeWpsError).number).toBe(1004);
    expect(ws.UsedRange.SpecialCells(2).Address()).toBe("$A$1:$B$2,$XFD$1048576");
    expect(ws.UsedRange.SpecialCells(2).Areas.Count).toBe(2);
    expect(ws.UsedRange.SpecialCells(-4123).Address()).toBe("$D$1");
    // Nothing of the kind in the range: an error, not an empty range.
    expect(() => ws.Range("E1:F9").SpecialCells(2)).toThrow("未找到单元格");
  });
});
