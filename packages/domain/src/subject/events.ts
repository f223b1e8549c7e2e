import * as t from 'io-ts';
import { eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { contextProps } from '../shared/context.js';
import { AreaCodec } from '../shared/area.js';
import { SubjectId } from '../shared/ids.js';
import { LegalFormCodec } from '../shared/legal-form.js';
import { ContactCodec, personal, sensitive } from '../shared/personal.js';

/** The business registration that makes a subject eligible (giấy chứng nhận đăng ký kinh doanh/HTX). */
export const RegistrationCodec = strict('Registration', { number: NonEmptyString, issuedOn: LocalDate, issuer: NonEmptyString }, {});

/**
 * The facts criterion 3.2 of every sheet asks about the legal representative: a woman, a member of an
 * ethnic minority, a person with a disability. Special-category personal data.
 */
export const RepresentativeFactsCodec = strict(
  'RepresentativeFacts',
  { woman: t.boolean, ethnicMinority: t.boolean, disability: t.boolean },
  {},
);
export type RepresentativeFacts = t.TypeOf<typeof RepresentativeFactsCodec>;

export const representativeProps = {
  representative: personal(ContactCodec),
  representativeFacts: sensitive(RepresentativeFactsCodec),
};

export const SubjectRegistered = eventSchema(
  'SubjectRegistered',
  strict(
    'SubjectRegistered',
    {
      subjectId: SubjectId,
      name: NonEmptyString,
      legalForm: LegalFormCodec,
      area: AreaCodec,
      registration: RegistrationCodec,
      ...representativeProps,
      ...contextProps,
    },
    {},
  ),
);

export const SubjectRepresentativeChanged = eventSchema(
  'SubjectRepresentativeChanged',
  strict('SubjectRepresentativeChanged', { subjectId: SubjectId, ...representativeProps, ...contextProps }, {}),
);

export const SubjectRegistrationUpdated = eventSchema(
  'SubjectRegistrationUpdated',
  strict('SubjectRegistrationUpdated', { subjectId: SubjectId, registration: RegistrationCodec, ...contextProps }, {}),
);

export const SubjectLegalFormChanged = eventSchema(
  'SubjectLegalFormChanged',
  strict('SubjectLegalFormChanged', { subjectId: SubjectId, legalForm: LegalFormCodec, ...contextProps }, {}),
);

export const subjectEvents = eventCodec([
  SubjectRegistered,
  SubjectRepresentativeChanged,
  SubjectRegistrationUpdated,
  SubjectLegalFormChanged,
]);
export type SubjectEvent = EventsOf<typeof subjectEvents>;
