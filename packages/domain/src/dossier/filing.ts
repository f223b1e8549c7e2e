import { either as E } from 'fp-ts';
import { localDateOf, type LocalDate } from '@ocop/kernel';
import {
  describeScoringError,
  findSheet,
  governingRuleSet,
  reEvaluationWindow,
  scoreSheet,
  transitionalExtension,
  type GoverningError,
  type RuleSet,
} from '@ocop/rules';
import { conflict, invalid, type DomainError } from '../shared/errors.js';
import { TOURISM_SHEET, tourismOnlyForms } from '../shared/legal-form.js';
import { inference, reEvaluationSource, subjectLegalFormSource, transitionalSource, upgradeSource } from '../shared/sources.js';
import type { DossierCommand } from './commands.js';
import type { DossierEvent } from './events.js';
import type { CertificateSnapshot } from './certificate-snapshot.js';

type FileDossier = Extract<DossierCommand, { type: 'FileDossier' }>;

const governingError = (e: GoverningError): DomainError => {
  switch (e._tag) {
    case 'NoRuleSetInForce':
      return invalid('NoRuleSetInForce', `no OCOP rule set accepted dossiers on ${e.filedOn}`);
    case 'DecidedBeforeFiled':
      return invalid('DecidedBeforeFiled', `decided on ${e.decidedOn}, before filing on ${e.filedOn}`);
    case 'TransitionalDeadlinePassed':
      return conflict(
        'TransitionalDeadlinePassed',
        `a dossier filed on ${e.filedOn} under the old rules had to be decided by ${e.decideBy}`,
        {
          source: e.source,
        },
      );
  }
};

const valid = (c: CertificateSnapshot, on: LocalDate): boolean => c.issuedOn <= on && on <= c.expiresOn;

/** The rules on the product's current certificate, by kind of dossier (Art. 6.1, 7.5, 7.6.a, 12.3). */
const certificateRule = (ruleSet: RuleSet, d: FileDossier['data'], filedOn: LocalDate): DomainError | undefined => {
  const current = d.currentCertificate;
  switch (d.kind) {
    case 'first':
      return current && valid(current, filedOn)
        ? conflict(
            'ProductAlreadyCertified',
            `the product holds certificate ${current.certificateId} (${current.stars}★) until ${current.expiresOn}: file an upgrade or a re-evaluation`,
            {
              source: inference('Art. 6.1', 'a first evaluation is for a product without a current certificate'),
            },
          )
        : undefined;
    case 'upgrade':
      if (!current || !valid(current, filedOn))
        return conflict('NoCurrentCertificate', 'an upgrade is filed over a current certificate', { source: upgradeSource });
      if (d.targetStars === undefined)
        return invalid('TargetStarsRequired', 'an upgrade names the stars it aims at', { source: upgradeSource });
      return d.targetStars > current.stars
        ? undefined
        : invalid(
            'UpgradeNotAbove',
            `the product already holds ${current.stars}★; an upgrade aims higher than that, not at ${d.targetStars}★`,
            {
              source: upgradeSource,
            },
          );
    case 'reEvaluation': {
      if (!current)
        return conflict('NoCertificateToReEvaluate', 'a re-evaluation is filed for a certificate', { source: reEvaluationSource });
      const window = reEvaluationWindow(ruleSet, current.expiresOn);
      if (!window)
        return filedOn <= current.expiresOn
          ? undefined
          : conflict(
              'CertificateExpired',
              `certificate ${current.certificateId} expired on ${current.expiresOn}; file a first evaluation`,
              {
                source: inference('Art. 7.6', 'under the older acts a re-evaluation is filed before the certificate expires'),
              },
            );
      if (window.opens <= filedOn && filedOn <= window.closes) return undefined;
      const extension = transitionalExtension(current.expiresOn);
      if (extension && filedOn <= extension.validUntil) return undefined;
      return conflict(
        'ReEvaluationOutsideWindow',
        `a re-evaluation of a certificate expiring on ${current.expiresOn} is filed from ${window.opens} to ${window.closes}, not on ${filedOn}`,
        {
          source: window.source,
          details: {
            opens: window.opens,
            closes: window.closes,
            filedOn,
            ...(extension ? { transitional: transitionalSource.article } : {}),
          },
        },
      );
    }
  }
};

/** Filing: the governing rule set, the subject's eligibility, the self-assessment, and the certificate rules. */
export const fileDossier = (command: FileDossier): E.Either<DomainError, ReadonlyArray<DossierEvent>> => {
  const d = command.data;
  const filedOn = localDateOf(d.at);
  const governing = governingRuleSet({ kind: d.kind, filedOn });
  if (E.isLeft(governing)) return E.left(governingError(governing.left));
  const { ruleSet, reason, decideBy } = governing.right;
  if (tourismOnlyForms.includes(d.subjectLegalForm) && d.sheet !== TOURISM_SHEET)
    return E.left(
      invalid('SubjectNotEligible', `a ${d.subjectLegalForm} may apply only for community tourism (sheet ${TOURISM_SHEET})`, {
        source: subjectLegalFormSource,
      }),
    );
  const sheet = findSheet(ruleSet.sheets, d.sheet);
  if (!sheet) return E.left(invalid('UnknownSheet', `sheet ${d.sheet} is not in ${ruleSet.sheets.id}`));
  const self = scoreSheet(ruleSet, sheet, d.selfAssessment);
  if (E.isLeft(self))
    return E.left(invalid('SelfAssessmentInvalid', self.left.map(describeScoringError).join('; '), { details: { errors: self.left } }));
  const certificate = certificateRule(ruleSet, d, filedOn);
  if (certificate) return E.left(certificate);
  const { selfAssessment, ...rest } = d;
  return E.right([
    {
      type: 'DossierFiled',
      data: {
        ...rest,
        ruleSet: ruleSet.id,
        governing: { reason, ...(decideBy === undefined ? {} : { decideBy }) },
        filedOn,
        selfAssessment: { input: selfAssessment, total: self.right.total, stars: self.right.stars },
      },
    },
  ]);
};
