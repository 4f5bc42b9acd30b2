// What a story's picture must be before anyone serves it, the same on every backend: the
// files route checks it when it opens a file (media-file.ts), content:check and the
// PostgreSQL sync report a file that fails it (path and reason) and leave it out.
import path from 'node:path';

/** A picture over this is refused: far more than a newsroom photo needs, and it would sit in every instance's memory while sent. */
export const MEDIA_MAX_BYTES = 20 * 1024 * 1024;

/** How many first bytes say what a file is (WebP's and AVIF's signatures end at byte 12). */
export const SNIFF_BYTES = 12;

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/** The Content-Type of a picture by its name's extension; undefined for a type we never serve (SVG could carry script). */
export const mediaType = (rel: string): string | undefined => TYPES[path.extname(rel).toLowerCase()];

/** A relative path we would ever serve: plain segments, no dot-segments, no backslashes. */
export function isMediaPath(rel: string): boolean {
  return rel.length <= 300 && rel.split('/').every((seg) => /^[\p{L}\p{N}_.\- ]+$/u.test(seg) && seg !== '.' && seg !== '..');
}

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** Whether a file's first bytes are those of the type its name says. */
export function sniffs(type: string, head: Uint8Array): boolean {
  switch (type) {
    case 'image/jpeg':
      return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    case 'image/png':
      return head[0] === 0x89 && ascii(head, 1, 4) === 'PNG';
    case 'image/gif':
      return ascii(head, 0, 4) === 'GIF8';
    case 'image/webp':
      return ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP';
    case 'image/avif':
      return ascii(head, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(head, 8, 12));
    default:
      return false;
  }
}

const NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/gif': 'GIF', 'image/webp': 'WebP', 'image/avif': 'AVIF' };

/** Why the name `rel` cannot be served, or undefined when it can. */
export function nameProblem(rel: string): string | undefined {
  if (!isMediaPath(rel)) return 'has a name outside the allowed characters (letters, digits, space, "_", "." and "-" in each folder and file name): left out';
  if (!mediaType(rel)) return `is not a picture type that is served (${Object.keys(TYPES).join(', ')}): left out`;
  return undefined;
}

/** Why a file of this name, size and first bytes cannot be served, or undefined when it can. */
export function contentProblem(rel: string, size: number, head: Uint8Array): string | undefined {
  const type = mediaType(rel);
  if (!type) return nameProblem(rel);
  if (size > MEDIA_MAX_BYTES) return `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MEDIA_MAX_BYTES / 1024 / 1024} MB limit for a picture: left out`;
  if (!sniffs(type, head)) return `is not a ${NAMES[type]} image, as its extension says (its first bytes are not a ${NAMES[type]} file's): left out`;
  return undefined;
}
