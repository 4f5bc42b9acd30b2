// The store's format (shared/spec/content-format.md) as zod schemas. Data is checked
// here, where it enters; everything past this file works with plain typed objects.
import { z } from 'zod';
import { textFaults } from './unicode';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// ISO 8601 date-time with an explicit offset (or Z): a bare local time is ambiguous.
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const text = z.string().trim().min(1, 'must not be empty');
const dateTime = z
  .string()
  .regex(isoDateTime, 'must be an ISO 8601 date-time with an offset, e.g. 2025-12-19T09:30:00+01:00')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');

/** `/media/x.jpg` (a file under public/) or an https: URL. */
const imageSrc = z
  .string()
  .refine((s) => (s.startsWith('/') && !s.startsWith('//') && !s.includes('..')) || /^https:\/\/[^\s/]+/.test(s), {
    message: 'must be a path under public/ (starting with /) or an https: URL',
  });

/** Refuses a NUL character or a lone surrogate in any string of the value (lib/content/unicode.ts). */
const storableText = (value: unknown, ctx: z.RefinementCtx) => {
  for (const fault of textFaults(value)) ctx.addIssue({ code: 'custom', path: fault.path, message: fault.reason });
};

const dimension = z.number().int('must be a whole number').positive('must be positive').max(10000);

export const imageSchema = z.object({
  src: imageSrc,
  alt: z.string().trim(),
  caption: z.string().trim().optional(),
  credit: z.string().trim().optional(),
  width: dimension,
  height: dimension,
});

export const blockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('paragraph'), text }),
    z.object({ type: z.literal('heading'), text }),
    z.object({ type: z.literal('quote'), text, cite: z.string().trim().optional() }),
    z.object({ type: z.literal('list'), items: z.array(text).min(1, 'needs at least one item'), ordered: z.boolean().optional() }),
    imageSchema.extend({ type: z.literal('image') }),
  ],
  { error: 'unknown block type (expected paragraph, heading, quote, list or image)' },
);

const httpUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'must be an http or https URL' },
);

export const articleSchema = z
  .object({
    id: z.string().max(120, 'must be at most 120 characters').regex(slug, 'must be lower-case ASCII words joined by -'),
    locale: z.enum(['ar', 'en'], { error: 'must be "ar" or "en"' }),
    status: z.enum(['published', 'draft'], { error: 'must be "published" or "draft"' }),
    section: z.string().regex(slug, 'must be a section id'),
    title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
    summary: z.string().trim().optional(),
    publishedAt: dateTime,
    updatedAt: dateTime.optional(),
    byline: z.string().trim().optional(),
    dateline: z.string().trim().optional(),
    image: imageSchema.optional(),
    body: z.array(blockSchema).min(1, 'needs at least one block'),
    tags: z.array(text).optional(),
    seeAlso: z.array(z.string()).optional(),
    source: z.object({ name: text, url: httpUrl }).optional(),
    translationOf: z.string().regex(slug, 'must be an article id').optional(),
  })
  .refine((a) => !a.updatedAt || Date.parse(a.updatedAt) >= Date.parse(a.publishedAt), {
    message: 'must not be before publishedAt',
    path: ['updatedAt'],
  })
  .superRefine(storableText);

export const sectionSchema = z
  .object({
    id: z.string().regex(slug, 'must be lower-case ASCII words joined by -'),
    name: z.object({ ar: text, en: text }),
  })
  .superRefine(storableText);
export const sectionsSchema = z.array(sectionSchema).min(1, 'needs at least one section');

export type ArticleInput = z.infer<typeof articleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ImageData = z.infer<typeof imageSchema>;
export type Section = z.infer<typeof sectionSchema>;
