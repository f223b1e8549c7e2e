import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deciderSpecification, nonEmpty } from '@ocop/kernel';
import {
  decodeSubjectCommand,
  personalValue,
  sensitiveValue,
  subjectDecider,
  subjectEvents,
  subjectLegalFormSource,
  subjectStream,
  type SubjectCommand,
  type SubjectEvent,
} from '../src/index.js';
import { area, ctx, day, person, representative, subjectActor, subjectId } from './fixtures.js';
import { leftOf, rightOf, throughJson, viaJson } from './helpers.js';

const spec = deciderSpecification(subjectDecider);

const registration = {
  number: nonEmpty('4801234567'),
  issuedOn: day('2019-03-12'),
  issuer: nonEmpty('Phòng Tài chính – Kế hoạch huyện Tánh Linh'),
};

const registerData = {
  subjectId,
  name: nonEmpty('Hợp tác xã Nông nghiệp Đức Lan'),
  legalForm: 'cooperative' as const,
  area,
  registration,
  ...representative,
  ...ctx('2026-06-01', subjectActor),
};
const register: SubjectCommand = { type: 'RegisterSubject', data: registerData };
const registered: SubjectEvent = { type: 'SubjectRegistered', data: registerData };

const newRepresentative = {
  representative: personalValue(person('rep-2'), { fullName: 'Trần Văn Minh', phone: '0987654321' }),
  representativeFacts: sensitiveValue(person('rep-2'), { woman: false, ethnicMinority: true, disability: false }),
};

// QĐ 26/2026 Art. 2.3: the subject (chủ thể OCOP) is a registered cooperative, enterprise, farm or household.
test('registering a subject records it with its legal form, area, registration and representative as given', () => {
  spec.given([]).when(register).then([registered]);
});

// [inference] Art. 2.3 admits associations for the tourism group only; that limit is checked when a dossier is filed.
test('an association registers like any other subject; its sheet is checked at filing', () => {
  spec
    .given([])
    .when({ type: 'RegisterSubject', data: { ...registerData, legalForm: 'association' } })
    .then([{ type: 'SubjectRegistered', data: { ...registerData, legalForm: 'association' } }]);
});

// [inference] A stream holds one subject; registering it again is a conflict, never a second subject.
test('a subject is registered once', () => {
  spec
    .given([registered])
    .when(register)
    .thenError({ kind: 'conflict', rule: 'SubjectAlreadyRegistered', message: 'subject htx-duc-lan is already registered' });
});

// QĐ 26/2026 Annex II: criterion 3.2 of every sheet asks about the legal representative (a woman, an ethnic
// minority, a disability); the facts are recorded with the change.
test('a new legal representative is recorded with the facts criterion 3.2 asks about', () => {
  const data = { ...newRepresentative, ...ctx('2026-07-01', subjectActor) };
  spec
    .given([registered])
    .when({ type: 'ChangeRepresentative', data })
    .then([{ type: 'SubjectRepresentativeChanged', data: { subjectId, ...data } }]);
});

// QĐ 26/2026 Art. 2.3: a subject holds a business registration; its renewal is recorded.
test('a renewed business registration is recorded', () => {
  const data = { registration: { ...registration, issuedOn: day('2026-02-01') }, ...ctx('2026-07-01', subjectActor) };
  spec
    .given([registered])
    .when({ type: 'UpdateRegistration', data })
    .then([{ type: 'SubjectRegistrationUpdated', data: { subjectId, ...data } }]);
});

// Art. 2.3: the legal form decides who may apply, so a change of form is an event of its own.
test('a change of legal form is recorded, and the new form is the one compared next time', () => {
  const toSme = { legalForm: 'sme' as const, ...ctx('2026-08-01', subjectActor) };
  const changed: SubjectEvent = { type: 'SubjectLegalFormChanged', data: { subjectId, ...toSme } };
  spec.given([registered]).when({ type: 'ChangeLegalForm', data: toSme }).then([changed]);
  spec
    .given([registered, changed])
    .when({ type: 'ChangeLegalForm', data: { ...toSme, legalForm: 'cooperative' } })
    .then([{ type: 'SubjectLegalFormChanged', data: { subjectId, ...toSme, legalForm: 'cooperative' } }]);
  spec
    .given([registered, changed])
    .when({ type: 'ChangeLegalForm', data: toSme })
    .thenError({ kind: 'conflict', rule: 'LegalFormUnchanged', message: 'the subject already is a sme', source: subjectLegalFormSource });
});

