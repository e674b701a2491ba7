import type { FileModel, Span } from './model.ts';
import type { Models } from './models.ts';
import type { Resolver } from './resolve.ts';
import type { RuleDef } from '../rules/catalog.ts';
import type { Values } from './values.ts';
import type { Severity } from '../finding.ts';

// What a check is handed (layer 5 sees layers 1–4 through this) and how it reports.

export interface ReportOptions {
  severity?: Severity;
  related?: { at: Span; message: string }[];
  /**
   * The finding holds only if `name` is a constant defined elsewhere in the crate (a `const` in
   * another file). It is settled once every file has been read.
   */
  ifExternalConst?: ExternalCondition;
  /** One finding per key across the whole scan (a crate-level fact, e.g. an unmaintained dependency): the first one, by file. */
  oncePer?: string;
}

/**
 * A finding that holds only if `name` is a constant defined elsewhere in the crate; with `below`,
 * only if that constant is a number under it (a work factor). `{{value}}` in the message becomes
 * the constant's value.
 */
export interface ExternalCondition {
  name: string;
  below?: number;
}

/** What a check sees: one file's model and dataflow, and a way to report. */
export interface CheckContext {
  rule: RuleDef;
  model: FileModel;
  values: Values;
  /** What calls name and the types of receivers (layer 3), over the API models. */
  resolver: Resolver;
  models: Models;
  /** The crate the file belongs to (its manifest and dependencies), when known. */
  crate?: CrateContext;
  report(at: Span, message: string, options?: ReportOptions): void;
}

export type Check = (ctx: CheckContext) => void;

export interface CrateContext {
  manifest: string;
  name?: string;
  dependencies: string[];
  /** Version requirements by package name, where the manifest states them. */
  versions?: Record<string, string>;
}

