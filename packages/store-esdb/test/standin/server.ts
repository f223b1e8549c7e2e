// An in-process gRPC server that speaks EventStoreDB's protocol for the calls the store and its client make:
// ServerFeatures (on connect), Gossip (cluster connection strings), and the Streams calls of streams-service.ts.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { createLog, type Log } from './log.js';
import { featuresGrpc, featuresPb, gossipGrpc, gossipPb, streamsGrpc, uuid } from './pb.js';
import { streamsService, type Received } from './streams-service.js';

export interface StandInOptions {
  /** Send the caught-up signal of EventStoreDB 23.10+ (true), or behave like an older server (false). */
  readonly caughtUp?: boolean;
  /** Offer Streams.BatchAppend, which the client then prefers (true), or only Streams.Append (false). */
  readonly batchAppend?: boolean;
  /** 1 MiB by default, as the server's MaxAppendSize. */
  readonly maxAppendSize?: number;
  /** Write system events as a server with its system projections does (true by default). */
  readonly systemEvents?: boolean;
  /** Serve TLS with this key and certificate (PEM) instead of plain text. */
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer };
  /** Require these credentials on every call, as a secure server does. */
  readonly credentials?: { readonly username: string; readonly password: string };
}

export interface StandIn {
  readonly port: number;
  readonly log: Log;
  readonly received: Received;
  /** `esdb://…` for this stand-in: plain text unless it serves TLS. */
  readonly connectionString: string;
  /** Closes every connection at once (as a crashed or restarted server does), then serves again on the same port. */
  readonly dropConnections: () => Promise<void>;
  /** Writes the next append, then fails its call as if the reply were lost on the way. */
  readonly loseNextReply: () => void;
  readonly stop: () => Promise<void>;
}

const serverVersion = (caughtUp: boolean): string => (caughtUp ? '24.10.0' : '22.10.0');

const bind = async (server: grpc.Server, port: number, credentials: grpc.ServerCredentials): Promise<number> => {
  // Right after a shutdown the port may still be held for a moment.
  for (let tries = 0; ; tries++) {
    try {
      return await new Promise<number>((resolve, reject) =>
        server.bindAsync(`127.0.0.1:${port}`, credentials, (error, bound) => (error ? reject(error) : resolve(bound))),
      );
    } catch (error) {
      if (tries >= 50 || port === 0) throw error;
      await sleep(20);
    }
  }
};

export const startStandIn = async (options: StandInOptions = {}): Promise<StandIn> => {
  const { caughtUp = true, batchAppend = true, maxAppendSize = 1024 * 1024, systemEvents = true, tls, credentials } = options;
  const log = createLog({ maxAppendSize, systemEvents });
  const received: Received = { appends: [], subscriptions: [] };
  const instanceId = randomUUID();
  let loseReply = false;
  let cleanups: Array<() => void> = [];
  const authorization = credentials && `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const admit = (metadata: grpc.Metadata): grpc.StatusObject | undefined =>
    authorization === undefined || metadata.get('authorization')[0] === authorization
      ? undefined
      : { code: grpc.status.UNAUTHENTICATED, details: 'stand-in: bad credentials', metadata: new grpc.Metadata() };
  const serverCredentials = tls
    ? grpc.ServerCredentials.createSsl(null, [{ private_key: tls.key, cert_chain: tls.cert }], false)
    : grpc.ServerCredentials.createInsecure();

  const serve = async (port: number): Promise<{ server: grpc.Server; port: number }> => {
    const server = new grpc.Server({ 'grpc.max_receive_message_length': 17 * 1024 * 1024 });
    server.addService(
      streamsGrpc.StreamsService,
      streamsService({
        log,
        caughtUp,
        received,
        admit,
        loseReply: () => {
          const lose = loseReply;
          loseReply = false;
          return lose;
        },
        onShutdown: (cleanup) => cleanups.push(cleanup),
      }),
    );
    server.addService(featuresGrpc.ServerFeaturesService, {
      getSupportedMethods: (_call: unknown, callback: grpc.sendUnaryData<InstanceType<typeof featuresPb.SupportedMethods>>) => {
        const methods = ['read', 'append', ...(batchAppend ? ['batchappend'] : [])].map((name) =>
          new featuresPb.SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(name),
        );
        callback(null, new featuresPb.SupportedMethods().setEventStoreServerVersion(serverVersion(caughtUp)).setMethodsList(methods));
      },
    });
    server.addService(gossipGrpc.GossipService, {
      read: (_call: unknown, callback: grpc.sendUnaryData<InstanceType<typeof gossipPb.ClusterInfo>>) => {
        const member = new gossipPb.MemberInfo()
          .setInstanceId(uuid(instanceId))
          .setTimeStamp(String(Date.now() * 10_000))
          .setState(gossipPb.MemberInfo.VNodeState.LEADER)
          .setIsAlive(true)
          .setHttpEndPoint(new gossipPb.EndPoint().setAddress('127.0.0.1').setPort(current.port));
        callback(null, new gossipPb.ClusterInfo().setMembersList([member]));
      },
    });
    return { server, port: await bind(server, port, serverCredentials) };
  };

  const shutdown = (): void => {
    current.server.forceShutdown();
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  };

  let current = await serve(0);
  const host = tls ? 'localhost' : '127.0.0.1';
  const user = credentials ? `${encodeURIComponent(credentials.username)}:${encodeURIComponent(credentials.password)}@` : '';
  return {
    port: current.port,
    log,
    received,
    connectionString: `esdb://${user}${host}:${current.port}?tls=${tls ? 'true' : 'false'}`,
    dropConnections: async () => {
      shutdown();
      current = await serve(current.port);
    },
    loseNextReply: () => {
      loseReply = true;
    },
    stop: () => Promise.resolve(shutdown()),
  };
};
