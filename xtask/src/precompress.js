// Writes <file>.br (brotli quality 11) and <file>.gz (gzip -9) next to each file given, for the
// server to send as they are. Run by `cargo xtask` with node (already needed for wasm-opt): its
// zlib is native, so quality 11 takes a second where a debug-built Rust brotli takes 20.
const fs = require("fs");
const zlib = require("zlib");

for (const file of process.argv.slice(1)) {
  const data = fs.readFileSync(file);
  const br = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.writeFileSync(file + ".br", br);
  fs.writeFileSync(file + ".gz", gz);
  console.log(`    ${file}: ${data.length} B, brotli ${br.length} B, gzip ${gz.length} B`);
}
