import { PNG } from 'pngjs';
import { issue, type PackageIssue } from './package-issue.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function readPngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface IconRule {
  /** Where the manifest names the icon, e.g. /icons/outline. */
  pointer: string;
  size: number;
  /** Teams: the outline icon is white on a transparent background. */
  whiteOnTransparent?: boolean;
}

// Sizes from the manifest schema's own descriptions of `icons`.
export const ICON_RULES = {
  color: { pointer: '/icons/color', size: 192 },
  outline: { pointer: '/icons/outline', size: 32, whiteOnTransparent: true },
  color32x32: { pointer: '/icons/color32x32', size: 32 },
} satisfies Record<string, IconRule>;

/** The rule for a key under `icons`, if the schema gives one. */
export function iconRuleFor(role: string): IconRule | undefined {
  return (ICON_RULES as Record<string, IconRule>)[role];
}

export function checkIcon(bytes: Buffer, rule: IconRule, fileName: string): PackageIssue[] {
  const at = (message: string) => [issue('manifest.json', rule.pointer, `${fileName} ${message}`)];
  const size = readPngSize(bytes);
  if (!size) return at('is not a PNG file');
  if (size.width !== rule.size || size.height !== rule.size) {
    return at(`is ${size.width}×${size.height}; it must be ${rule.size}×${rule.size}`);
  }
  if (!rule.whiteOnTransparent) return [];
  const problem = outlineProblem(bytes);
  return problem ? at(`must be white on a transparent background; ${problem}`) : [];
}

// A pixel passes when fully transparent or pure white at any opacity (anti-aliased edges), and
// some pixels must be transparent: an opaque white square would show as a blank tile.
function outlineProblem(bytes: Buffer): string | undefined {
  const image = PNG.sync.read(bytes);
  let transparent = 0;
  for (let index = 0; index < image.data.length; index += 4) {
    const alpha = image.data[index + 3];
    const white = image.data[index] === 255 && image.data[index + 1] === 255 && image.data[index + 2] === 255;
    if (alpha === 0) transparent++;
    else if (!white) {
      const pixel = index / 4;
      return `pixel (${pixel % image.width}, ${Math.floor(pixel / image.width)}) is neither`;
    }
  }
  return transparent === 0 ? 'no pixel is transparent' : undefined;
}
