import { qd26_2026, RuleSetIdCodec, transitionalDecideBy } from '@ocop/rules';
import { areaTags } from '../core/areas.js';
import type { ColumnType } from '../core/columns.js';
import type { ProjectedEvent } from '../core/event.js';
import { defineReadModel } from '../core/projector.js';
import type { DocWrite, Lookup, ReadModel } from '../core/read-model.js';
import { communeCheckDeadline, done, nextDue, reEvaluationDeadline, roundCalendarDeadline, transitionalDeadline } from './deadlines.js';
import { DossierDoc, type DeadlineDoc, type PipelineDocs } from './docs.js';

type Write = DocWrite<PipelineDocs>;

const columns: Readonly<Record<string, ColumnType>> = {
  product_id: 'text',
  subject_id: 'text',
  kind: 'text',
  stage: 'text',
  level: 'text',
  rule_set: 'text',
  areas: 'text',
  filed_on: 'text',
  closed: 'integer',
  next_due: 'text',
};

const columnsOf = (d: DossierDoc) => ({
  product_id: d.productId,
  subject_id: d.subjectId,
  kind: d.kind,
  stage: d.stage,
  level: d.level,
  rule_set: d.ruleSet,
  areas: areaTags([d.area]),
  filed_on: d.filedOn,
  closed: d.closedAs === null ? 0 : 1,
  next_due: nextDue(d.deadlines),
});

const moved = (doc: DossierDoc, on: string, change: Partial<Pick<DossierDoc, 'stage' | 'level'>>): DossierDoc => {
  const next = { ...doc, ...change };
  return { ...next, history: [...doc.history, { stage: next.stage, level: next.level, on }] };
};

const closed = (doc: DossierDoc, closedAs: string, on: string): DossierDoc => ({
  ...moved(doc, on, { stage: 'closed' }),
  closedAs,
  closedOn: on,
  // A closed dossier has no step left: whatever was pending ended with it. Art. 12.2 concerns only dossiers
  // still open when QĐ 26/2026 took effect, so a dossier closed before then loses that limit.
  deadlines: done(
    doc.deadlines.filter((d) => d.kind !== 'transitionalDecision' || on >= qd26_2026.inForce.from),
    ['communeCheck', 'roundCalendar', 'reEvaluationDecision', 'transitionalDecision'],
    on,
  ),
});

const withDeadline = (deadlines: ReadonlyArray<DeadlineDoc>, d: DeadlineDoc | undefined): ReadonlyArray<DeadlineDoc> =>
  d === undefined ? deadlines : [...deadlines, d];

const evolve = ({ event, on }: ProjectedEvent, get: Lookup<PipelineDocs>): ReadonlyArray<Write> => {
  const write = (doc: DossierDoc): ReadonlyArray<Write> => [{ collection: 'dossiers', key: doc.dossierId, doc }];
  if (event.type === 'DossierFiled') {
    const d = event.data;
    const decideBy = transitionalDecideBy(d.kind, d.filedOn);
    const deadlines = [
      communeCheckDeadline(d.ruleSet, d.filedOn),
      // Art. 12.2 binds a dossier filed before 22/05/2026 only if it is still open then; shown from that day.
      ...(decideBy === undefined ? [] : [transitionalDeadline(decideBy)]),
    ];
    return write({
      dossierId: d.dossierId,
      productId: d.productId,
      subjectId: d.subjectId,
      kind: d.kind,
      sheet: d.sheet,
      ruleSet: d.ruleSet,
      filedOn: d.filedOn,
      area: d.area,
      stage: 'filed',
      level: 'commune',
      closedAs: null,
      closedOn: null,
      roundId: null,
      outcome: null,
      deadlines,
      history: [{ stage: 'filed', level: 'commune', on: d.filedOn }],
    });
  }
  if (!('dossierId' in event.data) || event.type.startsWith('Certificate') || event.type.startsWith('Recognition')) return [];
  const doc = get('dossiers', event.data.dossierId);
  if (!doc) return [];
  const ruleSet = RuleSetIdCodec.is(doc.ruleSet) ? doc.ruleSet : undefined;
  switch (event.type) {
    case 'CommuneCheckCompleted':
      return write({
        ...moved(doc, on, { stage: event.data.complete ? 'communeChecked' : 'returnedToSubject' }),
        deadlines: done(doc.deadlines, ['communeCheck'], event.data.checkedOn),
      });
    case 'DossierForwarded': {
      const next = moved(doc, on, { stage: 'received', level: event.data.to });
      return write({ ...next, deadlines: withDeadline(doc.deadlines, ruleSet && roundCalendarDeadline(ruleSet, event.data.to, on)) });
    }
    case 'IntakeChecked': {
      const next = moved(doc, on, { stage: event.data.complete ? 'intakeComplete' : 'supplementRequested' });
      const reEvaluation =
        event.data.complete && doc.kind === 'reEvaluation' && !doc.deadlines.some((d) => d.kind === 'reEvaluationDecision') && ruleSet
          ? reEvaluationDeadline(ruleSet, on)
          : undefined;
      return write({ ...next, deadlines: withDeadline(doc.deadlines, reEvaluation) });
    }
    case 'SupplementProvided':
      return write(moved(doc, on, { stage: doc.stage === 'returnedToSubject' ? 'filed' : 'received' }));
    case 'DossierAssigned':
      return write({ ...doc, roundId: event.data.roundId });
    case 'CouncilResultReceived': {
      const d = event.data;
      const next: DossierDoc = {
        ...moved(doc, on, { stage: 'resultReceived' }),
        outcome: { kind: d.outcome.kind, stars: d.stars, level: d.level, mean: d.mean },
        deadlines: done(doc.deadlines, ['roundCalendar'], on),
      };
      return write(d.outcome.kind === 'notCertified' ? closed(next, 'notCertified', on) : next);
    }
    case 'DossierDecided':
      return write(closed(doc, event.data.decision === 'recognised' ? 'decided' : event.data.decision, on));
    case 'DossierDisqualified':
      return write(closed(doc, 'disqualified', on));
    case 'DossierWithdrawn':
      return write(closed(doc, 'withdrawn', on));
    case 'DossierLapsed':
      return write(closed(doc, 'lapsed', on));
    default:
      return [];
  }
};

const pipelineModel: ReadModel<PipelineDocs> = {
  name: 'dossier_pipeline',
  version: 1,
  handles: [
    'DossierFiled',
    'CommuneCheckCompleted',
    'DossierForwarded',
    'IntakeChecked',
    'SupplementProvided',
    'DossierAssigned',
    'CouncilResultReceived',
    'DossierDecided',
    'DossierDisqualified',
    'DossierWithdrawn',
    'DossierLapsed',
  ],
  collections: { dossiers: { codec: DossierDoc, columns, columnsOf } },
  needs: ({ event }) => ('dossierId' in event.data ? [{ collection: 'dossiers', key: event.data.dossierId }] : []),
  evolve,
};

/** Each dossier's stage, level and time limits. */
export const dossierPipeline = defineReadModel(pipelineModel);
