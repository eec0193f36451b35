/**
 * Errors shaped like OfficeExtension.Error: `code` and `message` as Excel reports them, plus
 * `debugInfo`, so code under test can branch on `code` exactly as it would against Excel.
 * The two payload codes are OfficeExtension.ErrorCodes (a request Excel refuses to take, a
 * response it refuses to send); the others are Excel.ErrorCodes.
 */
export type FakeErrorCode =
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Record<FakeErrorCode, string> = {
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string; detail?: string };

  constructor(code: FakeErrorCode, location?: string, detail?: string) {
    const message = MESSAGES[code].replace("{0}", location ?? "");
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location, detail };
  }
}

export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
