import type { TeleworkPolicy } from '../policy.js';
import { federalPreset } from './federal.js';
import { leuvenPreset } from './leuven.js';
import { rumstPreset } from './rumst.js';

export const policyPresets = {
  leuven: leuvenPreset,
  federal: federalPreset,
  rumst: rumstPreset,
} as const satisfies Record<string, TeleworkPolicy>;

export type PresetName = keyof typeof policyPresets;
export const DEFAULT_PRESET: PresetName = 'leuven';
