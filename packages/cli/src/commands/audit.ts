import { randomUUID } from 'node:crypto';
import { either as E } from 'fp-ts';
import { instantOf, parseLocalDate, type LocalDate } from '@ocop/kernel';
import { describeStoreError } from '@ocop/connect';
import { recordAccesses } from '@ocop/privacy';
import {
  headsOfReport,
  renderReplay,
  renderSummary,
  renderTrail,
  replay,
  reportToJson,
  trail,
  verify,
  type Lang,
  type Opener,
  type StreamHead,
  type TrailFormat,
} from '@ocop/audit';
import type { Command, CommandIO, ExitCode } from '../io.js';
import { parseFlags } from './flags.js';
import type { CommandHost } from './host.js';
import { commandLineReader, namesOpener } from './names.js';
import { withPersonalKeys, withStore } from './store.js';

const usage = [
  'usage: ocop audit verify [--store URL] [--report FILE.json] [--against PREVIOUS_REPORT.json] [--lang en|vi]',
  '       ocop audit trail PRODUCT_OR_DOSSIER [--as-of DATE] [--format text|json|md|csv] [--lang vi|en] [--names] [--store URL]',
  '       ocop audit replay --as-of DATE [--format text|json] [--lang vi|en] [--store URL]',
  'The store is --store URL, else OCOP_STORE, else sqlite:./data/ocop.sqlite.',
  '--names opens the sealed names with the host’s keys (OCOP_MASTER_KEY or ./data/master.key); the read is recorded.',
].join('\n');

const bad = (io: CommandIO, message: string): ExitCode => {
  io.err(`ocop audit: ${message}\n${usage}`);
  return 2;
};

const oneOf = <A extends string>(value: string | undefined, allowed: ReadonlyArray<A>, fallback: A): A | undefined =>
  value === undefined ? fallback : allowed.find((a) => a === value);

const dateOption = (value: string | undefined): { ok: true; date?: LocalDate } | { ok: false } => {
  if (value === undefined) return { ok: true };
  const date = parseLocalDate(value);
  return date === undefined ? { ok: false } : { ok: true, date };
};

