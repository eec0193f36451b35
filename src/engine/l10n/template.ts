/**
 * The one template filler of the project: report phrases, check messages, sheet labels, the
 * command line and the task pane all fill their "{name}" placeholders here.
 *
 * Typed: for a template whose text the compiler knows (a table declared `as const`), the
 * parameters must name exactly its placeholders, so a template mistyped as "{amout}" or a call
 * that forgets "{rate}" fails the build. A template typed only as `string` takes any names.
 * At run time an unknown placeholder is left as written, so a missing value shows in the text.
 */

/** The names of the "{name}" placeholders in a template's text (a union; never for none). */
export type Placeholders<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? Name | Placeholders<Rest>
    : never;

/** The values a template needs, one per placeholder. */
export type TemplateParams<S extends string, V = string> = { [K in Placeholders<S>]: V };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a template's placeholders in one pass (a value that itself holds "{year}" or "$&" is
 * never read again). Numbers are written with String().
 */
export function fill<S extends string>(template: S, params: TemplateParams<S, string | number>): string {
  const values = params as Partial<Record<string, string | number>>;
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}
