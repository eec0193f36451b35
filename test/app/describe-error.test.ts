import { describeError } from "../../src/app/describe-error";

describe("describeError", () => {
  it("adds an Office error's code unless the message already says it", () => {
    const officeError = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    expect(describeError(officeError)).toBe("The requested resource doesn't exist. (ItemNotFound)");
    const saysIt = Object.assign(new Error("ItemNotFound: no sheet"), { code: "ItemNotFound" });
    expect(describeError(saysIt)).toBe("ItemNotFound: no sheet");
  });

  it("reads plain errors, strings and objects", () => {
    expect(describeError(new TypeError("x is undefined"))).toBe("x is undefined");
    expect(describeError("sync failed")).toBe("sync failed");
    expect(describeError({ code: 5001 })).toBe('{"code":5001}');
    expect(describeError(undefined)).toBe("undefined");
  });
});
