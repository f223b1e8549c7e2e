import * as t from 'io-ts';
import { strict, NonEmptyString } from '@ocop/kernel';

/** A star level that an option's marker (***, ****, *****) sets as the minimum for that level. */
export const MarkerStarsCodec = t.union([t.literal(3), t.literal(4), t.literal(5)], 'MarkerStars');

/** One printed choice (□) of a criterion, with its points and, where printed, its minimum-star marker. */
export const OptionCodec = strict(
  'Option',
  { label: NonEmptyString, points: t.number },
  {
    /** The option is the minimum a product must reach on this criterion for this many stars. */
    minStars: MarkerStarsCodec,
  },
);
export type Option = t.TypeOf<typeof OptionCodec>;

/**
 * A scorable criterion (a leaf of the sheet). `choice`: one printed option is ticked, answered by its
 * 1-based position. `yesNo`: printed without options (e.g. 2.4, a bilingual label), answered 1 when met
 * (the criterion's maximum) and 0 when not.
 */
export const CriterionKindCodec = t.keyof({ choice: null, yesNo: null }, 'CriterionKind');

/** A criterion that only applies when another reaches some points, e.g. 5.2 only when 5.1 scores. */
export const ConditionCodec = strict('Condition', { criterion: NonEmptyString, minPoints: t.number, text: NonEmptyString }, {});
export type Condition = t.TypeOf<typeof ConditionCodec>;

export const CriterionCodec = strict(
  'Criterion',
  {
    code: NonEmptyString,
    title: NonEmptyString,
    max: t.number,
    kind: CriterionKindCodec,
    options: t.readonlyArray(OptionCodec),
  },
  {
    /** For a sub-criterion such as 6.1.1, the criterion it belongs to as printed (6.1 Ngoại hình). */
    parent: strict('ParentCriterion', { code: NonEmptyString, title: NonEmptyString }, {}),
    appliesWhen: ConditionCodec,
    notes: t.readonlyArray(NonEmptyString),
  },
);
export type Criterion = t.TypeOf<typeof CriterionCodec>;

export const CriteriaGroupCodec = strict(
  'CriteriaGroup',
  { code: NonEmptyString, title: NonEmptyString, max: t.number, criteria: t.readonlyArray(CriterionCodec) },
  { notes: t.readonlyArray(NonEmptyString) },
);
export type CriteriaGroup = t.TypeOf<typeof CriteriaGroupCodec>;

export const PartCodeCodec = t.keyof({ A: null, B: null, C: null }, 'PartCode');
export type PartCode = t.TypeOf<typeof PartCodeCodec>;

export const SheetPartCodec = strict(
  'SheetPart',
  { code: PartCodeCodec, title: NonEmptyString, max: t.number, groups: t.readonlyArray(CriteriaGroupCodec) },
  {},
);
export type SheetPart = t.TypeOf<typeof SheetPartCodec>;

/**
 * A note that stops the assessment ("sẽ không đánh giá các bước tiếp theo"): from `stopsFrom` on, in the
 * sheet's order, criteria are not assessed and score nothing. `declared`: the evaluator records the
 * finding (unacceptable impurities). `zeroOn`: triggered when any listed criterion scores 0.
 */
export const KnockOutTriggerCodec = t.union([
  strict('DeclaredTrigger', { kind: t.literal('declared') }, {}),
  strict('ZeroTrigger', { kind: t.literal('zeroOn'), criteria: t.readonlyArray(NonEmptyString) }, {}),
]);
export type KnockOutTrigger = t.TypeOf<typeof KnockOutTriggerCodec>;

export const KnockOutCodec = strict(
  'KnockOut',
  { id: NonEmptyString, text: NonEmptyString, trigger: KnockOutTriggerCodec, stopsFrom: NonEmptyString },
  {},
);
export type KnockOut = t.TypeOf<typeof KnockOutCodec>;

/** A condition under which the dossier is rejected outright ("Hồ sơ bị loại khi", "Bị loại nếu"). */
export const DisqualificationCodec = strict(
  'Disqualification',
  { id: NonEmptyString, text: NonEmptyString },
  { criterion: NonEmptyString },
);
export type Disqualification = t.TypeOf<typeof DisqualificationCodec>;

export const ClassificationCodec = strict(
  'Classification',
  { group: NonEmptyString, groupName: NonEmptyString, subgroup: NonEmptyString, subgroupName: NonEmptyString },
  {},
);

/** One scoring sheet (bộ sản phẩm): the criteria set that doubles as the evaluator's form. */
export const SheetCodec = strict(
  'Sheet',
  {
    number: t.number,
    name: NonEmptyString,
    nameEn: NonEmptyString,
    classification: ClassificationCodec,
    parts: t.readonlyArray(SheetPartCodec),
    disqualifications: t.readonlyArray(DisqualificationCodec),
    knockOuts: t.readonlyArray(KnockOutCodec),
  },
  {
    /** The ministry or ministries that lead management of the product set (Annex I, after NĐ 15/2018). */
    managingAgency: NonEmptyString,
    /** The sheet's closing note on the star markers. */
    starNote: NonEmptyString,
  },
);
export type Sheet = t.TypeOf<typeof SheetCodec>;

/** Every scorable criterion of a sheet, in printed order. */
export const criteriaOf = (sheet: Sheet): ReadonlyArray<Criterion & { readonly part: PartCode; readonly group: string }> =>
  sheet.parts.flatMap((part) => part.groups.flatMap((group) => group.criteria.map((c) => ({ ...c, part: part.code, group: group.code }))));
