// Loads the content source when the server starts, so the first reader does not wait
// for it (the JSON source also builds its search index and starts following the files).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    (await import('./lib/content/instance')).warmContentSource();
  }
}
