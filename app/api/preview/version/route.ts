// The version of one story's file, for an open preview to notice an edit on disk.
import { NextResponse } from 'next/server';
import { getContentSource } from '@/lib/content/instance';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { jsonError, unavailable } from '@/lib/http/responses';
import { previewActive } from '@/lib/preview/session';

export async function GET(request: Request) {
  return answer(request).catch(unavailable);
}

async function answer(request: Request) {
  if (!(await previewActive())) return jsonError(401, 'preview only');
  const id = new URL(request.url).searchParams.get('id') ?? '';
  const version = await getContentSource().version(id);
  if (!version) return jsonError(404, 'unknown id');
  return NextResponse.json({ version }, { headers: { 'Cache-Control': PRIVATE_NO_STORE } });
}
