import { either as E } from 'fp-ts';
import { cite, findSheet, governingRuleSet, revocationGroundTexts, ruleSetById, type DossierKind } from '@ocop/rules';
import type { LocalDate } from '@ocop/kernel';
import { reveal, type CertificationEvent, type ProductEvent, type RoundEvent } from '@ocop/domain';
import type { EventStore } from '@ocop/eventstore';
import { aggregateOfStream, aggregates } from '@ocop/ledger';

type Adopted = Extract<RoundEvent, { type: 'ResultAdopted' }>['data'];

interface History {
  readonly subjects: Map<string, string>;
  readonly products: Map<string, { readonly name: string; readonly subject: string; readonly sheet: number }>;
  readonly results: Map<string, Adopted>;
  readonly councils: Map<string, string>;
  readonly rounds: Map<string, string>;
  readonly dossiers: Map<
    string,
    { readonly kind: DossierKind; readonly filedOn: LocalDate; readonly ruleSet: string; readonly reason: string }
  >;
  readonly certification: Array<{ readonly productId: string; readonly event: CertificationEvent }>;
}

const collect = async (store: EventStore): Promise<History> => {
  const h: History = {
    subjects: new Map(),
    products: new Map(),
    results: new Map(),
    councils: new Map(),
    rounds: new Map(),
    dossiers: new Map(),
    certification: [],
  };
  for await (const batch of store.readAll()) {
    if (E.isLeft(batch)) throw new Error(`the store could not be read: ${JSON.stringify(batch.left)}`);
    for (const recorded of batch.right) {
      switch (aggregateOfStream(recorded.stream)) {
        case 'subject': {
          const e = aggregates.subject.codec.decode(recorded);
          if (E.isRight(e) && e.right.type === 'SubjectRegistered') h.subjects.set(e.right.data.subjectId, e.right.data.name);
          break;
        }
        case 'product': {
          const e: E.Either<unknown, ProductEvent> = aggregates.product.codec.decode(recorded);
          if (E.isRight(e) && e.right.type === 'ProductRegistered')
            h.products.set(e.right.data.productId, { name: e.right.data.name, subject: e.right.data.subjectId, sheet: e.right.data.sheet });
          break;
        }
        case 'council': {
          const e = aggregates.council.codec.decode(recorded);
          if (E.isRight(e) && e.right.type === 'CouncilEstablished')
            h.councils.set(e.right.data.councilId, `${e.right.data.level} council ${e.right.data.councilId}`);
          break;
        }
        case 'round': {
          const e = aggregates.round.codec.decode(recorded);
          if (E.isRight(e) && e.right.type === 'RoundOpened') h.rounds.set(e.right.data.roundId, e.right.data.councilId);
          if (E.isRight(e) && e.right.type === 'ResultAdopted')
            h.results.set(`${e.right.data.roundId}/${e.right.data.dossierId}`, e.right.data);
          break;
        }
        case 'dossier': {
          const e = aggregates.dossier.codec.decode(recorded);
          if (E.isRight(e) && e.right.type === 'DossierFiled') {
            const d = e.right.data;
            h.dossiers.set(d.dossierId, { kind: d.kind, filedOn: d.filedOn, ruleSet: d.ruleSet, reason: d.governing.reason });
          }
          break;
        }
        case 'certification': {
          const e = aggregates.certification.codec.decode(recorded);
          if (E.isRight(e)) h.certification.push({ productId: e.right.data.productId, event: e.right });
          break;
        }
        default:
          break;
      }
    }
  }
  return h;
};

const stars = (n: number): string => `${n}★`;

const explainResult = (r: Adopted, council: string): ReadonlyArray<string> => {
  const ruleSet = ruleSetById(r.ruleSet);
  const sheet = findSheet(ruleSet.sheets, r.sheet);
  const outcome = r.outcome;
  const outcomeText =
    outcome.kind === 'recognise'
      ? `recognise ${stars(outcome.stars)} at ${outcome.level} level, by ${outcome.authority.title}`
      : outcome.kind === 'forward'
        ? `forward ${stars(outcome.stars)} from the ${outcome.from} to the ${outcome.to} level`
        : outcome.kind === 'fallback'
          ? `fall back to the ${outcome.to} level, which may recognise ${stars(outcome.stars)}`
          : `not certified (${stars(outcome.stars)})`;
  const blocking =
    r.blocking.length > 0
      ? `; ${stars(r.blocking[0]?.forStars ?? 0)} missed on ${r.blocking.map((b) => `${b.criterion} (${b.sheetsMeeting} of ${r.count} sheets reach it)`).join(', ')}`
      : '';
  return [
    `council result (${council}, ${r.mode === 'writtenOpinions' ? 'written opinions' : 'meeting'}), under ${ruleSet.id} on sheet ${r.sheet}${sheet ? ` "${sheet.name}"` : ''}`,
    `  ${r.quorum.present} of ${r.quorum.eligible} members scored (quorum ${r.quorum.required}${r.quorum.chairPresent ? ', chair present' : ''}); totals ${r.spread.lowest}–${r.spread.highest}, spread ${r.spread.value} ≤ ${r.spread.limit}`,
    `  mean ${r.mean.toFixed(2)} → band ${stars(r.bandStars)}; minimum criteria met up to ${r.minimumStars >= 3 ? stars(r.minimumStars) : 'none'}${blocking} → ${stars(r.stars)}`,
    `  outcome: ${outcomeText} [${cite(ruleSet.recognition.source)}]`,
  ];
};

