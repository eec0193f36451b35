/**
 * Command-line arguments → a typed command. No framework: two commands, a handful of options,
 * and usage errors that must be localised (zh by default), which generic parsers do not do.
 */
import type { Lang, RuleSet } from "../engine/light";
import type { LocalizedText } from "../engine/light";
import { RULE_SET_WORDS } from "../engine";

export interface EvaluateCommand {
  kind: "evaluate";
  input: string;
  output: string | null;
  /** A file path, "-" for stdout, or null for no JSON. */
  json: string | null;
  lang: Lang | null;
  values: boolean;
  /** Batch only (the input is a folder): the summary workbook to write, or null for none. */
  summary: string | null;
  /** Batch only: how many files at once (worker threads); null = one per core. */
  jobs: number | null;
  /** Batch only: look in subfolders too. */
  recursive: boolean;
  /** Also write the report as a Word document to this path, or null. */
  docx: string | null;
  /** --rule-set: which rules to score by, overriding the workbook's 评分规则 row; null = the workbook decides. */
  ruleSet: RuleSet | null;
}

export interface TemplateCommand {
  kind: "template";
  output: string | null;
  lang: Lang | null;
  force: boolean;
}

export type CommandName = "evaluate" | "template";

export type Command =
  | EvaluateCommand
  | TemplateCommand
  | { kind: "help"; command: CommandName | null }
  | { kind: "version" }
  | { kind: "usageError"; message: LocalizedText; command: CommandName | null };

interface OptionSpec {
  /** Key in the parsed options. */
  key: string;
  names: string[];
  takesValue: boolean;
}

const HELP: OptionSpec = { key: "help", names: ["-h", "--help"], takesValue: false };
const OUTPUT: OptionSpec = { key: "output", names: ["-o", "--output"], takesValue: true };
const LANG: OptionSpec = { key: "lang", names: ["--lang"], takesValue: true };

const OPTIONS: Record<CommandName, OptionSpec[]> = {
  evaluate: [
    HELP,
    OUTPUT,
    LANG,
    { key: "json", names: ["--json"], takesValue: true },
    { key: "values", names: ["--values"], takesValue: false },
    { key: "summary", names: ["--summary"], takesValue: true },
    { key: "jobs", names: ["-j", "--jobs"], takesValue: true },
    { key: "recursive", names: ["-r", "--recursive"], takesValue: false },
    { key: "docx", names: ["--docx"], takesValue: true },
    { key: "ruleSet", names: ["--rule-set"], takesValue: true },
  ],
  template: [HELP, OUTPUT, LANG, { key: "force", names: ["-f", "--force"], takesValue: false }],
};

/** More threads than this only adds memory: each holds a whole workbook. */
const MAX_JOBS = 64;

const COMMANDS: CommandName[] = ["evaluate", "template"];

function usageError(command: CommandName | null, zh: string, en: string): Command {
  return { kind: "usageError", message: { zh, en }, command };
}

/** The language asked for anywhere on the line, so even a usage error speaks it. */
export function requestedLang(argv: string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value === "zh" || value === "en") return value;
  }
  return null;
}

interface Parsed {
  options: Map<string, string | true>;
  positionals: string[];
}

