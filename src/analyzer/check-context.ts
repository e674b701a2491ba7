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
  /**
   * The finding holds only if the struct named here (defined in another file of the crate) derives
   * `Debug` and has a secret field (and no hand-written `Debug`). Settled once every file is read.
   */
  ifSecretStruct?: SecretStructCondition;
  /**
   * The finding holds only if a function of this name, defined in another file of the crate, writes
   * its parameter out with a log or print macro (secret-logged's wrappers). Settled once every file is read.
   */
  ifLogWrapper?: { name: string };
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
  /** Where the name is written (`crate::config::KEY`): the `mod` tree resolves that path to the module that defines it. */
  at?: Span;
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
  /** Target roots the manifest places itself (`[lib] path = "lib.rs"`), relative to its folder. */
  targets?: string[];
  /** Of those, the library's (`[lib] path`). */
  libPath?: string;
}


/** A type printed with `{:?}` in one file and defined in another (see ReportOptions.ifSecretStruct). */
export interface SecretStructCondition {
  /** The type as written (`model::User`, `ModelUser::LoginRequest`). */
  type: string;
  /** `T::find(..)` bound by `Some(x)`/`Ok(x)`: holds only if `find` returns `T` (or `Option<T>`, `Result<T, _>`, `Self`). */
  via?: string;
  /** Where the type is written (for the inline module it is named from). `{{field}}` in the message becomes the secret field. */
  at?: Span;
}
