import type * as t from 'io-ts';
import { commandCodec, NonEmptyString, strict } from '@ocop/kernel';
import { AreaCodec } from '../shared/area.js';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { SubjectId } from '../shared/ids.js';
import { LegalFormCodec } from '../shared/legal-form.js';
import { RegistrationCodec, representativeProps } from './events.js';

export const RegisterSubject = commandCodec(
  'RegisterSubject',
  strict(
    'RegisterSubject',
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

export const ChangeRepresentative = commandCodec(
  'ChangeRepresentative',
  strict('ChangeRepresentative', { ...representativeProps, ...contextProps }, {}),
);

export const UpdateRegistration = commandCodec(
  'UpdateRegistration',
  strict('UpdateRegistration', { registration: RegistrationCodec, ...contextProps }, {}),
);

export const ChangeLegalForm = commandCodec(
  'ChangeLegalForm',
  strict('ChangeLegalForm', { legalForm: LegalFormCodec, ...contextProps }, {}),
);

export const subjectCommandCodecs = [RegisterSubject, ChangeRepresentative, UpdateRegistration, ChangeLegalForm] as const;
export type SubjectCommand = t.TypeOf<(typeof subjectCommandCodecs)[number]>;
export const decodeSubjectCommand = commandDecoder(subjectCommandCodecs, 'subject');
