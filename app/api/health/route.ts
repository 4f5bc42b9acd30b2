import { NextResponse } from 'next/server';
import { getStore } from '@/lib/content/store';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and test runners: the store is loaded and how big it is. */
export function GET() {
  const store = getStore();
  return NextResponse.json({ ok: true, articles: store.all(undefined, { preview: true }).length }, { headers: { 'Cache-Control': 'no-store' } });
}
