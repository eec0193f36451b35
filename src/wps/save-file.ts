/**
 * Saving a file from the WPS add-in: WPS's web view drops an <a download>, but the add-in root
 * (`wps`) gives a FileSystem that writes to the local disk and an Env that names the user's
 * folders (types: et-jsapi-declare, WPS.FileSystem / WPS.Env). The report goes next to the
 * workbook when it has been saved, else to the download folder, else to the desktop, under a
 * name no file there has yet — an earlier report is never overwritten.
 */
import type { WpsHost } from "./host";

/** The parts of the add-in root this needs; null from the host when the WPS build lacks them. */
export interface WpsFiles {
  fileSystem: Pick<WPS.FileSystem, "Exists" | "writeAsBinaryString">;
  env: Pick<WPS.Env, "GetDownloadPath" | "GetDesktopPath">;
}

/** The open workbook's folder ("" for a workbook never saved, or when WPS does not say). */
export function workbookFolder(host: WpsHost): string {
  try {
    const path: unknown = host.application().ActiveWorkbook.Path;
    return typeof path === "string" ? path : "";
  } catch {
    return "";
  }
}

/** Folders to try, in order: the workbook's own (Workbook.Path, "" until saved), downloads, desktop. */
export function saveFolders(files: WpsFiles, workbookFolder: string): string[] {
  const ask = (f: () => string): string => {
    try {
      const v: unknown = f();
      return typeof v === "string" ? v.trim() : "";
    } catch {
      return "";
    }
  };
  const out = [workbookFolder.trim(), ask(() => files.env.GetDownloadPath()), ask(() => files.env.GetDesktopPath())];
  return out.filter((d, i) => d !== "" && out.indexOf(d) === i);
}

/** "C:\\报告" + "a.docx" with the folder's own separator (WPS gives Windows paths with "\\"). */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes("\\") && !folder.includes("/") ? "\\" : "/";
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** "报告.docx", "报告 (2).docx", "报告 (3).docx"…: the first that does not exist in `folder`. */
export function freePath(files: WpsFiles, folder: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : "";
  for (let n = 1; n < 1000; n++) {
    const path = joinPath(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!files.fileSystem.Exists(path)) return path;
  }
  throw new Error(`“${folder}”中同名文件过多 / too many files named ${name} in ${folder}`);
}

/** The bytes as a "binary string" (one char per byte, 0–255): what writeAsBinaryString takes. */
export function binaryString(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

/**
 * Writes `bytes` as `name` in the first folder that takes it; returns the full path written.
 * Throws, naming the folders tried, when none does.
 */
export function saveBytes(files: WpsFiles, folders: string[], name: string, bytes: Uint8Array): string {
  const data = binaryString(bytes);
  for (const folder of folders) {
    try {
      const path = freePath(files, folder, name);
      if (files.fileSystem.writeAsBinaryString(path, data) && files.fileSystem.Exists(path)) return path;
    } catch {
      // This folder refused (read-only, gone, a network drive offline): try the next.
    }
  }
  throw new Error(
    folders.length === 0
      ? "WPS 没有提供可保存文件的文件夹 / WPS named no folder to save in"
      : `无法把“${name}”保存到：${folders.join("；")} / could not save ${name} in: ${folders.join("; ")}`,
  );
}
