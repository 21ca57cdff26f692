// `npm run build:vec` (also at install): compile the vendored sqlite-vec with SIMD for this machine.
// Never fails the install: without a compiler or the CPU features, the npm binary is used (server/store/vec-native.ts).
import { buildSimdVec, vecBinary } from '../server/store/vec-native.js';

const r = buildSimdVec();
console.log(r.path ? `sqlite-vec SIMD: ${r.path} (in use: ${vecBinary()})` : `sqlite-vec SIMD not built (${r.skipped}); using the npm binary`);
