import type { Command } from '../io.js';
import { scoreCommand } from './score.js';
import { tokensCommand } from './tokens.js';

export const commands: ReadonlyArray<Command> = [scoreCommand, tokensCommand];
