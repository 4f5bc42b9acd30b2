// For the tests on a throwaway PostgreSQL (scripts/pg-test-server.ts): a new, empty database
// per test, so that no test sees another's rows, and content:sync run as editors run it.
import { spawnSync } from 'node:child_process';
import type { PgTestServer } from '@/scripts/pg-test-server';
import { PostgresSource } from './source';

let made = 0;

/** The URL of a database made for one test on `server`. */
export async function freshDatabase(server: PgTestServer, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${++made}`;
  const admin = new PostgresSource(server.url);
  try {
    await admin.pool.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.pool.end();
  }
  return server.url.replace(/\/postgres$/, `/${name}`);
}

/** `npm run content:sync -- --once` on `dir` into `url`: its exit code and everything it printed. */
export function syncOnce(url: string, dir: string, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/content-sync.ts', '--once', ...args], { env: { ...process.env, DATABASE_URL: url, CONTENT_DIR: dir }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}
