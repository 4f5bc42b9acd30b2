// When the server starts: stamp every request with its socket's address (read counts
// trust no header by default), take DATA_DIR for the read counts (a second server on the
// same folder stops here with a clear message), load the content store and the index of
// its pictures so the first reader does not wait for them, and follow the files on disk.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    (await import('./lib/http/peer-address')).installPeerStamp();
    const views = (await import('./lib/views/instance')).getViews();
    if (views.busy) {
      console.error('Refusing to start: the read counts need DATA_DIR to themselves (above).');
      process.exit(1);
    }
    const { getStore } = await import('./lib/content/store');
    // Which story uses which picture (app/media), so the first picture asked for does not wait.
    (await import('./lib/media/media-index')).mediaIndexFor(getStore()).usersOf('');
    // Build the readers' search index now, not on the first search.
    (await import('./lib/search')).getSearchIndex().warm();
  }
}