function parseOptions(command: CommandName, argv: string[]): Parsed | Command {
  const specs = OPTIONS[command];
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs.find((s) => s.names.includes(name));
    if (!spec) return usageError(command, `未知选项：${name}`, `Unknown option: ${name}`);
    if (!spec.takesValue) {
      if (eq > 0) return usageError(command, `选项 ${name} 不接受取值`, `Option ${name} takes no value`);
      options.set(spec.key, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    // "-" is a value (stdout); any other dash-word here is a forgotten value.
    if (value === undefined || value === "" || (value.startsWith("-") && value !== "-")) {
      return usageError(command, `选项 ${name} 需要一个取值`, `Option ${name} needs a value`);
    }
    options.set(spec.key, value);
  }
  return { options, positionals };
}

function parseLang(command: CommandName, value: string | true | undefined): Lang | null | Command {
  if (value === undefined) return null;
  if (value === "zh" || value === "en") return value;
  return usageError(command, `--lang 只能是 zh 或 en，而不是“${String(value)}”`, `--lang must be zh or en, not “${String(value)}”`);
}

/**
 * --rule-set's values: the English names and the words of the settings row (项目支出, 部门整体,
 * 自定义 and their synonyms in vocabulary/info-keys.ts), so a user may type either.
 */
function parseRuleSet(value: string | true | undefined): RuleSet | null | Command {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (text === "auto" || text === "project" || text === "department" || text === "custom") return text;
  const found = RULE_SET_WORDS.find(([word]) => word === text);
  if (found) return found[1];
  return usageError(
    "evaluate",
    `--rule-set 只能是 auto、project（项目支出）、department（部门整体）或 custom（自定义），而不是“${text}”`,
    `--rule-set must be auto, project (项目支出), department (部门整体) or custom (自定义), not “${text}”`,
  );
}

const isCommand = (x: unknown): x is Command => typeof x === "object" && x !== null && "kind" in x;

function stringOption(options: Map<string, string | true>, key: string): string | null {
  const v = options.get(key);
  return typeof v === "string" ? v : null;
}

function parseEvaluate(argv: string[]): Command {
  const parsed = parseOptions("evaluate", argv);
  if (isCommand(parsed)) return parsed;
  const { options, positionals } = parsed;
  if (options.has("help")) return { kind: "help", command: "evaluate" };
  const lang = parseLang("evaluate", options.get("lang"));
  if (isCommand(lang)) return lang;
  const ruleSet = parseRuleSet(options.get("ruleSet"));
  if (isCommand(ruleSet)) return ruleSet;
  if (positionals.length === 0) {
    return usageError("evaluate", "缺少输入文件：zipin evaluate 输入.xlsx", "Missing input file: zipin evaluate IN.xlsx");
  }
  if (positionals.length > 1) {
    return usageError("evaluate", `只能评价一个文件，多余的参数：${positionals.slice(1).join(" ")}`, `Only one input file, extra arguments: ${positionals.slice(1).join(" ")}`);
  }
  const output = stringOption(options, "output");
  if (output === "-") return usageError("evaluate", "输出工作簿不能写到标准输出（-o -）", "The output workbook cannot go to stdout (-o -)");
  const summary = stringOption(options, "summary");
  if (summary === "-") return usageError("evaluate", "汇总工作簿不能写到标准输出（--summary -）", "The summary workbook cannot go to stdout (--summary -)");
  const jobsText = stringOption(options, "jobs");
  const jobs = jobsText === null ? null : Number(jobsText);
  if (jobs !== null && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
    return usageError("evaluate", `--jobs 须是 1 到 ${MAX_JOBS} 之间的整数，而不是“${jobsText}”`, `--jobs must be a whole number from 1 to ${MAX_JOBS}, not “${jobsText}”`);
  }
  const docx = stringOption(options, "docx");
  if (docx === "-") return usageError("evaluate", "Word 报告不能写到标准输出（--docx -）", "The Word report cannot go to stdout (--docx -)");
  return {
    kind: "evaluate",
    input: positionals[0]!,
    output,
    json: stringOption(options, "json"),
    lang,
    values: options.has("values"),
    summary,
    jobs,
    recursive: options.has("recursive"),
    docx,
    ruleSet,
  };
}

function parseTemplate(argv: string[]): Command {
  const parsed = parseOptions("template", argv);
  if (isCommand(parsed)) return parsed;
  const { options, positionals } = parsed;
  if (options.has("help")) return { kind: "help", command: "template" };
  const lang = parseLang("template", options.get("lang"));
  if (isCommand(lang)) return lang;
  if (positionals.length > 0) {
    return usageError("template", `多余的参数：${positionals.join(" ")}（用 -o 指定文件）`, `Unexpected arguments: ${positionals.join(" ")} (use -o to name the file)`);
  }
  const output = stringOption(options, "output");
  if (output === "-") return usageError("template", "模板不能写到标准输出（-o -）", "The template cannot go to stdout (-o -)");
  return { kind: "template", output, lang, force: options.has("force") };
}

export function parseArgs(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(null, "缺少命令", "Missing command");
  if (first === "-h" || first === "--help") return { kind: "help", command: null };
  if (first === "-v" || first === "-V" || first === "--version") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help", command: null };
    if ((COMMANDS as string[]).includes(topic)) return { kind: "help", command: topic as CommandName };
    return usageError(null, `未知命令：${topic}`, `Unknown command: ${topic}`);
  }
  if (first === "evaluate") return parseEvaluate(rest);
  if (first === "template") return parseTemplate(rest);
  if (first.startsWith("-")) return usageError(null, `未知选项：${first}`, `Unknown option: ${first}`);
  if (/\.xlsx$/i.test(first)) {
    return usageError(null, `未知命令：${first}（是否要运行 zipin evaluate ${first}？）`, `Unknown command: ${first} (did you mean zipin evaluate ${first}?)`);
  }
  return usageError(null, `未知命令：${first}`, `Unknown command: ${first}`);
}
