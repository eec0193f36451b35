/**
 * Every word the command line prints, in zh-CN (default) and en. Placeholders are {name}.
 * The help text is part of the public contract: options and exit codes are documented here.
 */
import type { Lang } from "../engine/light";
import type { CommandName } from "./args";

export interface CliText {
  help: Record<"main" | CommandName, string>;
  usageHint: string;
  usageHintCommand: string;
  inputNotFound: string;
  inputUnreadable: string;
  inputIsDirectory: string;
  inputNotXlsx: string;
  inputDamaged: string;
  textCut: string;
  cannotEvaluate: string;
  nothingWritten: string;
  wholeWorkbook: string;
  writeFailed: string;
  internalError: string;
  sameAsInput: string;
  macroOutput: string;
  jsonSameAsOutput: string;
  /** --docx naming the input, the output workbook or the JSON file. */
  docxClash: string;
  /** --docx given with a folder to evaluate. */
  docxFolder: string;
  templateExists: string;
  templateWritten: string;
  summary: {
    entity: string;
    unknown: string;
    year: string;
    score: string;
    scoreUnknown: string;
    categories: string;
    category: string;
    categorySeparator: string;
    execution: string;
    checks: string;
    moreChecks: string;
    output: string;
    json: string;
    jsonStdout: string;
    docx: string;
    /** The report's placeholders (（请…）) still to fill: highlighted in the Word report. */
    placeholders: string;
  };
}

