/**
 * The local Microsoft Graph: calendar subset of v1.0 and its faults. The Calendar.yml contract
 * checker is not exported here: import it from graph-contract.js, so that what imports the local
 * Graph does not load ajv (a development dependency).
 */

export type { DirectoryEntry } from './directory.js';
export type { FaultController, FaultSettings, FaultStats } from './fault-controller.js';
export { DEFAULT_FAULTS } from './fault-controller.js';
export type { ContractCheck, ContractIssue, ContractViolation, GraphContract } from './graph-contract.js';
export type { LocalGraphOptions } from './local-graph-options.js';
export { localGraph } from './local-graph-plugin.js';
export type { LocalGraphRuntime } from './local-graph-runtime.js';
export { createLocalGraphRuntime } from './local-graph-runtime.js';
export type { LocalGraphServer, LocalGraphServerOptions } from './local-graph-server.js';
export { startLocalGraphServer } from './local-graph-server.js';
