/**
 * The add-in root's FileSystem and Env of a fake WPS (the part src/wps/save-file.ts uses), over
 * an in-memory disk: writeAsBinaryString takes one character per byte and answers false —
 * it does not throw — when the folder does not exist or is read-only; Exists answers for files.
 * Paths are compared as given (WPS hands back Windows paths with "\\").
 */
export class FakeWpsFiles {
  /** Written files by full path. */
  readonly files = new Map<string, Uint8Array>();
  /** Folders that exist; a write elsewhere fails. */
  readonly folders = new Set<string>();
  /** Folders that exist but refuse writes (a read-only share). */
  readonly readOnly = new Set<string>();
  downloadPath = "C:\\Users\\用户\\Downloads";
  desktopPath = "C:\\Users\\用户\\Desktop";

  constructor() {
    this.folders.add(this.downloadPath);
    this.folders.add(this.desktopPath);
  }

  private folderOf(path: string): string {
    return path.slice(0, Math.max(path.lastIndexOf("\\"), path.lastIndexOf("/")));
  }

  readonly fileSystem = {
    Exists: (path: string): boolean => this.files.has(path) || this.folders.has(path),
    writeAsBinaryString: (path: string, data: string): boolean => {
      const folder = this.folderOf(path);
      if (!this.folders.has(folder) || this.readOnly.has(folder)) return false;
      const bytes = new Uint8Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (code > 0xff) return false;
        bytes[i] = code;
      }
      this.files.set(path, bytes);
      return true;
    },
  };

  readonly env = {
    GetDownloadPath: (): string => this.downloadPath,
    GetDesktopPath: (): string => this.desktopPath,
  };
}
