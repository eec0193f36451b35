/** The pane's settings in a WPS workbook: one custom document property holding the JSON object. */
import { SETTINGS_KEY } from "../../src/app/pane-settings";
import { loadWpsSettings, saveWpsSettings } from "../../src/wps";
import type { WpsHost } from "../../src/wps";
import { FakeWpsBook } from "../fake-wps";

function setup(): { book: FakeWpsBook; host: WpsHost } {
  const book = new FakeWpsBook();
  book.addSheet("表");
  return { book, host: { application: () => book.application() as unknown as Et.Application } };
}

describe("WPS pane settings", () => {
  it("are empty in a workbook that has none, and round-trip through one text property", async () => {
    const { book, host } = setup();
    await expect(loadWpsSettings(host)).resolves.toEqual({});
    await saveWpsSettings({ lang: "en", writeFormulas: false }, host);
    await saveWpsSettings({ lang: "zh" }, host);
    expect(book.properties).toEqual([{ name: SETTINGS_KEY, type: 4, value: '{"lang":"zh"}' }]);
    await expect(loadWpsSettings(host)).resolves.toEqual({ lang: "zh" });
  });

  it("ignore a property someone edited by hand into something else", async () => {
    const { book, host } = setup();
    book.properties.push({ name: SETTINGS_KEY, type: 4, value: "{不是 JSON" });
    await expect(loadWpsSettings(host)).resolves.toEqual({});
    book.properties[0]!.value = '{"lang":"fr","writeFormulas":"yes"}';
    await expect(loadWpsSettings(host)).resolves.toEqual({});
    book.properties[0]!.value = 42;
    await expect(loadWpsSettings(host)).resolves.toEqual({});
  });

  it("reject when WPS refuses the write, leaving the workbook's properties as they were", async () => {
    const { book, host } = setup();
    book.failAt = 1;
    await expect(saveWpsSettings({ lang: "en" }, host)).rejects.toThrow(/注入的失败/);
    expect(book.properties).toEqual([]);
  });
});
