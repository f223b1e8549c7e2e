import { addDays, addMonths, date, instant, nonEmpty, type Instant } from '@ocop/kernel';
import {
  defaultCouncilRules,
  findSheet,
  ruleSetById,
  type CertifiedStars,
  type DossierKind,
  type Level,
  type RuleSetId,
  type Stars,
} from '@ocop/rules';
import {
  CertificateId,
  CouncilId,
  DossierId,
  PersonId,
  ProductId,
  RoundId,
  SubjectId,
  personalValue,
  sensitiveValue,
  type Actor,
  type DecisionRef,
  type LegalForm,
  type Member,
  type Role,
} from '@ocop/domain';
import type { EventStore } from '@ocop/eventstore';
import { answersFor } from '@ocop/example-tanh-linh-2024';
import type { Answers } from '@ocop/rules';
import { bulkExecutor } from './executor.js';
import { areaOn, places, provinceCodes, type Place } from './geography.js';
import { random } from './random.js';

export interface NationalOptions {
  readonly seed?: number;
  readonly subjects?: number;
  readonly products?: number;
  /** Called after each phase with the number of events written so far. */
  readonly progress?: (phase: string, events: number) => void;
}

const brand = <A>(codec: { readonly is: (u: unknown) => u is A; readonly name: string }, s: string): A => {
  if (!codec.is(s)) throw new Error(`not a ${codec.name}: ${s}`);
  return s;
};
const noon = (day: string): Instant => instant(`${day}T05:00:00.000Z`);
const act = (role: Role, id: string, organisation: string): Actor => ({ id: nonEmpty(id), role, organisation: nonEmpty(organisation) });

/** When each step of a year's evaluations happens, and under which rules the dossiers are filed. */
interface Cohort {
  readonly name: string;
  readonly ruleSet: RuleSetId;
  readonly share: number;
  readonly file: string;
  readonly forward: string;
  /** Round opening and scoring days at each level the cohort reaches, and the decision day there. */
  readonly levels: Readonly<
    Partial<Record<Level, { readonly open: string; readonly score: string; readonly decide: string; readonly number: number }>>
  >;
  /** The highest star this cohort reaches (5★ need a ministry round within the history). */
  readonly maxStars: Stars;
}

const cohorts: ReadonlyArray<Cohort> = [
  {
    name: '2022',
    ruleSet: 'qd1048-2019',
    share: 0.15,
    file: '2022-03-01',
    forward: '2022-03-10',
    maxStars: 5,
    levels: {
      district: { open: '2022-05-02', score: '2022-05-10', decide: '2022-05-20', number: 1 },
      province: { open: '2022-07-01', score: '2022-07-15', decide: '2022-08-01', number: 1 },
      central: { open: '2022-10-01', score: '2022-10-10', decide: '2022-10-20', number: 1 },
    },
  },
  {
    name: '2023',
    ruleSet: 'qd148-2023',
    share: 0.22,
    file: '2023-03-01',
    forward: '2023-03-20',
    maxStars: 5,
    levels: {
      district: { open: '2023-05-02', score: '2023-05-10', decide: '2023-05-25', number: 1 },
      province: { open: '2023-07-01', score: '2023-07-15', decide: '2023-08-01', number: 1 },
      central: { open: '2023-10-01', score: '2023-10-10', decide: '2023-10-20', number: 1 },
    },
  },
  {
    name: '2024',
    ruleSet: 'qd148-2023',
    share: 0.22,
    file: '2024-03-01',
    forward: '2024-03-20',
    maxStars: 5,
    levels: {
      district: { open: '2024-05-02', score: '2024-05-10', decide: '2024-05-25', number: 1 },
      province: { open: '2024-07-01', score: '2024-07-15', decide: '2024-08-01', number: 1 },
      central: { open: '2024-10-01', score: '2024-10-10', decide: '2024-10-20', number: 1 },
    },
  },
  {
    name: '2025a',
    ruleSet: 'qd148-2023',
    share: 0.12,
    file: '2025-02-10',
    forward: '2025-03-01',
    maxStars: 4,
    levels: {
      district: { open: '2025-04-01', score: '2025-04-10', decide: '2025-04-25', number: 1 },
      province: { open: '2025-06-01', score: '2025-06-10', decide: '2025-06-25', number: 1 },
    },
  },
  {
    name: '2025b',
    ruleSet: 'qd148-2023-qd1489-2025',
    share: 0.1,
    file: '2025-08-15',
    forward: '2025-08-28',
    maxStars: 4,
    levels: { province: { open: '2025-11-01', score: '2025-11-10', decide: '2025-11-25', number: 2 } },
  },
  {
    name: '2026a',
    ruleSet: 'qd148-2023-qd1489-2025',
    share: 0.09,
    file: '2026-03-10',
    forward: '2026-03-25',
    maxStars: 4,
    levels: { province: { open: '2026-06-05', score: '2026-06-10', decide: '2026-06-15', number: 1 } },
  },
  {
    name: '2026b',
    ruleSet: 'qd26-2026',
    share: 0.1,
    file: '2026-07-10',
    forward: '2026-07-25',
    maxStars: 5,
    levels: {
      province: { open: '2026-10-01', score: '2026-10-20', decide: '2026-11-05', number: 2 },
      central: { open: '2026-11-10', score: '2026-11-18', decide: '2026-11-25', number: 2 },
    },
  },
];

