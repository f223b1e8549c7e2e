import { either as E } from 'fp-ts';
import { addDays, daysBetween, localDateOf } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import {
  certificateExpiry,
  certificateExpirySource,
  governingRuleSet,
  revocationDeadline,
  ruleSetById,
  ruleSetForFilingOn,
  transitionalExtension,
  type LegalSource,
  type RuleSet,
} from '@ocop/rules';
import {
  annulmentSource,
  fallbackSource,
  recognitionSource,
  upgradeSource,
  validUntil,
  type Certificate,
  type CertificationEvent,
  type CertificationState,
  type StoredOutcome,
} from '@ocop/domain';
import { findingAt, type FindingRule } from '../finding.js';
import { revocationAuthoritySource, revocationDeadlineSource, revocationGroundsSource } from '../sources.js';
import type { CertificateMemory } from './certificate-memory.js';
import type { AuditContext } from './context.js';
import { checkCopy } from './copies.js';
import { describeDifferences, differenceDetails, differences } from './differences.js';

type Data<T extends CertificationEvent['type']> = Extract<CertificationEvent, { type: T }>['data'];

const outcomeText = (o: StoredOutcome): string => {
  switch (o.kind) {
    case 'recognise':
      return `recognise ${o.stars}★ at ${o.level} level`;
    case 'fallback':
      return `fall back to the ${o.to} level for ${o.stars}★`;
    case 'forward':
      return `go on to the ${o.to} level`;
    case 'notCertified':
      return `not certified (${o.stars}★)`;
  }
};

/** Where a revocation's competence comes from under the rule set in force on its day. */
const revocationAuthorityOf = (ruleSet: RuleSet): ReadonlyArray<LegalSource> =>
  ruleSet.id === 'qd26-2026' ? [revocationAuthoritySource] : [ruleSet.revocation.source, ruleSet.recognition.source];

/**
 * Checks a product's certification events: the copies of council results, each recognition against the
 * result it rests on, the competent authority and the transitional deadline, each certificate against its
 * recognition and the 36 months, and what became of certificates: expiry, revocation, annulment.
 */
