// Draws the extension icon (icon.png, 128×128) with no dependency: shapes sampled 4×4 per pixel for smooth
// edges, written as an RGBA PNG with node:zlib. Run `node scripts/make-icon.mjs` after changing the design.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const BLUE = [27, 79, 138];
const PAPER = [250, 250, 247];
const GOLD = [242, 169, 0];
const INK = [150, 160, 175];
const NUMBER = [27, 79, 138];

/** Whether (x, y) lies in a rectangle with rounded corners. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
/** A bar slanted like italic type: its left and right edges lean by `slant` per unit of height. */
const slanted = (x0, y0, x1, y1, slant) => (x, y) => {
  if (y < y0 || y > y1) return false;
  const shift = (y1 - y) * slant;
  return x >= x0 + shift && x <= x1 + shift;
};

// Painted in order: background, page, then the lines of a resolution (number, italic verb, text).
const layers = [
  [roundedRect(0, 0, 128, 128, 24), BLUE],
  [roundedRect(24, 16, 104, 112, 7), PAPER],
];
const rows = [34, 50, 66, 82, 98];
rows.forEach((y, i) => {
  layers.push([roundedRect(32, y - 3, 38, y + 3, 1.5), NUMBER]);
  const verbEnd = 58 + (i % 2) * 6;
  layers.push([slanted(43, y - 4, verbEnd, y + 4, 0.35), GOLD]);
  layers.push([roundedRect(verbEnd + 6, y - 2.5, i === rows.length - 1 ? 80 : 96, y + 2.5, 2.5), INK]);
});

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let colour;
        for (const [inside, c] of layers) if (inside(x, y)) colour = c;
        if (colour) {
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
    }
    const o = (py * SIZE + px) * 4;
    const n = SAMPLES * SAMPLES;
    // Colour averaged over covered samples, alpha from coverage: edges blend with any background.
    pixels[o] = a ? Math.round(r / a) : 0;
    pixels[o + 1] = a ? Math.round(g / a) : 0;
    pixels[o + 2] = a ? Math.round(b / a) : 0;
    pixels[o + 3] = Math.round((255 * a) / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);
