// The derivation of the QĐ 26/2026 catalogue, as a pure function of the extraction and the text,
// so that a test can re-run it and compare with the committed catalogue.
import * as t from 'io-ts';
import { either } from 'fp-ts';
import { describeFailure, decodeWith } from '@ocop/kernel';

// The extraction's own shape, read loosely: only what the derivation uses.
const RawOption = t.type({ label: t.string, points: t.union([t.number, t.null]), min_star: t.union([t.number, t.null]) });
const RawLeaf = t.intersection([
  t.type({ code: t.string, title: t.string, max: t.number }),
  t.partial({ options: t.array(RawOption), notes: t.array(t.string) }),
]);
const RawCriterion = t.intersection([RawLeaf, t.partial({ children: t.array(RawLeaf) })]);
const RawGroup = t.intersection([RawLeaf, t.partial({ criteria: t.array(RawCriterion) })]);
const RawSheet = t.type({
  no: t.number,
  name: t.string,
  disqualification: t.union([t.string, t.null]),
  sections: t.array(t.type({ code: t.string, title: t.string, max: t.number, groups: t.array(RawGroup) })),
  star_note: t.union([t.string, t.null, t.undefined]),
});
const RawCatalogue = t.type({ source: t.string, sheets: t.array(RawSheet) });
type RawOption = t.TypeOf<typeof RawOption>;
type RawLeaf = t.TypeOf<typeof RawLeaf>;

interface Option {
  label: string;
  points: number;
  minStars?: 3 | 4 | 5;
}
interface Criterion {
  code: string;
  title: string;
  max: number;
  kind: 'choice' | 'yesNo';
  options: Option[];
  parent?: { code: string; title: string };
  appliesWhen?: { criterion: string; minPoints: number; text: string };
  notes?: string[];
}
interface Group {
  code: string;
  title: string;
  max: number;
  criteria: Criterion[];
  notes?: string[];
}
interface KnockOut {
  id: string;
  text: string;
  trigger: { kind: 'declared' } | { kind: 'zeroOn'; criteria: string[] };
  stopsFrom: string;
}
interface Disqualification {
  id: string;
  text: string;
  criterion?: string;
}
interface Sheet {
  number: number;
  name: string;
  nameEn: string;
  classification: { group: string; groupName: string; subgroup: string; subgroupName: string };
  managingAgency: string;
  parts: { code: 'A' | 'B' | 'C'; title: string; max: number; groups: Group[] }[];
  disqualifications: Disqualification[];
  knockOuts: KnockOut[];
  starNote?: string;
}
export interface Correction {
  sheet: number;
  location: string;
  change: string;
  reason: string;
  evidence: string;
}

const ACT = 'QĐ 26/2026/QĐ-TTg';

