type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
};

/** A one-line type: string (uuid), "OPEN" | "RESOLVED", array of string, … */
export function typeLabel(schema: JsonSchema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeLabel).join(" | ");
  if (schema.type === "array") return `array of ${schema.items ? typeLabel(schema.items) : "any"}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type ?? "any";
  return schema.format ? `${type} (${schema.format})` : type;
}

function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) parts.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength.toLocaleString("en")} characters`);
  if (schema.minimum !== undefined && schema.minimum > -1e15) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < 1e15) parts.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join("; ");
}

/** An object schema as a table of its fields; unions and intersections as their parts. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  if (schema.allOf) return <>{schema.allOf.map((part, n) => <SchemaView key={n} schema={part} />)}</>;
  const variants = schema.oneOf ?? (schema.properties ? undefined : schema.anyOf);
  if (variants) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-600">One of:</p>
        {variants.map((part, n) => (
          <div key={n} className="border-l-2 border-slate-200 pl-3"><SchemaView schema={part} /></div>
        ))}
      </div>
    );
  }
  if (!schema.properties) return <p className="font-mono text-xs">{typeLabel(schema)}</p>;
  const required = new Set(schema.required ?? []);
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr><th className="py-1 pr-3 font-medium">Field</th><th className="py-1 pr-3 font-medium">Type</th><th className="py-1 font-medium">Notes</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {Object.entries(schema.properties).map(([name, field]) => (
          <tr key={name}>
            <td className="py-1 pr-3 font-mono text-xs">{name}{required.has(name) ? <span className="text-red-700" title="required"> *</span> : null}</td>
            <td className="py-1 pr-3 font-mono text-xs">{typeLabel(field)}</td>
            <td className="py-1 text-slate-700">{[field.description, constraints(field)].filter(Boolean).join(". ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type { JsonSchema };
