/**
 * Every word the batch (`zipin evaluate FOLDER/`) prints or writes into its summary workbook,
 * in zh-CN (default) and en. Placeholders are {name}, filled by fillText (cli-text.ts).
 */
import type { Lang } from "../../engine/light";

export interface BatchText {
  noWorkbooks: string;
  folderOnly: string;
  outputIsFile: string;
  fileDone: string;
  fileScore: string;
  fileFailed: string;
  done: string;
  doneWithFailures: string;
  failuresHeading: string;
  summaryWritten: string;
  jsonWritten: string;
  interrupted: string;
  reasons: {
    notFound: string;
    isDirectory: string;
    unreadable: string;
    notXlsx: string;
    damaged: string;
    encrypted: string;
    checks: string;
    unwritable: string;
    internal: string;
  };
  formKinds: { department: string; project: string };
  severities: { error: string; warning: string; info: string };
  sheets: { files: string; checks: string; failures: string };
  filesHeader: string[];
  checksHeader: string[];
  failuresHeader: string[];
  notWritten: string;
}

const zh: BatchText = {
  noWorkbooks: "文件夹 {path} 中没有 .xlsx / .xlsm 工作簿{hint}。",
  folderOnly: "{option} 只用于评价整个文件夹（zipin evaluate 文件夹/ …）。",
  outputIsFile: "评价文件夹时 -o 须是文件夹，而 {path} 是文件。",
  fileDone: "✓ {path}  {detail}",
  fileScore: "{entity}  {score}分 {grade}",
  fileFailed: "✗ {path}：{reason}",
  done: "已评价全部 {count} 个工作簿。",
  doneWithFailures: "已评价 {count} 个工作簿，{failed} 个无法评价：",
  failuresHeading: "无法评价的文件：",
  summaryWritten: "汇总工作簿：{path}",
  jsonWritten: "JSON 结果：{path}",
  interrupted: "已中断：已写完的输出保留，未写完的没有留下。",
  reasons: {
    notFound: "文件已不存在",
    isDirectory: "是文件夹",
    unreadable: "无法读取（{detail}），可能被其他程序占用或没有读取权限",
    notXlsx: "不是有效的 .xlsx 工作簿（文件损坏或并非 Excel 工作簿）",
    damaged: "工作簿已损坏（缺少或无法读取部件 {detail}），请用 Excel 或 WPS 打开并另存一次后重试",
    encrypted: "工作簿受密码保护（已加密），请在 Excel 中取消密码后重试",
    checks: "发现 {count} 个错误：{first}",
    unwritable: "无法写入输出 {path}（{detail}）",
    internal: "内部错误：{detail}",
  },
  formKinds: { department: "部门整体", project: "项目" },
  severities: { error: "错误", warning: "警告", info: "提示" },
  sheets: { files: "汇总", checks: "检查明细", failures: "未能评价" },
  filesHeader: ["单位", "年度", "表式", "自评得分", "等级", "预算执行率", "错误数", "警告数", "最常见的检查", "输入文件", "输出文件"],
  checksHeader: ["文件", "单位", "单元格", "代码", "级别", "说明"],
  failuresHeader: ["文件", "原因"],
  notWritten: "（未写出）",
};

const en: BatchText = {
  noWorkbooks: "No .xlsx / .xlsm workbook in the folder {path}{hint}.",
  folderOnly: "{option} is only for evaluating a whole folder (zipin evaluate FOLDER/ …).",
  outputIsFile: "When evaluating a folder, -o must be a folder, but {path} is a file.",
  fileDone: "✓ {path}  {detail}",
  fileScore: "{entity}  {score} {grade}",
  fileFailed: "✗ {path}: {reason}",
  done: "Evaluated all {count} workbook(s).",
  doneWithFailures: "Evaluated {count} workbook(s); {failed} could not be evaluated:",
  failuresHeading: "Files that could not be evaluated:",
  summaryWritten: "Summary workbook: {path}",
  jsonWritten: "JSON result: {path}",
  interrupted: "Interrupted: finished outputs are kept; nothing half-written is left.",
  reasons: {
    notFound: "the file is gone",
    isDirectory: "it is a folder",
    unreadable: "cannot be read ({detail}): open in another program, or no permission",
    notXlsx: "not a valid .xlsx workbook (damaged, or not an Excel workbook)",
    damaged: "the workbook is damaged (its part {detail} is missing or unreadable); open it in Excel or WPS, save it once and try again",
    encrypted: "the workbook is password-protected (encrypted); remove the password in Excel and try again",
    checks: "{count} error(s): {first}",
    unwritable: "cannot write the output {path} ({detail})",
    internal: "internal error: {detail}",
  },
  formKinds: { department: "Department", project: "Project" },
  severities: { error: "error", warning: "warning", info: "note" },
  sheets: { files: "Summary", checks: "Checks", failures: "Not evaluated" },
  filesHeader: ["Entity", "Year", "Form", "Score", "Grade", "Execution rate", "Errors", "Warnings", "Most frequent checks", "Input file", "Output file"],
  checksHeader: ["File", "Entity", "Cell", "Code", "Severity", "Message"],
  failuresHeader: ["File", "Reason"],
  notWritten: "(not written)",
};

export const BATCH_TEXT: Record<Lang, BatchText> = { zh, en };
