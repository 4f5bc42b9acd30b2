// Starts a throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary
// folder owned by the `postgres` user (initdb refuses root), a free loopback port, no
// fsync; stop() ends it and removes the folder. Fails loudly when PostgreSQL is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './lib/server';

export type PgTestServer = {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** SIGSTOP (true) or SIGCONT (false) to the server and all its processes: a database that hangs. */
  freeze(frozen: boolean): void;
};

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest)
    throw new Error(
      'PostgreSQL is needed for the PostgreSQL tests and benchmark but no initdb was found under /usr/lib/postgresql/*/bin. ' +
        'Install it (apt-get install -y postgresql) or set PG_BIN, or set SKIP_POSTGRES=1 to skip them.',
    );
  return path.join(root, newest, 'bin');
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb and postgres refuse root). */
function asPostgres(bin: string, args: string[]): { cmd: string; args: string[] } {
  return process.getuid?.() === 0 ? { cmd: 'runuser', args: ['-u', 'postgres', '--', bin, ...args] } : { cmd: bin, args };
}

function run(bin: string, args: string[]): void {
  const { cmd, args: all } = asPostgres(bin, args);
  const r = spawnSync(cmd, all, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.error?.message ?? `exit ${r.status}`}):\n${(r.stderr || r.stdout || '').slice(-2000)}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Removes the folders of earlier clusters that were killed outright (a test runner's SIGKILL
 * leaves them): only those whose postmaster.pid names a process that no longer exists.
 */
function sweepDead(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith('sahifa-pg-')) continue;
    const dir = path.join(os.tmpdir(), name);
    let pid: number;
    try {
      pid = Number(fs.readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      continue; // being made, or stopped cleanly by its owner: not ours to judge
    }
    if (!Number.isInteger(pid) || pid <= 0) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

export type PgStartOptions = { /** Extra `-c name=value` settings. */ settings?: Record<string, string> };

export async function startPostgres(options: PgStartOptions = {}): Promise<PgTestServer> {
  const bin = pgBin();
  sweepDead();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-pg-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const r = spawnSync('chown', ['postgres:postgres', dir]);
    if (r.status !== 0) throw new Error(`cannot give ${dir} to the postgres user (is there one?)`);
  }
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    shared_buffers: '128MB',
    ...options.settings,
  };
  let port = 0;
  let child: ChildProcess | undefined;

  const launch = async () => {
    // Another process may take the port between the probe and the start: try a few.
    for (let attempt = 0; attempt < 3; attempt++) {
      port = port || (await freePort());
      const args = ['-D', data, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
      const { cmd, args: all } = asPostgres(path.join(bin, 'postgres'), args);
      child = spawn(cmd, all, { stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      child.stdout?.on('data', (d) => (log += d));
      child.stderr?.on('data', (d) => (log += d));
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && child.exitCode === null) {
        if (/ready to accept connections/.test(log)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill('SIGKILL');
      await exited(child);
      if (attempt === 2) throw new Error(`postgres did not start on port ${port}:\n${log.slice(-2000)}`);
      port = 0;
    }
  };
  // runuser does not pass signals on to postgres: pg_ctl stops it by its pid file.
  const halt = async () => {
    if (!child) return;
    if (child.exitCode === null) {
      const { cmd, args } = asPostgres(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w', '-t', '20']);
      spawnSync(cmd, args, { encoding: 'utf8' });
    }
    await exited(child);
    child = undefined;
  };

  await launch();
  // A test run that dies still takes its cluster down with it.
  const onExit = () => {
    if (child?.exitCode !== null) return;
    const { cmd, args } = asPostgres(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate']);
    spawnSync(cmd, args);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    get port() {
      return port;
    },
    dir,
    /** Stops the server (the data stays): to test what the app does without its database. */
    kill: halt,
    /** Starts it again on the same port. */
    restart: launch,
    freeze: (frozen: boolean) => {
      // The postmaster (first line of its pid file) and every backend it started.
      const main = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(main)], { encoding: 'utf8' }).stdout.split(/\s+/).filter(Boolean).map(Number);
      for (const pid of [main, ...children]) process.kill(pid, frozen ? 'SIGSTOP' : 'SIGCONT');
      // runuser stops itself when its child stops (job control): it must go on too, or it
      // never reaps the server when it is stopped later.
      if (!frozen && child?.pid) process.kill(child.pid, 'SIGCONT');
    },
    stop: async () => {
      process.off('exit', onExit);
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
