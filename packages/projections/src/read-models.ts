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
