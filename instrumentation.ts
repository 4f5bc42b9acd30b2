// Loads the content source when the server starts, so the first reader does not wait
// for it (the JSON source also builds its search index and starts following the files).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    try {
      (await import('./lib/content/instance')).warmContentSource();
    } catch (e) {
      // A store the site cannot be served from (no valid sections.json): stop with the reason.
      console.error((e as Error).message);
      process.exit(1);
    }
  }
}
