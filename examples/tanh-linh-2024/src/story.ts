import { either as E } from 'fp-ts';
import { createHash } from 'node:crypto';
import { date, instant, isJson, nonEmpty, type Instant } from '@ocop/kernel';
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
  CouncilEstablishedV1,
  CouncilId,
  DossierId,
  ProductId,
  RoundId,
  SubjectId,
  personalValue,
  sensitiveValue,
  type Actor,
  type Area,
  type CertificateSnapshot,
  type DecisionRef,
  type LegalForm,
  type Member,
} from '@ocop/domain';
import { commandEventId, ExpectedRevision, type EventStore } from '@ocop/eventstore';
import type { ExecuteRequest, Executed, Ledger } from '@ocop/ledger';
import { answersFor } from './answers.js';
import { actor, person } from './people.js';

/** Noon in Vietnam on `day`: business times of the example. */
export const noon = (day: string): Instant => instant(`${day}T05:00:00.000Z`);

const idOf = <A>(codec: { readonly is: (u: unknown) => u is A; readonly name: string }, s: string): A => {
  if (!codec.is(s)) throw new Error(`not a ${codec.name}: ${s}`);
  return s;
};

// The example has no files: each document's hash is that of a stand-in text naming it.
const evidence = (title: string, seed: string) => ({
  title: nonEmpty(title),
  sha256: createHash('sha256').update(`${seed}: ${title}`).digest('hex'),
});

const findings = {
  localOrigin: { met: true },
  localLabour: { met: true },
  ideaOrigin: { met: true },
  localIdentity: { met: true },
};

/**
 * A small vocabulary over the ledger for telling the example's story: each step is one or a few commands,
 * and any refusal stops the story with the rule that refused it.
 */
