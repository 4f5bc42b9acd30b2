// Runs the file store's last flush when the process stops. `next start` handles SIGTERM
// and SIGINT itself: it stops accepting requests, lets the ones in flight finish, then
// calls process.exit (lib/http/drain.ts ends kept-alive connections and bounds the wait;
// it installs its handler first, so these hooks never end the process themselves under
// the server). So the hooks run twice: at the signal (the bulk of the counts) and
// on 'exit' (whatever the last requests added), told which it is: only at 'exit' is the
// process surely done. Both are synchronous, as 'exit' requires. Handlers are installed
// once per process, whichever bundle asks first.
const KEY = Symbol.for('sahifa.views.shutdown');
const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** 'signal': the process was asked to stop and may still serve a little; 'exit': it ends now. */
export type ShutdownPhase = 'signal' | 'exit';
type Hook = (phase: ShutdownPhase) => void;
type Holder = { [KEY]?: Set<Hook> };

function runAll(hooks: Set<Hook>, phase: ShutdownPhase): void {
  for (const hook of hooks) {
    try {
      hook(phase);
    } catch (e) {
      console.error('[views] flush at shutdown failed:', e);
    }
  }
}

function install(hooks: Set<Hook>): void {
  process.on('exit', () => runAll(hooks, 'exit'));
  for (const signal of SIGNALS) {
    const onSignal = () => {
      // A listener turns off Node's default "exit on signal". When nobody else (such as
      // Next's server) handles the signal, step aside and let it end the process as usual
      // (a death by signal emits no 'exit': this is the last word).
      const last = process.listenerCount(signal) === 1;
      runAll(hooks, last ? 'exit' : 'signal');
      if (last) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

/** Calls `hook` when the process stops; returns a function that cancels it. */
export function onShutdown(hook: Hook): () => void {
  const g = globalThis as Holder;
  let hooks = g[KEY];
  if (!hooks) {
    hooks = g[KEY] = new Set();
    install(hooks);
  }
  hooks.add(hook);
  return () => hooks.delete(hook);
}
