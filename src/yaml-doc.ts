import { parse as parseYaml } from 'yaml';

/**
 * A YAML document that must be a mapping (rules, models, corpus manifests, the project config),
 * with errors that name the file: the error type is the caller's, so each loader reports its own.
 */
export function parseYamlMapping(text: string, file: string, error: new (message: string) => Error): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new error(`${file}: expected a mapping`);
  return doc as Record<string, unknown>;
}
