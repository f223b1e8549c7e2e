import { either as E } from 'fp-ts';
import { renderSummary, reportToJson, verify, type VerifyReport } from '@ocop/audit';
import type { EventStore, RecordedEvent } from '@ocop/eventstore';
import { accessStream } from '@ocop/privacy';
import { chainVerifier, type Verified, type Verifier } from './chain-verifier.js';

const accessCategory = `${accessStream('').slice(0, -1)}-`;

/** The store without the access log of personal data, which is the privacy layer's, not an OCOP aggregate. */
const withoutAccessLog = (store: EventStore): EventStore => ({
  ...store,
  readAll: (options) => {
    const pages = store.readAll(options);
    return {
      [Symbol.asyncIterator]: async function* () {
        for await (const page of pages)
          yield E.map((events: ReadonlyArray<RecordedEvent>) => events.filter((e) => !e.stream.startsWith(accessCategory)))(page);
      },
    };
  },
});

/**
 * The whole verification of @ocop/audit (every hash chain, every event re-folded, every sheet and council
 * result recomputed under its rule set, every decision checked against the rules in force when it was made),
 * over the domain's streams; the access log's streams, which it does not know, have their hash chains checked.
 * It reads the store as stored: no decision needs a personal value.
 */
export const auditVerifier: Verifier = async (store) => {
  const chains = await chainVerifier(store);
  if (E.isLeft(chains)) return chains;
  const audited = await verify(withoutAccessLog(store));
  return E.map((report: VerifyReport): Verified => ({
    clean: report.clean && chains.right.clean,
    summary: `${renderSummary(report, 20)}\nHash chains, the access log included: ${chains.right.summary}`,
    summaryVi: `${renderSummary(report, 20, 'vi')}\nChuỗi băm, kể cả nhật ký truy cập dữ liệu cá nhân: ${chains.right.summaryVi}`,
    report: { audit: reportToJson(report), chains: chains.right.report },
  }))(audited);
};
