import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { deriveRequiredLiterals, requiredLiterals } from '../src/analyzer/prefilter.ts';
import { BUNDLED_DATA_FILE, type BundledData, parseYamlText } from '../src/yaml-doc.ts';
import { REPO } from './helpers.ts';

const builtin = ['rules', 'models'].flatMap((dir) => readdirSync(join(REPO, dir)).filter((n) => n.endsWith('.yml')).map((n) => join(REPO, dir, n)));

test('start-up parses no YAML: dist/ holds every built-in rule and model, parsed, under its current text', () => {
  assert.ok(builtin.length >= 30, `${builtin.length} built-in files`);
  const table = new Map((JSON.parse(readFileSync(join(REPO, 'dist', BUNDLED_DATA_FILE), 'utf8')) as BundledData).yaml);
  const missing = builtin.filter((f) => !table.has(readFileSync(f, 'utf8')));
  assert.deepEqual(missing, [], 'run `npm run bundle` after changing rules/*.yml or models/*.yml');
  for (const f of builtin) {
    const text = readFileSync(f, 'utf8');
    assert.deepEqual(JSON.parse(table.get(text)!), parseYaml(text), f);
  }
});

test('a YAML text that is not one of the bundled files is parsed as usual; each answer is a fresh object', () => {
  assert.deepEqual(parseYamlText('id: my-rule\ntriggers: [a, b]\n'), { id: 'my-rule', triggers: ['a', 'b'] });
  const text = readFileSync(builtin[0], 'utf8');
  const a = parseYamlText(text) as Record<string, unknown>;
  const b = parseYamlText(text) as Record<string, unknown>;
  assert.deepEqual(a, parseYaml(text));
  assert.notEqual(a, b);
  // An edited built-in file (one more line) is parsed from its new text, not answered from the table.
  assert.deepEqual(parseYamlText(`${text}\nextra-key: 1\n`), { ...(parseYaml(text) as object), 'extra-key': 1 });
  assert.throws(() => parseYamlText('a: [unclosed'));
});

test("the built-in regex triggers' required literals come from dist/, and equal what the derivation gives", () => {
  const data = JSON.parse(readFileSync(join(REPO, 'dist', BUNDLED_DATA_FILE), 'utf8')) as BundledData;
  const regexes = [...new Set(builtin.flatMap((f) => ((parseYaml(readFileSync(f, 'utf8')) as { triggers?: string[] }).triggers ?? []).filter((t) => t.startsWith('re:')).map((t) => t.slice(3))))];
  assert.ok(regexes.length >= 8);
  const table = new Map(data.regexLiterals);
  for (const source of regexes) {
    assert.deepEqual(table.get(source), deriveRequiredLiterals(source), source);
    assert.deepEqual(requiredLiterals(source), deriveRequiredLiterals(source), source);
  }
  // A regex the table does not hold is derived on the spot.
  assert.deepEqual(requiredLiterals('(?:alpha|beta)_key'), [['beta_key', 'alpha_key'], ['beta', 'alpha']]);
});
