// Which sqlite-vec binary to load. npm's linux-x64 vec0.so is compiled without SIMD: its cosine distance is a
// scalar loop, latency-bound at ~2.4× the time of a vectorised one (bench/scale.ts measures both in one run).
// The same v0.1.9 source is vendored (vendor/sqlite-vec) and compiled here with AVX2/FMA and reassociation allowed,
// so gcc vectorises the distance loops. It is loaded only when this CPU has those features and a self-test in a
// throwaway connection agrees with the arithmetic; otherwise — and with NIANBAO_VEC_SIMD=0 — the npm binary.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'vendor', 'sqlite-vec');
const ENTRY = 'sqlite3_vec_init';

/** The one SIMD level built: x86-64-v3 (AVX2 + FMA, every x86-64 server CPU since 2013–15). */
const LEVEL = {
  name: 'x86-64-v3',
  needs: ['avx', 'avx2', 'fma'],
  // Reassociation lets gcc vectorise float sums; no -ffinite-math-only, so NaN/∞ checks keep working.
  flags: ['-O3', '-mavx2', '-mfma', '-DSQLITE_VEC_ENABLE_AVX', '-fno-math-errno', '-fassociative-math', '-fno-signed-zeros', '-fno-trapping-math'],
};

/** CPU feature flags (Linux /proc/cpuinfo); empty elsewhere, which keeps the npm binary. */
export function cpuFeatures(): Set<string> {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:(.*)$/m)?.[1] ?? '';
    return new Set(line.trim().split(/\s+/));
  } catch {
    return new Set();
  }
}

const simdCapable = () => platform === 'linux' && arch === 'x64' && LEVEL.needs.every((f) => cpuFeatures().has(f));

let builtDir: string | undefined;
/** Cache folder named by the source and flags, so a changed source or flag set is rebuilt, never reused. */
function buildDir(): string {
  if (builtDir) return builtDir;
  const h = createHash('sha256').update(readFileSync(join(SOURCE, 'sqlite-vec.c'))).update(readFileSync(join(SOURCE, 'exports.map'))).update(LEVEL.flags.join(' ')).digest('hex');
  return (builtDir = join(process.env.NIANBAO_VEC_CACHE ?? join(ROOT, '.cache', 'sqlite-vec'), `${LEVEL.name}-${h.slice(0, 12)}`));
}
export const simdPath = () => join(buildDir(), 'vec0.so');

/** Compile the vendored source for this machine (seconds). Returns the path, or why not. */
export function buildSimdVec(cc = process.env.CC ?? 'cc'): { path?: string; skipped?: string } {
  if (!simdCapable()) return { skipped: `CPU/platform without ${LEVEL.needs.join('+')} (${platform}-${arch})` };
  if (existsSync(simdPath())) return { path: simdPath() };
  const sqliteHeaders = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps', 'sqlite3');
  mkdirSync(buildDir(), { recursive: true });
  const tmp = `${simdPath()}.${process.pid}.tmp`;
  try {
    execFileSync(cc, ['-fPIC', '-shared', ...LEVEL.flags, `-I${SOURCE}`, `-I${sqliteHeaders}`, join(SOURCE, 'sqlite-vec.c'), `-Wl,--version-script=${join(SOURCE, 'exports.map')}`, '-o', tmp, '-lm'], { stdio: 'pipe' });
    renameSync(tmp, simdPath()); // atomic: a concurrent build or load never sees half a file
    return { path: simdPath() };
  } catch (e) {
    rmSync(tmp, { force: true });
    return { skipped: `compile failed: ${e instanceof Error ? e.message.split('\n')[0] : e}` };
  }
}

/** better-sqlite3 takes the entry point as a second argument; its type declarations omit it. */
const loadWithEntry = (db: Database.Database, path: string) => (db.loadExtension as (file: string, entry: string) => Database.Database)(path, ENTRY);

/** Load `path` into a throwaway connection; its version and a cosine distance must match expectations. */
function selfTest(path: string): boolean {
  const db = new Database(':memory:');
  try {
    loadWithEntry(db, path);
    const a = Float32Array.from({ length: 48 }, (_, i) => Math.sin(i + 1));
    const b = Float32Array.from({ length: 48 }, (_, i) => Math.cos(2 * i));
    let dot = 0, na = 0, nb = 0;
    for (let i = 0; i < a.length; i++) (dot += a[i] * b[i]), (na += a[i] * a[i]), (nb += b[i] * b[i]);
    const want = 1 - dot / Math.sqrt(na * nb);
    const r = db.prepare('SELECT vec_version() AS v, vec_distance_cosine(?, ?) AS d').get(a, b) as { v: string; d: number };
    return r.v === 'v0.1.9' && Math.abs(r.d - want) < 1e-4;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

let simdOk: boolean | undefined;
/** Which binary this process uses (decided once; NIANBAO_VEC_SIMD=0 is read on every call, for baselines). */
export function vecBinary(): 'simd' | 'npm' {
  if (process.env.NIANBAO_VEC_SIMD === '0') return 'npm';
  simdOk ??= simdCapable() && existsSync(simdPath()) && selfTest(simdPath());
  return simdOk ? 'simd' : 'npm';
}

/** Load sqlite-vec into `db`: the SIMD build when usable, else the npm binary. */
export function loadVec(db: Database.Database): 'simd' | 'npm' {
  const which = vecBinary();
  if (which === 'simd') loadWithEntry(db, simdPath());
  else sqliteVec.load(db);
  return which;
}
