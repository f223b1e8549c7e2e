// Renders docs/domain.md, the catalogue of the domain's events and commands, from the codecs (fields, types,
// versions, personal data) and from catalogue.ts (meanings, roles, refusals and their sources), so that the
// document cannot drift from the code: catalogue.test.ts compares the committed file with this rendering.
//
//   pnpm --filter @ocop/domain exec node --conditions=source --import tsx scripts/write-domain-doc.ts
import { cite, type LegalSource } from '@ocop/rules';
import { CouncilEstablishedV1, RoleCodec } from '../src/index.js';
import { aggregates, reactions, type AggregateEntry, type CommandEntry, type SchemaEntry } from './catalogue.js';
import { describeCodec, describeCommand, type CodecNode, type Field } from './codec-tree.js';

const row = (cells: ReadonlyArray<string | number>): string =>
  `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const code = (s: string): string => `\`${s}\``;
const src = (s: LegalSource | undefined): string => (s ? cite(s) + (s.note ? ` — ${s.note}` : '') : '—');

/** What the refined and opaque types are; every one the codecs use must be here. */
const values: Readonly<Record<string, string>> = {
  LocalDate: 'a calendar date in Vietnam, `YYYY-MM-DD`',
  Instant: 'a moment, ISO 8601 in UTC with milliseconds, e.g. `2026-05-22T03:00:00.000Z`',
  NonEmptyString: 'text with at least one character that is not white space',
  SubjectId: 'an id chosen by the caller: letters, digits and `._:~-`, at most 128 characters',
  ProductId: 'an id chosen by the caller (as SubjectId)',
  DossierId: 'an id chosen by the caller (as SubjectId)',
  CouncilId: 'an id chosen by the caller (as SubjectId)',
  RoundId: 'an id chosen by the caller (as SubjectId)',
  CertificateId: 'an id chosen by the caller (as SubjectId)',
  PersonId: 'the id of a person whose data is personal (as SubjectId); it also keys the person’s encryption',
  '2-digit code': 'a province code (QĐ 124/2004, QĐ 19/2025)',
  '3-digit code': 'a district code, for facts recorded before districts were abolished on 01/07/2025',
  '5-digit code': 'a commune code',
  'sha256 hex': 'the SHA-256 of a document, 64 lower-case hexadecimal digits',
  SheetNumber: 'a scoring sheet, a whole number from 1 to 26 (QĐ 26/2026 Annex I)',
  ProductCode:
    'a product code, province-commune-serial-year or (before July 2025) province-district-commune-serial-year, read by `parseProductCode` of @ocop/rules',
};

/** Where named objects were first met, to tell apart two shapes of one name. */
interface Catalogued {
  readonly node: Extract<CodecNode, { kind: 'object' }>;
  readonly aggregates: ReadonlyArray<string>;
}

const signature = (node: CodecNode): string => JSON.stringify(node);

const collect = (
  node: CodecNode,
  aggregate: string,
  into: Map<string, { node: Catalogued['node']; aggregates: string[] }>,
  root = false,
): void => {
  switch (node.kind) {
    case 'object': {
      if (!root) {
        const key = signature(node);
        const seen = into.get(key);
        if (!seen) into.set(key, { node, aggregates: [aggregate] });
        else if (!seen.aggregates.includes(aggregate)) seen.aggregates.push(aggregate);
      }
      for (const f of [...node.required, ...node.optional]) collect(f.node, aggregate, into);
      return;
    }
    case 'array':
      return collect(node.of, aggregate, into);
    case 'record':
      return collect(node.value, aggregate, into);
    case 'union':
      for (const m of node.members) collect(m, aggregate, into);
      return;
    case 'personal':
    case 'refinement':
      return collect(node.of, aggregate, into);
    case 'literal':
    case 'keyof':
    case 'primitive':
    case 'opaque':
      return;
  }
};

const eventNodes = (a: AggregateEntry): ReadonlyArray<readonly [SchemaEntry, CodecNode]> =>
  a.events.map((e) => [e, describeCodec(e.codec)]);
const commandNodes = (a: AggregateEntry): ReadonlyArray<readonly [CommandEntry, CodecNode]> =>
  a.commands.map((c) => [c, describeCommand(c.codec)]);

/** The named objects of every event and command, each shape once, with the aggregates that use it. */
const catalogueTypes = (): ReadonlyArray<Catalogued> => {
  const found = new Map<string, { node: Catalogued['node']; aggregates: string[] }>();
  for (const a of aggregates) {
    for (const [, node] of [...eventNodes(a), ...commandNodes(a)]) collect(node, a.name, found, true);
  }
  collect(describeCodec(CouncilEstablishedV1), 'Council', found, true);
  return [...found.values()].sort(
    (x, y) => x.node.name.localeCompare(y.node.name) || x.aggregates.join().localeCompare(y.aggregates.join()),
  );
};

