import { NextResponse } from 'next/server';
import { NO_STORE } from './cache';

/** A short JSON error for an API client; never a stack trace. */
export function jsonError(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: { 'Cache-Control': NO_STORE } });
}