const zh: CliText = {
  help: {
    main: `zipin {version} — 预算绩效自评（自评）命令行

用法：
  zipin evaluate 输入.xlsx [-o 输出.xlsx] [--json 结果.json] [--docx 报告.docx] [--lang zh|en] [--values] [--rule-set 规则]
  zipin evaluate 文件夹/ [-o 输出文件夹/] [--summary 汇总.xlsx] [--jobs N] [-r]
  zipin template [-o 文件.xlsx] [--force] [--lang zh|en]
  zipin --help | --version

命令：
  evaluate   读取工作簿中的预算收支表和绩效指标表，计算执行率、得分、等级并检查数据，
             写出含“绩效自评结果”“自评报告”两张工作表的新工作簿
  template   生成一个空白的输入工作簿（基本信息、收支情况表、绩效指标表）

退出码：0 成功（可有警告）；1 无法评价或文件无法读写（不写出任何文件）；2 用法错误。
运行 zipin evaluate --help 查看评价选项。`,
    evaluate: `用法：zipin evaluate 输入.xlsx [选项]

读取输入工作簿，写出评价结果。输入文件不会被修改（除非 -o 指定的正是它）。

选项：
  -o, --output 文件.xlsx   输出工作簿（默认：与输入同目录的“输入名.evaluated.xlsx”）
  --json 文件.json         同时写出 JSON 结果（UTF-8）；“--json -” 输出到标准输出，摘要改写到标准错误
  --docx 文件.docx         同时把自评报告写成 Word 文档（公文格式，A4，附预算表和自评表）
  --lang zh|en            报告和提示的语言（默认 zh）
  --values                结果表写数值而不是公式
  --rule-set 规则          评分规则：auto（按表格，默认）、project（项目支出，执行率10分）、
                          department（部门整体）、custom（自定义）；也可写中文“项目支出”“部门整体”“自定义”，
                          优先于工作簿“评分规则”设置行
  -h, --help              显示本帮助

评价整个文件夹（输入是文件夹时）：逐个评价其中的 .xlsx / .xlsm，每个写出“名称.evaluated.xlsx”；
某个文件无法评价时记下原因并继续。
  -o, --output 文件夹/     输出文件夹（默认：输入文件夹），子文件夹照原样建立
  --summary 汇总.xlsx      写出汇总工作簿：每个文件一行、全部检查、无法评价的文件及原因
  -j, --jobs N            同时评价的文件数（默认：CPU 核数）
  -r, --recursive         包括子文件夹
  --json 文件.json         整批结果（kind: "batch"），每个文件的结果与单个文件相同

退出码：0 成功（可有警告）；1 输入有错误或无法读取（列出错误及单元格，不写出任何文件）；2 用法错误。
评价文件夹时：0 全部已评价；1 有文件无法评价（其余照常写出，汇总照常写出）；2 用法错误。`,
    template: `用法：zipin template [-o 文件.xlsx] [--force] [--lang zh|en]

生成空白输入工作簿，填好后用 zipin evaluate 评价。

选项：
  -o, --output 文件.xlsx   模板文件（默认：当前目录下的 zipin-template.xlsx）
  -f, --force             文件已存在时覆盖
  --lang zh|en            模板说明的语言（默认 zh）
  -h, --help              显示本帮助`,
  },
  usageHint: "运行 zipin --help 查看用法。",
  usageHintCommand: "运行 zipin {command} --help 查看用法。",
  inputNotFound: "找不到输入文件：{path}",
  inputUnreadable: "无法读取输入文件：{path}（{detail}）",
  inputIsDirectory: "{path} 是文件夹，不是工作簿文件：请给出 .xlsx 文件的路径。",
  inputNotXlsx: "{path} 不是有效的 .xlsx 工作簿，请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后重试。",
  inputDamaged: "{path} 已损坏：其中的 {detail} 缺失或无法读取。请先用 Excel 或 WPS 打开此文件并保存一次（软件会尝试修复），再重试。",
  textCut: "提示：{cell} 的文字超过 Excel 单元格上限 32767 个字符，只读取了前 32767 个字符。",
  cannotEvaluate: "无法评价 {path}：发现 {count} 个错误。",
  nothingWritten: "未写出任何文件。",
  wholeWorkbook: "（工作簿）",
  writeFailed: "无法写入 {path}（{detail}）。",
  internalError: "内部错误：{detail}（设置环境变量 ZIPIN_DEBUG=1 可显示详细信息）",
  sameAsInput: "--json 不能指向输入文件 {path}。",
  macroOutput: "输入是启用宏的工作簿（.xlsm），输出文件也须以 .xlsm 结尾：{path}",
  jsonSameAsOutput: "--json 不能与输出工作簿 {path} 相同。",
  docxClash: "--docx 不能与输入文件、输出工作簿或 JSON 文件相同：{path}。",
  docxFolder: "--docx 只用于评价单个工作簿，不能用于文件夹。",
  templateExists: "文件已存在：{path}。如需覆盖，请加 --force。",
  templateWritten: "已生成模板：{path}",
  summary: {
    entity: "单位：{entity}",
    unknown: "（未填写）",
    year: "年度：{year}",
    score: "自评得分：{score}分，等级：{grade}",
    scoreUnknown: "自评得分：无法计算",
    categories: "指标得分率：{list}",
    category: "{name}{rate}（{score}/{weight}分）",
    categorySeparator: "，",
    execution: "预算执行率：{rate}",
    checks: "检查：{errors}个错误，{warnings}个警告，{infos}条提示",
    moreChecks: "  …另有{count}条，详见“绩效自评结果”工作表",
    output: "输出工作簿：{path}",
    json: "JSON 结果：{path}",
    jsonStdout: "JSON 结果：标准输出",
    docx: "Word 报告：{path}",
    placeholders: "报告中有{count}处待填写（“（请…）”文字，Word 报告中以黄色标出）",
  },
};

