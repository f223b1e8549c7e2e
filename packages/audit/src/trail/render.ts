import { cite, type LegalSource } from '@ocop/rules';
import { heading, list, para, renderMarkdown, renderText, table, csvLine, type Block } from '../text/document.js';
import { fill, phrases, type Phrases } from '../text/phrases.js';
import type { CertificateFacts, CriterionLine, DossierFacts, EvaluationFacts, LifeFacts, PersonFacts, StepFacts, Trail } from './model.js';

const cites = (p: Phrases, sources: ReadonlyArray<LegalSource>): string => `[${p.source}: ${sources.map(cite).join('; ')}]`;

/** The name; else the erased marker; else the id, marked when the name is sealed. */
const nameOf = (p: Phrases, person: PersonFacts): string =>
  person.name ?? (person.erased ? p.erased : person.sealed ? `${person.id} ${p.sealed}` : person.id);

const who = (p: Phrases, person: PersonFacts): string => {
  const name = nameOf(p, person);
  return [name, person.position, person.organisation].filter((x) => x !== undefined && x !== '').join(', ');
};

const stepText = (p: Phrases, s: StepFacts): string => {
  const w = p.w;
  const level = s.level ? p.level(s.level) : '';
  const base = ((): string => {
    switch (s.kind) {
      case 'forwarded':
        return fill(w.forwarded, { from: level, to: s.to ? p.level(s.to) : '' });
      case 'intakeComplete':
      case 'supplementRequested':
      case 'advisoryReview':
        return fill(w[s.kind], { level });
      default:
        return w[s.kind];
    }
  })();
  const extra = [
    s.reference,
    s.decision
      ? `${fill(w.decisionRef, { number: s.decision.number, date: p.date(s.decision.date) })}, ${w.signer} ${who(p, s.decision.signer)}`
      : undefined,
    s.text,
  ].filter((x) => x !== undefined && x !== '');
  return `${p.date(s.date)}: ${base}${extra.length ? ` (${extra.join('; ')})` : ''}`;
};

const optionText = (p: Phrases, c: CriterionLine): string => {
  if (c.notAssessed) return `${c.notAssessed.reason === 'knockOut' ? p.w.notAssessedKnockOut : p.w.notApplicable}: ${c.notAssessed.text}`;
  if (c.yesNo) return c.answer === 1 ? p.met : p.notMet;
  return c.label === undefined ? '' : `${c.answer ?? ''}. ${c.label}`;
};

const criterionTitle = (c: CriterionLine): string => (c.parent ? `${c.parent} › ${c.title}` : c.title);

/** What keeps the result below the next star: each criterion, what it requires as printed, how many sheets reach it. */
const blocking = (p: Phrases, e: EvaluationFacts): ReadonlyArray<string> => {
  const next = e.minimums.find((m) => m.stars === e.stars + 1 && !m.met);
  return next
    ? next.missed.map(
        (x) =>
          `${fill(p.w.nextStar, { stars: p.stars(next.stars) })}: ${x.criterion} ${x.title} — ${p.w.requires} «${x.requiredLabel}» (${x.requiredPoints}); ${x.sheetsMeeting}/${e.count} ${p.w.sheetsReach}`,
      )
    : [];
};

