/**
 * The canonical JSON of a value, the input of event hashes: object keys sorted (by UTF-16 code units) at
 * every depth, no white space, bigints as decimal strings, fields that are `undefined` left out (as JSON
 * does). Strings are kept exactly as given: no Unicode normalisation, so "Gạo" written precomposed and
 * written with combining marks hash differently, as they are different text.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
      return JSON.stringify(value);
    case 'bigint':
      return `"${value.toString()}"`;
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      // A non-null, non-array object: its own enumerable keys are its JSON fields.
      const record = value as Readonly<Record<string, unknown>>;
      const parts: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const v = record[key];
        if (v !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
};
