import type { TrailEntry } from '@ocop/projections';

type Name = TrailEntry extends infer E
  ? E extends { readonly decision: { readonly signer: { readonly name: infer N } } }
    ? N
    : never
  : never;

/** A signer's name as the reader may see it: the name, or that the person was erased. */
const nameOf = (n: Name): string => ('value' in n ? n.value.fullName : 'erased' in n ? '(erased person)' : '(sealed)');

const describe = (e: TrailEntry): string => {
  switch (e.kind) {
    case 'councilResult':
      return `council result, round ${e.roundId} (${e.level}, attempt ${e.attempt}, ${e.mode}): mean ${e.mean} of ${e.members.length} sheets, spread ${e.spread.value}/${e.spread.limit}, quorum ${e.quorum.present}/${e.quorum.required}, band ${e.bandStars}★, minimums ${e.minimumStars}★ → ${e.stars}★, ${e.outcome.kind}${e.outcome.to === null ? '' : ` to ${e.outcome.to}`}`;
    case 'recognition':
      return `recognised ${e.stars}★ (${e.dossierKind}) by decision ${e.decision.number} of ${e.decision.date}, signed by ${nameOf(e.decision.signer.name)}, ${e.decision.signer.title}; basis: round ${e.basis.roundId}, mean ${e.basis.mean}`;
    case 'certificate':
      return `certificate ${e.certificateId} ${e.stars}★ issued ${e.issuedOn}, expires ${e.expiresOn} (${e.authority.title})`;
    case 'refusal':
      return `recognition refused by decision ${e.decision.number} of ${e.decision.date}: ${e.reason}`;
    case 'reEvaluationConcluded':
      return `re-evaluation of ${e.previous} concluded: ${e.outcome}${e.stars === null ? '' : ` at ${e.stars}★`}`;
    case 'superseded':
      return `certificate ${e.certificateId} superseded by ${e.supersededBy} on ${e.supersededOn}`;
    case 'expiry':
      return `certificate ${e.certificateId} expired after ${e.lastValidDay}`;
    case 'revocation':
      return `certificate ${e.certificateId} revoked (${e.grounds.join(', ')}) by decision ${e.decision.number} of ${e.decision.date} on the finding ${e.finding.reference} of ${e.finding.on}; ${e.withinDeadline ? 'within' : 'after'} the time limit`;
    case 'annulment':
      return `recognition of ${e.certificateId} annulled by decision ${e.decision.number}: ${e.reason}`;
  }
};

/** The trail as plain text: one decision a line, oldest first, with its rule set and where it is in the store. */
export const trailText = (title: string, entries: ReadonlyArray<TrailEntry>): string =>
  [title, '', ...entries.map((e) => `${e.on}  ${describe(e)}  [${e.ruleSet ?? 'no rule set'}; event ${e.eventId}]`)].join('\n') + '\n';

/** The trail as Markdown: a table of decisions. */
export const trailMarkdown = (title: string, entries: ReadonlyArray<TrailEntry>): string =>
  [
    `# ${title}`,
    '',
    '| day | decision | rule set | event |',
    '| --- | --- | --- | --- |',
    ...entries.map((e) => `| ${e.on} | ${describe(e).replaceAll('|', '\\|')} | ${e.ruleSet ?? '—'} | \`${e.eventId}\` |`),
  ].join('\n') + '\n';
