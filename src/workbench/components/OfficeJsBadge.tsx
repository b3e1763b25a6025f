// The workbench toolbar's sign that the panel's Excel calls run through Microsoft's Excel client library.
export interface OfficeJsBadgeProps {
  syncs: number;
  unmodelled: readonly string[];
}

export function OfficeJsBadge({ syncs, unmodelled }: OfficeJsBadgeProps) {
  const missing = unmodelled.length > 0 ? `, ${unmodelled.length} not modelled: ${unmodelled.join(", ")}` : "";
  return (
    <span className="wb-officejs" title="The task pane's Excel calls go through Office.js (?officejs=1)" data-syncs={syncs} data-unmodelled={unmodelled.length}>
      Office.js: {syncs} {syncs === 1 ? "sync" : "syncs"}
      {missing}
    </span>
  );
}
