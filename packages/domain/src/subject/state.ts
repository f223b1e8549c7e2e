import type { LegalForm } from '../shared/legal-form.js';
import type { Area } from '../shared/area.js';
import type { SubjectId } from '../shared/ids.js';

export type SubjectState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly subjectId: SubjectId;
      readonly name: string;
      readonly legalForm: LegalForm;
      readonly area: Area;
    };

export const initialSubjectState: SubjectState = { status: 'none' };
