// A small PNG logo drawn in code (no image files, no downloads): for the demo organisation and tests.
import { deflateSync } from "node:zlib";
import { crc32 } from "./logo-file";

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + data.length), 8 + data.length);
  return out;
}

/** An RGBA PNG of width × height whose pixels come from paint(x, y) → [r, g, b, a]. */
export function encodePng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())]);
}

/**
 * Northbridge Financial's mark: a navy rounded square with a white "N" standing on a teal bridge
 * span. 96 × 96 pixels.
 */
export function northbridgeLogoPng(): Buffer {
  const size = 96;
  const navy: [number, number, number, number] = [24, 48, 89, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const teal: [number, number, number, number] = [20, 170, 160, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  return encodePng(size, size, (x, y) => {
    const r = 16;
    const cx = Math.min(Math.max(x, r), size - 1 - r);
    const cy = Math.min(Math.max(y, r), size - 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return clear;
    // The bridge: an arch from (16, 78) over to (80, 78), 8 px thick.
    const archY = 78 - 14 * Math.sin((Math.PI * (x - 16)) / 64);
    if (x >= 16 && x <= 80 && y >= archY - 4 && y <= archY + 4 && y >= 60) return teal;
    // The N: two uprights and a diagonal between them.
    const top = 20;
    const bottom = 64;
    if (y >= top && y <= bottom) {
      if ((x >= 26 && x <= 35) || (x >= 61 && x <= 70)) return white;
      const t = (y - top) / (bottom - top);
      const diagonal = 26 + t * (70 - 35);
      if (x >= diagonal && x <= diagonal + 10) return white;
    }
    return navy;
  });
}
