// The client's own generated protobuf and gRPC code: the stand-in speaks exactly the messages the client does.
import gossipGrpc from '@eventstore/db-client/generated/gossip_grpc_pb.js';
import gossipPb from '@eventstore/db-client/generated/gossip_pb.js';
import featuresGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import featuresPb from '@eventstore/db-client/generated/serverfeatures_pb.js';
import sharedPb from '@eventstore/db-client/generated/shared_pb.js';
import statusPb from '@eventstore/db-client/generated/status_pb.js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';

export { featuresGrpc, featuresPb, gossipGrpc, gossipPb, sharedPb, statusPb, streamsGrpc, streamsPb };

export const uuid = (id: string): InstanceType<typeof sharedPb.UUID> => new sharedPb.UUID().setString(id);

export const uuidString = (id: InstanceType<typeof sharedPb.UUID> | undefined): string => id?.getString() ?? '';

export const streamIdentifier = (name: string): InstanceType<typeof sharedPb.StreamIdentifier> =>
  new sharedPb.StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));

export const streamName = (identifier: InstanceType<typeof sharedPb.StreamIdentifier> | undefined): string =>
  identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';

// google.protobuf.Empty and Any are not exported by the generated code, only used by it: decoding the
// empty encoding of a field that holds one yields an instance (field 2 of WrongExpectedVersion, 3 of Status).
export type GoogleEmpty = NonNullable<ReturnType<InstanceType<typeof sharedPb.WrongExpectedVersion>['getCurrentNoStream']>>;
export type GoogleAny = NonNullable<ReturnType<InstanceType<typeof statusPb.Status>['getDetails']>>;

export const googleEmpty = (): GoogleEmpty => {
  const empty = sharedPb.WrongExpectedVersion.deserializeBinary(Uint8Array.of(0x12, 0)).getCurrentNoStream();
  if (!empty) throw new Error('the generated code no longer decodes an empty google.protobuf.Empty');
  return empty;
};

export const googleAny = (): GoogleAny => {
  const any = statusPb.Status.deserializeBinary(Uint8Array.of(0x1a, 0)).getDetails();
  if (!any) throw new Error('the generated code no longer decodes an empty google.protobuf.Any');
  return any;
};

export type StreamsServer = streamsGrpc.IStreamsServer;
