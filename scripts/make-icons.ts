/**
 * Draws the add-in's icons (a sheet with a check mark) as PNGs into assets/.
 * Run: npx tsx scripts/make-icons.ts. The PNGs are committed; this script is how they were made.
 * Shapes are drawn as signed-distance tests, supersampled 4×4 per pixel for smooth edges.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';

/** Sizes Office asks for: 16/32/80 ribbon (+20/24/40/48 high-DPI), 32/64 catalogue, 128 store-style. */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

type RGBA = [number, number, number, number];

const SHEET_BORDER: RGBA = [16, 124, 65, 255]; // Excel green, so it reads as a spreadsheet
const HEADER: RGBA = [16, 124, 65, 255];
const PAPER: RGBA = [255, 255, 255, 255];
const GRID: RGBA = [190, 214, 200, 255];
const CHECK: RGBA = [230, 126, 0, 255]; // orange: stands out on green and white, in light and dark themes
const CLEAR: RGBA = [0, 0, 0, 0];

/** Distance from point p to segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of the glyph at (x, y) in unit coordinates (0..1, y down). */
function glyph(x: number, y: number): RGBA {
  // The check mark is drawn over the sheet, bottom right.
  const stroke = 0.075;
  const d = Math.min(segmentDistance(x, y, 0.48, 0.68, 0.62, 0.84), segmentDistance(x, y, 0.62, 0.84, 0.93, 0.46));
  if (d < stroke) return CHECK;
  if (d < stroke + 0.045) return PAPER; // white halo separates the check from the grid
  const left = 0.08;
  const right = 0.82;
  const top = 0.1;
  const bottom = 0.9;
  const border = 0.055;
  if (x < left || x > right || y < top || y > bottom) return CLEAR;
  if (x < left + border || x > right - border || y > bottom - border) return SHEET_BORDER;
  if (y < top + 0.2) return HEADER;
  const inner = (v: number, lo: number, hi: number, n: number) => ((v - lo) / (hi - lo)) * n;
  const gx = inner(x, left + border, right - border, 3);
  const gy = inner(y, top + 0.2, bottom - border, 3);
  const line = 0.07;
  if (Math.abs(gx - Math.round(gx)) < line * 1.5 || Math.abs(gy - Math.round(gy)) < line * 1.5) return GRID;
  return PAPER;
}

export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = glyph((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          // Premultiplied accumulation, so transparent samples do not darken the edges.
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const a = acc[3];
      png.data[i] = a ? Math.round(acc[0] / a) : 0;
      png.data[i + 1] = a ? Math.round(acc[1] / a) : 0;
      png.data[i + 2] = a ? Math.round(acc[2] / a) : 0;
      png.data[i + 3] = Math.round(a / (ss * ss));
    }
  }
  return png;
}

function main(): void {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, PNG.sync.write(drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
