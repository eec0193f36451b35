/**
 * Draws the add-in's icons (a finance-blue rounded square with a white check mark) and writes
 * them as PNG files into assets/. Run with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed, so the build never runs this.
 *
 * The PNG encoder is written here on top of node's zlib so no image library is needed:
 * an 8-bit RGBA image is a signature, an IHDR chunk, one zlib-compressed IDAT chunk of
 * filter-byte-prefixed scanlines, and IEND.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

/** Icon file name → edge length in pixels. 16/32/80 are ribbon sizes, 64/128 store sizes. */
export const ICONS: ReadonlyArray<{ file: string; size: number }> = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "icon-128.png", size: 128 },
  { file: "logo.png", size: 300 },
];

const BLUE: readonly [number, number, number] = [0x1f, 0x5f, 0xad];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

// --- PNG encoding ----------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes width×height RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  // bytes 10-12: compression, filter and interlace methods, all 0
  const scanlines = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    scanlines[row] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(scanlines, row + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- Drawing ---------------------------------------------------------------------------------

/** Signed distance from (x, y) to a rounded square centred in the unit square (negative inside). */
function roundedSquareDistance(x: number, y: number, half: number, radius: number): number {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The check mark as two strokes in unit coordinates, with round caps and joint. */
const CHECK: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.27, 0.53, 0.43, 0.69],
  [0.43, 0.69, 0.74, 0.34],
];
const CHECK_HALF_WIDTH = 0.065;

/** Colour of one point in unit coordinates: [r, g, b, alpha 0..1]. */
function shade(x: number, y: number, size: number): [number, number, number, number] {
  // Small icons get a thinner margin so the glyph stays legible at 16 px.
  const half = size <= 16 ? 0.5 : 0.47;
  if (roundedSquareDistance(x, y, half, 0.18) > 0) return [0, 0, 0, 0];
  const onCheck = CHECK.some(([ax, ay, bx, by]) => segmentDistance(x, y, ax, ay, bx, by) <= CHECK_HALF_WIDTH);
  const [r, g, b] = onCheck ? WHITE : BLUE;
  return [r, g, b, 1];
}

/** Renders one icon with 4×4 supersampling, so edges are anti-aliased. */
export function drawIcon(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          // Premultiplied accumulation, so transparent samples do not darken the edge.
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const { file, size } of ICONS) {
    writeFileSync(join(dir, file), encodePng(size, size, drawIcon(size)));
    console.log(`assets/${file} ${size}×${size}`);
  }
}

if (require.main === module) main();
