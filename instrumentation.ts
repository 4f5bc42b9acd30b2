// Loads the content store when the server starts, so the first reader does not wait
// for it, and starts following the files on disk.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getStore } = await import('./lib/content/store');
    getStore();
    // Build the readers' search index now, not on the first search.
    (await import('./lib/search')).getSearchIndex().warm();
  }
}
