// One file's sizes as `npm run size` and `npm run bench` print them: minified bytes, gzip -9 and brotli (quality 11).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Buffer} file */
export const measureBytes = (file) => ({
  minified: file.length,
  gzip: gzipSync(file, { level: 9 }).length,
  brotli: brotliCompressSync(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
