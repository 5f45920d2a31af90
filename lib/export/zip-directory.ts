// What a ZIP archive (an .xlsx is one) will expand to, read from its central directory alone
// (pure, no inflating): so a small file that inflates to hundreds of megabytes is refused before
// any parser touches it. A hand-written reader: the check needs 40 lines of a stable format, and the
// maintained unzip libraries either inflate eagerly (jszip) or are not in the tree.

export type ZipDirectory = { entries: number; uncompressed: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Entry count and total uncompressed size; null when the bytes are not a ZIP archive this can read (incl. ZIP64). */
export function zipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff || offset + size > eocd) return null;
  let uncompressed = 0;
  let p = offset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) return null;
    const entrySize = view.getUint32(p + 24, true);
    if (entrySize === 0xffffffff) return null;
    uncompressed += entrySize;
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { entries, uncompressed };
}
