import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  colourIcon,
  encodePng,
  outlineIcon,
  RIBBON_ICON_SIZES,
  ribbonIcon,
} from './app-package/icon-drawing.js';

// Regenerates the committed icons: `npx tsx scripts/make-icons.ts`. The package icons go in the
// zip; the add-in icons are served by the server under /addin/assets/ (Office fetches them by URL).
const manifestDir = 'manifest';
const addinIconDir = join(manifestDir, 'addin-icons');

await mkdir(addinIconDir, { recursive: true });
await writeFile(join(manifestDir, 'color.png'), encodePng(colourIcon()));
await writeFile(join(manifestDir, 'outline.png'), encodePng(outlineIcon()));
for (const size of RIBBON_ICON_SIZES) {
  await writeFile(join(addinIconDir, `icon-${size}.png`), encodePng(ribbonIcon(size)));
}
console.log(`Icons written to ${manifestDir}/ and ${addinIconDir}/`);
