// npm run content:check [DIR]: every problem in a store (default CONTENT_DIR or content/),
// one a line: path, field, reason. Exits 1 when there is an error (warnings alone: 0).
import path from 'node:path';
import { checkStore } from '../lib/content/check';
import { contentDir } from '../lib/content/files/read';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
const problems = checkStore(dir);
for (const p of problems) console.log(`${p.level === 'error' ? 'error  ' : 'warning'} ${p.file}${p.field ? `  ${p.field}` : ''}: ${p.reason}`);
const errors = problems.filter((p) => p.level === 'error').length;
console.log(`${dir}: ${errors} error(s), ${problems.length - errors} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