const evaluationBlocks = (p: Phrases, e: EvaluationFacts): ReadonlyArray<Block> => {
  const w = p.w;
  const roundName = e.round.number !== undefined ? `${w.round} ${e.round.number}/${e.round.year ?? ''}` : '';
  const outcome = ((): string => {
    const o = e.outcome;
    switch (o.kind) {
      case 'recognise':
        return fill(w.recognise, { authority: o.authority.title, stars: p.stars(o.stars) });
      case 'forward':
        return fill(w.forward, { to: p.level(o.to), stars: p.stars(o.stars) });
      case 'fallback':
        return fill(w.fallback, { to: p.level(o.to), stars: p.stars(o.stars) });
      case 'notCertified':
        return fill(w.notCertified, { stars: p.stars(o.stars) });
    }
  })();
  const q = e.quorum;
  return [
    heading(3, `${fill(w.evaluation, { level: p.level(e.level) })}, ${roundName} (${e.roundId}) — ${w.adoptedOn} ${p.date(e.adoptedOn)}`),
    list([
      `${w.council}${e.council.id ? ` ${e.council.id}` : ''}${e.council.decision ? `, ${w.establishedBy} ${e.council.decision.number} (${p.date(e.council.decision.date)})` : ''}; ${w.chair}: ${who(p, e.chair)}`,
      `${w.mode}: ${p.mode(e.mode)}${e.attempt > 1 ? ` (${e.attempt})` : ''}; ${w.sheet} ${e.sheet.number} «${e.sheet.name}»; ${e.ruleSet}`,
      `${w.quorum}: ${q.present}/${q.eligible}; ${w.quorumRule} ${q.required} (${q.numerator}/${q.denominator}${q.chairRequired ? `, ${w.withChair}` : ''}); ${q.chairPresent ? w.chairScored : w.chairAbsent} ${cites(p, [e.sources.council])}`,
      ...(e.recused.length > 0 ? [`${w.recused}: ${e.recused.map((r) => `${who(p, r.member)} — ${r.reason}`).join('; ')}`] : []),
    ]),
    ...e.sheets.flatMap((s) => [
      para(
        `${w.sheetOf} ${who(p, s.member)}: ${s.total} ${w.points} (A ${s.parts.A}, B ${s.parts.B}, C ${s.parts.C}) → ${p.stars(s.stars)}`,
      ),
      table(
        [w.criterion, w.title2, w.ticked, w.points],
        s.criteria.map((c) => [c.code, criterionTitle(c), optionText(p, c), `${c.points}/${c.max}`]),
      ),
    ]),
    list([
      `${w.spread}: ${e.spread.lowest}–${e.spread.highest} = ${e.spread.value} (${w.limit}: ${e.spread.limit})`,
      `${w.mean}: ${e.sum} / ${e.count} = ${e.mean.toFixed(2)} (${w.meanNote})`,
      `${w.minimums} (${e.minimumsBasis === 'majority' ? w.majority : w.unanimous}): ${e.minimums
        .map((m) => `${p.stars(m.stars)} ${m.met ? w.minimumsMet : `${w.minimumsMissed} (${m.missed.map((x) => x.criterion).join(', ')})`}`)
        .join('; ')}`,
      ...blocking(p, e),
      `${w.band}: ${p.stars(e.bandStars)} (${fill(w.bandFrom, { from: e.bandFrom })}) ${cites(p, [e.sources.bands])}`,
      `${w.result}: ${p.stars(e.stars)} — ${fill(w.resultNote, { band: p.stars(e.bandStars), minimum: e.minimumStars >= 3 ? p.stars(e.minimumStars) : w.belowThree })}`,
      `${w.outcome}: ${outcome} ${cites(p, [e.sources.outcome])}`,
      `${fill(e.recomputed.matches ? w.recomputedOk : w.recomputedBad, { ruleSet: e.ruleSet })}${e.recomputed.matches ? '' : `: ${e.recomputed.differences.join('; ')}`}`,
    ]),
  ];
};

