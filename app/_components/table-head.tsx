// The header row every list table shares, so that tables look alike and keep their column scopes.
export interface TableColumn {
  label: string;
  /** Numbers are right-aligned, as in a spreadsheet. */
  numeric?: boolean;
  className?: string;
}

export function TableHead({ columns, compact = false, sticky = false }: { columns: readonly (TableColumn | string)[]; compact?: boolean; sticky?: boolean }) {
  const padding = compact ? "px-3 py-2" : "px-4 py-3";
  return (
    <thead className={`${sticky ? "sticky top-0 " : ""}border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase`}>
      <tr>
        {columns.map((column) => {
          const { label, numeric, className } = typeof column === "string" ? { label: column, numeric: false, className: undefined } : column;
          return (
            <th key={label} scope="col" className={[padding, numeric ? "text-right" : "", "font-medium", className ?? ""].filter(Boolean).join(" ")}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