// [inference] Art. 2.3: a change of legal form that changes nothing is refused, not recorded.
test('a change to the form the subject already has is refused', () => {
  spec
    .given([registered])
    .when({ type: 'ChangeLegalForm', data: { legalForm: 'cooperative', ...ctx('2026-08-01', subjectActor) } })
    .thenError({
      kind: 'conflict',
      rule: 'LegalFormUnchanged',
      message: 'the subject already is a cooperative',
      source: subjectLegalFormSource,
    });
});

// [inference] Only a registered subject changes.
test('changes to a subject that was never registered are refused as not found', () => {
  const notRegistered = { kind: 'notFound', rule: 'SubjectNotRegistered', message: 'the subject is not registered' } as const;
  const context = ctx('2026-07-01', subjectActor);
  const commands: ReadonlyArray<SubjectCommand> = [
    { type: 'ChangeRepresentative', data: { ...newRepresentative, ...context } },
    { type: 'UpdateRegistration', data: { registration, ...context } },
    { type: 'ChangeLegalForm', data: { legalForm: 'sme', ...context } },
  ];
  for (const command of commands) spec.given([]).when(command).thenError(notRegistered);
});

// [inference] One stream per subject, named by the id the caller chose.
test('the stream of a subject is named by its id', () => {
  assert.is(subjectStream(subjectId), 'Subject-htx-duc-lan');
});

// The codecs: what a host receives as JSON is decoded strictly, every problem named.
// [inference] Commands and events survive JSON unchanged.
test('a registration decoded from JSON gives the command; encoded and decoded events are unchanged', () => {
  const json = viaJson(register);
  assert.equal(rightOf(decodeSubjectCommand(json)), register);
  assert.equal(rightOf(throughJson(subjectEvents, registered)), registered);
  assert.is(subjectEvents.versionOf('SubjectRegistered'), 1);
});

// [inference] A command of a type the subject does not know is named, with the types it knows.
test('a command of an unknown type is refused with the types there are', () => {
  assert.equal(leftOf(decodeSubjectCommand({ type: 'DissolveSubject', data: {} })), {
    _tag: 'ValidationFailure',
    what: 'subject command',
    errors: [
      {
        path: 'type',
        message:
          'expected one of "RegisterSubject", "ChangeRepresentative", "UpdateRegistration", "ChangeLegalForm", got "DissolveSubject"',
      },
    ],
  });
});

// QĐ 26/2026 Art. 2.3 (legal forms) and QĐ 19/2025 (area codes): a bad value is refused by the codec, by name.
test('an unknown legal form, a malformed area code and an unknown field are each named', () => {
  const json = viaJson({
    type: 'RegisterSubject',
    data: { ...registerData, legalForm: 'company', area: { province: '6', commune: '23149' }, nickname: 'Đức Lan' },
  });
  assert.equal(leftOf(decodeSubjectCommand(json)), {
    _tag: 'ValidationFailure',
    what: 'subject command RegisterSubject',
    errors: [
      { path: 'data.nickname', message: 'unknown field "nickname"' },
      {
        path: 'data.legalForm',
        message:
          'expected one of "cooperative", "cooperativeGroup", "sme", "farm", "household", "association", "operatingCentre", got "company"',
      },
      { path: 'data.area.province', message: 'expected 2-digit code, got "6"' },
    ],
  });
});

// The representative's name and the facts of criterion 3.2 are personal data (Law on Personal Data Protection).
// [inference] Law on Personal Data Protection: the representative's name is only ever held as a personal value.
test('a representative given as plain text instead of a personal value is refused', () => {
  const json = viaJson({
    type: 'ChangeRepresentative',
    data: { ...newRepresentative, representative: 'Trần Văn Minh', ...ctx('2026-07-01', subjectActor) },
  });
  const failure = leftOf(decodeSubjectCommand(json));
  assert.is(failure.what, 'subject command ChangeRepresentative');
  // Every problem is on that one field, and the first names the form a personal value takes.
  assert.equal([...new Set(failure.errors.map((e) => e.path))], ['data.representative']);
  assert.equal(failure.errors[0], { path: 'data.representative', message: 'expected Personal, got "Trần Văn Minh"' });
});

test.run();
