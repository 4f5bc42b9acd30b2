import { NextResponse } from 'next/server';
import { getContentSource } from '@/lib/content/instance';
import { NO_STORE } from '@/lib/http/cache';
import { receivedWhileDraining } from '@/lib/http/drain';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and test runners: the content source answers, and the process is not stopping. */
export async function GET(request: Request) {
  const down = { status: 503, headers: { 'Cache-Control': NO_STORE, 'Retry-After': '5' } };
  if (receivedWhileDraining(request.headers)) return NextResponse.json({ ok: false, draining: true }, down);
  const health = await getContentSource().health();
  return NextResponse.json(health, health.ok ? { headers: { 'Cache-Control': NO_STORE } } : down);
}