/** Every rating decision of the history, product by product, with what explains it. */
export const explain = async (store: EventStore): Promise<ReadonlyArray<string>> => {
  const h = await collect(store);
  const lines: string[] = [];
  const byProduct = new Map<string, CertificationEvent[]>();
  for (const { productId, event } of h.certification) byProduct.set(productId, [...(byProduct.get(productId) ?? []), event]);
  for (const [productId, product] of h.products) {
    const subject = h.subjects.get(product.subject) ?? product.subject;
    lines.push('', `${product.name} — ${subject} (sheet ${product.sheet})`);
    const events = byProduct.get(productId) ?? [];
    if (events.length === 0) lines.push('  no council result yet');
    for (const e of events) {
      const day = e.data.at.slice(0, 10);
      switch (e.type) {
        case 'CouncilResultRecorded': {
          const r = h.results.get(`${e.data.roundId}/${e.data.dossierId}`);
          const council = h.councils.get(h.rounds.get(e.data.roundId) ?? '') ?? e.data.roundId;
          lines.push(
            ...(r ? explainResult(r, council) : [`council result ${stars(e.data.stars)}`]).map(
              (l, i) => `  ${i === 0 ? day : '          '}  ${l}`,
            ),
          );
          break;
        }
        case 'RecognitionDecided': {
          const name = e.data.decision.signer.name;
          const signer = reveal(name)?.fullName ?? ('erased' in name ? '(erased)' : '(sealed)');
          lines.push(
            `  ${e.data.decision.date}  recognised ${stars(e.data.stars)} by ${e.data.decision.signer.title} (${signer}), decision ${e.data.decision.number}, dossier ${e.data.dossierId} (${e.data.kind})`,
          );
          const dossier = h.dossiers.get(e.data.dossierId);
          // The rules that governed the decision on its day: Art. 12.2's deadline binds only from 22/05/2026.
          const governing = dossier && governingRuleSet({ kind: dossier.kind, filedOn: dossier.filedOn, decidedOn: e.data.decision.date });
          const decideBy = governing && E.isRight(governing) ? governing.right.decideBy : undefined;
          if (dossier)
            lines.push(
              `              dossier filed ${dossier.filedOn} under ${dossier.ruleSet}: ${dossier.reason}${decideBy ? `; to be decided by ${decideBy} (QĐ 26/2026/QĐ-TTg Art. 12.2)` : ''}`,
            );
          break;
        }
        case 'CertificateIssued':
          lines.push(
            `              certificate ${e.data.certificateId}: ${stars(e.data.stars)}, valid ${e.data.issuedOn} to ${e.data.expiresOn} [${cite(ruleSetById(e.data.ruleSet).certificateValidityMonths.source)}]`,
          );
          break;
        case 'CertificateSuperseded':
          lines.push(`              supersedes certificate ${e.data.certificateId}`);
          break;
        case 'ReEvaluationConcluded':
          lines.push(`              re-evaluation: ${e.data.outcome}`);
          break;
        case 'CertificateExpired':
          lines.push(`  ${day}  certificate ${e.data.certificateId} expired: last valid day ${e.data.lastValidDay}`);
          break;
        case 'CertificateRevoked':
          lines.push(
            `  ${e.data.decision.date}  certificate ${e.data.certificateId} revoked by ${e.data.decision.signer.title}, decision ${e.data.decision.number}: ${e.data.grounds.map((g) => `Art. 8.1.${revocationGroundTexts[g].point} ${revocationGroundTexts[g].en}`).join('; ')}`,
            `              on the finding ${e.data.finding.reference} of ${e.data.finding.on} by ${e.data.finding.body}; ${e.data.withinDeadline ? 'within' : 'AFTER'} the deadline${e.data.deadline ? ` of ${e.data.deadline}` : ''}`,
          );
          break;
        case 'RecognitionRefused':
          lines.push(`  ${e.data.decision.date}  recognition refused: ${e.data.reason}`);
          break;
        case 'RecognitionAnnulled':
          lines.push(`  ${e.data.decision.date}  recognition annulled: ${e.data.reason}`);
          break;
        case 'ReEvaluationFiled':
          lines.push(`  ${day}  re-evaluation filed (${e.data.dossierId}) for certificate ${e.data.certificateId}`);
          break;
        case 'ExpiryReminderSent':
          lines.push(
            `  ${day}  reminded: certificate ${e.data.certificateId} expires on ${e.data.expiresOn} (${e.data.reason === 'expiryNotice' ? 'expiry notice' : 're-evaluation window open'})`,
          );
          break;
      }
    }
  }
  return lines;
};
