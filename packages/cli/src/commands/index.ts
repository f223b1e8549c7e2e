import type { Command } from '../io.js';
import { auditCommand } from './audit.js';
import { exampleCommand } from './example.js';
import { processHost } from './host.js';
import { scoreCommand } from './score.js';
import { tokensCommand } from './tokens.js';

const host = processHost();

export const commands: ReadonlyArray<Command> = [scoreCommand, auditCommand(host), exampleCommand(host), tokensCommand];
