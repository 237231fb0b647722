import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export const BRAND_BLUE: Rgb = [0x1e, 0x5a, 0xa8];
export const CHOSEN_DAY_AMBER: Rgb = [0xf2, 0xb1, 0x34];
export const WHITE: Rgb = [255, 255, 255];

/** The accent colour declared in the manifest: the colour icon's background. */
export const ACCENT_COLOR = '#1E5AA8';

export interface IconStyle {
  size: number;
  /** Fraction of the side left empty around the symbol. */
  padding: number;
  /** Solid background, or null for a transparent one. */
  background: Rgb | null;
  /** The house and calendar. */
  ink: Rgb;
  /** The one chosen day in the calendar grid. */
  highlight: Rgb;
}

type Sample = 'none' | 'ink' | 'highlight';

const GRID = { left: 0.25, top: 0.53, columns: 3, rows: 2, cell: 0.135, cellHeight: 0.13, gap: 0.05 };
const CHOSEN_CELL = { column: 2, row: 0 };

// The symbol in a unit square: a house whose body is a calendar page, with the chosen day filled.
function sampleSymbol(x: number, y: number): Sample {
  const inRoof = y >= 0.08 && y <= 0.47 && Math.abs(x - 0.5) <= ((y - 0.08) / 0.39) * 0.48;
  const inBody = x >= 0.14 && x <= 0.86 && y >= 0.4 && y <= 0.94;
  if (!inRoof && !inBody) return 'none';
  const column = Math.floor((x - GRID.left) / (GRID.cell + GRID.gap));
  const row = Math.floor((y - GRID.top) / (GRID.cellHeight + GRID.gap));
  const insideCell =
    column >= 0 &&
    column < GRID.columns &&
    row >= 0 &&
    row < GRID.rows &&
    x - GRID.left - column * (GRID.cell + GRID.gap) <= GRID.cell &&
    y - GRID.top - row * (GRID.cellHeight + GRID.gap) <= GRID.cellHeight;
  if (!insideCell) return 'ink';
  return column === CHOSEN_CELL.column && row === CHOSEN_CELL.row ? 'highlight' : 'none';
}

// Supersampling gives smooth edges without a vector library; 8×8 keeps the 16 px icon crisp.
const SUPERSAMPLING = 8;

export function drawIcon(style: IconStyle): PNG {
  const { size } = style;
  const png = new PNG({ width: size, height: size });
  const box = size * (1 - 2 * style.padding);
  const offset = size * style.padding;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let ink = 0;
      let highlight = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLING - offset) / box;
          const y = (py + (sy + 0.5) / SUPERSAMPLING - offset) / box;
          const sample = sampleSymbol(x, y);
          if (sample === 'ink') ink++;
          else if (sample === 'highlight') highlight++;
        }
      }
      const total = SUPERSAMPLING * SUPERSAMPLING;
      writePixel(png, (py * size + px) * 4, style, ink / total, highlight / total);
    }
  }
  return png;
}

function writePixel(png: PNG, index: number, style: IconStyle, ink: number, highlight: number): void {
  const covered = ink + highlight;
  for (const channel of [0, 1, 2] as const) {
    const foreground =
      covered === 0 ? 0 : (style.ink[channel] * ink + style.highlight[channel] * highlight) / covered;
    const value = style.background
      ? style.background[channel] * (1 - covered) + foreground * covered
      : // Transparent background: straight (non-premultiplied) colour, so a white outline stays pure white.
        foreground;
    png.data[index + channel] = Math.round(value);
  }
  png.data[index + 3] = style.background ? 255 : Math.round(covered * 255);
}

export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
}

/** Teams: the colour icon is 192×192 with the symbol in the central area on a solid background. */
export const colourIcon = (): PNG =>
  drawIcon({ size: 192, padding: 0.2, background: BRAND_BLUE, ink: WHITE, highlight: CHOSEN_DAY_AMBER });

/** Teams: the outline icon is 32×32, white on transparent, nothing else. */
export const outlineIcon = (): PNG =>
  drawIcon({ size: 32, padding: 0.03, background: null, ink: WHITE, highlight: WHITE });

/** Outlook ribbon and alternate icons, served over HTTPS by the add-in (not part of the package). */
export const ribbonIcon = (size: number): PNG =>
  drawIcon({ size, padding: 0.06, background: null, ink: BRAND_BLUE, highlight: CHOSEN_DAY_AMBER });

/** 16, 32 and 80 are required by the ribbon; 64 and 128 by the alternate icons (classic Outlook). */
export const RIBBON_ICON_SIZES = [16, 32, 64, 80, 128] as const;
