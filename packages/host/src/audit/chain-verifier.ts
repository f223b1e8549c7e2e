import { either as E } from 'fp-ts';
import type { Json } from '@ocop/kernel';
import { verifyStream, type EventStore, type RecordedEvent, type StoreError } from '@ocop/eventstore';

/** What a verification found: clean or not, a summary for people in English and in Vietnamese, and the whole report as JSON. */
export interface Verified {
  readonly clean: boolean;
  readonly summary: string;
  readonly summaryVi: string;
  readonly report: Json;
}

export type Verifier = (store: EventStore) => Promise<E.Either<StoreError, Verified>>;

/**
 * Verifies every stream's hash chain, reading the whole store in global order: an event edited, removed,
 * inserted or reordered breaks its stream's chain at the first event it touches.
 */
export const chainVerifier: Verifier = async (store) => {
  const streams = new Map<string, RecordedEvent[]>();
  let events = 0;
  for await (const page of store.readAll({ batchSize: 1000 })) {
    if (E.isLeft(page)) return page;
    for (const e of page.right) {
      events++;
      const list = streams.get(e.stream) ?? [];
      list.push(e);
      streams.set(e.stream, list);
    }
  }
  const findings: Json[] = [];
  for (const [stream, list] of streams) {
    const checked = verifyStream([...list].sort((a, b) => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0)));
    if (E.isLeft(checked))
      findings.push({
        rule: 'ChainBroken',
        stream,
        revision: checked.left.revision.toString(),
        reason: checked.left.reason,
        detail: checked.left.detail,
      });
  }
  return E.right({
    clean: findings.length === 0,
    summary: `${events} events in ${streams.size} streams; ${findings.length === 0 ? 'every hash chain holds' : `${findings.length} broken chains`}`,
    summaryVi: `${events.toLocaleString('vi')} sự kiện trong ${streams.size.toLocaleString('vi')} luồng; ${findings.length === 0 ? 'mọi chuỗi băm nguyên vẹn' : `${findings.length.toLocaleString('vi')} chuỗi băm bị phá vỡ`}`,
    report: { clean: findings.length === 0, events, streams: streams.size, findings },
  });
};
