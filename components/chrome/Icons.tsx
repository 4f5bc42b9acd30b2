// Small inline icons. Directional ones carry `rtl:-scale-x-100` so they point the
// reading direction's way in Arabic.
type P = { className?: string };
const base = { width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round' as const, strokeLinejoin: 'round' as const, 'aria-hidden': true, focusable: false };

export const SearchIcon = ({ className }: P) => (
  <svg {...base} className={className}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </svg>
);
export const NextIcon = ({ className = '' }: P) => (
  <svg {...base} className={`rtl:-scale-x-100 ${className}`}>
    <path d="m9 6 6 6-6 6" />
  </svg>
);
export const PrevIcon = ({ className = '' }: P) => (
  <svg {...base} className={`rtl:-scale-x-100 ${className}`}>
    <path d="m15 6-6 6 6 6" />
  </svg>
);
export const ExternalIcon = ({ className = '' }: P) => (
  <svg {...base} className={`rtl:-scale-x-100 ${className}`}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </svg>
);
export const ShareIcon = ({ className }: P) => (
  <svg {...base} className={className}>
    <circle cx="18" cy="5" r="3" />
    <circle cx="6" cy="12" r="3" />
    <circle cx="18" cy="19" r="3" />
    <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" />
  </svg>
);
export const LinkIcon = ({ className }: P) => (
  <svg {...base} className={className}>
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </svg>
);
export const RssIcon = ({ className }: P) => (
  <svg {...base} className={className}>
    <path d="M4 11a9 9 0 0 1 9 9M4 4a16 16 0 0 1 16 16" />
    <circle cx="5" cy="19" r="1" />
  </svg>
);