const en: CliText = {
  help: {
    main: `zipin {version} — budget performance self-evaluation (自评) on the command line

Usage:
  zipin evaluate IN.xlsx [-o OUT.xlsx] [--json RESULT.json] [--docx REPORT.docx] [--lang zh|en] [--values] [--rule-set RULES]
  zipin evaluate FOLDER/ [-o OUTDIR/] [--summary SUMMARY.xlsx] [--jobs N] [-r]
  zipin template [-o FILE.xlsx] [--force] [--lang zh|en]
  zipin --help | --version

Commands:
  evaluate   read the budget table and the indicator table of a workbook, compute execution
             rates, scores, grade and checks, and write a new workbook with the sheets
             绩效自评结果 (results) and 自评报告 (report)
  template   write an empty input workbook (基本信息, 收支情况表, 绩效指标表)

Exit codes: 0 success (warnings allowed); 1 cannot evaluate or cannot read/write a file
(nothing written); 2 usage error.
Run zipin evaluate --help for its options.`,
    evaluate: `Usage: zipin evaluate IN.xlsx [options]

Reads the input workbook and writes the evaluated one. IN is never modified unless -o names it.

Options:
  -o, --output FILE.xlsx   output workbook (default: IN.evaluated.xlsx beside IN)
  --json FILE.json         also write the JSON result (UTF-8); "--json -" prints it to stdout
                           and the summary goes to stderr
  --docx FILE.docx         also write the report as a Word document (official layout, A4,
                           budget and indicator tables annexed)
  --lang zh|en             language of the report and messages (default zh)
  --values                 write plain values in the results sheet instead of formulas
  --rule-set RULES         scoring rules: auto (by the form, default), project (项目支出:
                           execution scores 10 points), department (部门整体), custom (自定义);
                           the Chinese words are accepted too; overrides the workbook's 评分规则 row
  -h, --help               show this help

Evaluating a folder (when IN is a folder): each .xlsx / .xlsm in it, each written as
NAME.evaluated.xlsx; a file that cannot be evaluated is reported with why, and the rest go on.
  -o, --output OUTDIR/     output folder (default: the input folder); subfolders are mirrored
  --summary SUMMARY.xlsx   write a summary workbook: a row per file, every check, the files
                           that could not be evaluated and why
  -j, --jobs N             files evaluated at once (default: the number of CPU cores)
  -r, --recursive          include subfolders
  --json FILE.json         the whole batch (kind: "batch"); each file's result as for one file

Exit codes: 0 success (warnings allowed); 1 the input has errors or cannot be read (errors
listed with their cells, nothing written); 2 usage error.
For a folder: 0 all evaluated; 1 some could not be (the others and the summary are still
written); 2 usage error.`,
    template: `Usage: zipin template [-o FILE.xlsx] [--force] [--lang zh|en]

Writes an empty input workbook; fill it in, then run zipin evaluate on it.

Options:
  -o, --output FILE.xlsx   template file (default: zipin-template.xlsx in the current folder)
  -f, --force              overwrite the file if it exists
  --lang zh|en             language of the template's instructions (default zh)
  -h, --help               show this help`,
  },
  usageHint: "Run zipin --help for usage.",
  usageHintCommand: "Run zipin {command} --help for usage.",
  inputNotFound: "Input file not found: {path}",
  inputUnreadable: "Cannot read input file: {path} ({detail})",
  inputIsDirectory: "{path} is a folder, not a workbook file: give the path of an .xlsx file.",
  inputNotXlsx: "{path} is not a valid .xlsx workbook; save it as “Excel Workbook (*.xlsx)” in Excel and try again.",
  inputDamaged: "{path} is damaged: its part {detail} is missing or unreadable. Open the file in Excel or WPS and save it once (they try to repair it), then try again.",
  textCut: "Note: the text in {cell} is longer than Excel's 32,767-character cell limit; only its first 32,767 characters were read.",
  cannotEvaluate: "Cannot evaluate {path}: {count} error(s) found.",
  nothingWritten: "No file was written.",
  wholeWorkbook: "(workbook)",
  writeFailed: "Cannot write {path} ({detail}).",
  internalError: "Internal error: {detail} (set ZIPIN_DEBUG=1 for details)",
  sameAsInput: "--json must not name the input file {path}.",
  macroOutput: "The input is a macro-enabled workbook (.xlsm), so the output must end in .xlsm too: {path}",
  jsonSameAsOutput: "--json must not name the output workbook {path}.",
  docxClash: "--docx must not name the input, the output workbook or the JSON file: {path}.",
  docxFolder: "--docx is for a single workbook, not a folder.",
  templateExists: "File exists: {path}. Add --force to overwrite it.",
  templateWritten: "Template written: {path}",
  summary: {
    entity: "Entity: {entity}",
    unknown: "(not given)",
    year: "Year: {year}",
    score: "Self-evaluation score: {score}, grade {grade}",
    scoreUnknown: "Self-evaluation score: cannot be computed",
    categories: "Indicator score rates: {list}",
    category: "{name} {rate} ({score}/{weight})",
    categorySeparator: ", ",
    execution: "Budget execution rate: {rate}",
    checks: "Checks: {errors} error(s), {warnings} warning(s), {infos} note(s)",
    moreChecks: "  … {count} more, see the 绩效自评结果 sheet",
    output: "Output workbook: {path}",
    json: "JSON result: {path}",
    jsonStdout: "JSON result: stdout",
    docx: "Word report: {path}",
    placeholders: "The report has {count} place(s) to fill in (the “(Please …)” notes, highlighted in yellow in the Word report)",
  },
};

export const CLI_TEXT: Record<Lang, CliText> = { zh, en };

/** The project's one template filler (src/engine/l10n/template.ts). */
export { fill as fillText } from "../engine/light";