const dossierBlocks = (p: Phrases, d: DossierFacts): ReadonlyArray<Block> => {
  const w = p.w;
  const g = d.governing;
  const why =
    g.case === 'transitional'
      ? fill(w.whyTransitional, { decideBy: g.decideBy ? p.date(g.decideBy) : '' })
      : g.case === 'amended'
        ? w.whyAmended
        : fill(w.whyInForce, { from: p.date(g.inForceFrom) });
  const decision = d.decision;
  return [
    heading(2, `${w.dossier} ${d.id}: ${p.kind(d.kind)} — ${w.filedOn} ${p.date(d.filedOn)}`),
    list([
      `${w.ruleSet}: ${p.lang === 'vi' ? d.ruleSet.title : d.ruleSet.titleEn} (${d.ruleSet.id}); ${w.acts}: ${d.ruleSet.acts.map(cite).join('; ')}`,
      `${w.why}: ${why} ${cites(p, g.sources)}`,
      ...(d.targetStars === undefined ? [] : [`${w.target}: ${p.stars(d.targetStars)}`]),
      ...(d.currentCertificate
        ? [
            `${w.current}: ${d.currentCertificate.certificateId}, ${p.stars(d.currentCertificate.stars)}, ${d.currentCertificate.ruleSet}, ${w.issuedOn} ${p.date(d.currentCertificate.issuedOn)}, ${w.validTo} ${p.date(d.currentCertificate.expiresOn)}`,
          ]
        : []),
    ]),
    ...(d.steps.length > 0 ? [para(`${w.steps}:`), list(d.steps.map((s) => stepText(p, s)))] : []),
    ...d.evaluations.flatMap((e) => evaluationBlocks(p, e)),
    ...(decision
      ? [
          heading(3, w.decision),
          list(
            decision.kind === 'recognised'
              ? [
                  `${fill(w.recognised, { stars: p.stars(decision.stars), number: decision.decision.number, date: p.date(decision.decision.date) })}; ${w.signer}: ${who(p, decision.decision.signer)} (${decision.decision.signer.title}, ${p.level(decision.decision.signer.level)})`,
                  `${fill(w.competent, { ruleSet: decision.ruleSet })}: ${decision.competent.title} (${p.level(decision.competent.level)}) ${cites(p, [decision.source])}`,
                  ...(decision.certificateId ? [`${w.certificate}: ${decision.certificateId}`] : []),
                ]
              : [
                  `${fill(w.refused, { number: decision.decision.number, date: p.date(decision.decision.date) })}; ${w.signer}: ${who(p, decision.decision.signer)}; ${w.reason}: ${decision.reason}`,
                ],
          ),
        ]
      : []),
    para(
      `${w.state}: ${d.state.closedAs ? `${p.stage(d.state.stage)} — ${p.closedAs(d.state.closedAs)}` : `${p.stage(d.state.stage)} (${p.level(d.state.level)})`}`,
    ),
  ];
};

const lifeText = (p: Phrases, l: LifeFacts): string => {
  const w = p.w;
  switch (l.kind) {
    case 'superseded':
      return `${p.date(l.on)}: ${fill(w.superseded, { by: l.by })}`;
    case 'reEvaluationFiled':
      return `${p.date(l.on)}: ${fill(w.reEvaluationFiled, { dossier: l.dossierId })}`;
    case 'reEvaluationConcluded':
      return `${p.date(l.on)}: ${w.reEvaluationConcluded}: ${p.reEvaluationOutcome(l.outcome)}${l.stars === undefined ? '' : ` (${p.stars(l.stars)})`}`;
    case 'expired':
      return `${p.date(l.on)}: ${w.expired}; ${w.lastValidDay} ${p.date(l.lastValidDay)}${l.extended ? ` (${w.extended})` : ''} ${cites(p, [l.source])}`;
    case 'revoked':
      return `${p.date(l.on)}: ${fill(w.revoked, { number: l.decision.number, date: p.date(l.decision.date) })}, ${w.signer} ${who(p, l.decision.signer)} (${l.decision.signer.title}); ${w.grounds}: ${l.grounds
        .map((g) => `Art. 8.1.${g.point} — ${p.lang === 'vi' ? g.vi : g.en}`)
        .join(
          '; ',
        )}; ${w.finding} ${l.finding.reference} (${p.date(l.finding.on)}, ${l.finding.body})${l.deadline ? `; ${w.deadline} ${p.date(l.deadline)}: ${l.withinDeadline ? w.inTime : w.late}` : ''} ${cites(p, l.sources)}`;
    case 'annulled':
      return `${p.date(l.on)}: ${fill(w.annulled, { number: l.decision.number, date: p.date(l.decision.date) })}, ${w.signer} ${who(p, l.decision.signer)}; ${w.reason}: ${l.reason} ${cites(p, [l.source])}`;
  }
};

const certificateBlocks = (p: Phrases, c: CertificateFacts): ReadonlyArray<Block> => [
  heading(3, `${p.w.certificate} ${c.id}: ${p.stars(c.stars)} — ${p.status(c.status)}`),
  list([
    `${p.w.issuedOn} ${p.date(c.issuedOn)} (${c.authority.title}, ${p.level(c.authority.level)}; ${c.ruleSet}), ${p.w.validFor} ${c.validityMonths} ${p.w.months}, ${p.w.validTo} ${p.date(c.expiresOn)} ${cites(p, c.validitySources)}`,
    ...c.life.map((l) => lifeText(p, l)),
  ]),
];