/** The stream heads of a previous report, which the verification compares with. */
const previousHeads = async (io: CommandIO, file: string): Promise<E.Either<string, ReadonlyArray<StreamHead>>> => {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    return E.left(`${file} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return E.mapLeft((why: string) => `${file}: ${why}`)(headsOfReport(JSON.parse(text)));
  } catch {
    return E.left(`${file} is not JSON`);
  }
};

const runVerify = async (host: CommandHost, io: CommandIO, args: ReadonlyArray<string>): Promise<ExitCode> => {
  const parsed = parseFlags(args, ['store', 'report', 'against', 'lang']);
  if (!parsed.ok) return bad(io, parsed.message);
  if (parsed.positional.length > 0) return bad(io, `unexpected ${parsed.positional.join(' ')}`);
  const { store: given, report: file, against } = parsed.options;
  // The summary of a verification stays English unless asked: its findings' details are English.
  const lang = oneOf<Lang>(parsed.options['lang'], ['vi', 'en'], 'en');
  if (!lang) return bad(io, '--lang is vi or en');
  const expected = against === undefined ? E.right(undefined) : await previousHeads(io, against);
  if (E.isLeft(expected)) return bad(io, expected.left);
  return withStore(host, io, given, { mustExist: true }, async (store, url) => {
    const report = await verify(store, expected.right === undefined ? {} : { expectedHeads: expected.right });
    if (E.isLeft(report)) {
      io.err(`${url} cannot be read: ${describeStoreError(report.left)}`);
      return 2;
    }
    io.out(`${lang === 'vi' ? 'Kiểm tra' : 'Verification of'} ${url}\n${renderSummary(report.right, 20, lang)}`);
    if (file !== undefined) {
      try {
        await host.writeText(file, `${JSON.stringify(reportToJson(report.right), null, 2)}\n`);
      } catch (e) {
        io.err(`${file} cannot be written: ${e instanceof Error ? e.message : String(e)}`);
        return 2;
      }
      io.out(lang === 'vi' ? `Báo cáo đầy đủ ở ${file}.` : `The report is in ${file}.`);
    }
    return report.right.clean ? 0 : 1;
  });
};

const runTrail = async (host: CommandHost, io: CommandIO, args: ReadonlyArray<string>): Promise<ExitCode> => {
  const parsed = parseFlags(args, ['store', 'as-of', 'format', 'lang'], ['names']);
  if (!parsed.ok) return bad(io, parsed.message);
  const [id, ...rest] = parsed.positional;
  if (id === undefined || rest.length > 0) return bad(io, 'name one product or dossier');
  const format = oneOf<TrailFormat>(parsed.options['format'], ['text', 'json', 'md', 'csv'], 'text');
  const lang = oneOf<Lang>(parsed.options['lang'], ['vi', 'en'], 'vi');
  const asOf = dateOption(parsed.options['as-of']);
  if (!format) return bad(io, '--format is text, json, md or csv');
  if (!lang) return bad(io, '--lang is vi or en');
  if (!asOf.ok) return bad(io, '--as-of is a date written YYYY-MM-DD');
  const given = parsed.options['store'];
  const options = { lang, ...(asOf.date ? { asOf: asOf.date } : {}) };
  return withStore(host, io, given, { mustExist: true }, async (store, url) => {
    const explain = async (open?: Opener): Promise<0 | 2> => {
      const t = await trail(store, id, { ...options, ...(open ? { open } : {}) });
      if (E.isLeft(t)) {
        io.err(
          t.left._tag === 'NotFound' ? `${url} has no product or dossier ${id}` : `${url} cannot be read: ${describeStoreError(t.left)}`,
        );
        return 2;
      }
      io.out(renderTrail(t.right, format));
      return 0;
    };
    if (!parsed.switches.has('names')) return explain();
    return withPersonalKeys(host, io, given, false, async ({ vault }) => {
      const opened = namesOpener(vault);
      const code = await explain(opened.open);
      const recorded = await recordAccesses(
        store,
        opened.accesses(commandLineReader(), 'audit trail', instantOf(new Date()), randomUUID()),
      );
      if (E.isLeft(recorded)) {
        io.err(`the reading of personal data cannot be recorded: ${describeStoreError(recorded.left)}`);
        return 2;
      }
      return code;
    });
  });
};

const runReplay = async (host: CommandHost, io: CommandIO, args: ReadonlyArray<string>): Promise<ExitCode> => {
  const parsed = parseFlags(args, ['store', 'as-of', 'format', 'lang']);
  if (!parsed.ok) return bad(io, parsed.message);
  if (parsed.positional.length > 0) return bad(io, `unexpected ${parsed.positional.join(' ')}`);
  const format = oneOf(parsed.options['format'], ['text', 'json'] as const, 'text');
  const lang = oneOf<Lang>(parsed.options['lang'], ['vi', 'en'], 'vi');
  const asOf = dateOption(parsed.options['as-of']);
  if (!format) return bad(io, '--format is text or json');
  if (!lang) return bad(io, '--lang is vi or en');
  if (!asOf.ok || asOf.date === undefined) return bad(io, '--as-of DATE (YYYY-MM-DD) is required');
  const day = asOf.date;
  return withStore(host, io, parsed.options['store'], { mustExist: true }, async (store, url) => {
    const state = await replay(store, { asOf: day });
    if (E.isLeft(state)) {
      io.err(`${url} cannot be read: ${describeStoreError(state.left)}`);
      return 2;
    }
    io.out(format === 'json' ? JSON.stringify(state.right, null, 2) : renderReplay(state.right, lang));
    return 0;
  });
};

/** `ocop audit verify|trail|replay`: the auditor's tools, on the store the host uses. */
export const auditCommand = (host: CommandHost): Command => ({
  name: 'audit',
  usage: 'ocop audit verify|trail|replay …',
  summary: 'verify the whole history, explain a product’s or dossier’s decisions, or replay the state on a date',
  run: async (args, io) => {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'verify':
        return runVerify(host, io, rest);
      case 'trail':
        return runTrail(host, io, rest);
      case 'replay':
        return runReplay(host, io, rest);
      default:
        return bad(io, sub === undefined ? 'which tool?' : `unknown tool "${sub}"`);
    }
  },
});
