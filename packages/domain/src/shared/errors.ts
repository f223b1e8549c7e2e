import type { LegalSource } from '@ocop/rules';

/**
 * Why a command was refused. `rule` names the rule broken (e.g. `ReEvaluationOutsideWindow`), `source` the
 * article it comes from, `message` says it in a sentence. `kind` tells an interface how to answer:
 * `conflict` — the state does not allow it now (HTTP 409); `invalid` — the request breaks a rule (422);
 * `forbidden` — this actor may not do it (403); `notFound` — the thing does not exist (404).
 */
export interface DomainError {
  readonly kind: 'conflict' | 'invalid' | 'forbidden' | 'notFound';
  readonly rule: string;
  readonly message: string;
  readonly source?: LegalSource;
  readonly details?: Readonly<Record<string, unknown>>;
}

const error =
  (kind: DomainError['kind']) =>
  (
    rule: string,
    message: string,
    extra: { readonly source?: LegalSource; readonly details?: Readonly<Record<string, unknown>> } = {},
  ): DomainError => ({
    kind,
    rule,
    message,
    ...extra,
  });

export const conflict = error('conflict');
export const invalid = error('invalid');
export const forbidden = error('forbidden');
export const notFound = error('notFound');
