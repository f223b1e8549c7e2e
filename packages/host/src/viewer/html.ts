/** Text made safe for HTML content and attribute values. */
const text = (s: unknown): string =>
  typeof s === 'string'
    ? s
    : typeof s === 'number' || typeof s === 'boolean'
      ? String(s)
      : s === undefined || s === null
        ? ''
        : JSON.stringify(s);

export const escape = (s: unknown): string =>
  text(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** HTML already escaped, to be put in a page as it is. */
export interface Html {
  readonly html: string;
}

/** A template of HTML whose interpolated values are escaped unless they are `Html` (or lists of it). */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<unknown>): Html => ({
  html: strings.reduce((out, s, i) => {
    if (i === 0) return s;
    const v = values[i - 1];
    const shown = Array.isArray(v) ? v.map((x) => (isHtml(x) ? x.html : escape(x))).join('') : isHtml(v) ? v.html : escape(v);
    return out + shown + s;
  }, ''),
});

const isHtml = (v: unknown): v is Html => typeof v === 'object' && v !== null && 'html' in v && typeof v.html === 'string';

/** A field of a JSON answer, for rendering. */
export const field = (value: unknown, ...path: ReadonlyArray<string | number>): unknown => {
  let v = value;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = Object.getOwnPropertyDescriptor(v, k)?.value;
  }
  return v;
};

export const list = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value.map((x: unknown) => x) : []);
