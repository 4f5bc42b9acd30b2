// Vitest's global setup: refuses SKIP_POSTGRES / SKIP_REDIS in CI (scripts/lib/skips.ts).
import { refusedSkips } from './skips';

export default function setup() {
  const why = refusedSkips();
  if (why) throw new Error(why);
}
