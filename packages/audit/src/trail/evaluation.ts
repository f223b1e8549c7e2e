import { either as E } from 'fp-ts';
import { localDateOf } from '@ocop/kernel';
import { findSheet, indexSheet, outcomeAt, ruleSetById, scoreSheet, type Sheet } from '@ocop/rules';
import { councilSource, fallbackSource, type CouncilEvent, type Member, type RoundEvent } from '@ocop/domain';
import { recompute, type AdoptedResult } from '../verify/recompute.js';
import type { CriterionLine, EvaluationFacts, MemberSheetFacts, MinimumFacts, PersonFacts } from './model.js';
import { memberFacts } from './people.js';

const criterionLines = (
  sheet: Sheet,
  input: AdoptedResult['sheets'][number]['input'],
  ruleSetId: AdoptedResult['ruleSet'],
): ReadonlyArray<CriterionLine> => {
  const scored = scoreSheet(ruleSetById(ruleSetId), sheet, input);
  const byCode = new Map(E.isRight(scored) ? scored.right.criteria.map((c) => [c.code, c]) : []);
  return indexSheet(sheet).criteria.map((c): CriterionLine => {
    const s = byCode.get(c.code);
    const answer = s?.answer ?? (s === undefined ? input.answers[c.code] : undefined);
    const label = c.kind === 'choice' && answer !== undefined ? c.options[answer - 1]?.label : undefined;
    const n = s?.notAssessed;
    const notAssessed =
      n?.reason === 'knockOut'
        ? { reason: 'knockOut' as const, text: sheet.knockOuts.find((k) => k.id === n.knockOut)?.text ?? n.knockOut }
        : n?.reason === 'notApplicable'
          ? { reason: 'notApplicable' as const, text: n.condition }
          : undefined;
    return {
      code: c.code,
      title: c.title,
      ...(c.parent ? { parent: `${c.parent.code} ${c.parent.title}` } : {}),
      part: c.part,
      max: c.max,
      points: s?.points ?? 0,
      yesNo: c.kind === 'yesNo',
      ...(answer === undefined || notAssessed ? {} : { answer }),
      ...(label === undefined || notAssessed ? {} : { label }),
      ...(notAssessed ? { notAssessed } : {}),
    };
  });
};

/**
 * A council's evaluation of a dossier, explained from the adopted result, the round (its number, the
 * recusals) and the council (its establishing decision, its members): every member's sheet criterion by
 * criterion as printed, the quorum, the spread, the mean, the minimum criteria, the band, the star and the
 * outcome with its source, and whether the recorded figures recompute.
 */
export const evaluationFacts = (
  r: AdoptedResult,
  at: string,
  round: ReadonlyArray<RoundEvent>,
  council: ReadonlyArray<CouncilEvent>,
): EvaluationFacts => {
  const ruleSet = ruleSetById(r.ruleSet);
  const sheet = findSheet(ruleSet.sheets, r.sheet);
  const opened = round.find((e) => e.type === 'RoundOpened');
  const established = council.find((e) => e.type === 'CouncilEstablished');
  const members = new Map<string, Member>();
  for (const e of council) {
    if (e.type === 'CouncilEstablished') for (const m of e.data.members) members.set(m.person, m);
    if (e.type === 'CouncilMemberAdded') members.set(e.data.member.person, e.data.member);
  }
  const snapshot = opened?.type === 'RoundOpened' ? opened.data.council.members : [];
  const person = (id: string): PersonFacts => {
    const m = members.get(id);
    if (m) return memberFacts(m);
    const organisation = snapshot.find((x) => x.person === id)?.organisation;
    return { id, erased: false, sealed: false, ...(organisation === undefined ? {} : { organisation }) };
  };
  const done = recompute(r);
  const computed = done._tag === 'Recomputed' ? done.result : undefined;
  const sheets = r.sheets.map((s): MemberSheetFacts => ({
    member: person(s.person),
    criteria: sheet ? criterionLines(sheet, s.input, r.ruleSet) : [],
    parts: s.parts,
    total: s.total,
    minimumStars: s.minimumStars,
    stars: s.stars,
    knockOuts: sheet
      ? (computed?.sheets.find((x) => x.member === s.person)?.score.knockOuts ?? []).map(
          (k) => sheet.knockOuts.find((x) => x.id === k)?.text ?? k,
        )
      : [],
  }));
  const minimums = (computed?.minimums ?? []).map((m): MinimumFacts => ({
    stars: m.stars,
    met: m.met,
    criteria: m.criteria.length,
    missed: m.criteria
      .filter((c) => !c.met)
      .map((c) => ({
        criterion: c.criterion,
        title: c.title,
        requiredLabel: c.required.label,
        requiredPoints: c.required.points,
        sheetsMeeting: c.sheetsMeeting,
      })),
  }));
  const outcome = outcomeAt(ruleSet, r.level, r.stars);
  return {
    roundId: r.roundId,
    round: opened?.type === 'RoundOpened' ? { year: opened.data.year, number: opened.data.number, extra: opened.data.extra } : {},
    level: r.level,
    council: {
      ...(opened?.type === 'RoundOpened' ? { id: opened.data.councilId } : {}),
      ...(established?.type === 'CouncilEstablished'
        ? { decision: { number: established.data.decision.number, date: established.data.decision.date } }
        : {}),
    },
    adoptedOn: localDateOf(at),
    ruleSet: r.ruleSet,
    sheet: { number: r.sheet, name: sheet?.name ?? '', nameEn: sheet?.nameEn ?? '' },
    mode: r.mode,
    attempt: r.attempt,
    chair: person(r.chair),
    quorum: { ...r.quorum, ...r.rules.quorum },
    minimumsBasis: r.rules.minimumsBasis,
    recused: r.recused.map((p) => ({
      member: person(p),
      reason:
        round.flatMap((e) =>
          e.type === 'MemberRecused' && e.data.dossierId === r.dossierId && e.data.person === p ? [e.data.reason] : [],
        )[0] ?? '',
    })),
    sheets,
    spread: r.spread,
    sum: r.sum,
    count: r.count,
    mean: r.mean,
    bandStars: r.bandStars,
    bandFrom: ruleSet.bands.value.find((b) => b.stars === r.bandStars)?.from ?? 0,
    minimumStars: r.minimumStars,
    stars: r.stars,
    minimums,
    outcome: r.outcome,
    recomputed:
      done._tag === 'Recomputed'
        ? { matches: done.differences.length === 0, differences: done.differences.map((d) => `${d.field}: ${d.recorded} ≠ ${d.expected}`) }
        : { matches: false, differences: [done._tag === 'UnknownSheet' ? `sheet ${done.sheet} unknown` : done.error._tag] },
    sources: {
      council: councilSource,
      bands: ruleSet.bands.source,
      outcome: r.outcome.kind === 'fallback' ? fallbackSource : E.isRight(outcome) ? outcome.right.source : ruleSet.recognition.source,
    },
  };
};
