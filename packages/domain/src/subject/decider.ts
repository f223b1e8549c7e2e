import { either as E } from 'fp-ts';
import type { Decider } from '@ocop/kernel';
import { conflict, notFound, type DomainError } from '../shared/errors.js';
import { subjectLegalFormSource } from '../shared/sources.js';
import type { SubjectCommand } from './commands.js';
import type { SubjectEvent } from './events.js';
import { initialSubjectState, type SubjectState } from './state.js';

const notRegistered = (): DomainError => notFound('SubjectNotRegistered', 'the subject is not registered');

/** A subject (chủ thể OCOP): its legal form, area, registration and legal representative. */
export const decideSubject = (command: SubjectCommand, state: SubjectState): E.Either<DomainError, ReadonlyArray<SubjectEvent>> => {
  switch (command.type) {
    case 'RegisterSubject':
      if (state.status !== 'none') return E.left(conflict('SubjectAlreadyRegistered', `subject ${state.subjectId} is already registered`));
      return E.right([{ type: 'SubjectRegistered', data: command.data }]);
    case 'ChangeRepresentative':
      if (state.status === 'none') return E.left(notRegistered());
      return E.right([{ type: 'SubjectRepresentativeChanged', data: { subjectId: state.subjectId, ...command.data } }]);
    case 'UpdateRegistration':
      if (state.status === 'none') return E.left(notRegistered());
      return E.right([{ type: 'SubjectRegistrationUpdated', data: { subjectId: state.subjectId, ...command.data } }]);
    case 'ChangeLegalForm':
      if (state.status === 'none') return E.left(notRegistered());
      if (state.legalForm === command.data.legalForm)
        return E.left(conflict('LegalFormUnchanged', `the subject already is a ${state.legalForm}`, { source: subjectLegalFormSource }));
      return E.right([{ type: 'SubjectLegalFormChanged', data: { subjectId: state.subjectId, ...command.data } }]);
  }
};

export const evolveSubject = (state: SubjectState, event: SubjectEvent): SubjectState => {
  switch (event.type) {
    case 'SubjectRegistered':
      return {
        status: 'registered',
        subjectId: event.data.subjectId,
        name: event.data.name,
        legalForm: event.data.legalForm,
        area: event.data.area,
      };
    case 'SubjectLegalFormChanged':
      return state.status === 'registered' ? { ...state, legalForm: event.data.legalForm } : state;
    case 'SubjectRepresentativeChanged':
    case 'SubjectRegistrationUpdated':
      return state;
  }
};

export const subjectDecider: Decider<SubjectCommand, SubjectState, SubjectEvent, DomainError> = {
  decide: decideSubject,
  evolve: evolveSubject,
  initialState: initialSubjectState,
};

export const subjectStream = (subjectId: string): string => `Subject-${subjectId}`;
