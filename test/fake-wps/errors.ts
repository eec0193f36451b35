/**
 * Errors as the WPS JS object model raises them: a thrown Error whose message is WPS's
 * (Chinese) text and whose `number` is the VBA-compatible error number (1004 for an
 * application-defined failure, 9 for a subscript out of range, 13 for a type mismatch).
 * Calls are synchronous, so errors are thrown at the call, never rejected later.
 */
export class FakeWpsError extends Error {
  override readonly name = "WpsError";
  constructor(
    readonly number: number,
    message: string,
  ) {
    super(message);
  }
}

export const outOfRange = (what: string): FakeWpsError => new FakeWpsError(9, `下标越界：${what}`);
export const failed = (what: string): FakeWpsError => new FakeWpsError(1004, what);
export const typeMismatch = (what: string): FakeWpsError => new FakeWpsError(13, `类型不匹配：${what}`);
