// Reading files from the store: one file in, one article or a list of problems out.
// Nothing here keeps state; store.ts decides what to do with the results.
import fs from 'node:fs';
import path from 'node:path';
import type { ZodError } from 'zod';
import { APP_SEGMENTS } from '@/lib/routes';
import { mediaOf } from '../media';
import { articleSchema, sectionsSchema, type Section } from '../schema';
import type { Article, Problem } from '../types';

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

export const SECTIONS_FILE = 'sections.json';
/** What /api/health says while sections.json is broken and the last valid sections are served. */
export const SECTIONS_STALE = `${SECTIONS_FILE} is invalid: serving the last valid sections`;
export const ARTICLES_DIR = 'articles';
/** A story file larger than this is refused (the largest demo story is under 20 KB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Every *.json entry under articles/ that is not a folder, relative to the store, in path
 * order. Links, pipes and other special files are listed too, so that reading them reports
 * them the same way at start and on every later change.
 */
export function listArticleFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith('.json')) out.push(child);
    }
  };
  walk(ARTICLES_DIR);
  return out.sort(comparePaths);
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function zodProblems(error: ZodError, file: string): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    reason: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    level: 'error' as const,
  }));
}

/**
 * Reads a regular file of at most MAX_FILE_BYTES. It is opened without following a link
 * and without waiting on a pipe, and checked on the open file itself, so what was checked
 * is what is read.
 */
function readJson(root: string, file: string): { value: unknown; bytes: Buffer } | { problem: Problem } {
  const problem = (reason: string) => ({ problem: { file, field: '', reason, level: 'error' as const } });
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.join(root, file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return problem('is not a regular file (a pipe, device or socket): skipped');
    if (st.size > MAX_FILE_BYTES) return problem(`is ${(st.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for a story file: skipped`);
    const bytes = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = fs.readSync(fd, bytes, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeJson(bytes.subarray(0, read), file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return problem('is a symbolic link: skipped (story files must be real files inside the store)');
    return problem(`cannot be read (${code ?? 'error'})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function decodeJson(bytes: Buffer, file: string): { value: unknown; bytes: Buffer } | { problem: Problem } {
  try {
    return { value: JSON.parse(bytes.toString('utf8')), bytes };
  } catch (e) {
    return { problem: { file, field: '', reason: `is not valid JSON: ${(e as Error).message}`, level: 'error' } };
  }
}

export type ParsedArticle = { ok: true; article: Article; bytes?: Buffer } | { ok: false; problems: Problem[] };

/** Checks one file on its own; rules that need the whole store (sections, ids) are the store's. */
export function parseArticle(value: unknown, file: string): ParsedArticle {
  const result = articleSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: zodProblems(result.error, file) };
  const data = result.data;
  const media = mediaOf(data);
  return {
    ok: true,
    article: {
      ...data,
      published: Date.parse(data.publishedAt),
      updated: data.updatedAt ? Date.parse(data.updatedAt) : undefined,
      file,
      ...(media.length ? { media } : {}),
    },
  };
}

export function readArticle(root: string, file: string): ParsedArticle {
  return parseBytes(readJson(root, file), file);
}

function parseBytes(json: { value: unknown; bytes: Buffer } | { problem: Problem }, file: string): ParsedArticle {
  if ('problem' in json) return { ok: false, problems: [json.problem] };
  const parsed = parseArticle(json.value, file);
  return parsed.ok ? { ...parsed, bytes: json.bytes } : parsed;
}

export function readSections(root: string): { sections: Section[]; problems: Problem[] } {
  const json = readJson(root, SECTIONS_FILE);
  if ('problem' in json) return { sections: [], problems: [json.problem] };
  const result = sectionsSchema.safeParse(json.value);
  if (!result.success) return { sections: [], problems: zodProblems(result.error, SECTIONS_FILE) };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const sections = result.data.filter((s, i) => {
    // /{locale}/lite, /{locale}/search… are pages of the site: a section there could never be reached.
    if ((APP_SEGMENTS as readonly string[]).includes(s.id)) {
      problems.push({ file: SECTIONS_FILE, field: `${i}.id`, reason: `"${s.id}" is the name of a page of the site (${APP_SEGMENTS.join(', ')}), not free for a section`, level: 'error' });
      return false;
    }
    if (seen.has(s.id)) {
      problems.push({ file: SECTIONS_FILE, field: `${i}.id`, reason: `repeats the section id "${s.id}"`, level: 'error' });
      return false;
    }
    seen.add(s.id);
    return true;
  });
  return { sections, problems };
}
