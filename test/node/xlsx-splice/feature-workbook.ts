/**
 * An input workbook with parts ExcelJS writes but our writer never models: a data validation,
 * a note (comments + VML drawing), defined names (one scoped to a tab: a print area), a
 * conditional format, an image (drawing + media), a hyperlink, styles and merges.
 */
import ExcelJS from "exceljs";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

export const FEATURE_SHEETS = ["收支表", "指标"];

/** `extra` may add sheets (e.g. an old output) before the workbook is written. */
export async function featureWorkbookBytes(extra: (wb: ExcelJS.Workbook) => void = () => undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("收支表");
  a.getCell("A1").value = "收支情况表";
  a.mergeCells("A1:C1");
  a.getCell("A1").font = { bold: true, size: 14 };
  a.getCell("A2").value = "支出合计";
  a.getCell("A2").note = "来源：2023年决算报表";
  a.getCell("B2").value = 28564.19;
  a.getCell("B2").numFmt = "#,##0.00";
  a.getCell("B2").dataValidation = { type: "decimal", operator: "greaterThan", formulae: [0], allowBlank: true, showErrorMessage: true };
  a.getCell("C2").value = { formula: "B2*0.5", result: 14282.095 };
  a.addConditionalFormatting({
    ref: "B2:C3",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: [0], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }],
  });
  a.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "E1:F3");
  a.pageSetup.printArea = "A1:C3";
  wb.definedNames.add("收支表!$B$2", "支出合计数");

  const b = wb.addWorksheet("指标");
  b.getCell("A1").value = { text: "说明", hyperlink: "https://example.org/" };
  b.getCell("B1").value = 0.92;
  b.getCell("B1").numFmt = "0.00%";
  extra(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
