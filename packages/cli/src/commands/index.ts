import type { Command } from '../io.js';
import { scoreCommand } from './score.js';

export const commands: ReadonlyArray<Command> = [scoreCommand];
