import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, tempTree, validateSarif, BAD_CRATE } from './helpers.ts';

test('SARIF for every fixture passes the official validator with GitHub rules: no errors, no warnings', () => {
  const dir = tempTree({});
  const out = join(dir, 'fixtures.sarif');
  const r = runCli(['scan', join(REPO, 'rules'), '--format', 'sarif', '--output', out, '--fail-on', 'none']);
  assert.equal(r.status, 0, r.stderr);
  const problems = validateSarif(out);
  assert.deepEqual(problems, []);
  // The validated log carries code flows (the crate-wide dataflow fixtures), so they were checked too.
  const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results;
  assert.ok(results.filter((x: { codeFlows?: unknown[] }) => x.codeFlows).length >= 5);
});

test('a key passed through two calls of the crate has a code flow from the call site to the cipher, across files', () => {
  const sarif = JSON.parse(runCli(['scan', join(REPO, 'rules/hardcoded-key/crate_flow'), '--format', 'sarif', '--fail-on', 'none']).stdout);
  const result = sarif.runs[0].results.find((x: { message: { text: string } }) => x.message.text.includes('`open_with`'));
  assert.ok(result, 'the two-call key is found');
  const steps = result.codeFlows[0].threadFlows[0].locations.map((l: { location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } } }) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine} ${l.location.message.text}`);
  assert.deepEqual(steps, [
    'src/main.rs:13 passed to `open_with`',
    'src/cipher.rs:9 parameter of `open_with`',
    'src/cipher.rs:10 passed to `decrypt_with`',
    'src/cipher.rs:13 parameter of `decrypt_with`',
    'src/cipher.rs:14 passed to `build_cipher`',
    'src/cipher.rs:4 parameter `key` of `build_cipher`',
    'src/cipher.rs:5 reaches `Aes256Gcm::new_from_slice` here',
  ]);
});

test('the validator does catch a broken log (so a clean result means something)', () => {
  const dir = tempTree({});
  const file = join(dir, 'broken.sarif');
  writeFileSync(file, JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }));
  const problems = validateSarif(file);
  assert.ok(problems.some((p) => p.level === 'error' && p.ruleId === 'GH1018'), JSON.stringify(problems));
});

test('SARIF carries rules with CWE tags and security-severity, results with regions, related locations and fingerprints', () => {
  const dir = tempTree(BAD_CRATE);
  const sarif = JSON.parse(runCli(['scan', dir, '--format', 'sarif', '--fail-on', 'none']).stdout);
  const run = sarif.runs[0];
  assert.equal(sarif.version, '2.1.0');
  assert.equal(run.tool.driver.name, 'rust-crypto-gate');
  const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'constant-nonce');
  assert.deepEqual(rule.properties.tags.slice(0, 3), ['security', 'external/cwe/cwe-323', 'external/cwe/cwe-1204']);
  assert.equal(rule.properties['security-severity'], '9.1');
  assert.equal(rule.defaultConfiguration.level, 'error');
  assert.match(rule.help.markdown, /## Fix/);
  const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'constant-nonce');
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'constant-nonce');
  assert.deepEqual(result.locations[0].physicalLocation, {
    artifactLocation: { uri: 'src/main.rs', uriBaseId: '%SRCROOT%' },
    region: { startLine: 10, startColumn: 22, endLine: 10, endColumn: 74 },
  });
  assert.equal(result.relatedLocations[0].physicalLocation.region.startLine, 9);
  assert.match(result.message.text, /\[the constant nonce is defined here\]\(1\)/);
  assert.match(result.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:1$/);
  assert.equal(run.automationDetails.id, 'rust-crypto-gate/');
});

test('fingerprints stay the same when unrelated lines above move, and differ for identical lines', () => {
  const fingerprints = (files: Record<string, string>) => {
    const sarif = JSON.parse(runCli(['scan', tempTree(files), '--format', 'sarif', '--fail-on', 'none']).stdout);
    return sarif.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; partialFingerprints: { primaryLocationLineHash: string } }) => [x.ruleId, x.locations[0].physicalLocation.region.startLine, x.partialFingerprints.primaryLocationLineHash]);
  };
  const before = fingerprints(BAD_CRATE);
  const moved = fingerprints({ ...BAD_CRATE, 'src/main.rs': `// a new comment\n\n// and another\n${BAD_CRATE['src/main.rs']}` });
  assert.equal(before.length, moved.length);
  before.forEach(([rule, line, fp]: [string, number, string], i: number) => {
    assert.equal(moved[i][0], rule);
    assert.equal(moved[i][1], line + 3);
    assert.equal(moved[i][2], fp);
  });
  const twice = fingerprints({ 'a.rs': 'fn f(c: &Aes256Gcm) { c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()); }\nfn g(c: &Aes256Gcm) {}\nfn f(c: &Aes256Gcm) { c.encrypt(Nonce::from_slice(b"123456789012"), b"x".as_ref()); }\n' });
  const hashes = twice.filter((x: string[]) => x[0] === 'constant-nonce').map((x: string[]) => x[2]);
  assert.equal(hashes.length, 2);
  assert.notEqual(hashes[0], hashes[1]);
  assert.equal(hashes[0].split(':')[0], hashes[1].split(':')[0]);
});

test('bad input becomes toolExecutionNotifications, and the findings are all still there', () => {
  const dir = tempTree({ ...BAD_CRATE, 'src/bin.rs': Buffer.from([0, 1, 2, 3]) });
  const sarif = JSON.parse(runCli(['scan', dir, '--format', 'sarif', '--fail-on', 'none']).stdout);
  const inv = sarif.runs[0].invocations[0];
  assert.equal(inv.toolExecutionNotifications.length, 1);
  assert.match(inv.toolExecutionNotifications[0].message.text, /binary content/);
  assert.equal(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'src/bin.rs');
  assert.equal(sarif.runs[0].results.length, 2);
});