export const story = (ledger: Ledger, store: EventStore) => {
  let counter = 0;
  const nextId = (what: string): string => `example-${String(++counter).padStart(4, '0')}-${what}`;

  const run = async (request: ExecuteRequest): Promise<Executed> => {
    const r = await ledger.execute(request);
    if (E.isLeft(r)) throw new Error(`${request.aggregate} ${request.command.type} was refused: ${JSON.stringify(r.left)}`);
    if (r.right.reactionFailures.length > 0) throw new Error(`a reaction failed: ${JSON.stringify(r.right.reactionFailures)}`);
    return r.right;
  };

  const ctx = (day: string, by: Actor) => ({ at: noon(day), by });

  return {
    async registerSubject(o: {
      readonly id: string;
      readonly name: string;
      readonly legalForm: LegalForm;
      readonly area: Area;
      readonly registration: string;
      readonly on: string;
      readonly representative: {
        readonly id: string;
        readonly fullName: string;
        readonly phone: string;
        readonly woman: boolean;
        readonly ethnicMinority: boolean;
        readonly disability: boolean;
      };
    }): Promise<void> {
      const rep = person(o.representative.id);
      await run({
        aggregate: 'subject',
        id: o.id,
        commandId: nextId('register-subject'),
        command: {
          type: 'RegisterSubject',
          data: {
            subjectId: idOf(SubjectId, o.id),
            name: nonEmpty(o.name),
            legalForm: o.legalForm,
            area: o.area,
            registration: {
              number: nonEmpty(o.registration),
              issuedOn: date(o.on),
              issuer: nonEmpty('Phòng Tài chính - Kế hoạch huyện Tánh Linh'),
            },
            representative: personalValue(rep, { fullName: o.representative.fullName, phone: o.representative.phone }),
            representativeFacts: sensitiveValue(rep, {
              woman: o.representative.woman,
              ethnicMinority: o.representative.ethnicMinority,
              disability: o.representative.disability,
            }),
            ...ctx(o.on, actor('subject', `acc-${o.id}`, o.name)),
          },
        },
      });
    },

    async registerProduct(o: {
      readonly id: string;
      readonly subject: string;
      readonly name: string;
      readonly sheet: number;
      readonly on: string;
      readonly by: Actor;
    }): Promise<void> {
      await run({
        aggregate: 'product',
        id: o.id,
        commandId: nextId('register-product'),
        command: {
          type: 'RegisterProduct',
          data: {
            productId: idOf(ProductId, o.id),
            subjectId: idOf(SubjectId, o.subject),
            name: nonEmpty(o.name),
            sheet: o.sheet,
            ...ctx(o.on, o.by),
          },
        },
      });
    },

    async assignCode(product: string, code: string, on: string, by: Actor): Promise<void> {
      await run({
        aggregate: 'product',
        id: product,
        commandId: nextId('code'),
        command: { type: 'AssignProductCode', data: { code, ...ctx(on, by) } },
      });
    },

    async list(product: string, name: string, kind: 'ecommerce' | 'retail', on: string, by: Actor): Promise<void> {
      await run({
        aggregate: 'product',
        id: product,
        commandId: nextId('listing'),
        command: { type: 'ListOnChannel', data: { channel: { name: nonEmpty(name), kind }, since: date(on), ...ctx(on, by) } },
      });
    },

    async establishCouncil(o: {
      readonly id: string;
      readonly level: Level;
      readonly province: string;
      readonly district?: string;
      readonly members: ReadonlyArray<Member>;
      readonly decision: DecisionRef;
      readonly by: Actor;
    }): Promise<void> {
      const [chair] = o.members;
      if (!chair) throw new Error('a council needs members');
      await run({
        aggregate: 'council',
        id: o.id,
        commandId: nextId('council'),
        command: {
          type: 'EstablishCouncil',
          data: {
            councilId: idOf(CouncilId, o.id),
            level: o.level,
            province: nonEmpty(o.province),
            ...(o.district === undefined ? {} : { district: nonEmpty(o.district) }),
            decision: o.decision,
            chair: chair.person,
            members: o.members,
            ...ctx(o.decision.date, o.by),
          },
        },
      });
    },

    /**
     * A council stored by an older version of this software, in version 1 of CouncilEstablished (quorum
     * and spread limit as loose fields): written to the store as it was, and read through the upcaster.
     */
    async importCouncilV1(o: {
      readonly id: string;
      readonly province: string;
      readonly district: string;
      readonly ruleSet: RuleSetId;
      readonly members: ReadonlyArray<Member>;
      readonly decision: DecisionRef;
      readonly by: Actor;
    }): Promise<void> {
      const [chair] = o.members;
      if (!chair) throw new Error('a council needs members');
      const commandId = nextId('council-v1');
      const encoded: unknown = CouncilEstablishedV1.encode({
        councilId: idOf(CouncilId, o.id),
        level: 'district',
        province: nonEmpty(o.province),
        district: nonEmpty(o.district),
        ruleSet: o.ruleSet,
        decision: o.decision,
        chair: chair.person,
        members: o.members,
        quorum: { numerator: 3, denominator: 4 },
        spreadLimit: 10,
        at: noon(o.decision.date),
        by: o.by,
      });
      const data: unknown = JSON.parse(JSON.stringify(encoded));
      if (!isJson(data)) throw new Error('the version-1 council does not encode to JSON');
      const appended = await store.append(
        `Council-${o.id}`,
        [
          {
            eventId: commandEventId(commandId, 0),
            type: 'CouncilEstablished',
            schemaVersion: 1,
            data,
            metadata: {
              correlationId: nonEmpty(commandId),
              causationId: nonEmpty(commandId),
              commandId: nonEmpty(commandId),
              actor: o.by,
              businessTime: noon(o.decision.date),
              ruleSet: nonEmpty(o.ruleSet),
            },
          },
        ],
        ExpectedRevision.noStream,
      );
      if (E.isLeft(appended)) throw new Error(`could not import council ${o.id}: ${JSON.stringify(appended.left)}`);
    },

    async openRound(o: {
      readonly id: string;
      readonly council: string;
      readonly level: Level;
      readonly province: string;
      readonly district?: string;
      readonly year: number;
      readonly number: number;
      readonly extra?: boolean;
      readonly members: ReadonlyArray<Member>;
      readonly on: string;
      readonly by: Actor;
      readonly lastDay?: string;
    }): Promise<void> {
      const [chair] = o.members;
      if (!chair) throw new Error('a council needs members');
      await run({
        aggregate: 'round',
        id: o.id,
        commandId: nextId('round'),
        command: {
          type: 'OpenRound',
          data: {
            roundId: idOf(RoundId, o.id),
            councilId: idOf(CouncilId, o.council),
            level: o.level,
            province: nonEmpty(o.province),
            ...(o.district === undefined ? {} : { district: nonEmpty(o.district) }),
            year: o.year,
            number: o.number,
            extra: o.extra ?? false,
            council: {
              chair: chair.person,
              members: o.members.map((m) => ({ person: m.person, organisation: m.organisation })),
              rules: defaultCouncilRules,
            },
            ...(o.lastDay === undefined ? {} : { lastDay: date(o.lastDay) }),
            ...ctx(o.on, o.by),
          },
        },
      });
    },

    async file(o: {
      readonly id: string;
      readonly product: string;
      readonly subject: string;
      readonly legalForm: LegalForm;
      readonly sheet: number;
      readonly kind: DossierKind;
      readonly area: Area;
      readonly on: string;
      readonly selfStars: Stars;
      readonly selfTotal: number;
      readonly targetStars?: CertifiedStars;
      readonly currentCertificate?: CertificateSnapshot;
    }): Promise<void> {
      const ruleSet = ruleSetById(o.on >= '2026-05-22' ? 'qd26-2026' : o.on >= '2023-02-24' ? 'qd148-2023' : 'qd1048-2019');
      const sheet = findSheet(ruleSet.sheets, o.sheet);
      if (!sheet) throw new Error(`no sheet ${o.sheet}`);
      await run({
        aggregate: 'dossier',
        id: o.id,
        commandId: nextId('file'),
        command: {
          type: 'FileDossier',
          data: {
            dossierId: idOf(DossierId, o.id),
            productId: idOf(ProductId, o.product),
            subjectId: idOf(SubjectId, o.subject),
            subjectLegalForm: o.legalForm,
            sheet: o.sheet,
            kind: o.kind,
            area: o.area,
            selfAssessment: { answers: answersFor(sheet, o.selfStars, o.selfTotal) },
            evidence: [evidence('Phiếu đăng ký (Mẫu 01)', `${o.id}-01`), evidence('Báo cáo tự đánh giá (Mẫu 02)', `${o.id}-02`)],
            ...(o.targetStars === undefined ? {} : { targetStars: o.targetStars }),
            ...(o.currentCertificate === undefined ? {} : { currentCertificate: o.currentCertificate }),
            ...ctx(o.on, actor('subject', `acc-${o.subject}`, o.subject)),
          },
        },
      });
    },

    async communeCheck(dossier: string, on: string, by: Actor): Promise<void> {
      await run({
        aggregate: 'dossier',
        id: dossier,
        commandId: nextId('commune-check'),
        command: {
          type: 'CompleteCommuneCheck',
          data: { complete: true, findings, reportNumber: nonEmpty(`BC-${dossier}`), ...ctx(on, by) },
        },
      });
    },

    async forward(dossier: string, to: Level, on: string, by: Actor, decision?: DecisionRef): Promise<void> {
      await run({
        aggregate: 'dossier',
        id: dossier,
        commandId: nextId('forward'),
        command: { type: 'ForwardDossier', data: { to, ...(decision ? { decision } : {}), ...ctx(on, by) } },
      });
    },

    async intake(dossier: string, on: string, by: Actor): Promise<void> {
      await run({
        aggregate: 'dossier',
        id: dossier,
        commandId: nextId('intake'),
        command: { type: 'CheckIntake', data: { complete: true, ...ctx(on, by) } },
      });
    },

    async advisoryReview(dossier: string, on: string, by: Actor): Promise<void> {
      await run({
        aggregate: 'dossier',
        id: dossier,
        commandId: nextId('advisory'),
        command: {
          type: 'RecordAdvisoryReview',
          data: {
            report: evidence('Báo cáo đánh giá của Tổ tư vấn', `${dossier}-tv`),
            siteSurvey: { on: date(on), findings: nonEmpty('Cơ sở sản xuất đúng như hồ sơ') },
            ...ctx(on, by),
          },
        },
      });
    },

    /**
     * A council scores a dossier in a round: it is assigned, each member submits a sheet near one of
     * `totals` (the star `stars` in every sheet), the chair closes scoring and adopts the result.
     */
    async evaluate(o: {
      readonly round: string;
      readonly dossier: string;
      readonly product: string;
      readonly sheet: number;
      readonly ruleSet: RuleSetId;
      readonly kind: DossierKind;
      readonly filedOn: string;
      readonly members: ReadonlyArray<Member>;
      readonly council: string;
      readonly stars: Stars;
      readonly totals: ReadonlyArray<number>;
      readonly on: string;
      readonly office: Actor;
    }): Promise<Executed> {
      const [chair] = o.members;
      if (!chair) throw new Error('a council needs members');
      const sheet = findSheet(ruleSetById(o.ruleSet).sheets, o.sheet);
      if (!sheet) throw new Error(`no sheet ${o.sheet}`);
      await run({
        aggregate: 'round',
        id: o.round,
        commandId: nextId('assign'),
        command: {
          type: 'AssignDossier',
          data: {
            dossierId: idOf(DossierId, o.dossier),
            productId: idOf(ProductId, o.product),
            sheet: o.sheet,
            ruleSet: o.ruleSet,
            kind: o.kind,
            filedOn: date(o.filedOn),
            ...ctx(o.on, o.office),
          },
        },
      });
      for (const [i, m] of o.members.entries()) {
        const total = o.totals[i % o.totals.length] ?? 0;
        await run({
          aggregate: 'round',
          id: o.round,
          commandId: nextId('sheet'),
          command: {
            type: 'SubmitSheet',
            data: {
              dossierId: idOf(DossierId, o.dossier),
              person: m.person,
              input: { answers: answersFor(sheet, o.stars, total) },
              ...ctx(o.on, actor('councilMember', `acc-${m.person}`, o.council)),
            },
          },
        });
      }
      const chairActor = actor('councilChair', `acc-${chair.person}`, o.council);
      await run({
        aggregate: 'round',
        id: o.round,
        commandId: nextId('close'),
        command: { type: 'CloseScoring', data: { dossierId: idOf(DossierId, o.dossier), chair: chair.person, ...ctx(o.on, chairActor) } },
      });
      return run({
        aggregate: 'round',
        id: o.round,
        commandId: nextId('adopt'),
        command: { type: 'AdoptResult', data: { dossierId: idOf(DossierId, o.dossier), chair: chair.person, ...ctx(o.on, chairActor) } },
      });
    },

    async closeRound(round: string, members: ReadonlyArray<Member>, council: string, on: string): Promise<void> {
      const [chair] = members;
      if (!chair) throw new Error('a council needs members');
      await run({
        aggregate: 'round',
        id: round,
        commandId: nextId('close-round'),
        command: { type: 'CloseRound', data: { chair: chair.person, ...ctx(on, actor('councilChair', `acc-${chair.person}`, council)) } },
      });
    },

    async recognise(o: {
      readonly product: string;
      readonly dossier: string;
      readonly certificate: string;
      readonly stars: CertifiedStars;
      readonly decision: DecisionRef;
      readonly by: Actor;
    }): Promise<void> {
      await run({
        aggregate: 'certification',
        id: o.product,
        commandId: nextId('recognise'),
        command: {
          type: 'DecideRecognition',
          data: {
            dossierId: idOf(DossierId, o.dossier),
            certificateId: idOf(CertificateId, o.certificate),
            stars: o.stars,
            decision: o.decision,
            ...ctx(o.decision.date, o.by),
          },
        },
      });
    },

    async expire(product: string, certificate: string, today: string): Promise<void> {
      await run({
        aggregate: 'certification',
        id: product,
        commandId: nextId('expire'),
        command: {
          type: 'ExpireCertificate',
          data: {
            certificateId: idOf(CertificateId, certificate),
            today: date(today),
            ...ctx(today, actor('system', 'scheduler', 'ocop-ledger')),
          },
        },
      });
    },

    async revoke(o: {
      readonly product: string;
      readonly certificate: string;
      readonly finding: { readonly on: string; readonly body: string; readonly reference: string };
      readonly decision: DecisionRef;
      readonly by: Actor;
    }): Promise<void> {
      await run({
        aggregate: 'certification',
        id: o.product,
        commandId: nextId('revoke'),
        command: {
          type: 'RevokeCertificate',
          data: {
            certificateId: idOf(CertificateId, o.certificate),
            grounds: ['markMisuse'],
            finding: { on: date(o.finding.on), body: nonEmpty(o.finding.body), reference: nonEmpty(o.finding.reference) },
            decision: o.decision,
            ...ctx(o.decision.date, o.by),
          },
        },
      });
    },

    async setTargets(o: {
      readonly id: string;
      readonly area: { readonly province: string; readonly district: string };
      readonly year: number;
      readonly on: string;
      readonly by: Actor;
    }): Promise<void> {
      await run({
        aggregate: 'plan',
        id: o.id,
        commandId: nextId('plan'),
        command: {
          type: 'SetProgrammeTargets',
          data: {
            area: { province: nonEmpty(o.area.province), district: nonEmpty(o.area.district) },
            year: o.year,
            targets: {
              newProducts3Plus: { min: 15, max: 19 },
              eligibleFor4Stars: { min: 2, max: 6 },
              cooperativeShare: 0.15,
              valueChainOrganisations: 1,
            },
            plan: {
              title: nonEmpty('Kế hoạch triển khai thực hiện Chương trình OCOP huyện Tánh Linh năm 2024'),
              issuedBy: nonEmpty('UBND huyện Tánh Linh'),
              issuedOn: date(o.on),
            },
            ...ctx(o.on, o.by),
          },
        },
      });
    },
  };
};

export type Story = ReturnType<typeof story>;