/** The name shown for each shape: its own, or qualified by where it is used when two shapes share a name. */
const displayNames = (types: ReadonlyArray<Catalogued>): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const t of types) {
    const sameName = types.filter((u) => u.node.name === t.node.name);
    const display = sameName.length === 1 ? t.node.name : `${t.node.name} (${t.aggregates.join(', ')})`;
    if ([...names.values()].includes(display)) throw new Error(`two shapes of ${t.node.name} are used by ${t.aggregates.join(', ')}`);
    names.set(signature(t.node), display);
  }
  return names;
};

const typeText = (node: CodecNode, names: ReadonlyMap<string, string>): string => {
  switch (node.kind) {
    case 'object':
      return names.get(signature(node)) ?? node.name;
    case 'array':
      return `${typeText(node.of, names)}[]`;
    case 'record':
      return `Record<${typeText(node.key, names)}, ${typeText(node.value, names)}>`;
    case 'union':
      return node.members.map((m) => typeText(m, names)).join(' | ');
    case 'personal':
      return `${node.sensitive ? 'sensitive' : 'personal'}(${typeText(node.of, names)})`;
    case 'literal':
      return JSON.stringify(node.value);
    case 'keyof':
      return node.keys.map((k) => JSON.stringify(k)).join(' | ');
    case 'primitive':
      return node.name;
    case 'refinement':
    case 'opaque':
      if (values[node.name] === undefined) throw new Error(`no description of the value type ${node.name}`);
      return node.name;
  }
};

interface PersonalPath {
  readonly path: string;
  readonly sensitive: boolean;
}

/** The paths, inside a value, of the personal values it holds (`members[].name`). */
const personalPaths = (node: CodecNode, prefix: string): ReadonlyArray<PersonalPath> => {
  switch (node.kind) {
    case 'personal':
      return [{ path: prefix, sensitive: node.sensitive }];
    case 'object':
      return [...node.required, ...node.optional].flatMap((f) => personalPaths(f.node, prefix === '' ? f.name : `${prefix}.${f.name}`));
    case 'array':
      return personalPaths(node.of, `${prefix}[]`);
    case 'record':
      return personalPaths(node.value, `${prefix}[…]`);
    case 'union': {
      const all = node.members.flatMap((m) => personalPaths(m, prefix));
      return all.filter((p, i) => all.findIndex((q) => q.path === p.path) === i);
    }
    case 'refinement':
    case 'literal':
    case 'keyof':
    case 'primitive':
    case 'opaque':
      return [];
  }
};

const personalText = (f: Field): string => {
  if (f.node.kind === 'personal') return f.node.sensitive ? '**sensitive**' : '**personal**';
  const inside = personalPaths(f.node, '');
  const list = (sensitive: boolean): string =>
    inside
      .filter((p) => p.sensitive === sensitive)
      .map((p) => code(`${f.name}${p.path.startsWith('[') ? '' : '.'}${p.path}`))
      .join(', ');
  return [list(false) && `personal: ${list(false)}`, list(true) && `sensitive: ${list(true)}`].filter((s) => s !== '').join('; ');
};

const fieldsTable = (node: CodecNode, names: ReadonlyMap<string, string>): string => {
  if (node.kind !== 'object') throw new Error('not an object');
  const rows = [
    ...node.required.map((f) => [code(f.name), code(typeText(f.node, names)), 'yes', personalText(f)]),
    ...node.optional.map((f) => [code(f.name), code(typeText(f.node, names)), 'no', personalText(f)]),
  ];
  return rows.length === 0 ? '_No fields._' : table(['Field', 'Type', 'Required', 'Personal data'], rows);
};

const rolesText = (roles: ReadonlyArray<string>): string => roles.map(code).join(', ');

const eventSection = (a: AggregateEntry, schema: SchemaEntry, node: CodecNode, names: ReadonlyMap<string, string>): string => {
  const meaning = a.meanings[schema.type];
  if (meaning === undefined) throw new Error(`no meaning for ${schema.type}`);
  const causes = a.commands.filter((c) => c.emits.includes(schema.type));
  if (causes.length === 0) throw new Error(`no command causes ${schema.type}`);
  const lines = [
    `#### ${code(schema.type)} — version ${schema.version}`,
    '',
    meaning,
    '',
    `Caused by: ${causes.map((c) => `${code(c.codec.name)} (${rolesText(c.roles)})`).join('; ')}.`,
    '',
    fieldsTable(node, names),
  ];
  if (schema.type === 'CouncilEstablished')
    lines.push(
      '',
      'Version 1, still read (never rewritten): the upcaster moves `quorum` (with `chairRequired: true`) and `spreadLimit` into `rules`, with `minimumsBasis: "majority"` and `writtenOpinionsForReEvaluation: true`; a bad field of version 1 is refused by its version-2 path (e.g. `rules.spreadLimit`).',
      '',
      fieldsTable(describeCodec(CouncilEstablishedV1), names),
    );
  return lines.join('\n');
};

