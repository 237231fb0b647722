import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkIcon, ICON_RULES, readPngSize } from '../../scripts/app-package/icon-checks.js';
import {
  colourIcon,
  encodePng,
  outlineIcon,
  RIBBON_ICON_SIZES,
  ribbonIcon,
} from '../../scripts/app-package/icon-drawing.js';
import { manifestDir } from './package-fixture.js';

const read = (name: string) => readFile(join(manifestDir, name));

describe('the committed icons', () => {
  it('have the sizes Teams requires: colour 192×192, outline 32×32', async () => {
    expect(readPngSize(await read('color.png'))).toEqual({ width: 192, height: 192 });
    expect(readPngSize(await read('outline.png'))).toEqual({ width: 32, height: 32 });
    expect(checkIcon(await read('color.png'), ICON_RULES.color, 'color.png')).toEqual([]);
    expect(checkIcon(await read('outline.png'), ICON_RULES.outline, 'outline.png')).toEqual([]);
  });

  it('draw the outline white on a transparent background', async () => {
    const { data } = PNG.sync.read(await read('outline.png'));
    const pixels = Array.from({ length: data.length / 4 }, (_, index) =>
      data.subarray(index * 4, index * 4 + 4),
    );
    const transparent = pixels.filter((pixel) => pixel[3] === 0);
    const drawn = pixels.filter((pixel) => pixel[3] !== 0);
    expect(transparent.length).toBeGreaterThan(0);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((pixel) => pixel[0] === 255 && pixel[1] === 255 && pixel[2] === 255)).toBe(true);
  });

  it('give the colour icon a solid background', async () => {
    const { data } = PNG.sync.read(await read('color.png'));
    expect(data.filter((_, index) => index % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  it('are what scripts/make-icons.ts draws (regenerate them rather than edit them)', async () => {
    expect(encodePng(colourIcon()).equals(await read('color.png'))).toBe(true);
    expect(encodePng(outlineIcon()).equals(await read('outline.png'))).toBe(true);
    for (const size of RIBBON_ICON_SIZES) {
      const committed = await read(`addin-icons/icon-${size}.png`);
      expect(readPngSize(committed)).toEqual({ width: size, height: size });
      expect(encodePng(ribbonIcon(size)).equals(committed)).toBe(true);
    }
  });
});

describe('the icon check', () => {
  it('rejects an outline icon with a coloured pixel', async () => {
    const image = PNG.sync.read(await read('outline.png'));
    image.data.set([255, 0, 0, 255], (5 * 32 + 7) * 4);
    expect(checkIcon(PNG.sync.write(image), ICON_RULES.outline, 'outline.png')).toEqual([
      {
        file: 'manifest.json',
        path: '/icons/outline',
        message: 'outline.png must be white on a transparent background; pixel (7, 5) is neither',
      },
    ]);
  });

  it('rejects an outline icon without transparency', () => {
    const opaque = new PNG({ width: 32, height: 32 });
    opaque.data.fill(255);
    const [problem] = checkIcon(PNG.sync.write(opaque), ICON_RULES.outline, 'outline.png');
    expect(problem?.message).toBe(
      'outline.png must be white on a transparent background; no pixel is transparent',
    );
  });

  it('rejects a wrong size and a file that is not a PNG', async () => {
    const [wrongSize] = checkIcon(await read('color.png'), ICON_RULES.outline, 'outline.png');
    expect(wrongSize?.message).toBe('outline.png is 192×192; it must be 32×32');
    const [notPng] = checkIcon(Buffer.from('GIF89a...'), ICON_RULES.color, 'color.png');
    expect(notPng?.message).toBe('color.png is not a PNG file');
  });
});