// Annex I (text lines 184–297): group, sub-group and managing agency of each product set, and an English name.
const annexI: Record<number, { group: string; groupName: string; subgroup: string; subgroupName: string; agency: string; en: string }> = {
  1: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.1',
    subgroupName: 'Thực phẩm tươi sống',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Fresh vegetables, tubers, fruits and nuts',
  },
  2: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.1',
    subgroupName: 'Thực phẩm tươi sống',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Fresh meat, aquatic products, eggs and milk',
  },
  3: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.2',
    subgroupName: 'Thực phẩm thô, sơ chế',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Rice, cereals and other pre-processed grains',
  },
  4: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.2',
    subgroupName: 'Thực phẩm thô, sơ chế',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Honey, other syrups and other farm food products',
  },
  5: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.3',
    subgroupName: 'Thực phẩm chế biến',
    agency: 'Bộ Công Thương',
    en: 'Fast food',
  },
  6: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.3',
    subgroupName: 'Thực phẩm chế biến',
    agency: 'Bộ Nông nghiệp và Môi trường; Bộ Công Thương',
    en: 'Processed from rice and cereals',
  },
  7: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.3',
    subgroupName: 'Thực phẩm chế biến',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Processed from vegetables, tubers, fruits and nuts',
  },
  8: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.3',
    subgroupName: 'Thực phẩm chế biến',
    agency: 'Bộ Nông nghiệp và Môi trường; Bộ Công Thương',
    en: 'Processed from meat, aquatic products, eggs, milk, honey and other farm food',
  },
  9: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.4',
    subgroupName: 'Gia vị',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Soy sauce, fish sauce and other liquid condiments',
  },
  10: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.4',
    subgroupName: 'Gia vị',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Other spices (salt, shallot, garlic, pepper…)',
  },
  11: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.5',
    subgroupName: 'Chè',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Fresh and processed tea',
  },
  12: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.5',
    subgroupName: 'Chè',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Herbal teas from other plants',
  },
  13: {
    group: 'I',
    groupName: 'Sản phẩm thực phẩm',
    subgroup: 'I.6',
    subgroupName: 'Cà phê, ca cao',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Coffee and cocoa',
  },
  14: {
    group: 'II',
    groupName: 'Sản phẩm đồ uống',
    subgroup: 'II.1',
    subgroupName: 'Đồ uống có cồn',
    agency: 'Bộ Công Thương',
    en: 'White spirits',
  },
  15: {
    group: 'II',
    groupName: 'Sản phẩm đồ uống',
    subgroup: 'II.1',
    subgroupName: 'Đồ uống có cồn',
    agency: 'Bộ Công Thương',
    en: 'Other alcoholic drinks',
  },
  16: {
    group: 'II',
    groupName: 'Sản phẩm đồ uống',
    subgroup: 'II.2',
    subgroupName: 'Đồ uống không cồn',
    agency: 'Bộ Y tế',
    en: 'Natural mineral water and bottled drinking water',
  },
  17: {
    group: 'II',
    groupName: 'Sản phẩm đồ uống',
    subgroup: 'II.2',
    subgroupName: 'Đồ uống không cồn',
    agency: 'Bộ Công Thương',
    en: 'Other non-alcoholic drinks',
  },
  18: {
    group: 'III',
    groupName: 'Sản phẩm dược liệu và sản phẩm từ dược liệu',
    subgroup: 'III.1',
    subgroupName: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    agency: 'Bộ Y tế',
    en: 'Functional foods, herbal and traditional medicines',
  },
  19: {
    group: 'III',
    groupName: 'Sản phẩm dược liệu và sản phẩm từ dược liệu',
    subgroup: 'III.2',
    subgroupName: 'Mỹ phẩm có thành phần từ dược liệu',
    agency: 'Bộ Y tế',
    en: 'Cosmetics with herbal ingredients',
  },
  20: {
    group: 'III',
    groupName: 'Sản phẩm dược liệu và sản phẩm từ dược liệu',
    subgroup: 'III.3',
    subgroupName: 'Tinh dầu và dược liệu khác',
    agency: 'Bộ Y tế; Bộ Công Thương',
    en: 'Essential oils and other medicinal herbs',
  },
  21: {
    group: 'IV',
    groupName: 'Sản phẩm hàng thủ công mỹ nghệ',
    subgroup: 'IV.1',
    subgroupName: 'Thủ công mỹ nghệ gia dụng, trang trí',
    agency: 'Bộ Công Thương; Bộ Nông nghiệp và Môi trường',
    en: 'Household and decorative handicrafts',
  },
  22: {
    group: 'IV',
    groupName: 'Sản phẩm hàng thủ công mỹ nghệ',
    subgroup: 'IV.2',
    subgroupName: 'Vải, may mặc',
    agency: 'Bộ Công Thương',
    en: 'Textiles and garments',
  },
  23: {
    group: 'V',
    groupName: 'Sản phẩm sinh vật cảnh',
    subgroup: 'V.1',
    subgroupName: 'Hoa',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Flowers',
  },
  24: {
    group: 'V',
    groupName: 'Sản phẩm sinh vật cảnh',
    subgroup: 'V.2',
    subgroupName: 'Cây cảnh',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Ornamental plants',
  },
  25: {
    group: 'V',
    groupName: 'Sản phẩm sinh vật cảnh',
    subgroup: 'V.3',
    subgroupName: 'Động vật cảnh',
    agency: 'Bộ Nông nghiệp và Môi trường',
    en: 'Ornamental animals',
  },
  26: {
    group: 'VI',
    groupName: 'Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    subgroup: 'VI.1',
    subgroupName: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    agency: 'Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Môi trường',
    en: 'Community tourism, eco-tourism and tourist sites',
  },
};

