// In a group of its own so its loading skeleton (a Suspense boundary) wraps only the register:
// pages below /vendors must send their 403/404 status before streaming.
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" role="status" aria-label="Loading">
      <div className="h-8 w-48 rounded bg-muted" />
      <div className="h-4 w-96 rounded bg-muted" />
      <div className="h-9 w-full max-w-3xl rounded bg-muted" />
      <div className="space-y-2 rounded-lg border bg-card p-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-8 rounded bg-muted/70" />
        ))}
      </div>
    </div>
  );
}
