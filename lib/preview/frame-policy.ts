// An editor's preview page may be framed by our own pages: the preview panel shows the page
// at phone and desktop widths in frames (components/preview/ReaderViews.tsx). Readers' pages
// stay unframeable (lib/http/csp.ts: frame-ancestors 'none', X-Frame-Options DENY).
import { PAGE_CSP } from '@/lib/http/csp';

export const PREVIEW_PAGE_CSP = PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
export const PREVIEW_FRAME_OPTIONS = 'SAMEORIGIN';