export const certificationChecks = (memory: CertificateMemory) => {
  const check = (ctx: AuditContext, recorded: RecordedEvent, event: CertificationEvent, before: CertificationState): void => {
    const report = (rule: FindingRule, message: string, sources: ReadonlyArray<LegalSource>, details?: Parameters<typeof findingAt>[4]) =>
      ctx.report(findingAt(recorded, rule, message, sources, details));
    const productId = event.data.productId;
    const known = (id: string): Certificate | undefined => {
      const c = before.certificates.find((x) => x.certificateId === id);
      if (!c) report('CertificateUnknown', `certificate ${id} was never issued to product ${productId}`, [recognitionSource]);
      return c;
    };
    const inForce = (c: Certificate, what: string): boolean => {
      if (c.status === 'valid') return true;
      report('CertificateAlreadyEnded', `certificate ${c.certificateId} is ${what}, but it had already been ${c.status}`, [
        recognitionSource,
      ]);
      return false;
    };

    switch (event.type) {
      case 'CouncilResultRecorded':
        return checkCopy(ctx, recorded, event.data, [
          'productId',
          'ruleSet',
          'kind',
          'filedOn',
          'level',
          'sheet',
          'mean',
          'stars',
          'outcome',
        ]);
      case 'RecognitionDecided':
        return checkRecognition(event.data);
      case 'RecognitionRefused': {
        ctx.count('refusals');
        const d = event.data;
        if (!before.results.some((r) => r.dossierId === d.dossierId))
          report('RecognitionWithoutBasis', `recognition of dossier ${d.dossierId} was refused with no council result recorded on it`, [
            recognitionSource,
          ]);
        if (before.decidedDossiers.includes(d.dossierId))
          report('AlreadyDecided', `dossier ${d.dossierId} had already been decided`, [recognitionSource]);
        return;
      }
      case 'CertificateIssued':
        return checkIssue(event.data);
      case 'CertificateSuperseded': {
        const d = event.data;
        const c = known(d.certificateId);
        if (c) inForce(c, `superseded by ${d.supersededBy}`);
        known(d.supersededBy);
        memory.end(productId, d.certificateId, { on: d.on, how: 'superseded' });
        return;
      }
      case 'ReEvaluationFiled': {
        const c = known(event.data.certificateId);
        if (c) inForce(c, `re-evaluated (dossier ${event.data.dossierId})`);
        return;
      }
      case 'ReEvaluationConcluded':
        known(event.data.previous);
        return;
      case 'CertificateExpired':
        return checkExpiry(event.data);
      case 'ExpiryReminderSent': {
        const c = known(event.data.certificateId);
        if (c) inForce(c, `reminded of its end (${event.data.reason})`);
        return;
      }
      case 'CertificateRevoked':
        return checkRevocation(event.data);
      case 'RecognitionAnnulled': {
        ctx.count('annulments');
        const d = event.data;
        const c = known(d.certificateId);
        if (c && (c.status === 'annulled' || c.status === 'revoked'))
          report(
            'CertificateAlreadyEnded',
            `the recognition behind certificate ${c.certificateId} is annulled, but it had already been ${c.status}`,
            [annulmentSource],
          );
        const ruleSet = ruleSetForFilingOn(d.decision.date);
        if (!ruleSet) report('NoRuleSetInForce', `no rule set was in force on ${d.decision.date}`, [annulmentSource]);
        else if (c && d.decision.signer.level !== ruleSet.recognition.value[c.stars].level)
          report(
            'NotCompetentToAnnul',
            `the recognition of a ${c.stars}★ product is annulled by ${ruleSet.recognition.value[c.stars].title} (${ruleSet.recognition.value[c.stars].level} level) under ${ruleSet.id}; decision ${d.decision.number} of ${d.decision.date} was signed at ${d.decision.signer.level} level`,
            [annulmentSource],
          );
        memory.end(productId, d.certificateId, { on: d.decision.date, how: 'annulled' });
        return;
      }
    }

    function checkRecognition(d: Data<'RecognitionDecided'>): void {
      ctx.count('recognitions');
      const ruleSet = ruleSetById(d.ruleSet);
      const result = [...before.results].reverse().find((r) => r.dossierId === d.dossierId && r.roundId === d.basis.roundId);
      const signer = d.decision.signer;
      const decision = `decision ${d.decision.number} of ${d.decision.date}`;
      if (before.decidedDossiers.includes(d.dossierId))
        report('AlreadyDecided', `dossier ${d.dossierId} had already been decided`, [recognitionSource]);
      if (!result)
        report(
          'RecognitionWithoutBasis',
          `${decision} recognises dossier ${d.dossierId} on a result of round ${d.basis.roundId} that is not recorded for this product`,
          [recognitionSource],
        );
      else {
        const o = result.outcome;
        const leadsHere = (o.kind === 'recognise' && o.level === signer.level) || (o.kind === 'fallback' && o.to === signer.level);
        const ds = differences([
          ['stars', d.stars, result.stars],
          ['ruleSet', d.ruleSet, result.ruleSet],
          ['kind', d.kind, result.kind],
          ['basis.level', d.basis.level, result.level],
          ['basis.mean', d.basis.mean, result.mean],
          ['basis.outcome', d.basis.outcome, o.kind],
        ]);
        if (!leadsHere)
          report(
            'RecognitionWithoutBasis',
            `${decision} recognises ${d.stars}★ at ${signer.level} level, but the council's result is to ${outcomeText(o)}`,
            [o.kind === 'fallback' ? fallbackSource : recognitionSource],
          );
        else if (ds.length > 0)
          report(
            'RecognitionWithoutBasis',
            `${decision} does not repeat the council's result: ${describeDifferences(ds)}`,
            [recognitionSource],
            differenceDetails(ds),
          );
      }
      const competent = ruleSet.recognition.value[d.stars];
      if (signer.level !== competent.level)
        report(
          'NotCompetentAuthority',
          `${d.stars}★ under ${ruleSet.id} is recognised by ${competent.title} (${competent.level} level); ${decision} was signed at ${signer.level} level by ${signer.title}`,
          [result?.outcome.kind === 'fallback' ? fallbackSource : ruleSet.recognition.source],
          { competentLevel: competent.level, signerLevel: signer.level },
        );
      if (result) {
        const governing = governingRuleSet({ kind: result.kind, filedOn: result.filedOn, decidedOn: d.decision.date });
        if (E.isLeft(governing)) {
          const g = governing.left;
          if (g._tag === 'TransitionalDeadlinePassed')
            report(
              'TransitionalDeadlinePassed',
              `dossier ${d.dossierId}, filed on ${g.filedOn} under the 2021–2025 rules, had to be decided by ${g.decideBy}; ${decision} is ${daysBetween(g.decideBy, g.decidedOn)} days late`,
              [g.source],
              { filedOn: g.filedOn, decideBy: g.decideBy, decidedOn: g.decidedOn },
            );
          else if (g._tag === 'DecidedBeforeFiled')
            report('DecidedBeforeFiled', `${decision} precedes the filing of dossier ${d.dossierId} on ${g.filedOn}`, [recognitionSource]);
          else
            report('NoRuleSetInForce', `no rule set accepted dossiers on ${g.filedOn}, when dossier ${d.dossierId} was filed`, [
              ruleSet.inForce.source,
            ]);
        } else if (governing.right.ruleSet.id !== d.ruleSet)
          report(
            'RuleSetNotGoverning',
            `dossier ${d.dossierId} is governed by ${governing.right.ruleSet.id} (${governing.right.reason}); ${decision} applies ${d.ruleSet}`,
            [governing.right.source],
          );
        if (result.kind === 'upgrade') {
          const previous = before.certificates.find((c) => memory.holdsOn(productId, c, d.decision.date));
          if (!previous || previous.stars >= d.stars)
            report(
              'UpgradeNotAchieved',
              `an upgrade must end above the product's current certificate (${previous ? `${previous.stars}★, ${previous.certificateId}` : 'none held'}); ${decision} recognises ${d.stars}★`,
              [upgradeSource],
            );
        }
      }
      memory.recognise(productId, d.dossierId, { stars: d.stars, ruleSet: d.ruleSet, date: d.decision.date, level: signer.level });
    }

    function checkIssue(d: Data<'CertificateIssued'>): void {
      ctx.count('certificates');
      const recognition = memory.recognitionOf(productId, d.dossierId);
      if (!recognition)
        report(
          'CertificateWithoutRecognition',
          `certificate ${d.certificateId} cites dossier ${d.dossierId}, which no recognition of this product decided`,
          [recognitionSource],
        );
      else {
        const ds = differences([
          ['stars', d.stars, recognition.stars],
          ['ruleSet', d.ruleSet, recognition.ruleSet],
          ['issuedOn', d.issuedOn, recognition.date],
        ]);
        if (ds.length > 0)
          report(
            'CertificateWithoutRecognition',
            `certificate ${d.certificateId} does not repeat the recognition of dossier ${d.dossierId}: ${describeDifferences(ds)}`,
            [recognitionSource],
            differenceDetails(ds),
          );
      }
      if (before.certificates.some((c) => c.certificateId === d.certificateId))
        report('DuplicateCertificate', `certificate ${d.certificateId} had already been issued to this product`, [recognitionSource]);
      const ruleSet = ruleSetById(d.ruleSet);
      const expiry = certificateExpiry(ruleSet, d.issuedOn);
      if (d.expiresOn !== expiry)
        report(
          'WrongExpiry',
          `certificate ${d.certificateId}, issued on ${d.issuedOn}, is recorded to expire on ${d.expiresOn}; ${ruleSet.certificateValidityMonths.value} months from its issue end on ${expiry}`,
          certificateExpirySource(ruleSet),
          { issuedOn: d.issuedOn, recorded: d.expiresOn, expected: expiry },
        );
      const competent = ruleSet.recognition.value[d.stars];
      if (d.authority.level !== competent.level)
        report(
          'NotCompetentAuthority',
          `certificate ${d.certificateId} (${d.stars}★ under ${ruleSet.id}) is issued by ${competent.title} (${competent.level} level), not at ${d.authority.level} level`,
          [ruleSet.recognition.source],
        );
    }

    function checkExpiry(d: Data<'CertificateExpired'>): void {
      ctx.count('expiries');
      const c = known(d.certificateId);
      if (!c) return;
      inForce(c, 'recorded expired');
      const last = validUntil(c);
      const extension = c.reEvaluationPending ? transitionalExtension(c.expiresOn) : undefined;
      const sources = [...certificateExpirySource(ruleSetById(c.ruleSet)), ...(extension ? [extension.source] : [])];
      const day = localDateOf(d.at);
      if (day <= last)
        report(
          'ExpiredTooEarly',
          `certificate ${c.certificateId} was recorded expired on ${day}, but it is valid to the end of ${last}${extension ? ' (extended under Art. 12.3 while its re-evaluation is pending)' : ''}`,
          sources,
          { recordedOn: day, lastValidDay: last },
        );
      if (d.lastValidDay !== last)
        report(
          'LastValidDayMisstated',
          `the expiry of certificate ${c.certificateId} states ${d.lastValidDay} as its last valid day; the rules give ${last}`,
          sources,
          {
            recorded: d.lastValidDay,
            expected: last,
          },
        );
      memory.end(productId, c.certificateId, { on: addDays(last, 1), how: 'expired' });
    }

    function checkRevocation(d: Data<'CertificateRevoked'>): void {
      ctx.count('revocations');
      const c = known(d.certificateId);
      if (c) inForce(c, 'revoked');
      const decision = `decision ${d.decision.number} of ${d.decision.date}`;
      const ruleSet = ruleSetForFilingOn(d.decision.date);
      if (!ruleSet) {
        report('NoRuleSetInForce', `no rule set was in force on ${d.decision.date}`, [recognitionSource]);
        return;
      }
      if (c) {
        const competent = ruleSet.recognition.value[c.stars];
        if (d.decision.signer.level !== competent.level)
          report(
            'NotCompetentToRevoke',
            `a ${c.stars}★ certificate is revoked by ${competent.title} (${competent.level} level) under ${ruleSet.id}; ${decision} was signed at ${d.decision.signer.level} level by ${d.decision.signer.title}`,
            revocationAuthorityOf(ruleSet),
            { competentLevel: competent.level, signerLevel: d.decision.signer.level },
          );
      }
      if (d.ruleSet !== ruleSet.id)
        report('RuleSetNotGoverning', `${decision} applies ${d.ruleSet}, but ${ruleSet.id} was in force on its day`, [
          ruleSet.inForce.source,
        ]);
      const allowed = ruleSet.revocation.value.grounds;
      const wrong = d.grounds.filter((g) => !allowed.includes(g));
      if (d.grounds.length === 0 || wrong.length > 0)
        report(
          'RevocationGroundsInvalid',
          d.grounds.length === 0
            ? `${decision} names no ground for revoking`
            : `${decision} rests on grounds ${ruleSet.id} does not have: ${wrong.join(', ')}`,
          [revocationGroundsSource],
        );
      if (d.decision.date < d.finding.on)
        report('DecidedBeforeFinding', `${decision} precedes the finding ${d.finding.reference} of ${d.finding.on} it rests on`, [
          revocationDeadlineSource,
        ]);
      const deadline = revocationDeadline(ruleSet, d.finding.on);
      if (deadline !== undefined && d.decision.date > deadline)
        report(
          'RevocationLate',
          `certificate ${d.certificateId} was revoked by ${decision}, ${daysBetween(d.finding.on, d.decision.date)} days after the finding ${d.finding.reference} of ${d.finding.on} (${d.finding.body}); the revocation was due by ${deadline}`,
          [revocationDeadlineSource],
          { findingOn: d.finding.on, deadline, decidedOn: d.decision.date },
        );
      const within = deadline === undefined || d.decision.date <= deadline;
      const ds = differences([
        ['withinDeadline', d.withinDeadline, within],
        ['deadline', d.deadline, deadline],
      ]);
      if (ds.length > 0)
        report(
          'RevocationDeadlineMisstated',
          `the revocation of ${d.certificateId} misstates its deadline: ${describeDifferences(ds)}`,
          [revocationDeadlineSource],
          differenceDetails(ds),
        );
      memory.end(productId, d.certificateId, { on: d.decision.date, how: 'revoked' });
    }
  };
  return check;
};
