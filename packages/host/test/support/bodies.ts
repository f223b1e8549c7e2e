// Request bodies several host tests send: the same facts of the Tánh Linh example, written once.

/** The council snapshot a round of Lâm Đồng's council opens with: four members, ld-chair in the chair. */
export const lamDongRoundCouncil = {
  chair: 'ld-chair',
  members: ['ld-chair', 'ld-nmt', 'ld-ct', 'ld-yt'].map((person) => ({ person, organisation: 'Lâm Đồng' })),
  rules: {
    quorum: { numerator: 3, denominator: 4, chairRequired: true },
    spreadLimit: 10,
    minimumsBasis: 'majority',
    writtenOpinionsForReEvaluation: true,
  },
};

/** HTX Thử, the cooperative of the `subject` account, which the example does not hold: its registration. */
export const registerHtxThu = {
  subjectId: 'htx-thu',
  name: 'HTX Thử',
  legalForm: 'cooperative',
  area: { province: '68', commune: '23149' },
  registration: { number: '48001', issuedOn: '2026-01-05', issuer: 'Sở Tài chính' },
  representative: { $personal: 'rep-thu', value: { fullName: 'Nguyễn Văn Thử' } },
  representativeFacts: { $personal: 'rep-thu', sensitive: true, value: { woman: false, ethnicMinority: false, disability: false } },
};
