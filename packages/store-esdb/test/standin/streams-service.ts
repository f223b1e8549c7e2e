// Streams.Read (streams and $all, both directions, $all catch-up subscriptions with filters, checkpoints and
// the caught-up signal), Streams.Append and Streams.BatchAppend, as EventStoreDB answers them.
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { type Expected, type Log, type LogRecord, type Position, type Proposed } from './log.js';
import {
  googleAny,
  googleEmpty,
  sharedPb,
  statusPb,
  streamIdentifier,
  streamName,
  streamsPb,
  uuid,
  uuidString,
  type StreamsServer,
} from './pb.js';

type ReadReq = InstanceType<typeof streamsPb.ReadReq>;
type ReadResp = InstanceType<typeof streamsPb.ReadResp>;
type FilterOptions = InstanceType<typeof streamsPb.ReadReq.Options.FilterOptions>;
type Server = StreamsServer;

export interface Filter {
  readonly on: 'streamName' | 'eventType';
  readonly regex: string | undefined;
  readonly prefixes: ReadonlyArray<string>;
  /** Events scanned between checkpoints: the search window times the checkpoint interval multiplier. */
  readonly checkpointEvery: number;
}

/** What the stand-in was asked, for tests to check what the client sent. */
export interface Received {
  readonly appends: Array<{
    readonly stream: string;
    readonly expected: Expected;
    readonly ids: ReadonlyArray<string>;
    readonly via: 'append' | 'batchAppend';
  }>;
  readonly subscriptions: Array<{ readonly from: 'start' | 'end' | Position; readonly filter: Filter | undefined }>;
}

export interface ServiceOptions {
  readonly log: Log;
  readonly caughtUp: boolean;
  readonly received: Received;
  /** Called before each call: a status refuses it (wrong credentials). */
  readonly admit: (metadata: grpc.Metadata) => grpc.StatusObject | undefined;
  /** Whether to write the next append and then fail the call as if its reply were lost. */
  readonly loseReply: () => boolean;
  /** Registers what to undo when the server goes away (live subscriptions). */
  readonly onShutdown: (cleanup: () => void) => void;
}

const defaultSearchWindow = 32;

const filterOf = (options: FilterOptions): Filter => {
  const on = options.hasStreamIdentifier() ? 'streamName' : 'eventType';
  const expression = options.hasStreamIdentifier() ? options.getStreamIdentifier() : options.getEventType();
  const window = options.hasMax() ? options.getMax() : defaultSearchWindow;
  return {
    on,
    regex: expression?.getRegex() || undefined,
    prefixes: expression?.getPrefixList() ?? [],
    checkpointEvery: window * Math.max(1, options.getCheckpointintervalmultiplier()),
  };
};

const passes = (filter: Filter | undefined, record: LogRecord): boolean => {
  if (!filter) return true;
  const subject = filter.on === 'streamName' ? record.stream : record.type;
  if (filter.regex !== undefined && !new RegExp(filter.regex).test(subject)) return false;
  return filter.prefixes.length === 0 || filter.prefixes.some((p) => subject.startsWith(p));
};

const recordedEvent = (r: LogRecord) => {
  const e = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(uuid(r.id))
    .setStreamIdentifier(streamIdentifier(r.stream))
    .setStreamRevision(r.revision.toString())
    .setCommitPosition(r.commit.toString())
    .setPreparePosition(r.prepare.toString())
    .setCustomMetadata(r.metadata)
    .setData(r.data);
  e.getMetadataMap().set('type', r.type).set('content-type', r.contentType).set('created', r.created.toString());
  return e;
};

const eventMessage = (r: LogRecord, fromAll: boolean): ReadResp => {
  const read = new streamsPb.ReadResp.ReadEvent().setEvent(recordedEvent(r));
  if (fromAll) read.setCommitPosition(r.commit.toString());
  else read.setNoPosition(new sharedPb.Empty());
  return new streamsPb.ReadResp().setEvent(read);
};

const checkpointMessage = (r: LogRecord): ReadResp =>
  new streamsPb.ReadResp().setCheckpoint(
    new streamsPb.ReadResp.Checkpoint().setCommitPosition(r.commit.toString()).setPreparePosition(r.prepare.toString()),
  );

const proposedOf = (
  m: InstanceType<typeof streamsPb.AppendReq.ProposedMessage> | InstanceType<typeof streamsPb.BatchAppendReq.ProposedMessage>,
): Proposed => ({
  id: uuidString(m.getId()),
  type: m.getMetadataMap().get('type') ?? '',
  contentType: m.getMetadataMap().get('content-type') ?? 'application/octet-stream',
  data: m.getData_asU8(),
  metadata: m.getCustomMetadata_asU8(),
});

