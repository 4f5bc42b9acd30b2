import { NextResponse } from 'next/server';
import { isContentUnavailable } from '@/lib/content/unavailable';
import { NO_STORE } from './cache';

/** A short JSON error for an API client; never a stack trace. */
export function jsonError(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: { 'Cache-Control': NO_STORE } });
}

/** 503 when the content database cannot answer (the client may retry); any other error goes on. */
export function unavailable(e: unknown): NextResponse {
  if (!isContentUnavailable(e)) throw e;
  const res = jsonError(503, 'content temporarily unavailable');
  res.headers.set('Retry-After', '5');
  return res;
}
