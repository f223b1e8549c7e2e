import { yearOf, type LocalDate } from '@ocop/kernel';
import type { AreaDoc } from '../core/areas.js';
import type { ProjectedEvent } from '../core/event.js';
import { defineReadModel } from '../core/projector.js';
import type { DocKey, DocWrite, Lookup, ReadModel } from '../core/read-model.js';
import { DossierFactsDoc, PlanDoc, ProductFactsDoc, SubjectFactsDoc, TallyDoc, type IndicatorDocs } from './docs.js';

type Get = Lookup<IndicatorDocs>;
type Write = DocWrite<IndicatorDocs>;
type Counter = 'newProducts3Plus' | 'eligibleFor4Stars' | 'expiredReEvaluated' | 'listedEcommerce' | 'listedRetail' | 'listedAny';

/** The units a recorded area belongs to: its province, its district (before 2025) and its commune. */
export const tagsOf = (area: AreaDoc): ReadonlyArray<string> => [
  `p:${area.province}`,
  ...(area.district === undefined ? [] : [`d:${area.district}`]),
  `c:${area.commune}`,
];

export const tallyKey = (year: number, tag: string): string => `${year}|${tag}`;

export const planKey = (area: PlanDoc['area'], year: number): string =>
  [area.province, area.district ?? '', area.commune ?? '', String(year)].join('.');

const emptyTally = (year: number, tag: string): TallyDoc => ({
  year,
  tag,
  newProducts3Plus: 0,
  eligibleFor4Stars: 0,
  expiredReEvaluated: 0,
  subjectsByForm: {},
  listedEcommerce: 0,
  listedRetail: 0,
  listedAny: 0,
});

/** The tallies an event changes: every unit of its area in the year of its business day. */
const talliesFor = (area: AreaDoc | null | undefined, on: LocalDate): ReadonlyArray<DocKey<IndicatorDocs>> =>
  area ? tagsOf(area).map((tag) => ({ collection: 'tallies' as const, key: tallyKey(yearOf(on), tag) })) : [];

const count = (get: Get, area: AreaDoc | null | undefined, on: LocalDate, f: (t: TallyDoc) => TallyDoc): ReadonlyArray<Write> =>
  area
    ? tagsOf(area).map((tag) => {
        const key = tallyKey(yearOf(on), tag);
        return { collection: 'tallies', key, doc: f(get('tallies', key) ?? emptyTally(yearOf(on), tag)) };
      })
    : [];

const add =
  (counter: Counter, n: number) =>
  (t: TallyDoc): TallyDoc => ({ ...t, [counter]: t[counter] + n });
const addForm =
  (form: string, n: number) =>
  (t: TallyDoc): TallyDoc => ({
    ...t,
    subjectsByForm: { ...t.subjectsByForm, [form]: (t.subjectsByForm[form] ?? 0) + n },
  });

const kinds = (channels: ProductFactsDoc['channels']) => ({
  ecommerce: channels.some((c) => c.kind === 'ecommerce'),
  retail: channels.some((c) => c.kind === 'retail'),
  any: channels.some((c) => c.kind === 'ecommerce' || c.kind === 'retail'),
});

/** Listing changes as changes of the stock of listed products, by kind of channel. */
const relisted = (get: Get, facts: ProductFactsDoc, channels: ProductFactsDoc['channels'], on: LocalDate): ReadonlyArray<Write> => {
  const before = kinds(facts.channels);
  const after = kinds(channels);
  const delta = (k: keyof typeof before): number => Number(after[k]) - Number(before[k]);
  const changes = [add('listedEcommerce', delta('ecommerce')), add('listedRetail', delta('retail')), add('listedAny', delta('any'))];
  const moved = delta('ecommerce') !== 0 || delta('retail') !== 0 || delta('any') !== 0;
  return moved ? count(get, facts.area, on, (t) => changes.reduce((acc, f) => f(acc), t)) : [];
};

const needs = ({ event, on }: ProjectedEvent, get: Get): ReadonlyArray<DocKey<IndicatorDocs>> => {
  switch (event.type) {
    case 'SubjectRegistered':
      return talliesFor(event.data.area, on);
    case 'SubjectLegalFormChanged': {
      const s = get('subjects', event.data.subjectId);
      return [{ collection: 'subjects', key: event.data.subjectId }, ...talliesFor(s?.area, on)];
    }
    case 'ProductRegistered':
      return [{ collection: 'subjects', key: event.data.subjectId }];
    case 'ProductListed':
    case 'ProductDelisted': {
      const p = get('products', event.data.productId);
      return [{ collection: 'products', key: event.data.productId }, ...talliesFor(p?.area, on)];
    }
    case 'DossierFiled':
      return [];
    case 'CouncilResultReceived':
    case 'CertificateIssued':
    case 'ReEvaluationConcluded': {
      const d = get('dossiers', event.data.dossierId);
      return [{ collection: 'dossiers', key: event.data.dossierId }, ...talliesFor(d?.area, on)];
    }
    default:
      return [];
  }
};

