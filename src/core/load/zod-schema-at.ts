import type { z } from 'zod';

/** The parts of a zod 4 schema definition that the error messages need. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly format?: string;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips optional, default, pipe and similar wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The schema at a path of keys and indexes inside `root`, or null when the path leaves it. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | null = root;
  for (const segment of path) {
    if (current === null) return null;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && typeof segment === 'string')
      current = def.shape?.[segment] ?? null;
    else if (def.type === 'array') current = def.element ?? null;
    else if (def.type === 'record') current = def.valueType ?? null;
    else return null;
  }
  return current;
}

/** The field names an object schema allows, or [] when it is not an object. */
export function fieldsOf(schema: z.ZodType | null): string[] {
  if (schema === null) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape !== undefined
    ? Object.keys(def.shape).filter((k) => k !== '$schema')
    : [];
}

/** The description a schema carries in its metadata (mirrored into the JSON Schema). */
export function describe(schema: z.ZodType | null): string | undefined {
  if (schema === null) return undefined;
  let current: z.ZodType = schema;
  for (let i = 0; i < 20; i++) {
    const meta = current.meta() as { description?: string } | undefined;
    if (meta?.description !== undefined) return meta.description;
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

/** True when the schema takes whole numbers only. */
export function isInteger(schema: z.ZodType | null): boolean {
  return schema !== null && defOf(unwrap(schema)).format === 'safeint';
}
