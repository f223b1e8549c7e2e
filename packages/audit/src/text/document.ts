/** A small document model, so that one explanation renders as plain text and as Markdown. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'para'; readonly text: string }
  | { readonly kind: 'list'; readonly items: ReadonlyArray<string> }
  | { readonly kind: 'table'; readonly head: ReadonlyArray<string>; readonly rows: ReadonlyArray<ReadonlyArray<string>> };

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const para = (text: string): Block => ({ kind: 'para', text });
export const list = (items: ReadonlyArray<string>): Block => ({ kind: 'list', items });
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): Block => ({ kind: 'table', head, rows });

const width = (s: string): number => [...s.normalize('NFC')].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** Plain text: underlined headings, indented lists, tables with aligned columns. */
export const renderText = (blocks: ReadonlyArray<Block>): string =>
  blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.level === 3 ? `\n▸ ${b.text}` : `\n${b.text}\n${(b.level === 1 ? '═' : '─').repeat(Math.min(100, width(b.text)))}`;
        case 'para':
          return b.text;
        case 'list':
          return b.items.map((i) => `  • ${i}`).join('\n');
        case 'table': {
          const widths = b.head.map((h, i) => Math.max(width(h), ...b.rows.map((r) => Math.min(70, width(r[i] ?? '')))));
          const line = (cells: ReadonlyArray<string>): string =>
            `  ${cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0))).join('  ')}`.trimEnd();
          return `${[line(b.head), ...b.rows.map(line)].join('\n')}\n`;
        }
      }
    })
    .join('\n')
    .trim();

const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Markdown: headings, bullet lists and pipe tables. */
export const renderMarkdown = (blocks: ReadonlyArray<Block>): string =>
  blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${b.text}\n`;
        case 'para':
          return `${b.text}\n`;
        case 'list':
          return `${b.items.map((i) => `- ${i}`).join('\n')}\n`;
        case 'table':
          return `${[
            `| ${b.head.map(cell).join(' | ')} |`,
            `| ${b.head.map(() => '---').join(' | ')} |`,
            ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
          ].join('\n')}\n`;
      }
    })
    .join('\n')
    .trim()
    .concat('\n');

/** One CSV field, quoted when it must be (RFC 4180). */
export const csvField = (s: string | number): string => {
  const t = String(s);
  return /[",\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
};

export const csvLine = (fields: ReadonlyArray<string | number>): string => fields.map(csvField).join(',');