const legalForms: ReadonlyArray<readonly [LegalForm, number]> = [
  ['cooperative', 35],
  ['sme', 24],
  ['household', 35],
  ['cooperativeGroup', 4],
  ['farm', 2],
];

interface Product {
  readonly id: string;
  readonly subject: string;
  readonly legalForm: LegalForm;
  readonly place: Place;
  readonly sheet: number;
}

interface Certificate {
  readonly id: string;
  readonly stars: CertifiedStars;
  readonly ruleSet: RuleSetId;
  readonly issuedOn: string;
  readonly expiresOn: string;
}

interface Evaluation {
  readonly dossier: string;
  readonly product: Product;
  readonly kind: DossierKind;
  readonly ruleSet: RuleSetId;
  readonly filedOn: string;
  /** The star the product ends with; each council it meets scores it so. */
  readonly stars: Stars;
  level: Level;
}

/**
 * Writes a national-size OCOP history into `store`: subjects and products across 63 provinces, five years of
 * councils, rounds with every member's sheet, results, recognitions at the competent level, certificates,
 * upgrades, re-evaluations, expiries and revocations — every event decided by the domain's deciders, so that
 * the history replays and verifies. Deterministic for a seed. Entirely synthetic.
 */
export const populateNational = async (
  store: EventStore,
  options: NationalOptions = {},
): Promise<{ readonly events: number; readonly commands: number }> => {
  const rnd = random(options.seed ?? 2026);
  const subjectCount = options.subjects ?? 10_000;
  const productCount = options.products ?? 20_000;
  const x = bulkExecutor(store);
  let events = 0;
  let serial = 0;
  const id = (prefix: string): string => `${prefix}-${String(++serial).padStart(7, '0')}`;
  const flush = async (phase: string): Promise<void> => {
    events += await x.flush();
    options.progress?.(phase, events);
  };

  const office = (level: Level, area: string): Actor =>
    act(
      level === 'central' ? 'ministryOffice' : level === 'district' ? 'districtOffice' : 'provincialOffice',
      `acc-${level}-${area}`,
      `OCOP ${level} ${area}`,
    );
  const authority = (level: Level, area: string): Actor =>
    act('recognisingAuthority', `acc-authority-${level}-${area}`, `UBND ${level} ${area}`);
  const decision = (level: Level, area: string, day: string): DecisionRef => {
    const person = brand(PersonId, `signer-${level}-${area}`);
    return {
      number: nonEmpty(`${++serial}/QĐ-${level === 'central' ? 'BNNMT' : 'UBND'}`),
      date: date(day),
      signer: {
        person,
        name: personalValue(person, { fullName: `Signer ${level} ${area}` }),
        title: nonEmpty(`Chủ tịch ${level} ${area}`),
        level,
      },
    };
  };

  // Subjects and their products, registered in the year of their first dossier.
  const subjects = Array.from({ length: subjectCount }, (_, i) => ({
    id: `s-${i}`,
    legalForm: rnd.weighted(legalForms),
    place: places[rnd.int(places.length)] ?? places[0],
  }));
  const products: Product[] = Array.from({ length: productCount }, (_, i) => {
    const subject = subjects[i % subjectCount] ?? subjects[0];
    if (!subject || !subject.place) throw new Error('no subjects');
    return { id: `p-${i}`, subject: subject.id, legalForm: subject.legalForm, place: subject.place, sheet: 1 + rnd.int(25) };
  });
  const registered = new Set<string>();
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  const productById = new Map(products.map((p) => [p.id, p]));
  const certificates = new Map<string, Certificate>();

  const councils = new Map<string, { readonly id: string; readonly members: ReadonlyArray<Member> }>();
  const councilOf = (
    level: Level,
    area: string,
    year: string,
    on: string,
  ): { readonly id: string; readonly members: ReadonlyArray<Member> } => {
    const key = `${level}-${area}-${year}`;
    const existing = councils.get(key);
    if (existing) return existing;
    const members = Array.from({ length: level === 'central' ? 9 : 7 }, (_, i): Member => {
      const person = brand(PersonId, `m-${key}-${i}`);
      return {
        person,
        name: personalValue(person, { fullName: `Member ${i + 1} of ${key}` }),
        organisation: nonEmpty(`Organisation ${i + 1}`),
        position: nonEmpty(i === 0 ? 'Chủ tịch Hội đồng' : 'Thành viên'),
      };
    });
    const council = { id: `hd-${key}`, members };
    const [chair] = members;
    if (!chair) throw new Error('no members');
    x.exec({
      aggregate: 'council',
      id: council.id,
      commandId: id('council'),
      command: {
        type: 'EstablishCouncil',
        data: {
          councilId: brand(CouncilId, council.id),
          level,
          ...(level === 'central' ? {} : { province: nonEmpty(area.slice(0, 2)) }),
          ...(level === 'district' ? { district: nonEmpty(area.slice(3)) } : {}),
          decision: decision(level, area, on),
          chair: chair.person,
          members,
          at: noon(on),
          by: office(level, area),
        },
      },
    });
    councils.set(key, council);
    return council;
  };

  const answersCache = new Map<string, Answers>();
  const answers = (ruleSet: RuleSetId, sheetNo: number, stars: Stars, total: number): Answers => {
    const key = `${ruleSet}/${sheetNo}/${stars}/${total}`;
    const cached = answersCache.get(key);
    if (cached) return cached;
    const sheet = findSheet(ruleSetById(ruleSet).sheets, sheetNo);
    if (!sheet) throw new Error(`no sheet ${sheetNo}`);
    const made = answersFor(sheet, stars, total);
    answersCache.set(key, made);
    return made;
  };

  const bandTotal = (stars: Stars): number => ({ 1: 24, 2: 42, 3: 58 + rnd.int(9), 4: 73 + rnd.int(12), 5: 94 + rnd.int(4) })[stars];

  /** One level's round for the evaluations of a cohort: councils per area score them; results, decisions, forwards. */
  const evaluateLevel = async (cohort: Cohort, level: Level, evaluations: ReadonlyArray<Evaluation>): Promise<Evaluation[]> => {
    const slot = cohort.levels[level];
    if (!slot || evaluations.length === 0) return [];
    const areaOf = (e: Evaluation): string =>
      level === 'central'
        ? 'vn'
        : level === 'province'
          ? e.product.place.province
          : `${e.product.place.province}-${e.product.place.district}`;
    const byArea = new Map<string, Evaluation[]>();
    for (const e of evaluations) byArea.set(areaOf(e), [...(byArea.get(areaOf(e)) ?? []), e]);
    const year = cohort.file.slice(0, 4);
    const forwarded: Evaluation[] = [];
    for (const [area, list] of byArea) {
      const council = councilOf(level, area, year, `${year}-01-15`);
      const [chair] = council.members;
      if (!chair) throw new Error('no chair');
      const roundId = `dot-${level}-${area}-${cohort.name}`;
      const officeActor = office(level, area);
      x.exec({
        aggregate: 'round',
        id: roundId,
        commandId: id('round'),
        command: {
          type: 'OpenRound',
          data: {
            roundId: brand(RoundId, roundId),
            councilId: brand(CouncilId, council.id),
            level,
            ...(level === 'central' ? {} : { province: nonEmpty(area.slice(0, 2)) }),
            ...(level === 'district' ? { district: nonEmpty(area.slice(3)) } : {}),
            year: Number(year),
            number: slot.number,
            extra: false,
            council: {
              chair: chair.person,
              members: council.members.map((m) => ({ person: m.person, organisation: m.organisation })),
              rules: defaultCouncilRules,
            },
            at: noon(slot.open),
            by: officeActor,
          },
        },
      });
      const chairActor = act('councilChair', `acc-${chair.person}`, council.id);
      for (const e of list) {
        const dossierId = brand(DossierId, e.dossier);
        x.exec({
          aggregate: 'round',
          id: roundId,
          commandId: id('assign'),
          command: {
            type: 'AssignDossier',
            data: {
              dossierId,
              productId: brand(ProductId, e.product.id),
              sheet: e.product.sheet,
              ruleSet: e.ruleSet,
              kind: e.kind,
              filedOn: date(e.filedOn),
              at: noon(slot.open),
              by: officeActor,
            },
          },
        });
        const target = bandTotal(e.stars);
        for (const [i, m] of council.members.entries()) {
          const total = Math.max(0, Math.min(100, target + ((i * 3) % 5) - 2));
          x.exec({
            aggregate: 'round',
            id: roundId,
            commandId: id('sheet'),
            command: {
              type: 'SubmitSheet',
              data: {
                dossierId,
                person: m.person,
                input: { answers: answers(e.ruleSet, e.product.sheet, e.stars, total) },
                at: noon(slot.score),
                by: act('councilMember', `acc-${m.person}`, council.id),
              },
            },
          });
        }
        x.exec({
          aggregate: 'round',
          id: roundId,
          commandId: id('close'),
          command: { type: 'CloseScoring', data: { dossierId, chair: chair.person, at: noon(slot.score), by: chairActor } },
        });
        x.exec({
          aggregate: 'round',
          id: roundId,
          commandId: id('adopt'),
          command: { type: 'AdoptResult', data: { dossierId, chair: chair.person, at: noon(slot.score), by: chairActor } },
        });
      }
      x.exec({
        aggregate: 'round',
        id: roundId,
        commandId: id('close-round'),
        command: { type: 'CloseRound', data: { chair: chair.person, at: noon(slot.score), by: chairActor } },
      });
    }
    await flush(`${cohort.name} ${level} rounds`);

    // What each result leads to, under the dossier's rules: a decision here, or the next level.
    for (const e of evaluations) {
      const area = areaOf(e);
      if (e.stars < 3) continue;
      const competent = ruleSetById(e.ruleSet).recognition.value[e.stars as CertifiedStars].level;
      if (competent === level) {
        const certificate = `gcn-${e.dossier}`;
        x.exec({
          aggregate: 'certification',
          id: e.product.id,
          commandId: id('recognise'),
          command: {
            type: 'DecideRecognition',
            data: {
              dossierId: brand(DossierId, e.dossier),
              certificateId: brand(CertificateId, certificate),
              stars: e.stars as CertifiedStars,
              decision: decision(level, area, slot.decide),
              at: noon(slot.decide),
              by: authority(level, area),
            },
          },
        });
        certificates.set(e.product.id, {
          id: certificate,
          stars: e.stars as CertifiedStars,
          ruleSet: e.ruleSet,
          issuedOn: slot.decide,
          expiresOn: addMonths(date(slot.decide), 36),
        });
      } else {
        const next: Level = level === 'district' ? 'province' : 'central';
        x.exec({
          aggregate: 'dossier',
          id: e.dossier,
          commandId: id('forward'),
          command: {
            type: 'ForwardDossier',
            data: { to: next, decision: decision(level, area, slot.decide), at: noon(slot.decide), by: office(level, area) },
          },
        });
        x.exec({
          aggregate: 'dossier',
          id: e.dossier,
          commandId: id('intake'),
          command: {
            type: 'CheckIntake',
            data: { complete: true, at: noon(slot.decide), by: office(next, next === 'central' ? 'vn' : e.product.place.province) },
          },
        });
        e.level = next;
        forwarded.push(e);
      }
    }
    await flush(`${cohort.name} ${level} decisions`);
    return forwarded;
  };

  const file = (
    cohort: Cohort,
    product: Product,
    kind: DossierKind,
    stars: Stars,
    extra: { readonly targetStars?: CertifiedStars; readonly current?: Certificate } = {},
  ): Evaluation => {
    const dossier = id('hs');
    const ruleSet = ruleSetById(cohort.ruleSet);
    const self = Math.min(100, bandTotal(stars) + 2);
    x.exec({
      aggregate: 'dossier',
      id: dossier,
      commandId: id('file'),
      command: {
        type: 'FileDossier',
        data: {
          dossierId: brand(DossierId, dossier),
          productId: brand(ProductId, product.id),
          subjectId: brand(SubjectId, product.subject),
          subjectLegalForm: product.legalForm,
          sheet: product.sheet,
          kind,
          area: areaOn(product.place, cohort.file),
          selfAssessment: { answers: answers(cohort.ruleSet, product.sheet, stars, self) },
          evidence: [{ title: nonEmpty('Phiếu đăng ký (Mẫu 01)'), sha256: '0'.repeat(63) + String(serial % 10) }],
          ...(extra.targetStars === undefined ? {} : { targetStars: extra.targetStars }),
          ...(extra.current === undefined
            ? {}
            : {
                currentCertificate: {
                  certificateId: brand(CertificateId, extra.current.id),
                  stars: extra.current.stars,
                  ruleSet: extra.current.ruleSet,
                  issuedOn: date(extra.current.issuedOn),
                  expiresOn: date(extra.current.expiresOn),
                },
              }),
          at: noon(cohort.file),
          by: act('subject', `acc-${product.subject}`, product.subject),
        },
      },
    });
    const commune = act('communeOfficer', `acc-commune-${product.place.commune}`, `UBND xã ${product.place.commune}`);
    if (ruleSet.levels.value.includes('commune'))
      x.exec({
        aggregate: 'dossier',
        id: dossier,
        commandId: id('commune'),
        command: {
          type: 'CompleteCommuneCheck',
          data: {
            complete: true,
            findings: { localOrigin: { met: true }, localLabour: { met: true }, ideaOrigin: { met: true }, localIdentity: { met: true } },
            reportNumber: nonEmpty(`BC-${dossier}`),
            at: noon(cohort.file),
            by: commune,
          },
        },
      });
    const first = ruleSet.levels.value.find((l) => l !== 'commune') ?? 'province';
    const area = first === 'district' ? `${product.place.province}-${product.place.district}` : product.place.province;
    x.exec({
      aggregate: 'dossier',
      id: dossier,
      commandId: id('forward'),
      command: { type: 'ForwardDossier', data: { to: first, at: noon(cohort.forward), by: commune } },
    });
    x.exec({
      aggregate: 'dossier',
      id: dossier,
      commandId: id('intake'),
      command: { type: 'CheckIntake', data: { complete: true, at: noon(cohort.forward), by: office(first, area) } },
    });
    return { dossier, product, kind, ruleSet: cohort.ruleSet, filedOn: cohort.file, stars, level: first };
  };

  const starsFor = (cohort: Cohort): Stars => {
    const s = rnd.weighted<Stars>([
      [2, 5],
      [3, 70],
      [4, 24],
      [5, 1],
    ]);
    return s > cohort.maxStars ? cohort.maxStars : s;
  };

  let next = 0;
  for (const cohort of cohorts) {
    const count = cohort === cohorts[cohorts.length - 1] ? productCount - next : Math.round(productCount * cohort.share);
    const batch = products.slice(next, next + count);
    next += count;
    const year = cohort.file.slice(0, 4);

    // Plans of the year, subjects and products not yet registered.
    for (const province of provinceCodes)
      if (cohort.name === year || cohort.name === `${year}a`)
        x.exec({
          aggregate: 'plan',
          id: `${province}.${year}`,
          commandId: id('plan'),
          command: {
            type: 'SetProgrammeTargets',
            data: {
              area: { province: nonEmpty(province) },
              year: Number(year),
              targets: { newProducts3Plus: { min: 40, max: 80 }, eligibleFor4Stars: { min: 5, max: 15 }, cooperativeShare: 0.3 },
              plan: {
                title: nonEmpty(`Kế hoạch OCOP ${year} tỉnh ${province}`),
                issuedBy: nonEmpty(`UBND tỉnh ${province}`),
                issuedOn: date(`${year}-01-10`),
              },
              at: noon(`${year}-01-10`),
              by: office('province', province),
            },
          },
        });
    for (const p of batch) {
      const subject = subjectById.get(p.subject);
      if (!subject || registered.has(p.subject)) continue;
      registered.add(p.subject);
      const rep = brand(PersonId, `rep-${p.subject}`);
      x.exec({
        aggregate: 'subject',
        id: p.subject,
        commandId: id('subject'),
        command: {
          type: 'RegisterSubject',
          data: {
            subjectId: brand(SubjectId, p.subject),
            name: nonEmpty(`Chủ thể ${p.subject}`),
            legalForm: p.legalForm,
            area: areaOn(p.place, `${year}-01-20`),
            registration: {
              number: nonEmpty(`DK-${p.subject}`),
              issuedOn: date(`${Number(year) - 2}-06-01`),
              issuer: nonEmpty('Phòng Tài chính - Kế hoạch'),
            },
            representative: personalValue(rep, { fullName: `Đại diện ${p.subject}`, phone: '0900000000' }),
            representativeFacts: sensitiveValue(rep, {
              woman: rnd.chance(0.4),
              ethnicMinority: rnd.chance(0.1),
              disability: rnd.chance(0.02),
            }),
            at: noon(`${year}-01-20`),
            by: act('subject', `acc-${p.subject}`, p.subject),
          },
        },
      });
    }
    for (const p of batch)
      x.exec({
        aggregate: 'product',
        id: p.id,
        commandId: id('product'),
        command: {
          type: 'RegisterProduct',
          data: {
            productId: brand(ProductId, p.id),
            subjectId: brand(SubjectId, p.subject),
            name: nonEmpty(`Sản phẩm ${p.id}`),
            sheet: p.sheet,
            at: noon(`${year}-01-25`),
            by: act('subject', `acc-${p.subject}`, p.subject),
          },
        },
      });
    await flush(`${cohort.name} registrations`);

    // This cohort's dossiers: first evaluations, plus upgrades (2024) and re-evaluations (2026a) of earlier products.
    const evaluations = batch.map((p) => file(cohort, p, 'first', starsFor(cohort)));
    if (cohort.name === '2024')
      for (const [productId, c] of certificates)
        if (c.stars === 3 && c.ruleSet === 'qd148-2023' && rnd.chance(0.05)) {
          const p = productById.get(productId);
          if (p) evaluations.push(file(cohort, p, 'upgrade', 4, { targetStars: 4, current: c }));
        }
    if (cohort.name === '2026a')
      for (const [productId, c] of certificates)
        if (c.expiresOn <= '2026-11-28' && c.expiresOn >= cohort.file && rnd.chance(0.6)) {
          const p = productById.get(productId);
          if (p)
            evaluations.push(
              file(
                cohort,
                p,
                'reEvaluation',
                rnd.weighted<Stars>([
                  [c.stars, 80],
                  [Math.min(4, c.stars + 1) as Stars, 10],
                  [Math.max(2, c.stars - 1) as Stars, 10],
                ]),
                { current: c },
              ),
            );
        }
    await flush(`${cohort.name} dossiers`);

    // Level by level, lowest first: what a level forwards is scored again at the next.
    for (const level of ['district', 'province', 'central'] as const)
      await evaluateLevel(
        cohort,
        level,
        evaluations.filter((e) => e.level === level),
      );

    // Certificates that ran out before this cohort's next one, expired by command.
    const horizon = cohorts[cohorts.indexOf(cohort) + 1]?.file ?? '2026-11-28';
    for (const [productId, c] of certificates) {
      const lastDay = c.expiresOn;
      if (lastDay < horizon && lastDay < '2026-11-28') {
        const today = addDays(date(lastDay), 1);
        x.exec({
          aggregate: 'certification',
          id: productId,
          commandId: id('expire'),
          command: {
            type: 'ExpireCertificate',
            data: { certificateId: brand(CertificateId, c.id), today, at: noon(today), by: act('system', 'scheduler', 'ocop-ledger') },
          },
        });
        certificates.delete(productId);
      }
    }
    await flush(`${cohort.name} expiries`);
  }

  // Revocations in September 2026: one certificate in a hundred, by the authority competent for its stars now.
  for (const [productId, c] of certificates) {
    if (!rnd.chance(0.01) || c.issuedOn > '2026-09-10') continue;
    const p = productById.get(productId);
    if (!p) continue;
    const level: Level = c.stars === 5 ? 'central' : 'province';
    const area = level === 'central' ? 'vn' : p.place.province;
    x.exec({
      aggregate: 'certification',
      id: productId,
      commandId: id('revoke'),
      command: {
        type: 'RevokeCertificate',
        data: {
          certificateId: brand(CertificateId, c.id),
          grounds: [
            rnd.weighted([
              ['criteriaNoLongerMet', 3],
              ['markMisuse', 2],
              ['productionStopped', 4],
              ['lawViolation', 1],
            ] as const),
          ],
          finding: { on: date('2026-09-10'), body: nonEmpty('Đoàn kiểm tra'), reference: nonEmpty(`KL-${productId}`) },
          decision: decision(level, area, '2026-09-20'),
          at: noon('2026-09-20'),
          by: authority(level, area),
        },
      },
    });
  }
  await flush('revocations');
  return { events, commands: x.commands() };
};
