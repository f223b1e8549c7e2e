import type { EventDecodeError } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import { findingAt, type Finding } from '../finding.js';
import { recordIntegritySource } from '../sources.js';
import { describeDecodeError } from './describe.js';

// What is wrong with a stored event as a record, whatever it records.

export const undecodable = (recorded: RecordedEvent, error: EventDecodeError): Finding =>
  findingAt(
    recorded,
    'UndecodableEvent',
    `${recorded.type} (version ${recorded.schemaVersion}) cannot be read: ${describeDecodeError(error)}`,
    [recordIntegritySource],
  );

export const inWrongStream = (recorded: RecordedEvent, belongs: string): Finding =>
  findingAt(recorded, 'EventInWrongStream', `this ${recorded.type} belongs in ${belongs}, not in ${recorded.stream}`, [
    recordIntegritySource,
  ]);
