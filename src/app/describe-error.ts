/** Turns whatever a failed Office call threw into text a user can read (and report). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    // OfficeExtension.Error carries a code ("InvalidArgument", "ItemNotFound"...) next to its message.
    const code = (error as Error & { code?: unknown }).code;
    const text = error.message || error.name;
    return typeof code === "string" && code && !text.includes(code) ? `${text} (${code})` : text;
  }
  if (typeof error === "string" && error) return error;
  try {
    const json = JSON.stringify(error);
    return json && json !== "{}" ? json : String(error);
  } catch {
    return String(error);
  }
}