const tooLargeStatus = (maxAppendSize: number): grpc.StatusObject => {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(maxAppendSize));
  return { code: grpc.status.INVALID_ARGUMENT, details: `Maximum Append Size of ${maxAppendSize} Exceeded.`, metadata };
};

const lostReply: grpc.StatusObject = {
  code: grpc.status.UNAVAILABLE,
  details: 'stand-in: the reply was lost',
  metadata: new grpc.Metadata(),
};

export const streamsService = ({ log, caughtUp, received, admit, loseReply, onShutdown }: ServiceOptions): Server => {
  const subscribe = (
    call: grpc.ServerWritableStream<ReadReq, ReadResp>,
    from: 'start' | 'end' | Position,
    filter: Filter | undefined,
  ): void => {
    received.subscriptions.push({ from, filter });
    let scanned = 0;
    const deliver = (r: LogRecord): void => {
      if (passes(filter, r)) call.write(eventMessage(r, true));
      else if (filter && ++scanned % filter.checkpointEvery === 0) call.write(checkpointMessage(r));
    };
    call.write(new streamsPb.ReadResp().setConfirmation(new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
    // Catching up and going live in one synchronous step: nothing can be appended in between.
    if (from !== 'end') for (const r of log.after(from)) deliver(r);
    if (caughtUp) call.write(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp()));
    const stop = log.onRecord(deliver);
    onShutdown(stop);
    call.on('cancelled', stop);
    call.on('close', stop);
  };

  const read: Server['read'] = (call) => {
    const refused = admit(call.metadata);
    if (refused) return void call.emit('error', refused);
    const options = call.request.getOptions();
    const backwards = options?.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
    const count = options?.hasCount() ? Math.min(Number(options.getCount()), Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
    const filter = options?.hasFilter() ? filterOf(options.getFilter() ?? new streamsPb.ReadReq.Options.FilterOptions()) : undefined;
    const stream = options?.getStream();
    const all = options?.getAll();
    if (stream) {
      if (options?.hasSubscription())
        return void call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'stand-in: stream subscriptions are not implemented' });
      const name = streamName(stream.getStreamIdentifier());
      const from = stream.hasStart() ? 'start' : stream.hasEnd() ? 'end' : BigInt(stream.getRevision());
      const records = log.readStream(name, from, backwards, count);
      if (!records)
        call.write(
          new streamsPb.ReadResp().setStreamNotFound(new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name))),
        );
      for (const r of records ?? []) call.write(eventMessage(r, false));
      return void call.end();
    }
    if (!all) return void call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: 'stand-in: neither a stream nor $all' });
    const position = all.getPosition();
    const from = all.hasStart()
      ? 'start'
      : all.hasEnd() || !position
        ? 'end'
        : { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
    if (options?.hasSubscription()) return subscribe(call, from, filter);
    let sent = 0;
    for (const r of log.readAll(from, backwards, Number.MAX_SAFE_INTEGER)) {
      if (sent === count) break;
      if (!passes(filter, r)) continue;
      call.write(eventMessage(r, true));
      sent++;
    }
    call.end();
  };

  /** The outcome of an append as Streams.Append words it. */
  const appendResponse = (stream: string, expected: Expected, proposed: ReadonlyArray<Proposed>) => {
    const outcome = log.append(stream, expected, proposed);
    const resp = new streamsPb.AppendResp();
    switch (outcome.kind) {
      case 'tooLarge':
        return { outcome, resp };
      case 'written':
      case 'idempotent': {
        const success = new streamsPb.AppendResp.Success().setCurrentRevision(outcome.current.toString());
        if (outcome.kind === 'written')
          success.setPosition(
            new streamsPb.AppendResp.Position().setCommitPosition(outcome.commit.toString()).setPreparePosition(outcome.prepare.toString()),
          );
        else success.setNoPosition(new sharedPb.Empty());
        return { outcome, resp: resp.setSuccess(success) };
      }
      case 'wrongExpectedVersion': {
        const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
        if (outcome.current === undefined) wrong.setCurrentNoStream(new sharedPb.Empty());
        else wrong.setCurrentRevision(outcome.current.toString());
        if (typeof expected === 'bigint') wrong.setExpectedRevision(expected.toString());
        else if (expected === 'any') wrong.setExpectedAny(new sharedPb.Empty());
        else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
        else wrong.setExpectedNoStream(new sharedPb.Empty());
        return { outcome, resp: resp.setWrongExpectedVersion(wrong) };
      }
    }
  };

  const append: Server['append'] = (call, callback) => {
    const refused = admit(call.metadata);
    if (refused) return callback(refused);
    let stream = '';
    let expected: Expected = 'any';
    const proposed: Proposed[] = [];
    call.on('data', (req: InstanceType<typeof streamsPb.AppendReq>) => {
      const options = req.getOptions();
      if (options) {
        stream = streamName(options.getStreamIdentifier());
        expected = options.hasRevision()
          ? BigInt(options.getRevision())
          : options.hasNoStream()
            ? 'no_stream'
            : options.hasStreamExists()
              ? 'stream_exists'
              : 'any';
      }
      const message = req.getProposedMessage();
      if (message) proposed.push(proposedOf(message));
    });
    call.on('end', () => {
      received.appends.push({ stream, expected, ids: proposed.map((p) => p.id), via: 'append' });
      const { outcome, resp } = appendResponse(stream, expected, proposed);
      if (outcome.kind === 'tooLarge') return callback(tooLargeStatus(outcome.maxAppendSize));
      if (loseReply()) return callback(lostReply);
      callback(null, resp);
    });
  };

  const batchAppend: Server['batchAppend'] = (call) => {
    const refused = admit(call.metadata);
    if (refused) return void call.emit('error', refused);
    const pending = new Map<string, { options: InstanceType<typeof streamsPb.BatchAppendReq.Options> | undefined; proposed: Proposed[] }>();
    call.on('data', (req: InstanceType<typeof streamsPb.BatchAppendReq>) => {
      const correlation = uuidString(req.getCorrelationId());
      const entry = pending.get(correlation) ?? { options: undefined, proposed: [] };
      pending.set(correlation, entry);
      entry.options = req.getOptions() ?? entry.options;
      entry.proposed.push(...req.getProposedMessagesList().map(proposedOf));
      if (!req.getIsFinal()) return;
      pending.delete(correlation);
      const options = entry.options;
      const stream = streamName(options?.getStreamIdentifier());
      const expected: Expected = options?.hasStreamPosition()
        ? BigInt(options.getStreamPosition())
        : options?.hasNoStream()
          ? 'no_stream'
          : options?.hasStreamExists()
            ? 'stream_exists'
            : 'any';
      received.appends.push({ stream, expected, ids: entry.proposed.map((p) => p.id), via: 'batchAppend' });
      const { outcome, resp: single } = appendResponse(stream, expected, entry.proposed);
      const resp = new streamsPb.BatchAppendResp().setCorrelationId(uuid(correlation)).setStreamIdentifier(streamIdentifier(stream));
      if (typeof expected === 'bigint') resp.setStreamPosition(expected.toString());
      else if (expected === 'no_stream') resp.setNoStream(googleEmpty());
      else if (expected === 'stream_exists') resp.setStreamExists(googleEmpty());
      else resp.setAny(googleEmpty());
      const failure = (details: { readonly name: string; readonly bytes: Uint8Array }, message: string) => {
        const any = googleAny();
        any.pack(details.bytes, details.name);
        return new statusPb.Status().setCode(9).setMessage(message).setDetails(any);
      };
      if (outcome.kind === 'tooLarge') {
        const max = new sharedPb.MaximumAppendSizeExceeded().setMaxappendsize(outcome.maxAppendSize);
        resp.setError(
          failure({ name: 'event_store.client.MaximumAppendSizeExceeded', bytes: max.serializeBinary() }, 'Maximum append size exceeded'),
        );
      } else if (outcome.kind === 'wrongExpectedVersion') {
        const wrong = new sharedPb.WrongExpectedVersion();
        if (outcome.current === undefined) wrong.setCurrentNoStream(googleEmpty());
        else wrong.setCurrentStreamRevision(outcome.current.toString());
        if (typeof expected === 'bigint') wrong.setExpectedStreamPosition(expected.toString());
        else if (expected === 'any') wrong.setExpectedAny(googleEmpty());
        else if (expected === 'stream_exists') wrong.setExpectedStreamExists(googleEmpty());
        else wrong.setExpectedNoStream(googleEmpty());
        resp.setError(
          failure({ name: 'event_store.client.WrongExpectedVersion', bytes: wrong.serializeBinary() }, 'Wrong expected version'),
        );
      } else {
        const success = single.getSuccess();
        const position = success?.getPosition();
        const ok = new streamsPb.BatchAppendResp.Success().setCurrentRevision(outcome.current.toString());
        if (position)
          ok.setPosition(
            new sharedPb.AllStreamPosition()
              .setCommitPosition(position.getCommitPosition())
              .setPreparePosition(position.getPreparePosition()),
          );
        else ok.setNoPosition(googleEmpty());
        resp.setSuccess(ok);
      }
      if (loseReply()) return void call.emit('error', lostReply);
      call.write(resp);
    });
    call.on('end', () => call.end());
  };

  const unimplemented = (name: string) => (_call: unknown, callback: grpc.sendUnaryData<never>) =>
    callback({ code: grpc.status.UNIMPLEMENTED, details: `stand-in: Streams.${name} is not implemented` });

  return { read, append, batchAppend, delete: unimplemented('Delete'), tombstone: unimplemented('Tombstone') };
};
