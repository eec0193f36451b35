/**
 * Draws the WPS ribbon's 打开面板 icon (the finance-blue rounded square of the add-in's icon,
 * with a white window whose right third is the pane) into assets/wps/. Run with
 * `npx tsx scripts/make-wps-icons.ts`; the PNG is committed, so the build never runs this.
 * 评价 uses the add-in's own check-mark icon (assets/icon-32.png).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng } from "./make-icons";

const BLUE = [0x1f, 0x5f, 0xad] as const;

function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.18;
  const qx = Math.abs(x - 0.5) - 0.47 + r;
  const qy = Math.abs(y - 0.5) - 0.47 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r <= 0;
}

/** White: the window's frame (0.2–0.8) 0.06 wide, the divider at 0.58, and the pane filled. */
function isWhite(x: number, y: number): boolean {
  const inside = x >= 0.2 && x <= 0.8 && y >= 0.24 && y <= 0.76;
  if (!inside) return false;
  const frame = x <= 0.26 || x >= 0.74 || y <= 0.3 || y >= 0.7;
  return frame || x >= 0.58;
}

export function drawPaneIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let a = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const u = (x + (sx + 0.5) / n) / size;
          const v = (y + (sy + 0.5) / n) / size;
          if (!inRoundedSquare(u, v)) continue;
          a++;
          if (isWhite(u, v)) white++;
        }
      const i = (y * size + x) * 4;
      const w = a ? white / a : 0;
      px[i] = Math.round(BLUE[0] + (255 - BLUE[0]) * w);
      px[i + 1] = Math.round(BLUE[1] + (255 - BLUE[1]) * w);
      px[i + 2] = Math.round(BLUE[2] + (255 - BLUE[2]) * w);
      px[i + 3] = Math.round((a / (n * n)) * 255);
    }
  return px;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets", "wps");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pane-32.png"), encodePng(32, 32, drawPaneIcon(32)));
  console.log("assets/wps/pane-32.png 32×32");
}
