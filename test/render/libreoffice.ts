/**
 * LibreOffice headless and poppler for render tests: convert to PDF, read page sizes, text and
 * word boxes. Like the browser tests, the suite fails under CI when LibreOffice is missing and
 * is skipped (loudly) elsewhere.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";
import { pathToFileURL } from "url";

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function describeWithLibreOffice(name: string, body: () => void): void {
  const missing = ["soffice", "pdftotext", "pdfinfo"].filter((c) => !onPath(c));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const reason = `not found: ${missing.join(", ")}`;
  if (process.env.CI) {
    describe(name, () => {
      it("needs LibreOffice and poppler", () => {
        throw new Error(`${reason}. CI must install them: apt-get install libreoffice-calc libreoffice-writer poppler-utils fonts-noto-cjk`);
      });
    });
    return;
  }
  process.stderr.write(`\n!!! LIBREOFFICE RENDER TESTS SKIPPED (${reason}). Under CI (env CI set) they fail instead.\n\n`);
  describe.skip(name, body);
}

/** Converts `file` to PDF in `outDir` with a private profile (so parallel runs do not collide); returns the PDF path. */
export function toPdf(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "zipin-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, file],
      { stdio: "ignore", timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words joined without spaces (for finding text across line breaks). */
  text: string;
}

const unescape = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every page with its size and word boxes, from `pdftotext -bbox`. */
export function readPdf(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const block of html.split("<page ").slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(block)!;
    const words = [...block.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]!),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words, text: words.map((w) => w.text).join("") });
  }
  return pages;
}

/** A4 in points, either way round, to a tenth of a point. */
export function isA4(page: PdfPage): boolean {
  const [w, h] = [page.width, page.height].sort((a, b) => a - b);
  return Math.abs(w! - 595.3) < 1 && Math.abs(h! - 841.9) < 1;
}

export const withoutSpaces = (s: string): string => s.replace(/\s+/g, "");
