// Production builds for the benchmarks, each in its own output folder (NEXT_DIST_DIR), so
// they never touch the `.next` that the rest of the team builds and tests against.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// `next build` with a non-default distDir adds it to tsconfig.json's "include" and points
// next-env.d.ts at its types: both are put back as they were once the build ends.
const REWRITTEN = ['tsconfig.json', 'next-env.d.ts'];

export const hasBuild = (dist: string) => fs.existsSync(path.join(dist, 'BUILD_ID'));

export type BuildResult = { seconds: number; log: string };

/** Builds into `dist` (emptied first, so every build starts cold) and returns the wall time. */
export async function buildInto(dist: string, env: Record<string, string> = {}, opts: { quiet?: boolean } = {}): Promise<BuildResult> {
  if (!/^\.next-bench[\w-]*$/.test(dist)) throw new Error(`refusing to build into ${dist}: benchmark builds go to .next-bench*`);
  fs.rmSync(dist, { recursive: true, force: true });
  const saved = REWRITTEN.map((f) => [f, fs.existsSync(f) ? fs.readFileSync(f) : undefined] as const);
  const started = process.hrtime.bigint();
  let log = '';
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('node_modules/.bin/next', ['build'], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, NEXT_DIST_DIR: dist },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const take = (d: Buffer) => {
        log += d;
        if (!opts.quiet) process.stderr.write(d);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`next build into ${dist} failed (exit ${code}):\n${log.slice(-4000)}`);
  } finally {
    for (const [file, bytes] of saved) {
      const now = bytes && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
      // Only undo Next's own rewrite (it names our folder), never a teammate's edit.
      if (bytes && now && !now.equals(bytes) && now.includes(`${dist}/`)) fs.writeFileSync(file, bytes);
    }
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, log };
}

/** Builds unless `--no-build` was given and a build is there. */
export async function ensureBuild(dist: string, noBuild: boolean, env: Record<string, string> = {}): Promise<void> {
  if (noBuild && hasBuild(dist)) {
    console.error(`using the existing build in ${dist} (--no-build)`);
    return;
  }
  console.error(`building into ${dist} …`);
  const { seconds } = await buildInto(dist, env, { quiet: true });
  console.error(`built in ${seconds.toFixed(1)} s`);
}