const commandSection = (command: CommandEntry, node: CodecNode, names: ReadonlyMap<string, string>): string =>
  [
    `#### ${code(command.codec.name)}`,
    '',
    `${command.does} Sent by: ${rolesText(command.roles)}. Gives: ${command.emits.map(code).join(', ')}.`,
    '',
    fieldsTable(node, names),
    '',
    'Refused when:',
    '',
    table(
      ['Rule', 'Kind', 'When', 'Source'],
      command.refusals.map((r) => [code(r.rule), r.kind, r.when, src(r.source)]),
    ),
  ].join('\n');

const aggregateSection = (a: AggregateEntry, names: ReadonlyMap<string, string>): string =>
  [
    `## ${a.name}`,
    '',
    a.about,
    '',
    `Stream: ${code(a.stream)}, e.g. ${code(a.streamExample)}.`,
    '',
    '### Events',
    '',
    eventNodes(a)
      .map(([schema, node]) => eventSection(a, schema, node, names))
      .join('\n\n'),
    '',
    '### Commands',
    '',
    commandNodes(a)
      .map(([command, node]) => commandSection(command, node, names))
      .join('\n\n'),
  ].join('\n');

export const renderDomainDoc = (): string => {
  const types = catalogueTypes();
  const names = displayNames(types);
  const sections = [
    '# The OCOP domain: events and commands',
    '',
    '<!-- Generated from the codecs of @ocop/domain and packages/domain/scripts/catalogue.ts; do not edit. Run',
    '     `pnpm --filter @ocop/domain exec node --conditions=source --import tsx scripts/write-domain-doc.ts`',
    '     after a change: packages/domain/test/catalogue.test.ts fails while this file differs from the rendering. -->',
    '',
    '## How to read this catalogue',
    '',
    '- Each aggregate is a decider over one stream: a command is decided on the state folded from the stream’s events, and either gives new events or is refused.',
    '- Events are stored as `{ type, schemaVersion, data }` with JSON data. An event is never rewritten: an older version is read through the upcasters of its type, into the current version listed here.',
    '- Every command and event carries `at` (business time, an `Instant`) and `by` (an `Actor`: account id, role and organisation; never a name).',
    '- Personal data (Law on Personal Data Protection): a field typed `personal(T)` holds a value of `T` tagged with the person it belongs to (`$personal`), which the privacy layer encrypts with a key of that one person and may erase; `sensitive(T)` is the special category (gender, ethnicity, disability, asked by criterion 3.2 of the sheets), shown only to roles that need it. The column “Personal data” names such fields, and the personal fields inside a field.',
    '- A refusal is a `DomainError` `{ kind, rule, message, source?, details? }`. `kind` tells an interface how to answer: `conflict` (the state does not allow it now, HTTP 409), `invalid` (the request breaks a rule, 422), `forbidden` (this actor may not do it, 403), `notFound` (404). Malformed input never reaches a decider: the codecs refuse it, naming each field at fault.',
    `- Roles: ${Object.keys(RoleCodec.keys).map(code).join(', ')}. The deciders check the level of a signer and who chairs a council, not roles; the roles given for each command are those expected to send it [inference], for hosts to map their users.`,
    '- Sources are cited as the act, its date and the article; `[inference]` marks the project’s reading where no text says it, `[secondary]` a rule read in a summary of the act.',
    '',
    '## Aggregates',
    '',
    table(
      ['Aggregate', 'Stream', 'Events', 'Commands'],
      aggregates.map((a) => [
        a.name,
        code(a.stream),
        a.events.map((e) => code(e.type)).join(', '),
        a.commands.map((c) => code(c.codec.name)).join(', '),
      ]),
    ),
    '',
    ...aggregates.flatMap((a) => [aggregateSection(a, names), '']),
    '## Process reactions',
    '',
    'The process managers of `src/process` answer stored events with commands, acting as the `system` actor. Each command id is derived from what caused it (the stored event’s id; for expiries, the certificate and the day), so that a replay asks for nothing twice.',
    '',
    table(
      ['Reaction', 'On', 'Asks for', 'Command id'],
      reactions.map((x) => [code(x.name), x.on, x.asks, code(x.id)]),
    ),
    '',
    '## Types',
    '',
    '### Objects',
    '',
    'Every object is strict: a field it does not declare is refused, by name.',
    '',
    ...types.flatMap((t) => [
      `#### ${code(names.get(signature(t.node)) ?? t.node.name)}`,
      '',
      `Used by: ${t.aggregates.join(', ')}.`,
      '',
      fieldsTable(t.node, names),
      '',
    ]),
    '### Values',
    '',
    table(
      ['Type', 'What it is'],
      Object.entries(values).map(([name, what]) => [code(name), what]),
    ),
    '',
  ];
  return sections.join('\n');
};
