import JSZip from 'jszip';

// A fixed timestamp makes the zip byte-for-byte reproducible, so an unchanged package can be
// recognised (and the admin centre is not asked to update for nothing).
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function zipAppPackage(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, bytes, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