// Notes that stop the assessment, by sheet: the text line of the note, what triggers it and from which
// criterion on nothing is assessed. Checked against the text below; the extraction kept some of them only.
const knockOutTable: Record<number, { line: number; trigger: KnockOut['trigger']; stopsFrom: string }> = {
  1: { line: 586, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  2: { line: 910, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  3: { line: 1224, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  4: { line: 1546, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  5: { line: 1860, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  6: { line: 2184, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  7: { line: 2509, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  8: { line: 2829, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  9: { line: 3147, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  10: { line: 3472, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  11: { line: 3801, trigger: { kind: 'declared' }, stopsFrom: '6.1.1' },
  12: { line: 4129, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  13: { line: 4458, trigger: { kind: 'declared' }, stopsFrom: '6.1.1' },
  15: { line: 5088, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  16: { line: 5412, trigger: { kind: 'zeroOn', criteria: ['6.1', '6.2', '6.3', '6.4'] }, stopsFrom: '7' },
  17: { line: 5682, trigger: { kind: 'declared' }, stopsFrom: '6.1' },
  19: { line: 6294, trigger: { kind: 'zeroOn', criteria: ['6'] }, stopsFrom: '7' },
  20: { line: 6600, trigger: { kind: 'zeroOn', criteria: ['6'] }, stopsFrom: '7' },
};

// Markers printed with spaces between the asterisks, which the extraction did not read.
const spacedMarkerLines: Record<number, number> = { 3: 1189 };

// Criteria printed as "choose one of two cases" (Lựa chọn một trong hai trường hợp sau): the case
// headings sit between the options, and the extraction kept the options but dropped the headings.
const twoCaseCriteria: Record<number, Record<string, readonly [number, number]>> = {
  26: { '8': [8283, 8288], '9': [8296, 8301], '15': [8349, 8354] },
};

// Disqualification notes printed inside an option's cell and lost by the extraction.
const missingDisqualifications: { sheet: number; line: number; criterion: string }[] = [
  { sheet: 21, line: 6905, criterion: '6.2' },
  { sheet: 22, line: 7196, criterion: '6.2' },
];

const clean = (s: string): string =>
  s
    .replace(/\s*\|\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
const SIGNATURE_LINE = '(Ký và ghi rõ họ tên)';

const fail = (message: string): never => {
  throw new Error(`derive-qd26: ${message}`);
};

export const deriveQd26Catalogue = (extracted: unknown, text: string) => {
  const raw = either.getOrElseW((f: Parameters<typeof describeFailure>[0]) => fail(describeFailure(f)))(
    decodeWith(RawCatalogue, 'qd26-2026-sheets.json')(extracted),
  );
  const lines = text.split('\n');
  const line = (n: number): string => lines[n - 1] ?? fail(`text has no line ${n}`);
  const corrections: Correction[] = [];
  const correct = (c: Correction): void => void corrections.push(c);

  const option = (sheet: number, code: string, o: RawOption, index: number): Option => {
    let points = o.points;
    let label = o.label;
    let minStars = o.min_star;
    if (points === null) {
      // Sheets 4, 7, 10 and 11 print no figure beside "not certified" on 1.2; every other sheet prints 0,
      // and 0 is the only value that keeps the criterion's maximum (2) equal to its best option.
      if (code !== '1.2' || index !== 0) fail(`sheet ${sheet} ${code}: points missing where no correction is known`);
      points = 0;
      correct({
        sheet,
        location: `criterion ${code}, option ${index + 1}`,
        change: 'points: missing → 0',
        reason:
          'the copy prints no points beside "Không được cấp giấy chứng nhận chất lượng"; the same option is worth 0 on every other sheet',
        evidence: `${ACT}, Annex II, sheet ${sheet}, criterion 1.2 (qd26-2026-text.txt; compare sheet 3 at line 1024)`,
      });
    }
    if (points !== null && sheet === 4 && code === '7' && points === 13) {
      points = 3;
      correct({
        sheet,
        location: 'criterion 7 (Dinh dưỡng), option 3',
        change: 'points: 13 → 3',
        reason: 'the criterion is worth 3 points; 13 is a typing error in the copy (the same option is 3 on sheets 1–3)',
        evidence: 'qd26-2026-text.txt line 1585',
      });
    }
    if (points !== null && sheet === 11 && code === '6.1.1' && points === 11) {
      points = 1;
      correct({
        sheet,
        location: 'criterion 6.1.1 (Tạp chất), option 2',
        change: 'points: 11 → 1',
        reason: 'the sub-criterion is worth 2 points and its options run 0, ?, 2; 11 is a doubled 1',
        evidence: 'qd26-2026-text.txt line 3798',
      });
    }
    const spaced = /\s*(\*\s){3,4}\*?\s*$/.exec(label);
    if (spaced && minStars === null) {
      minStars = spaced[0].split('*').length - 1;
      label = label.slice(0, spaced.index).trim();
      correct({
        sheet,
        location: `criterion ${code}, option ${index + 1}`,
        change: `marker "${spaced[0].trim()}" read as the ${minStars}-star minimum`,
        reason: 'the copy spaces out the asterisks ("* * * *"), which the extraction left in the label instead of reading the marker',
        evidence: `qd26-2026-text.txt line ${spacedMarkerLines[sheet] ?? fail(`no line recorded for the spaced marker on sheet ${sheet}`)}`,
      });
    }
    const marker = minStars === 3 || minStars === 4 || minStars === 5 ? minStars : undefined;
    if (minStars !== null && marker === undefined) fail(`sheet ${sheet} ${code}: marker ${minStars}`);
    return { label: clean(label), points, ...(marker === undefined ? {} : { minStars: marker }) };
  };

  const withCases = (sheet: number, code: string, options: RawOption[], [first, second]: readonly [number, number]): RawOption[] => {
    const headings = [clean(line(first)), clean(line(second))];
    if (!headings.every((h, i) => h.includes(`Trường hợp ${i + 1}`)) || options.length !== 4)
      fail(`sheet ${sheet} ${code}: expected two cases of two options`);
    correct({
      sheet,
      location: `criterion ${code}, options`,
      change: `prefixed options 1–2 with "${headings[0]}" and options 3–4 with "${headings[1]}"`,
      reason:
        'the criterion is printed as a choice between two cases, whose headings the extraction dropped; without them options 1 and 3 (and 2 and 4) read alike',
      evidence: `qd26-2026-text.txt lines ${first} and ${second}`,
    });
    return options.map((o, i) => ({ ...o, label: `${headings[i < 2 ? 0 : 1]} — ${o.label}` }));
  };

  const leaf = (sheet: number, l: RawLeaf, parent?: { code: string; title: string }): Criterion => {
    const options = (l.options ?? []).map((o, i) => option(sheet, l.code, o, i));
    const notes = (l.notes ?? []).map(clean).filter((n) => n.length > 0);
    const criterion: Criterion = {
      code: l.code,
      title: clean(l.title),
      max: l.max,
      kind: options.length === 0 ? 'yesNo' : 'choice',
      options,
      ...(parent ? { parent } : {}),
      ...(notes.length ? { notes } : {}),
    };
    if (options.length === 0)
      correct({
        sheet,
        location: `criterion ${l.code}`,
        change: 'no printed options → a yes/no criterion (met: its maximum; not met: 0)',
        reason: 'the sheet prints this criterion with its points but without options to tick [inference]',
        evidence: `${ACT}, Annex II, sheet ${sheet}, criterion ${l.code}`,
      });
    return criterion;
  };

  const sheets: Sheet[] = raw.sheets.map((s) => {
    const n = s.no;
    const meta = annexI[n] ?? fail(`no Annex I entry for sheet ${n}`);
    const parts = s.sections.map((section): Sheet['parts'][number] => {
      const code = section.code === 'A' || section.code === 'B' || section.code === 'C' ? section.code : fail(`part ${section.code}`);
      let title = clean(section.title);
      if (n === 26 && code === 'A' && title.includes('(35 Điểm)')) {
        title = title.replace('(35 Điểm)', '(40 Điểm)');
        correct({
          sheet: n,
          location: 'part A, title',
          change: '"(35 Điểm)" → "(40 Điểm)"',
          reason:
            'the heading repeats the QĐ 1048 figure; the part is printed with 40 as its maximum, its groups sum to 40 (14 + 12 + 14) and Art. 3.1.a sets part A at 40',
          evidence: 'qd26-2026-text.txt lines 8096–8098; Art. 3.1.a at line 30',
        });
      }
      const groups = section.groups.map((g): Group => {
        const notes = (g.notes ?? []).map(clean).filter((x) => x.length > 0 && x !== SIGNATURE_LINE);
        if ((g.notes ?? []).map(clean).includes(SIGNATURE_LINE))
          correct({
            sheet: n,
            location: `group ${g.code}, notes`,
            change: `removed "${SIGNATURE_LINE}"`,
            reason: "it is the evaluator's signature line at the foot of the sheet, which the extraction attached to the last group",
            evidence: `${ACT}, Annex II, sheet ${n}, foot`,
          });
        const cases = twoCaseCriteria[n]?.[g.code];
        const groupOptions = cases && g.options ? withCases(n, g.code, g.options, cases) : g.options;
        const criteria =
          groupOptions && groupOptions.length > 0
            ? [
                leaf(n, {
                  code: g.code,
                  title: g.title,
                  max: g.max,
                  options: groupOptions,
                  ...(cases ? { notes: ['Lựa chọn một trong hai trường hợp sau'] } : {}),
                }),
              ]
            : (g.criteria ?? []).flatMap((c) =>
                c.children && c.children.length > 0
                  ? c.children.map((child) => leaf(n, child, { code: c.code, title: clean(c.title) }))
                  : [leaf(n, c)],
              );
        return { code: g.code, title: clean(g.title), max: g.max, criteria, ...(notes.length ? { notes } : {}) };
      });
      return { code, title, max: section.max, groups };
    });

    // "Chỉ áp dụng khi có câu chuyện sản phẩm": the story structure counts only when a story exists.
    const all = parts.flatMap((p) => p.groups.flatMap((g) => g.criteria));
    for (const c of all) {
      const condition = c.notes?.find((x) => x.startsWith('Chỉ áp dụng khi có câu chuyện sản phẩm'));
      if (!condition) continue;
      const story = all.find((x) => x.code === '5.1') ?? fail(`sheet ${n}: no 5.1 for ${c.code}`);
      if (!/câu chuyện/i.test(story.title) || story.options[0]?.points !== 0) fail(`sheet ${n}: 5.1 is not the story criterion`);
      c.appliesWhen = { criterion: '5.1', minPoints: 1, text: condition };
      c.notes = c.notes?.filter((x) => x !== condition);
      if (c.notes?.length === 0) delete c.notes;
    }

    const disqualifications: Disqualification[] = [];
    if (s.disqualification) disqualifications.push({ id: 'dossier', text: clean(s.disqualification) });
    for (const c of all)
      for (const note of c.notes ?? [])
        if (/^Ghi chú: Bị loại nếu/.test(note)) disqualifications.push({ id: `criterion-${c.code}`, text: note, criterion: c.code });
    for (const m of missingDisqualifications.filter((x) => x.sheet === n)) {
      const note = clean(line(m.line));
      if (!/bị loại/.test(note)) fail(`line ${m.line} is not a disqualification note`);
      disqualifications.push({ id: `criterion-${m.criterion}`, text: note, criterion: m.criterion });
      const target = all.find((x) => x.code === m.criterion) ?? fail(`sheet ${n} has no ${m.criterion}`);
      target.notes = [...(target.notes ?? []), note];
      correct({
        sheet: n,
        location: `criterion ${m.criterion}, notes`,
        change: `added the note "${note}" and a disqualification for it`,
        reason: "the note is printed inside the last option's cell and the extraction dropped it",
        evidence: `qd26-2026-text.txt line ${m.line}`,
      });
    }

    const knockOuts: KnockOut[] = [];
    const k = knockOutTable[n];
    if (k) {
      const note = clean(line(k.line));
      if (!/không đánh giá các bước tiếp theo|Không xem xét các chỉ tiêu khác/i.test(note)) fail(`line ${k.line} is not a knock-out note`);
      if (!all.some((x) => x.code === k.stopsFrom)) fail(`sheet ${n} has no ${k.stopsFrom}`);
      knockOuts.push({
        id: k.trigger.kind === 'declared' ? 'unsafe-impurities' : `zero-${k.trigger.criteria.join('-')}`,
        text: note,
        trigger: k.trigger,
        stopsFrom: k.stopsFrom,
      });
      const groupNotes = parts.flatMap((p) => p.groups.flatMap((g) => g.notes ?? []));
      const inExtraction = [...all.flatMap((x) => x.notes ?? []), ...groupNotes].includes(note);
      if (!inExtraction) {
        const at = k.trigger.kind === 'zeroOn' ? k.trigger.criteria[k.trigger.criteria.length - 1] : k.stopsFrom;
        const target = all.find((x) => x.code === at) ?? fail(`sheet ${n} has no ${at}`);
        target.notes = [...(target.notes ?? []), note];
        correct({
          sheet: n,
          location: `criterion ${at}, notes`,
          change: `added the knock-out note "${note.slice(0, 60)}…"`,
          reason: 'the note ("Chú ý …") is printed after the options and the extraction dropped it',
          evidence: `qd26-2026-text.txt line ${k.line}`,
        });
      }
    }

    if (n === 7 || n === 8)
      correct({
        sheet: n,
        location: 'classification',
        change: 'group "Nông sản chế biến" (sheet header) → I.3 "Thực phẩm chế biến" (Annex I)',
        reason: "the sheet's header names a group that Annex I does not have; Annex I classifies this set under I.3",
        evidence: 'qd26-2026-text.txt lines 200–214 (Annex I)',
      });

    return {
      number: n,
      name: clean(s.name),
      nameEn: meta.en,
      classification: { group: meta.group, groupName: meta.groupName, subgroup: meta.subgroup, subgroupName: meta.subgroupName },
      managingAgency: meta.agency,
      parts,
      disqualifications,
      knockOuts,
      ...(s.star_note ? { starNote: clean(s.star_note) } : {}),
    };
  });

  return {
    id: 'qd26-2026',
    title: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP — Phụ lục II, Quyết định 26/2026/QĐ-TTg',
    provenance: {
      status: 'official' as const,
      source: { act: ACT, date: '2026-05-22', article: 'Annex II', verification: 'primary' as const },
      note: `Derived from a machine extraction of a third-party HTML copy of the decision (${raw.source.split(';')[0]}), checked line by line against the text; every change is listed under corrections.`,
    },
    parts: { A: 40, B: 25, C: 35 },
    sheets,
    corrections,
  };
};