const evolve = ({ event, on }: ProjectedEvent, get: Get): ReadonlyArray<Write> => {
  switch (event.type) {
    case 'SubjectRegistered': {
      const d = event.data;
      return [
        { collection: 'subjects', key: d.subjectId, doc: { area: d.area, legalForm: d.legalForm } },
        ...count(get, d.area, on, addForm(d.legalForm, 1)),
      ];
    }
    case 'SubjectLegalFormChanged': {
      const s = get('subjects', event.data.subjectId);
      if (!s) return [];
      const form = event.data.legalForm;
      return [
        { collection: 'subjects', key: event.data.subjectId, doc: { ...s, legalForm: form } },
        ...count(get, s.area, on, (t) => addForm(form, 1)(addForm(s.legalForm, -1)(t))),
      ];
    }
    case 'ProductRegistered':
      return [
        {
          collection: 'products',
          key: event.data.productId,
          doc: { area: get('subjects', event.data.subjectId)?.area ?? null, channels: [] },
        },
      ];
    case 'ProductListed': {
      const facts = get('products', event.data.productId);
      if (!facts) return [];
      const channels = [...facts.channels.filter((c) => c.name !== event.data.channel.name), event.data.channel];
      return [{ collection: 'products', key: event.data.productId, doc: { ...facts, channels } }, ...relisted(get, facts, channels, on)];
    }
    case 'ProductDelisted': {
      const facts = get('products', event.data.productId);
      if (!facts) return [];
      const channels = facts.channels.filter((c) => c.name !== event.data.channel);
      return [{ collection: 'products', key: event.data.productId, doc: { ...facts, channels } }, ...relisted(get, facts, channels, on)];
    }
    case 'DossierFiled':
      return [
        { collection: 'dossiers', key: event.data.dossierId, doc: { area: event.data.area, kind: event.data.kind, counted4Stars: false } },
      ];
    case 'CouncilResultReceived': {
      const d = get('dossiers', event.data.dossierId);
      // A dossier counts once, the first time a council gives it 4 stars or more.
      if (!d || d.counted4Stars || event.data.stars < 4) return [];
      return [
        { collection: 'dossiers', key: event.data.dossierId, doc: { ...d, counted4Stars: true } },
        ...count(get, d.area, on, add('eligibleFor4Stars', 1)),
      ];
    }
    case 'CertificateIssued': {
      const d = get('dossiers', event.data.dossierId);
      return d?.kind === 'first' ? count(get, d.area, on, add('newProducts3Plus', 1)) : [];
    }
    case 'ReEvaluationConcluded': {
      const d = get('dossiers', event.data.dossierId);
      return d && event.data.outcome !== 'notRenewed' ? count(get, d.area, on, add('expiredReEvaluated', 1)) : [];
    }
    case 'ProgrammeTargetsSet': {
      const d = event.data;
      const area = {
        province: d.area.province,
        ...(d.area.district ? { district: d.area.district } : {}),
        ...(d.area.commune ? { commune: d.area.commune } : {}),
      };
      return [
        {
          collection: 'plans',
          key: planKey(area, d.year),
          doc: {
            area,
            year: d.year,
            targets: d.targets,
            plan: { title: d.plan.title, issuedBy: d.plan.issuedBy, issuedOn: d.plan.issuedOn },
            setOn: on,
          },
        },
      ];
    }
    default:
      return [];
  }
};

const indicatorsModel: ReadModel<IndicatorDocs> = {
  name: 'programme_indicators',
  // 2: plans carry their commune as a column, so that a commune's account pages its own plans.
  version: 2,
  handles: [
    'SubjectRegistered',
    'SubjectLegalFormChanged',
    'ProductRegistered',
    'ProductListed',
    'ProductDelisted',
    'DossierFiled',
    'CouncilResultReceived',
    'CertificateIssued',
    'ReEvaluationConcluded',
    'ProgrammeTargetsSet',
  ],
  collections: {
    tallies: {
      codec: TallyDoc,
      columns: { year: 'integer', tag: 'text' },
      columnsOf: (t) => ({ year: t.year, tag: t.tag }),
      indexed: ['tag'],
    },
    subjects: { codec: SubjectFactsDoc, columns: {}, columnsOf: () => ({}) },
    products: { codec: ProductFactsDoc, columns: {}, columnsOf: () => ({}) },
    dossiers: { codec: DossierFactsDoc, columns: {}, columnsOf: () => ({}) },
    plans: {
      codec: PlanDoc,
      columns: { year: 'integer', province: 'text', commune: 'text' },
      columnsOf: (p) => ({ year: p.year, province: p.area.province, commune: p.area.commune ?? null }),
    },
  },
  needs,
  evolve,
};

/** The programme's indicators per administrative unit and year, and the plans' targets. */
export const programmeIndicators = defineReadModel(indicatorsModel);
