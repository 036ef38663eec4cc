// A bar with its percentage beside it, read out to screen readers too; no bar when there is no target.
export function Progress({ done, of }: { done: number; of: number }) {
  const pct = of > 0 ? Math.round((done / of) * 100) : 0;
  return (
    <span>
      <span className="dist-progress" role="img" aria-label={`${pct}%`}><span style={{ width: `${Math.min(100, pct)}%` }} /></span>
      {pct}%
    </span>
  );
}
