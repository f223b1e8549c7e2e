import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import { governingRuleSet, reEvaluationWindow, ruleSetById, transitionalExtension, type LegalSource } from '@ocop/rules';
import {
  inference,
  reEvaluationSource,
  upgradeSource,
  type CertificateSnapshot,
  type CertificationState,
  type DossierEvent,
} from '@ocop/domain';
import { findingAt, type FindingRule } from '../finding.js';
import { reEvaluationWindowSource, transitionalCertificateSource } from '../sources.js';
import type { CertificateMemory } from './certificate-memory.js';
import type { AuditContext } from './context.js';
import { checkCopy } from './copies.js';
import { describeDifferences, differenceDetails, differences } from './differences.js';

type Filed = Extract<DossierEvent, { type: 'DossierFiled' }>['data'];

const firstEvaluationSource = inference('Art. 6.1', 'a first evaluation is for a product without a current certificate');
const olderReEvaluationSource = inference('Art. 7.6', 'under the older acts a re-evaluation is filed before the certificate expires');

/**
 * Checks dossiers: the rule set pinned at filing, the product's current certificate as the filer stated it
 * against the certification history, the re-evaluation window, and the copies of council results.
 */
export const dossierChecks = (memory: CertificateMemory, certificationOf: (productId: string) => CertificationState) => {
  const checkFiling = (
    ctx: AuditContext,
    report: (rule: FindingRule, message: string, sources: ReadonlyArray<LegalSource>, details?: Parameters<typeof findingAt>[4]) => void,
    d: Filed,
  ): void => {
    ctx.count('filings');
    const governing = governingRuleSet({ kind: d.kind, filedOn: d.filedOn });
    if (E.isLeft(governing))
      report('NoRuleSetInForce', `no rule set accepted dossiers on ${d.filedOn}`, [ruleSetById(d.ruleSet).inForce.source]);
    else {
      const g = governing.right;
      const ds = differences([
        ['ruleSet', d.ruleSet, g.ruleSet.id],
        ['decideBy', d.governing.decideBy, g.decideBy],
      ]);
      if (ds.length > 0)
        report(
          'RuleSetNotGoverning',
          `dossier ${d.dossierId}, filed on ${d.filedOn}, is pinned to other rules than govern it: ${describeDifferences(ds)}`,
          [g.source],
          differenceDetails(ds),
        );
    }

    const history = certificationOf(d.productId);
    const sourceOfKind = d.kind === 'first' ? firstEvaluationSource : d.kind === 'upgrade' ? upgradeSource : reEvaluationSource;
    const snapshot: CertificateSnapshot | undefined = d.currentCertificate;
    const holding = history.certificates.find((c) => memory.holdsOn(d.productId, c, d.filedOn));
    let expiresOn: LocalDate | undefined = snapshot?.expiresOn;
    if (snapshot) {
      const c = history.certificates.find((x) => x.certificateId === snapshot.certificateId);
      if (!c)
        report(
          'CertificateSnapshotMismatch',
          `dossier ${d.dossierId} states certificate ${snapshot.certificateId}, which was never issued to product ${d.productId}`,
          [sourceOfKind],
        );
      else {
        expiresOn = c.expiresOn;
        const ending = memory.endingOf(d.productId, c.certificateId);
        const ds = differences([
          ['stars', snapshot.stars, c.stars],
          ['ruleSet', snapshot.ruleSet, c.ruleSet],
          ['issuedOn', snapshot.issuedOn, c.issuedOn],
          ['expiresOn', snapshot.expiresOn, c.expiresOn],
        ]);
        if (ds.length > 0)
          report(
            'CertificateSnapshotMismatch',
            `dossier ${d.dossierId} states certificate ${c.certificateId} otherwise than it was issued: ${describeDifferences(ds)}`,
            [sourceOfKind],
            differenceDetails(ds),
          );
        if (d.kind !== 'first' && ending && ending.on <= d.filedOn)
          report(
            'CertificateSnapshotMismatch',
            `dossier ${d.dossierId} rests on certificate ${c.certificateId}, which was ${ending.how} on ${ending.on}, before the filing on ${d.filedOn}`,
            [sourceOfKind],
          );
        else if (d.kind === 'upgrade' && holding?.certificateId !== c.certificateId)
          report(
            'CertificateSnapshotMismatch',
            `dossier ${d.dossierId} is an upgrade of certificate ${c.certificateId}, which did not hold on ${d.filedOn}`,
            [sourceOfKind],
          );
      }
    } else if (holding)
      report(
        'CertificateSnapshotMismatch',
        `dossier ${d.dossierId} (${d.kind}) states no current certificate, but product ${d.productId} held ${holding.certificateId} (${holding.stars}★, to ${holding.expiresOn}) on ${d.filedOn}`,
        [sourceOfKind],
      );
    else if (d.kind !== 'first')
      report(
        'CertificateSnapshotMismatch',
        `dossier ${d.dossierId} (${d.kind}) states no certificate to ${d.kind === 'upgrade' ? 'upgrade' : 're-evaluate'}`,
        [sourceOfKind],
      );

    if (d.kind === 'reEvaluation' && expiresOn !== undefined) {
      const window = reEvaluationWindow(ruleSetById(d.ruleSet), expiresOn);
      const extension = transitionalExtension(expiresOn);
      const late = extension !== undefined && d.filedOn <= extension.validUntil;
      if (window && !(window.opens <= d.filedOn && d.filedOn <= window.closes) && !late)
        report(
          'ReEvaluationOutsideWindow',
          `the re-evaluation of a certificate expiring on ${expiresOn} is filed from ${window.opens} to ${window.closes} (180 to 120 days before); dossier ${d.dossierId} was filed on ${d.filedOn}`,
          [reEvaluationWindowSource, ...(extension ? [transitionalCertificateSource] : [])],
          { opens: window.opens, closes: window.closes, filedOn: d.filedOn },
        );
      if (!window && d.filedOn > expiresOn)
        report('ReEvaluationOutsideWindow', `dossier ${d.dossierId} re-evaluates a certificate that had expired on ${expiresOn}`, [
          olderReEvaluationSource,
        ]);
    }
  };

  return (ctx: AuditContext, recorded: RecordedEvent, event: DossierEvent): void => {
    const report = (rule: FindingRule, message: string, sources: ReadonlyArray<LegalSource>, details?: Parameters<typeof findingAt>[4]) =>
      ctx.report(findingAt(recorded, rule, message, sources, details));
    switch (event.type) {
      case 'DossierFiled':
        return checkFiling(ctx, report, event.data);
      case 'CouncilResultReceived':
        return checkCopy(ctx, recorded, event.data, ['level', 'mean', 'stars', 'outcome']);
      default:
        return;
    }
  };
};
