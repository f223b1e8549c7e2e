import type { ReadModelDefinition } from './core/projector.js';
import { programmeIndicators } from './indicators/model.js';
import { dossierPipeline } from './pipeline/model.js';
import { productRegistry } from './registry/model.js';
import { roundsAndCouncils } from './rounds/model.js';
import { decisionTrail } from './trail/model.js';

/** Every read model of the package, for a runner that keeps them all. */
export const allReadModels: ReadonlyArray<ReadModelDefinition> = [
  productRegistry,
  dossierPipeline,
  roundsAndCouncils,
  programmeIndicators,
  decisionTrail,
];

/**
 * The read models in two groups of about equal work whose event types overlap little (the rounds' sheets and
 * results go to one, subjects, products and dossiers to the other): the groups of a threaded runner on two cores.
 */
export const twoThreadGroups: ReadonlyArray<ReadonlyArray<string>> = [
  [productRegistry.name, dossierPipeline.name, programmeIndicators.name],
  [roundsAndCouncils.name, decisionTrail.name],
];
