export * from './aggregates.js';
export * from './ledger.js';
