/** Marks a story readers cannot see yet ("Draft", "Scheduled for …"). Only preview has one. */
export function StatusBadge({ badge }: { badge?: string }) {
  if (!badge) return null;
  return (
    <span className="me-2 inline-block rounded bg-banner px-2 text-sm font-bold text-ink" data-testid="status-badge">
      {badge}
    </span>
  );
}
