/** Which host the task pane finds at start-up: WPS when its object model is on window, else none. */
import { wpsApplication } from "../../src/wps";
import { FakeWpsBook } from "../fake-wps";

describe("wpsApplication", () => {
  it("finds the WPS Application object by its shape, under Application or wps", () => {
    const app = new FakeWpsBook().application();
    expect(wpsApplication({ Application: app })).toBe(app);
    expect(wpsApplication({ wps: app })).toBe(app);
  });

  it("finds nothing in a plain browser or in Excel (Office.js globals only)", () => {
    expect(wpsApplication({})).toBeNull();
    expect(wpsApplication(undefined)).toBeNull();
    expect(wpsApplication({ Office: {}, Excel: {} })).toBeNull();
    // Something else called Application (a page's own global) is not taken for WPS.
    expect(wpsApplication({ Application: { name: "my app" } })).toBeNull();
  });
});
