import { NextResponse } from 'next/server';
import { getContentSource } from '@/lib/content/instance';
import { NO_STORE } from '@/lib/http/cache';

export const dynamic = 'force-dynamic';

/** Liveness for load balancers and test runners: the content source answers. */
export async function GET() {
  const health = await getContentSource().health();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': NO_STORE } });
}
