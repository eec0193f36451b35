/**
 * Saving the Word report from the WPS pane (src/wps/save-file.ts) against the fake add-in root's
 * FileSystem and Env: where it goes, that nothing is overwritten, that the bytes arrive whole,
 * and what the user is told when no folder takes the file.
 */
import { binaryString, freePath, joinPath, saveBytes, saveFolders } from "../../src/wps/save-file";
import { FakeWpsFiles } from "../fake-wps";

const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f]);

describe("saving a file from the WPS add-in", () => {
  it("tries the workbook's folder, then downloads, then the desktop; no folder twice, none empty", () => {
    const fake = new FakeWpsFiles();
    expect(saveFolders(fake, "D:\\财务\\2023")).toEqual(["D:\\财务\\2023", "C:\\Users\\用户\\Downloads", "C:\\Users\\用户\\Desktop"]);
    // A workbook never saved has Path "".
    expect(saveFolders(fake, "")).toEqual(["C:\\Users\\用户\\Downloads", "C:\\Users\\用户\\Desktop"]);
    fake.desktopPath = fake.downloadPath;
    expect(saveFolders(fake, " ")).toEqual(["C:\\Users\\用户\\Downloads"]);
    // An Env that throws (an older WPS) gives no folder rather than an error.
    const broken = { fileSystem: fake.fileSystem, env: { GetDownloadPath: () => { throw new Error("x"); }, GetDesktopPath: () => "" } };
    expect(saveFolders(broken, "/home/user/文档")).toEqual(["/home/user/文档"]);
  });

  it("joins with the folder's own separator", () => {
    expect(joinPath("C:\\a", "r.docx")).toBe("C:\\a\\r.docx");
    expect(joinPath("C:\\a\\", "r.docx")).toBe("C:\\a\\r.docx");
    expect(joinPath("/home/user", "r.docx")).toBe("/home/user/r.docx");
  });

  it("writes every byte (one character per byte) into the workbook's folder, and never over an earlier report", () => {
    const fake = new FakeWpsFiles();
    fake.folders.add("D:\\财务");
    const first = saveBytes(fake, saveFolders(fake, "D:\\财务"), "派潭镇自评报告.docx", bytes);
    expect(first).toBe("D:\\财务\\派潭镇自评报告.docx");
    expect([...fake.files.get(first)!]).toEqual([...bytes]);
    const second = saveBytes(fake, saveFolders(fake, "D:\\财务"), "派潭镇自评报告.docx", bytes);
    expect(second).toBe("D:\\财务\\派潭镇自评报告 (2).docx");
    expect(freePath(fake, "D:\\财务", "派潭镇自评报告.docx")).toBe("D:\\财务\\派潭镇自评报告 (3).docx");
  });

  it("falls back to downloads when the workbook's folder refuses the file", () => {
    const fake = new FakeWpsFiles();
    fake.folders.add("\\\\server\\share");
    fake.readOnly.add("\\\\server\\share");
    const path = saveBytes(fake, saveFolders(fake, "\\\\server\\share"), "r.docx", bytes);
    expect(path).toBe("C:\\Users\\用户\\Downloads\\r.docx");
  });

  it("names every folder it tried, in both languages, when none takes the file", () => {
    const fake = new FakeWpsFiles();
    fake.folders.clear();
    expect(() => saveBytes(fake, saveFolders(fake, ""), "r.docx", bytes)).toThrow(
      "无法把“r.docx”保存到：C:\\Users\\用户\\Downloads；C:\\Users\\用户\\Desktop / could not save r.docx in: C:\\Users\\用户\\Downloads; C:\\Users\\用户\\Desktop",
    );
    expect(() => saveBytes(fake, [], "r.docx", bytes)).toThrow("WPS 没有提供可保存文件的文件夹");
  });

  it("turns a large file into a binary string without overflowing the call stack", () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 256);
    const text = binaryString(big);
    expect(text.length).toBe(300_000);
    expect(text.charCodeAt(299_999)).toBe(299_999 % 256);
  });
});
