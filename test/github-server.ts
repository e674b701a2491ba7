import { readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { REPO } from './helpers.ts';

// A local stand-in for api.github.com: a real HTTP server on 127.0.0.1 that answers the routes the
// action calls with GitHub's response shapes, and checks every request against GitHub's OpenAPI
// description (@octokit/openapi): the route exists, required parameters and body fields are there.

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  spec: Json;
}

let spec: Json;
let operations: Operation[];

function loadSpec(): void {
  if (operations) return;
  spec = JSON.parse(readFileSync(`${REPO}/node_modules/@octokit/openapi/generated/api.github.com.json`, 'utf8'));
  operations = [];
  for (const [template, methods] of Object.entries<Json>(spec.paths)) {
    const names: string[] = [];
    const regex = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
    for (const [method, op] of Object.entries<Json>(methods)) {
      if (['get', 'post', 'patch', 'put', 'delete'].includes(method)) operations.push({ method: method.toUpperCase(), template, regex, names, spec: op });
    }
  }
  // Literal routes before templated ones (`/sarifs` vs `/sarifs/{id}` cannot clash, but `/comments/{id}` can).
  operations.sort((a, b) => a.names.length - b.names.length);
}

function deref(x: Json): Json {
  let cur = x;
  while (cur && cur.$ref) {
    const path = (cur.$ref as string).replace(/^#\//, '').split('/');
    cur = path.reduce((o: Json, k: string) => o[k], spec);
  }
  return cur;
}

export interface RecordedRequest {
  method: string;
  path: string;
  template: string;
  query: Record<string, string>;
  body: Json;
  authorization?: string;
}

export interface Fault {
  status: number;
  /** How many times to fail before answering normally (Infinity: always). */
  times: number;
  message?: string;
}

export interface PullFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly issueComments: Json[] = [];
  readonly reviewComments: Json[] = [];
  readonly reviews: Json[] = [];
  readonly sarifUploads: { body: Json; sarif: Json }[] = [];
  readonly alerts: Json[] = [];
  /** Keyed by `METHOD template`, e.g. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`. */
  readonly faults = new Map<string, Fault>();
  files: PullFile[] = [];
  url = '';
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));
  private readonly owner: string;
  private readonly repo: string;

  constructor(owner = 'octo-org', repo = 'crypto-app') {
    loadSpec();
    this.owner = owner;
    this.repo = repo;
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  routes(method: string, template: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.template === template);
  }

  private validate(op: Operation, params: Record<string, string>, query: Record<string, string>, body: Json): void {
    const where = `${op.method} ${op.template}`;
    for (const p of (op.spec.parameters ?? []).map(deref)) {
      if (!p.required) continue;
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (p.in !== 'header' && (value === undefined || value === '')) this.violations.push(`${where}: missing required ${p.in} parameter '${p.name}'`);
    }
    const schema = deref(op.spec.requestBody?.content?.['application/json']?.schema);
    if (op.spec.requestBody?.required && body === undefined) this.violations.push(`${where}: missing request body`);
    if (schema && body && typeof body === 'object') {
      for (const field of schema.required ?? []) if (!(field in body)) this.violations.push(`${where}: body lacks required field '${field}'`);
      for (const field of Object.keys(body)) if (schema.properties && !(field in schema.properties)) this.violations.push(`${where}: body has unknown field '${field}'`);
      const comments = body.comments;
      if (Array.isArray(comments) && schema.properties?.comments) {
        const item = deref(schema.properties.comments.items);
        for (const c of comments) for (const f of item.required ?? []) if (!(f in c)) this.violations.push(`${where}: review comment lacks '${f}'`);
      }
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Json;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? 'GET';
    const op = operations.find((o) => o.method === method && o.regex.test(url.pathname));
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such route in GitHub's API`);
      return this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const m = op.regex.exec(url.pathname)!;
    const params = Object.fromEntries(op.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    this.validate(op, params, query, body);
    this.requests.push({ method, path: url.pathname, template: op.template, query, body, authorization: req.headers.authorization });
    const key = `${method} ${op.template}`;
    const fault = this.faults.get(key);
    if (fault && fault.times > 0) {
      fault.times--;
      return this.send(res, fault.status, { message: fault.message ?? 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    return this.answer(key, params, query, body, res);
  }

  private answer(key: string, params: Record<string, string>, query: Record<string, string>, body: Json, res: ServerResponse): void {
    const base = `https://github.com/${this.owner}/${this.repo}`;
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    const user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
    switch (key) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files':
        return this.page(res, this.files.map((f, i) => ({ sha: `${i}`.padStart(40, 'a'), blob_url: `${base}/blob/x/${f.filename}`, raw_url: '', contents_url: '', ...f })), query);
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.page(res, this.issueComments.filter((c) => c.issue_url.endsWith(`/issues/${params.issue_number}`)), query);
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const id = this.nextId++;
        const c = { id, node_id: `IC_${id}`, url: `${api}/issues/comments/${id}`, html_url: `${base}/pull/${params.issue_number}#issuecomment-${id}`, body: body.body, user, created_at: new Date().toISOString(), updated_at: new Date().toISOString(), issue_url: `${api}/issues/${params.issue_number}`, author_association: 'NONE' };
        this.issueComments.push(c);
        return this.send(res, 201, c);
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = this.issueComments.find((x) => String(x.id) === params.comment_id);
        if (!c) return this.send(res, 404, { message: 'Not Found' });
        c.body = body.body;
        c.updated_at = new Date().toISOString();
        return this.send(res, 200, c);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments':
        return this.page(res, this.reviewComments.filter((c) => c.pull_request_url.endsWith(`/pulls/${params.pull_number}`)), query);
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        // Like GitHub: a comment on a line outside the diff makes the whole review fail.
        for (const c of body.comments ?? []) {
          const f = this.files.find((x) => x.filename === c.path);
          if (!f || !lineInPatch(f.patch ?? '', c.line)) return this.send(res, 422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
        }
        const id = this.nextId++;
        const review = { id, node_id: `PRR_${id}`, user, body: body.body, state: 'COMMENTED', html_url: `${base}/pull/${params.pull_number}#pullrequestreview-${id}`, pull_request_url: `${api}/pulls/${params.pull_number}`, commit_id: body.commit_id, author_association: 'NONE', _links: { html: { href: '' }, pull_request: { href: '' } } };
        this.reviews.push(review);
        for (const c of body.comments ?? [])
          this.reviewComments.push({ id: this.nextId++, pull_request_review_id: id, path: c.path, line: c.line, side: c.side, body: c.body, user, commit_id: body.commit_id, pull_request_url: `${api}/pulls/${params.pull_number}` });
        return this.send(res, 200, review);
      }
      case 'POST /repos/{owner}/{repo}/code-scanning/sarifs': {
        const sarif = JSON.parse(gunzipSync(Buffer.from(body.sarif, 'base64')).toString('utf8'));
        this.sarifUploads.push({ body, sarif });
        const id = `sarif-${this.sarifUploads.length}`;
        return this.send(res, 202, { id, url: `${api}/code-scanning/sarifs/${id}` });
      }
      case 'GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}':
        return this.send(res, 200, { processing_status: 'complete', analyses_url: `${api}/code-scanning/analyses?sarif_id=${params.sarif_id}`, errors: null });
      case 'GET /repos/{owner}/{repo}/code-scanning/alerts':
        return this.page(res, this.alerts, query);
      default:
        return this.send(res, 404, { message: `the fake server does not implement ${key}` });
    }
  }

  private page(res: ServerResponse, all: Json[], query: Record<string, string>): void {
    const perPage = Number(query.per_page ?? 30);
    const page = Number(query.page ?? 1);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(this.url);
      const current = this.requests[this.requests.length - 1];
      next.pathname = current.path;
      for (const [k, v] of Object.entries({ ...query, page: String(page + 1) })) next.searchParams.set(k, v);
      headers.link = `<${next.href}>; rel="next"`;
    }
    this.send(res, 200, items, headers);
  }

  private send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': 'FAKE:1', 'x-ratelimit-remaining': '4999', 'x-ratelimit-limit': '5000', ...headers });
    res.end(JSON.stringify(body));
  }
}

/** Whether `line` (new side) is inside one of the hunks of a patch. */
export function lineInPatch(patch: string, line: number): boolean {
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (line >= start && line < start + count) return true;
  }
  return false;
}
