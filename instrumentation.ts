// When the server starts: stamp every request with its socket's address (read counts
// trust no header by default), drain on SIGTERM/SIGINT (lib/http/drain.ts: before the read
// counts, whose last flush then runs at the signal and at exit), take DATA_DIR for the read counts (a second server on the
// same folder stops here with a clear message), and load the content source, so the first
// reader does not wait for it (the JSON source also builds its search index and the index
// of its pictures, and starts following the files).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    (await import('./lib/http/peer-address')).installPeerStamp();
    (await import('./lib/http/drain')).installDrain();
    const views = (await import('./lib/reads/instance')).getViews();
    if (views.busy) {
      console.error('Refusing to start: the read counts need DATA_DIR to themselves (above).');
      process.exit(1);
    }
    try {
      const content = await import('./lib/content/instance');
      content.warmContentSource();
      // Next takes no request before this returns: wait until the source has answered once
      // (on PostgreSQL, after the pool's connections are open), so that the first readers of
      // a restarted instance queue here rather than time out on a cold pool (5 s, then 503).
      // A database that is away costs at most that timeout; the instance then starts anyway.
      await content
        .getContentSource()
        .health()
        .catch(() => undefined);
    } catch (e) {
      // A store the site cannot be served from (no valid sections.json): stop with the reason.
      console.error((e as Error).message);
      process.exit(1);
    }
  }
}