/** The trail as a document: the product, each dossier and its evaluations and decision, the certificates, the integrity. */
const trailBlocks = (trail: Trail): ReadonlyArray<Block> => {
  const p = phrases(trail.lang);
  const w = p.w;
  const pr = trail.product;
  return [
    heading(1, `${w.title}: ${pr ? pr.name : trail.query}`),
    ...(pr
      ? [
          para(
            `${w.product} ${pr.name} (${pr.id}); ${w.sheet} ${pr.sheet.number} «${pr.sheet.name}»${pr.code ? `; ${w.code} ${pr.code}` : ''}${pr.subject ? `; ${w.subject}: ${pr.subject.name} (${p.legalForm(pr.subject.legalForm)})` : ''}`,
          ),
        ]
      : []),
    ...(trail.asOf ? [para(`${w.asOf} ${p.date(trail.asOf)}.`)] : []),
    ...trail.dossiers.flatMap((d) => dossierBlocks(p, d)),
    heading(2, w.certificates),
    ...(trail.certificates.length === 0 ? [para(w.none)] : trail.certificates.flatMap((c) => certificateBlocks(p, c))),
    heading(2, w.integrity),
    para(
      trail.integrity.broken.length === 0
        ? fill(w.integrityOk, { streams: trail.integrity.streams, events: trail.integrity.events })
        : fill(w.integrityBroken, {
            where: trail.integrity.broken.map((b) => `${b.stream} #${b.revision} (${b.eventId}, ${b.reason})`).join('; '),
          }),
    ),
  ];
};

export type TrailFormat = 'text' | 'json' | 'md' | 'csv';

const csvRows = (trail: Trail): ReadonlyArray<string> => {
  const p = phrases(trail.lang);
  const head = csvLine(['date', 'dossier', 'step', 'level', 'member', 'criterion', 'title', 'option', 'points', 'max', 'detail']);
  const rows = trail.dossiers.flatMap((d) => [
    csvLine([d.filedOn, d.id, 'filed', 'commune', '', '', '', '', '', '', `${p.kind(d.kind)}; ${d.ruleSet.id}`]),
    ...d.steps.map((s) => csvLine([s.date, d.id, s.kind, s.level ?? '', '', '', '', '', '', '', stepText(p, s)])),
    ...d.evaluations.flatMap((e) => [
      ...e.sheets.flatMap((s) =>
        s.criteria.map((c) =>
          csvLine([
            e.adoptedOn,
            d.id,
            'sheet',
            e.level,
            nameOf(p, s.member),
            c.code,
            criterionTitle(c),
            optionText(p, c),
            c.points,
            c.max,
            '',
          ]),
        ),
      ),
      csvLine([e.adoptedOn, d.id, 'result', e.level, '', '', '', '', e.mean, '', `${p.stars(e.stars)}; ${e.outcome.kind}; ${e.roundId}`]),
    ]),
    ...(d.decision
      ? [
          csvLine([
            d.decision.decision.date,
            d.id,
            d.decision.kind,
            d.decision.decision.signer.level,
            nameOf(p, d.decision.decision.signer),
            '',
            '',
            '',
            '',
            '',
            `${d.decision.decision.number}; ${d.decision.kind === 'recognised' ? p.stars(d.decision.stars) : d.decision.reason}`,
          ]),
        ]
      : []),
  ]);
  const lifeRows = trail.certificates.flatMap((c) => [
    csvLine([
      c.issuedOn,
      c.dossierId,
      'certificate',
      c.authority.level,
      '',
      '',
      '',
      '',
      '',
      '',
      `${c.id}; ${p.stars(c.stars)}; ${p.w.validTo} ${p.date(c.expiresOn)}`,
    ]),
    ...c.life.map((l) => csvLine([l.on, c.dossierId, l.kind, '', '', '', '', '', '', '', `${c.id}: ${lifeText(p, l)}`])),
  ]);
  return [head, ...rows, ...lifeRows];
};

/** The trail in a format: plain text, Markdown, CSV (one row per step and per criterion of each sheet) or JSON (the facts and the text). */
export const renderTrail = (trail: Trail, format: TrailFormat): string => {
  switch (format) {
    case 'text':
      return renderText(trailBlocks(trail));
    case 'md':
      return renderMarkdown(trailBlocks(trail));
    case 'csv':
      return `${csvRows(trail).join('\n')}\n`;
    case 'json':
      return JSON.stringify({ ...trail, explanation: renderText(trailBlocks(trail)).split('\n') }, null, 2);
  }
};
