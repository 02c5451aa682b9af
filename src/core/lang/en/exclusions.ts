/**
 * English negative rules: matches that look like dates and are not ("the 24th Meeting", "Bloody
 * Sunday", "USA Today"). Each is a named entry with an example, checked by the engine's one filter
 * stage (candidates.ts) before matches compete.
 */
import type { Exclusion } from '../../language';

export const EXCLUSIONS: readonly Exclusion[] = [];
