import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, calleeNameIn, isDecryptCall, receiverOf } from '../apis.ts';
import type { CheckContext } from '../check-context.ts';
import { type FnInfo, span, implTypeOf } from '../model.ts';
import { escapeRe, tailExpression } from '../values.ts';
import { isPasswordHashName, isSecretName } from '../names.ts';
import { derivedSecretField, handWrittenDebug, returnsType } from '../crate-items.ts';
import { typeName } from '../resolve.ts';
import { callsWritingInto, oncePerFile, quote, words } from './common.ts';

const UNWRAPS_AND_DECRYPTS = new Set(['unwrap', 'expect', 'ok', 'decrypt', 'decrypt_in_place', 'decrypt_in_place_detached', 'open_in_place', 'open_within', 'open_in_place_separate_tag', 'decrypt_aead']);

/** unchecked-result: `unwrap()`/`expect()` on crypto results, and decryption errors dropped. */
export function uncheckedResult(ctx: CheckContext): void {
  const { model } = ctx;
  for (const call of model.calls) {
    const name = calleeNameIn(call, UNWRAPS_AND_DECRYPTS);
    if (!name) continue;
    const inner = receiverOf(call);
    if ((name === 'unwrap' || name === 'expect') && inner?.type === 'call_expression') {
      if (isDecryptCall(inner, ctx.resolver) && !decryptsOwnCiphertext(ctx, inner)) {
        const local = servesNoNetwork(ctx);
        ctx.report(span(call), `\`${calleeName(inner)}(..).${name}()\` panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process${local ? ' (this crate has no network-facing dependency, so that is a local crash)' : ''}. Handle the error (reject the message and return an error).`, { severity: local ? 'low' : 'medium' });
      }
      // `encrypt(..).unwrap()` and `new_from_slice(key).unwrap()` fail only on programming errors
      // (a plaintext over 64 GiB, a key of the wrong length): robustness, not a weakness a reviewer raises.
      continue;
    }
    // A decryption whose Result is dropped: the caller goes on with unauthenticated bytes.
    let target: Node | null = call;
    if (name === 'ok' && inner?.type === 'call_expression') target = inner;
    if (!target || !isDecryptCall(target, ctx.resolver)) continue;
    const parent = call.parent;
    const dropped = parent?.type === 'expression_statement' || (parent?.type === 'let_declaration' && parent.childForFieldName('pattern')?.text === '_');
    if (dropped) {
      ctx.report(span(call), `The result of \`${calleeName(target)}\` is ignored: when authentication fails the buffer holds unauthenticated (attacker-chosen) bytes and the code goes on as if it were valid. Check the result and stop on error.`, { severity: 'high' });
    }
  }
  uncheckedResultInMacros(ctx);
}

/**
 * Crates through which a process takes input from the network: with none of them among a crate's
 * dependencies, what it decrypts comes from its own files or its user, and a panic on a forged
 * ciphertext is a local crash (the corpus labels those below medium).
 */
const NETWORK_CRATES = new Set(['tokio', 'async-std', 'smol', 'actix', 'actix-web', 'axum', 'hyper', 'warp', 'rocket', 'tonic', 'tide', 'poem', 'salvo', 'gotham', 'iron', 'rouille', 'tiny_http', 'tiny-http', 's2n-quic', 'quinn', 'quiche', 'reqwest', 'ureq', 'surf', 'isahc', 'pcap', 'tungstenite', 'tokio-tungstenite', 'async-tungstenite', 'ws', 'websocket', 'libp2p', 'mio', 'rumqttc', 'lapin', 'tarpc', 'zmq', 'socket2', 'rustls', 'tokio-rustls', 'native-tls', 'ssh2', 'russh', 'thrussh', 'smoltcp']);

function servesNoNetwork(ctx: CheckContext): boolean {
  const deps = ctx.crate?.dependencies;
  // The standard library's sockets need no dependency: a file that opens one reads from the network.
  return !!deps && !deps.some((d) => NETWORK_CRATES.has(d)) && !STD_SOCKETS.test(ctx.model.source.text);
}
const STD_SOCKETS = /\b(std::net|TcpStream|TcpListener|UdpSocket|UnixStream|UnixListener|UnixDatagram)\b/;

/** `decrypt(&ct)` where `ct` is what an encryption in the same function just returned: a round trip, not input. */
function decryptsOwnCiphertext(ctx: CheckContext, decrypt: Node): boolean {
  for (const arg of argumentsOf(decrypt)) {
    const root = /^[&*\s]*(?:mut\s+)?([a-z_]\w*)/.exec(arg.text)?.[1];
    const b = root ? ctx.values.lookup(root, arg.startIndex) : undefined;
    if (b?.kind === 'let' && /\b\w*(encrypt|seal)\w*\s*\(/.test(b.info.value?.text ?? '')) return true;
  }
  return false;
}

// Macro arguments are token trees, not expressions, so the loop above never sees a call inside
// `println!("{:?}", c.decrypt(n, ct).unwrap())`. Those are matched on the tokens' text instead.
const UNWRAP_IN_MACRO = /\.\s*(decrypt|decrypt_in_place|decrypt_in_place_detached|open_in_place|open_within)\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*(unwrap|expect)\s*\(/g;

export function uncheckedResultInMacros(ctx: CheckContext): void {
  for (const mac of ctx.model.macros) {
    const tt = mac.namedChildren.find((c) => c?.type === 'token_tree');
    if (!tt || !/decrypt|open_in_place|open_within/.test(tt.text)) continue;
    for (const m of tt.text.matchAll(UNWRAP_IN_MACRO)) {
      const start = tt.startIndex + m.index! + 1;
      ctx.report({ start, end: tt.startIndex + m.index! + m[0].length }, `\`${m[1]}(..).${m[2]}()\` (inside \`${mac.childForFieldName('macro')?.text}!\`) panics when authentication fails: anyone who can send a forged or corrupted ciphertext can crash the process. Handle the error (reject the message and return an error).`, { severity: 'medium' });
    }
  }
}

// (tracing's spans record their fields as events do; slog's macros take `"key" => value` pairs.)
const LOG_MACROS = /^((std|log|tracing|slog)::)?(println|print|eprintln|eprint|dbg|trace|debug|info|warn|error|crit|event|(trace|debug|info|warn|error)_span|span)$/;

const PRINT_MACROS = /^(std::)?(println|print|eprintln|eprint)$/;
/** A path of a tool that makes keys: a file or folder named `keygen`, `genkey`, `key-gen`, `generate_keys`, … */
const PASSWORD_TOOL = /pass(word)?[-_]?(man|manager|mgr|vault|keeper|store|gen|generator)|^passm|passvault|^pwgen|^pwm$|keepass/i;
const KEY_TOOL = /(^|\/)[^/]*(keygen|genkey|key[-_]gen|gen[-_]key|generate[-_]keys?)[^/]*(\/|$)/i;

const AUTH_CONTEXT = /\b(session|auth|jwt|bearer|login|cookie|totp|csrf|oauth)\b/i;

/** secret-logged: keys, passwords and tokens — the values, not calls that take them — in print, `dbg!`, `log` or `tracing` macros. */
export function secretLogged(ctx: CheckContext): void {
  const { model, values, resolver } = ctx;
  // A bare `token` is a secret in code about sessions and logins (not in a parser's token stream).
  const authFile = AUTH_CONTEXT.test(model.source.text);
  const cryptoFile = resolver.imports(ctx.models.cryptoModules());
  const isSecret = (name: string, at: number): boolean => {
    const w = words(name);
    if (isSecretName(name)) {
      // `for (key, value) in headers`: a map's key, not a crypto key; a bare `key` or `seed` is one only in crypto code.
      if (w.length === 1 && (w[0] === 'key' || w[0] === 'seed') && (!cryptoFile || values.lookup(name, at)?.kind === 'loop-var')) return false;
      return true;
    }
    if (w[w.length - 1] === 'token' && (authFile || w.length > 1) && !w.some((x) => NOT_A_SECRET_TOKEN.test(x))) return true;
    // `user_pass`, `db_pwd`: a password, but a bare `pwd` is as often the working directory (`env::var("PWD")`).
    if (w.length > 1 && (w[w.length - 1] === 'pass' || (w[w.length - 1] === 'pwd' && isSecretName(name.replace(/pwd$/i, 'password')) && !w.some((x) => /^(dir|cwd|shell|working|time|since|last|wrong|attempts?|tries)$/.test(x))))) return true;
    // A stored password's hash is cracked offline by whoever reads the log.
    if (isPasswordHashName(name)) return true;
    return secretByValue(ctx, name, at);
  };
  // A key generator's job is to print the key it made (`keygen/src/main.rs`): its stdout is the
  // product, not a log. Log macros still count (their output is kept).
  const keyTool = KEY_TOOL.test(model.path);
  // A password manager's or generator's job is to show the password it keeps or makes (`println!(
  // "Password: {password}")`): the entry, not its master password, key or hash.
  const passwordTool = PASSWORD_TOOL.test(ctx.crate?.name ?? '');
  const shownPassword = (n: string) => words(n).some((w) => w === 'password' || w === 'pass' || w === 'pwd') && !words(n).some((w) => /^(master|key|hash|hashed|secret|pin)$/.test(w));
  for (const site of logSites(ctx)) {
    const { at: mac, tt, name } = site;
    const print = !site.wrapper && PRINT_MACROS.test(name);
    if (keyTool && print) continue;
    const names = new Map<string, Node>();
    for (const id of tt.descendantsOfType(['identifier', 'field_identifier'])) if (id && !isCallArgument(id, tt) && !names.has(id.text)) names.set(id.text, id);
    // Inline format arguments: `println!("{key:?}")`.
    for (const s of tt.descendantsOfType('string_literal')) for (const m of (s?.text ?? '').matchAll(/\{([A-Za-z_]\w*)(?::[^}]*)?\}/g)) if (!names.has(m[1])) names.set(m[1], s!);
    // Nonces, IVs and ciphertexts are public by design: only secrets count.
    let secret = [...names].find(([n, node]) => isSecret(n, node.startIndex) && !(passwordTool && print && shownPassword(n)))?.[0];
    // What a decryption returned, written to a log (not printed: a decrypting tool's output is its product).
    // (Also through a conversion that prints the bytes as text: `std::str::from_utf8(&pt)?`.)
    const printedBytes = () => tt.descendantsOfType('identifier').filter((id): id is Node => !!id && /^from_utf8(_lossy|_unchecked)?$/.test(id.parent?.previousSibling?.text ?? '') && !isCallArgument(id, id.parent!));
    // (By name: an inline `{record:?}` is a name in the format string, whose node is the string.)
    const candidates: [string, Node][] = [...[...names].filter(([, node]) => node.type === 'identifier' || node.type === 'string_literal'), ...printedBytes().map((n): [string, Node] => [n.text, n])];
    const found = !secret && !print && cryptoFile ? candidates.find(([n, node]) => decryptedAt(ctx, n, node.startIndex) || encryptedIn(ctx, n, node.startIndex)) : undefined;
    const plaintext = found ? { name: found[0], decrypted: decryptedAt(ctx, found[0], found[1].startIndex) } : undefined;
    // `{:?}` of a struct that holds a secret field (and has no Debug of its own): of this file, or
    // of another file of the crate (settled once every file is read).
    let elsewhere: { n: string; node: Node; type: DebugType } | undefined;
    let request = false;
    if (!secret && !plaintext && /\{[^}]*:#?\?\}|\?\w/.test(tt.text)) {
      names: for (const [n, node] of names) {
        if (node.type !== 'identifier') continue;
        for (const type of debugTypesOf(ctx, node)) {
          // A web framework's request (or its headers) prints every header, `Authorization` and
          // `Cookie` included: in code about logins and sessions that is the credential of each call.
          if (authFile && HTTP_REQUEST.test(ctx.resolver.expandPath(type.written.split('::')))) {
            secret = `${n}`;
            request = true;
            break names;
          }
          if (definesType(model.source.text, type.name)) {
            const field = type.via && !returnsType(model.source.text, type.name, type.via) ? undefined : secretFieldOf(ctx, type.name);
            if (field) {
              secret = `${n}.${field}`;
              break names;
            }
          } else elsewhere ??= { n, node, type };
        }
      }
    }
    const by = site.wrapper ? `\`${name}\`${site.wrapper === 'here' ? ` (which prints its argument with \`${site.inner}!\`)` : ', which writes its argument out'}` : `\`${name}!\``;
    const message = (what: string) => `\`${what}\` is written out by ${by}: logs are kept, shipped and read by many more people than should see secrets. Log a key id, a fingerprint or the user, never the secret itself.`;
    // A wrapper defined in another file holds only if that file's function does write its argument out.
    const ifWrapper = site.wrapper === 'elsewhere' ? { ifLogWrapper: { name } } : {};
    if (plaintext) {
      ctx.report(span(mac), `\`${plaintext.name}\` is the plaintext ${plaintext.decrypted ? 'a decryption returned' : 'this function encrypts'}, written to the log by ${by}: what the encryption protects is kept there in the clear, for whoever reads the logs. Log its length or an id, not the content.`, ifWrapper);
      continue;
    }
    if (!secret && elsewhere && !site.wrapper) ctx.report(span(mac), message(`${elsewhere.n}.{{field}}`), { ifSecretStruct: { type: elsewhere.type.written, via: elsewhere.type.via, at: span(elsewhere.node) } });
    if (!secret) continue;
    ctx.report(span(mac), request ? `\`${secret}\` is an HTTP request, and ${by} writes it out with its Debug, which prints every header: the \`Authorization\` and \`Cookie\` of each authenticated call land in the log. Log the method, the path and the status, not the request.` : message(secret), ifWrapper);
  }
}

interface LogSite {
  /** What is reported: the macro, or the call of the wrapper. */
  at: Node;
  /** The tokens that are written out: the macro's, or those of the `format!` given to the wrapper. */
  tt: Node;
  name: string;
  /** A function of the crate that writes its argument out: defined in this file (`inner` is its macro) or elsewhere. */
  wrapper?: 'here' | 'elsewhere';
  inner?: string;
}

/**
 * Where a file writes values out: its log and print macros, and calls of a function that does
 * (`fn debug(msg: &str) { if *DEBUG { eprintln!("[debug] {}", msg) } }` called as
 * `debug(&format!("pass: {}", pass))`). A wrapper of this file is known by its body; one called by
 * a bare name that this file does not define is settled against the crate's other files.
 */
function logSites(ctx: CheckContext): LogSite[] {
  const { model } = ctx;
  const out: LogSite[] = [];
  const wrappers = new Map<string, string>();
  // (One pass over the macros: each log macro belongs to the function around it.)
  for (const mac of model.macros) {
    const name = mac.childForFieldName('macro')?.text ?? '';
    if (!LOG_MACROS.test(name)) continue;
    const fn = model.enclosingFunction(mac.startIndex);
    if (!fn?.body || fn.params.size === 0 || wrappers.has(fn.name)) continue;
    const tt = mac.namedChildren.find((c) => c?.type === 'token_tree');
    if (tt && tt.descendantsOfType('identifier').some((id) => !!id && fn.params.has(id.text) && id.text !== 'self')) wrappers.set(fn.name, name.replace(/^.*::/, ''));
  }
  const defined = new Set(model.functions.map((f) => f.name));
  for (const mac of model.macros) {
    const name = mac.childForFieldName('macro')?.text ?? '';
    const tt = mac.namedChildren.find((c) => c?.type === 'token_tree');
    if (!tt) continue;
    if (LOG_MACROS.test(name)) {
      out.push({ at: mac, tt, name });
      continue;
    }
    if (name !== 'format') continue;
    // `debug(format!(..))`, `debug(&format!(..))`, `debug(format!(..).as_str())`.
    let arg: Node = mac;
    while (arg.parent && (arg.parent.type === 'reference_expression' || (arg.parent.type === 'field_expression' && arg.parent.parent?.type === 'call_expression' && /^(as_str|as_ref|to_string)$/.test(arg.parent.childForFieldName('field')?.text ?? '')))) arg = arg.parent.type === 'field_expression' ? arg.parent.parent! : arg.parent;
    const call = arg.parent?.type === 'arguments' ? arg.parent.parent : null;
    if (call?.type !== 'call_expression' || receiverOf(call) || argumentsOf(call).length !== 1) continue;
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'identifier' && !(callee?.type === 'scoped_identifier' && /^(crate|self|super)::/.test(callee.text))) continue;
    const fnName = calleeName(call);
    const inner = wrappers.get(fnName);
    if (inner) out.push({ at: call, tt, name: fnName, wrapper: 'here', inner });
    else if (!defined.has(fnName) && /^[a-z_]\w*$/.test(fnName)) out.push({ at: call, tt, name: fnName, wrapper: 'elsewhere' });
  }
  return out;
}

const PLAINTEXT = new Set(['plaintext']);

/** Whether `name` is what an encryption in the same function encrypts (`cipher.encrypt(&nonce, message.dump().as_bytes())`): the plaintext, before or after it is logged. */
function encryptedIn(ctx: CheckContext, name: string, at: number): boolean {
  const fn = ctx.model.enclosingFunction(at);
  if (!fn) return false;
  return ctx.model.calls.some((c) => {
    if (c.startIndex < fn.start || c.endIndex > fn.end || !/^(encrypt|seal)/.test(calleeName(c)) && !/::(encrypt|seal)$/.test(c.childForFieldName('function')?.text ?? '')) return false;
    return ctx.resolver.sinks(c, PLAINTEXT).some(({ arg }) => {
      let n: Node | null = arg ?? null;
      for (let i = 0; n && i < 6; i++) {
        if (n.type === 'reference_expression') n = n.childForFieldName('value');
        else if (n.type === 'index_expression') n = n.namedChild(0);
        else if (n.type === 'call_expression' && receiverOf(n) && /^(as_bytes|as_slice|as_ref|dump|to_vec|into_bytes|to_string|clone|as_str)$/.test(calleeName(n))) n = receiverOf(n);
        else break;
      }
      return n?.type === 'identifier' && n.text === name;
    });
  });
}

/** Whether `name` holds a decryption's plaintext at `at`: bound from one (`let pt = cipher.decrypt(n, ct)?`), or a buffer one wrote into before (`decrypt_in_place(n, aad, &mut buf)`). */
function decryptedAt(ctx: CheckContext, name: string, at: number): boolean {
  const b = ctx.values.lookup(name, at);
  if (b?.kind === 'let' && b.info.value) {
    let v: Node | null = b.info.value;
    for (let i = 0; v && i < 6; i++) {
      if (v.type === 'try_expression' || v.type === 'await_expression') v = v.namedChild(0);
      else if (v.type === 'call_expression' && receiverOf(v) && /^(unwrap|expect|ok|or_else|map_err|unwrap_or_default|unwrap_or_else|context|with_context)$/.test(calleeName(v))) v = receiverOf(v);
      else break;
    }
    // (A cipher's decryption: a JWT's `decode` verifies a signature, and its claims were never encrypted.)
    if (v?.type === 'call_expression' && /^(decrypt|open)/.test(calleeName(v)) && isDecryptCall(v, ctx.resolver)) return true;
  }
  return callsWritingInto(ctx, name, at).some((c) => /^decrypt/.test(calleeName(c)) && (isDecryptCall(c, ctx.resolver) || onBlockCipher(ctx, c)));
}

/** A call on a modelled block cipher itself (nettle's `Twofish::with_decrypt_key(k)?.decrypt(&mut out, data)`). */
function onBlockCipher(ctx: CheckContext, call: Node): boolean {
  const recv = receiverOf(call);
  const t = recv ? ctx.models.type(ctx.resolver.typeOf(recv)) : undefined;
  return !!t && t.primitive === 'block-cipher';
}

/** Web frameworks' requests and header maps, whose Debug prints the headers: `axum::extract::Request`, `http::Request<B>`, `actix_web::HttpRequest`, `http::HeaderMap`. */
const HTTP_REQUEST = /^(?:axum(?:_core)?|http|hyper|actix_web|tide|poem|warp|rocket|salvo|reqwest)::(?:\w+::)*(?:Request|HttpRequest|ServiceRequest|HeaderMap|Parts)$/;


// `cancel_token`, `next_token`, `page_token`: tokens of control flow, parsers and pagination.
const NOT_A_SECRET_TOKEN = /^(len|count|kind|type|id|name|expired|expiry|exp|verify|csrf|cancel|cancellation|page|next|continuation|sync|lexer|parse|parser|end|start|last|first|current|prev|eof|stop|shutdown|notify|wait|resume|abort|close|span|ident|punct|lit|tree|stream|cursor)$/;

/**
 * A value that is a secret by where it comes from, whatever its name: what a call named for a
 * secret returns (`let e = totp.get_secret_base32()`), or what a function that mints a token or
 * key returns (`fn new_token() -> String { let hex = hex::encode(bytes); log!(hex); hex }`).
 */
function secretByValue(ctx: CheckContext, name: string, at: number): boolean {
  const b = ctx.values.lookup(name, at);
  if (b?.kind !== 'let' || !b.info.value) return false;
  const value = b.info.value;
  const call = value.type === 'try_expression' ? value.namedChild(0) : value;
  if (call?.type === 'call_expression' && secretMaker(calleeName(call))) return true;
  if (passwordHashOf(value)) return true;
  const fn = ctx.model.enclosingFunction(at);
  if (!fn?.body) return false;
  const impl = implTypeOf(fn);
  // The function makes the secret: its name says so, or it is the constructor of a type named for one.
  const makes = words(fn.name).some((x) => MAKING.test(x));
  if (!makes || ![fn.name, impl].some(mintsSecret)) return false;
  const tail = tailExpression(fn.body);
  return tail?.text === name || new RegExp(`\\breturn\\s+${escapeRe(name)}\\s*;`).test(fn.body.text);
}

// Password hashing APIs that return the stored hash (a PHC string): argon2/scrypt/pbkdf2's
// `PasswordHasher::hash_password`, rust-argon2's `hash_encoded`, bcrypt's `hash`/`hash_with_salt`.
const PASSWORD_HASHING = /^(hash_password|hash_password_simple|hash_encoded|hash_with_salt|hash_with_result|pbkdf2_simple|scrypt_simple)$/;
const CONVERSIONS = /^(to_string|to_owned|into|clone|unwrap|expect|map_err|context|with_context|as_str|serialize)$/;

/** A value that is a password's stored hash: `argon2.hash_password(pw, &salt).map_err(..)?.to_string()`, `bcrypt::hash(pw, 12)?`. */
function passwordHashOf(value: Node): boolean {
  let n: Node | null = value;
  for (let i = 0; n && i < 8; i++) {
    if (n.type === 'try_expression' || n.type === 'await_expression' || n.type === 'parenthesized_expression') {
      n = n.namedChild(0);
      continue;
    }
    if (n.type !== 'call_expression') return false;
    const name = calleeName(n);
    if (PASSWORD_HASHING.test(name)) return true;
    if (name === 'hash' && /\bbcrypt\s*::\s*hash\s*\(/.test(n.text)) return true;
    const recv = receiverOf(n);
    if (!recv || !CONVERSIONS.test(name)) return false;
    n = recv;
  }
  return false;
}

/** A call whose name says it returns a secret: `get_secret_base32`, `expose_secret`, `private_key` — not `key_value`, `key_len`. */
function secretMaker(name: string): boolean {
  const w = words(name);
  if (!isSecretName(name)) return false;
  if (w.some((x) => /^(secret|password|passwd|passphrase|token|otp)$/.test(x))) return true;
  const k = w.lastIndexOf('key');
  return k > 0 && k === w.length - 1 && /^(private|secret|signing|master|session|shared|api|symmetric|aes|hmac)$/.test(w[k - 1]);
}

const MAKING = /^(new|generate|gen|create|make|mint|issue|random|derive|fresh|build)$/;

/** `new_token`, `generate_key`, `SessionToken`: a name for making a secret (not for its id, length or path). */
function mintsSecret(name: string): boolean {
  const w = words(name);
  return w.some((x) => /^(token|secret|password|passphrase|key|apikey)$/.test(x)) && isSecretName(name.replace(/token/gi, 'secret'));
}

/** A secret-named field of a struct defined in this file whose Debug is derived, not written by hand. */
function secretFieldOf(ctx: CheckContext, type: string | undefined): string | undefined {
  if (!type) return undefined;
  const text = ctx.model.source.text;
  if (handWrittenDebug(text, type)) return undefined;
  return derivedSecretField(text, type);
}

const definesType = (text: string, type: string) => new RegExp(`\\b(?:struct|enum|union|type)\\s+${type}\\b`).test(text);

/** The type a `{:?}` prints: its name, the path it is written with, and (`T::f(..)` bound by `Some(x)`) the function whose return type says so. */
interface DebugType {
  name: string;
  written: string;
  via?: string;
}

/** Types whose Debug prints the value inside: `Json<T>`, `Option<T>`, `Vec<T>`, `&[T]`, `Box<T>`, … */
const DEBUG_TRANSPARENT = /^(?:(?:[\w]+::)*(Json|Form|Query|Path|Data|Option|Vec|VecDeque|HashSet|BTreeSet|HashMap|BTreeMap|IndexMap|Box|Arc|Rc|Cow|RefCell|Mutex|RwLock|Result|Some|Ok))\s*<(.*)>$/s;
/** Maps print their values (`HashMap<String, User>` → `User`): the type inside is the last argument. */
const MAPS = /^(HashMap|BTreeMap|IndexMap)$/;

/** The type as written with references and Debug-transparent wrappers taken off (`web::Json<model::User>` → `model::User`). */
function innerType(text: string): string | undefined {
  return innerTypes(text)[0];
}

/**
 * The types a `{:?}` of a value of this type prints, references and Debug-transparent wrappers
 * taken off: one, or each element of a tuple (`Vec<(String, User)>` → `User`; a `String` has no fields).
 */
function innerTypes(text: string, depth = 0): string[] {
  let t = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 6; i++) {
    t = t.replace(/^&\s*('\w+\s+)?(mut\s+)?/, '').replace(/^\[(.*)\]$/s, '$1').trim();
    const tuple = /^\((.*)\)$/s.exec(t);
    if (tuple && depth < 2) return typeArguments(tuple[1]).flatMap((e) => innerTypes(e, depth + 1)).filter((x) => x !== 'String');
    const m = DEBUG_TRANSPARENT.exec(t);
    if (!m) break;
    const args = typeArguments(m[2]);
    t = (MAPS.test(m[1]) ? args[args.length - 1] : args[0]).trim();
  }
  const path = t.replace(/<.*$/s, '').trim();
  const last = path.split('::').pop() ?? '';
  return /^[A-Z]\w*$/.test(last) ? [path] : [];
}

/** `String, (u64, User), HashMap<K, V>` → its parts, split at the commas outside brackets. */
function typeArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * What types a printed identifier has (one, or a tuple's elements), where the file shows it: a parameter's or `let`'s declared
 * type, a `Some(x)`/`Ok(x)` of a `match` or `if let` over `T::f(..)` or `.get_result::<T>(..)`,
 * else what the resolver knows.
 */
function debugTypesOf(ctx: CheckContext, node: Node): DebugType[] {
  const b = ctx.values.lookup(node.text, node.startIndex);
  const declared = b?.kind === 'param' ? b.fn.paramTypes.get(b.name) : b?.kind === 'let' ? b.info.node.childForFieldName('type')?.text : undefined;
  const fromDecl = declared ? innerTypes(declared) : [];
  if (fromDecl.length) return fromDecl.map((t) => ({ name: t.split('::').pop()!, written: t }));
  if (b?.kind !== 'param') {
    const bound = boundBySomeOrOk(ctx, node);
    if (bound) return [bound];
  }
  const t = ctx.resolver.typeOf(node);
  return t && /^[A-Z]\w*$/.test(t) ? [{ name: t, written: t }] : [];
}

/** `match T::find(..) { Some(x) => .. }`, `if let Ok(x) = q.get_result::<T>(..)`: the type of `x` there. */
function boundBySomeOrOk(ctx: CheckContext, id: Node): DebugType | undefined {
  const name = id.text;
  for (let p = id.parent; p; p = p.parent) {
    let pattern: Node | null = null;
    let value: Node | null = null;
    if (p.type === 'match_arm') {
      pattern = p.childForFieldName('pattern');
      value = p.parent?.parent?.type === 'match_expression' ? p.parent.parent.childForFieldName('value') : null;
    } else if (p.type === 'let_condition' || (p.type === 'if_expression' && p.childForFieldName('condition')?.type === 'let_condition')) {
      const cond = p.type === 'let_condition' ? p : p.childForFieldName('condition')!;
      pattern = cond.childForFieldName('pattern');
      value = cond.childForFieldName('value');
    }
    if (!pattern || !value) continue;
    const m = /^(?:Some|Ok)\s*\(\s*(?:ref\s+)?(?:mut\s+)?([a-z_]\w*)\s*\)$/.exec(pattern.text.replace(/^\w+\s*::\s*/, ''));
    if (!m || m[1] !== name) continue;
    let v: Node | null = value;
    const unwrapped = () => {
      while (v && (v.type === 'try_expression' || v.type === 'await_expression' || v.type === 'parenthesized_expression')) v = v.namedChild(0);
    };
    unwrapped();
    // `let found = find_user(..).await; if let Ok(user) = found`: what the `let` was given.
    if (v?.type === 'identifier') {
      const b = ctx.values.lookup(v.text, v.startIndex);
      v = b?.kind === 'let' && b.info.simple ? b.info.value : null;
      unwrapped();
    }
    if (v?.type !== 'call_expression') return undefined;
    const fn = v.childForFieldName('function');
    // `find_user_by_email(pool, email)` of this file, declared `-> Result<User, E>`: its first type argument.
    // (A bare call is a free function: a method of the same name that comes first is not it.)
    if (fn?.type === 'identifier') return returnedType(ctx.model.functionsNamed(fn.text).find((f) => !implTypeOf(f))?.node.childForFieldName('return_type')?.text);
    // `Self::find(db, id)` in an impl: what that impl's `find` returns (`Option<User>`; `Option<Self>` is the impl's type).
    if (fn?.type === 'scoped_identifier' && fn.childForFieldName('path')?.text === 'Self') {
      const own = ctx.resolver.implType(v.startIndex);
      const name = fn.childForFieldName('name')?.text ?? '';
      const f = own ? ctx.model.functionsNamed(name).find((x) => typeName(implTypeOf(x)) === own) : undefined;
      return f ? returnedType(f.node.childForFieldName('return_type')?.text, own) : undefined;
    }
    // `.get_result::<Admin>(conn)`, `.first::<User>(conn)`: the turbofish names what comes back.
    if (fn?.type === 'generic_function' && fn.childForFieldName('function')?.type === 'field_expression') {
      const args = fn.childForFieldName('type_arguments')?.namedChildren.filter((c) => !!c) ?? [];
      const t = args.length === 1 ? innerType(args[0]!.text) : undefined;
      return t ? { name: t.split('::').pop()!, written: t } : undefined;
    }
    // `TeachRec::find(login)`: `find` of the type `TeachRec`, if it returns one (checked where it is defined).
    if (fn?.type === 'scoped_identifier') {
      const path = fn.childForFieldName('path')?.text ?? '';
      const owner = typeName(path);
      if (owner && /^[A-Z]/.test(owner) && owner !== 'Self') return { name: owner, written: path.replace(/<.*$/s, ''), via: fn.childForFieldName('name')?.text };
    }
    return undefined;
  }
  return undefined;
}

/** `Option<`, `Result<`, and a reference right inside (`Option<&'a `). */
const RETURNED_WRAPPER = /^(?:[\w:]*::)?(?:Result|Option)\s*<\s*(?:&\s*(?:'\w+\s+)?(?:mut\s+)?)?/;

/**
 * The type inside a declared `-> Option<T>` or `-> Result<T, E>` (`Self` is `own`, the impl's type),
 * if it is a type name; through a reference (`Option<&'a User>`) and one more wrapper (`Result<Option<User>, E>`).
 */
function returnedType(returns: string | undefined, own?: string, nested = false): DebugType | undefined {
  const text = returns?.trim() ?? '';
  const head = RETURNED_WRAPPER.exec(text);
  if (!head) return undefined;
  const rest = text.slice(head[0].length);
  if (!nested && RETURNED_WRAPPER.test(rest)) return returnedType(rest, own, true);
  const inner = /^([\w:]+)\s*[,>]/.exec(rest)?.[1];
  const t = inner === 'Self' ? own : inner;
  return t && /^[A-Z]/.test(t.split('::').pop()!) ? { name: t.split('::').pop()!, written: t } : undefined;
}

/**
 * Whether an identifier in a macro's tokens is an argument of a call (`decrypt(nonce, ct)`) or the
 * receiver of a method call (`key.len()`) rather than a value that is printed: the printed value
 * is then what the call returns.
 */
function isCallArgument(id: Node, top: Node): boolean {
  for (let tt = id.parent; tt && tt.id !== top.id; tt = tt.parent) {
    if (tt.type !== 'token_tree') continue;
    const before = tt.previousSibling;
    if (before?.type === 'identifier') return true;
  }
  // `key.len()`, `key.id`, `key.as_bytes().len()`: a method or field of the secret (past the
  // conversions that still print it), not the secret itself.
  let next = id.nextSibling;
  for (let i = 0; i < 8 && next?.text === '.' && next.nextSibling?.type === 'identifier'; i++) {
    if (!/^(as_ref|as_slice|as_bytes|as_str|as_deref|to_vec|to_string|to_owned|clone|expose_secret|reveal)$/.test(next.nextSibling.text)) return true;
    let after = next.nextSibling.nextSibling;
    if (after?.type === 'token_tree' && after.text.startsWith('(')) after = after.nextSibling;
    next = after;
  }
  return false;
}

const SECRET_CMP_WORDS = new Set(['tag', 'mac', 'hmac', 'signature', 'sig', 'sign', 'secret', 'password', 'passwd', 'pwd', 'otp', 'csrf', 'token', 'hash', 'apikey']);
/** Words that name a secret only in code that does cryptography (`tag` is an ELF tag, `sign` a float's sign bit elsewhere). */
const CRYPTO_ONLY_WORDS = new Set(['tag', 'mac', 'hmac', 'signature', 'sig', 'sign', 'hash']);
export const CMP_EXCLUDE = new Set(['len', 'length', 'size', 'kind', 'type', 'name', 'id', 'count', 'algorithm', 'alg', 'confirm', 'confirmation', 'retype', 'repeat', 'repeated', 'again', 'policy', 'prefix', 'format']);
const KEY_QUALIFIERS = /^(api|auth|access|secret|private|shared|master|session|admin|client|signing|hmac|mac)$/;

/**
 * `if let Some(pass) = config.upload_pass { .. upass == pass .. }`: a short name bound from a
 * secret one earlier in the function is that secret.
 */
function boundFromSecret(ctx: CheckContext, n: Node, cryptoFile: boolean): boolean {
  if (n.type !== 'identifier') return false;
  const fn = ctx.model.enclosingFunction(n.startIndex);
  if (!fn) return false;
  const matched = matchedFrom(n);
  if (matched) {
    const last = [matched, ...matched.descendantsOfType(['identifier', 'field_identifier'])].filter((x): x is Node => !!x && /identifier/.test(x.type)).pop();
    if (last && isSecretOperandName(last.text, cryptoFile)) return true;
  }
  const source = unwrappedFrom(ctx, fn.start, n);
  const w = words(source);
  if (!source || w.some((x) => CMP_EXCLUDE.has(x))) return false;
  return (w.length > 1 && w[w.length - 1] === 'pass') || isSecretOperandName(source, cryptoFile);
}

/** The name a local was unwrapped from earlier in the function (`if let Some(keys) = config.apikeys.clone()` → `apikeys`), or ''. */
function unwrappedFrom(ctx: CheckContext, fnStart: number, id: Node): string {
  const before = ctx.model.source.text.slice(fnStart, id.startIndex);
  const m = new RegExp(`\\blet\\s+(?:Some|Ok)\\s*\\(\\s*(?:ref\\s+)?${escapeRe(id.text)}\\s*\\)\\s*=\\s*&?([\\w.]+)`).exec(before);
  return m?.[1].split('.').filter((x) => x && !/^(clone|as_ref|as_deref|as_str|to_string|to_owned|unwrap|cloned)$/.test(x)).pop() ?? '';
}

/**
 * `api_tokens.iter().any(|t| t == presented)`, `keys.iter().find(|x| **x == key)` with `keys` from
 * `config.apikeys`: the closure's parameter is one element of a list of secrets (the list named in
 * the plural for what each element is), so comparing it is comparing the secret.
 */
function elementOfSecretList(ctx: CheckContext, n: Node, cryptoFile: boolean): boolean {
  let id: Node | null = n;
  while (id && /^(parenthesized_expression|unary_expression|reference_expression)$/.test(id.type)) id = id.namedChild(id.namedChildCount - 1);
  if (id?.type !== 'identifier') return false;
  let closure: Node | null = id.parent;
  while (closure && closure.type !== 'closure_expression') closure = /function_item/.test(closure.type) ? null : closure.parent;
  const params = closure?.childForFieldName('parameters');
  if (!closure || !params || !params.descendantsOfType('identifier').some((p) => p?.text === id.text)) return false;
  const call = closure.parent?.parent;
  if (call?.type !== 'call_expression' || !SEARCHES.test(calleeName(call))) return false;
  // The list the adaptor walks: `<list>.iter()`, `<list>.into_iter()`, `<list>.iter().copied()`.
  let list = receiverOf(call);
  while (list?.type === 'call_expression' && /^(iter|into_iter|copied|cloned)$/.test(calleeName(list))) list = receiverOf(list);
  if (!list || (list.type !== 'identifier' && list.type !== 'field_expression')) return false;
  let name = list.type === 'identifier' ? list.text : (list.childForFieldName('field')?.text ?? '');
  const fn = ctx.model.enclosingFunction(n.startIndex);
  if (list.type === 'identifier' && fn) name = unwrappedFrom(ctx, fn.start, list) || name;
  // One of many: the plural names what each element is (`apikeys` → `apikey`, `api_tokens` → `api_token`).
  const one = /[a-z]s$/i.test(name) && !/ss$/i.test(name) ? name.slice(0, -1) : '';
  const w = words(one);
  return !!one && !w.some((x) => CMP_EXCLUDE.has(x)) && isSecretOperandName(one, cryptoFile);
}
const SEARCHES = /^(any|all|find|position|rposition|filter|find_map|filter_map|take_while|skip_while)$/;

export function secretOperand(n: Node, cryptoFile: boolean): boolean {
  if (/^(integer_literal|string_literal|boolean_literal|char_literal|scoped_identifier)$/.test(n.type)) return false;
  if (/\.len\(\)|\.is_empty\(\)|::[A-Z]/.test(n.text)) return false;
  // `mac.finalize().into_bytes()` and friends are MAC outputs whatever they are called.
  if (/\.(finalize|finalize_fixed|into_bytes|compute_tag|sign)\(\)/.test(n.text) && /mac|hmac|Mac|tag|sign/i.test(n.text)) return true;
  const idents = n.type === 'identifier' ? [n] : n.descendantsOfType(['identifier', 'field_identifier']);
  const last = idents.filter((x): x is Node => !!x && x.text !== 'self' && !/^(as_slice|as_ref|to_vec|as_bytes|into_bytes|unwrap|clone|to_owned|iter|collect|as_str|trim|to_string|expose_secret)$/.test(x.text)).pop();
  return !!last && isSecretOperandName(last.text, cryptoFile);
}

/**
 * What a name bound by a match arm was taken from: `expected` in
 * `match (&self.settings.bearer_token, provided) { (Some(expected), Some(value)) => expected == value, .. }`
 * is the first element of the scrutinee.
 */
function matchedFrom(id: Node): Node | null {
  let arm: Node | null = id.parent;
  while (arm && arm.type !== 'match_arm' && !/function_item|closure_expression/.test(arm.type)) arm = arm.parent;
  if (arm?.type !== 'match_arm') return null;
  const pattern = arm.childForFieldName('pattern')?.namedChild(0) ?? arm.childForFieldName('pattern');
  const scrutinee = arm.parent?.parent?.type === 'match_expression' ? arm.parent.parent.childForFieldName('value') : null;
  if (!pattern || !scrutinee) return null;
  const binds = (p: Node) => p.descendantsOfType('identifier').some((x) => x?.text === id.text) || p.text === id.text;
  if (pattern.type === 'tuple_pattern' && scrutinee.type === 'tuple_expression') {
    const i = pattern.namedChildren.findIndex((p) => !!p && binds(p));
    return i >= 0 ? (scrutinee.namedChildren[i] ?? null) : null;
  }
  return binds(pattern) && pattern.type !== 'identifier' ? scrutinee : null;
}

/** Whether the name an operand ends in says it is a secret to compare in constant time. */
function isSecretOperandName(name: string, cryptoFile: boolean): boolean {
  // (`pin_hashed` is a hash of a PIN as much as `pin_hash` is.)
  const w = words(name).map((x) => (x === 'hashed' ? 'hash' : x));
  if (w.some((x) => CMP_EXCLUDE.has(x))) return false;
  if (w.includes('hash') && !w.some((x) => /^(password|passwd|pass|pwd|pw|pin|passcode|expected|stored|secret|token)$/.test(x))) return false;
  // A PIN's hash is a credential's hash, in any file.
  if (w.includes('hash') && w.some((x) => x === 'pin' || x === 'passcode')) return true;
  if (w.includes('token') && !w.some((x) => /^(api|auth|access|bearer|session|csrf|secret|expected|provided|refresh|reset)$/.test(x))) return false;
  // `api_key`, `secret_key` — a bare `key` is as often a map key.
  const k = w.indexOf('key');
  if (k > 0 && KEY_QUALIFIERS.test(w[k - 1])) return true;
  return w.some((x) => SECRET_CMP_WORDS.has(x) && (cryptoFile || !CRYPTO_ONLY_WORDS.has(x) || w.some((y) => /^(password|passwd|pwd|expected|stored|computed|provided|secret|token|api)$/.test(y))));
}

/** A known value: a literal, an UPPER_CASE const or enum path (`SIG_ERR`, `elf::DT_NULL`, `Some(&tags::NUMBER)`). */
function knownValue(n: Node): boolean {
  if (/literal$/.test(n.type)) return true;
  const t = n.text.replace(/\s+/g, '');
  // An emptiness test: `token != String::default()`, `secret == Vec::new()`.
  if (/^(String|Vec|Default)::(new|default)\(\)$|^(String|Vec)::<[^>]*>::(new|default)\(\)$/.test(t)) return true;
  return /^(Some\()?&?([\w]+::)*[A-Z][A-Z0-9_]*\)?$/.test(t) || /^(Some\()?&?([\w]+::)+[A-Z]\w*\)?$/.test(t) || /^b?'.*'$/.test(t);
}

/** Both sides of a comparison: `a == b`, `a != b`, `a.eq(&b)`, `a.ne(&b)`. */
// (Two rules ask for them in one file.)
export const comparisons = oncePerFile((ctx): { at: Node; op: string; left: Node; right: Node }[] => {
  const out: { at: Node; op: string; left: Node; right: Node }[] = [];
  for (const bin of ctx.model.binaries) {
    const op = bin.childForFieldName('operator')?.text;
    const left = bin.childForFieldName('left');
    const right = bin.childForFieldName('right');
    if ((op === '==' || op === '!=') && left && right) out.push({ at: bin, op, left, right });
  }
  for (const call of ctx.model.calls) {
    const name = calleeNameIn(call, EQ_METHODS);
    if (!name) continue;
    const recv = receiverOf(call);
    const arg = argumentsOf(call)[0];
    if (name && recv && arg && argumentsOf(call).length === 1 && !isQueryFilter(ctx, call, recv)) out.push({ at: call, op: `.${name}()`, left: recv, right: arg });
  }
  return out;
});

// Query builders whose arguments are conditions and assignments, not comparisons that run here.
const QUERY_METHODS = /^(filter|or_filter|set|and|or|having|on|find|values|inner_join|left_join|eq_any|update|delete)$/;

/** `users.filter(password_hash.eq(h))`, `.set(password_hash.eq(h))`: diesel/SeaORM builds SQL; the database compares. */
function isQueryFilter(ctx: CheckContext, call: Node, recv: Node): boolean {
  const args = call.parent;
  const outer = args?.type === 'arguments' ? args.parent : null;
  if (outer?.type === 'call_expression' && QUERY_METHODS.test(calleeName(outer))) return true;
  // A column of the schema (`password_hash` from `schema::users::dsl::*`): a name no local binding makes.
  return recv.type === 'identifier' && /\b(diesel|sea_orm|sea_query)::/.test(ctx.model.source.text) && !ctx.values.lookup(recv.text, recv.startIndex);
}

const EQ_METHODS = new Set(['eq', 'ne']);

/** non-constant-time-compare: `==` on tags, MACs, passwords, API keys, tokens. */
/** Two names for one value typed twice: `password` and `password2`, `new_pwd` and `new_pwd_again`. */
function confirmationPair(a: string, b: string): boolean {
  // (`password_validation == pass`: the second prompt against the first, whatever short name it has.)
  const base = (x: string) => x.trim().replace(/^[&*]+/, '').replace(/(_?(2|again|repeat|repeated|confirm|confirmation|check|retype|retyped|validation|verification))$/i, '').replace(/(^|_)(pass|pwd|pw|passwd)$/i, '$1password');
  const [x, y] = [a.trim().replace(/^[&*]+/, ''), b.trim().replace(/^[&*]+/, '')];
  return x !== y && /^[\w.]+$/.test(x) && /^[\w.]+$/.test(y) && base(x) === base(y);
}

export function nonConstantTimeCompare(ctx: CheckContext): void {
  const cryptoFile = ctx.resolver.imports(ctx.models.cryptoModules());
  // In code about logins and sessions a bare or qualified `token` is a credential (`header == token`).
  const authFile = AUTH_CONTEXT.test(ctx.model.source.text) || /(^|[/_])(auth|session|login|token)/i.test(ctx.model.path);
  const tokenOperand = (n: Node): boolean => {
    const last = n.type === 'identifier' ? n : n.descendantsOfType(['identifier', 'field_identifier']).filter((x): x is Node => !!x && x.text !== 'Some').pop();
    const w = last ? words(last.text) : [];
    return authFile && w[w.length - 1] === 'token' && !w.some((x) => NOT_A_SECRET_TOKEN.test(x) || CMP_EXCLUDE.has(x));
  };
  // `hex::encode(hash) == stored.hash` in a `verify` of a hashing service: a credential's hash (not
  // the public digest a signature scheme's padding checks, as in RSA-PSS verification).
  const verifyingHash = (n: Node, at: Node): boolean => {
    const fn = ctx.model.enclosingFunction(at.startIndex);
    if (!fn || !/^(verify|check|validate|authenticate|compare)/.test(fn.name) || /checksum|crc|etag|integrity|file|digest|signature|pss|padding|rsa/i.test(fn.name + ctx.model.path)) return false;
    return words(n.text.replace(/[^\w]+/g, '_')).includes('hash') && /\b(Sha\d+|sha\d|Md5|md5|Sha1|Blake\w*|digest|Hasher)\b/.test(ctx.model.text(fn));
  };
  for (const { at, op, left, right } of comparisons(ctx)) {
    if (knownValue(left) || knownValue(right)) continue;
    // Checksums and ETags are compared in the open by design.
    if (/checksum|crc|etag|integrity/i.test(ctx.model.enclosingFunction(at.startIndex)?.name ?? '')) continue;
    // A challenge echoed back (`token != verify_token`) is public; a token against its own kind only.
    const excluded = [left, right].some((n) => words(n.text.replace(/[^\w]+/g, '_')).some((x) => NOT_A_SECRET_TOKEN.test(x) && x !== 'token'));
    const secret = [left, right].some((n) => secretOperand(n, cryptoFile) || boundFromSecret(ctx, n, cryptoFile) || elementOfSecretList(ctx, n, cryptoFile) || (!excluded && tokenOperand(n)) || verifyingHash(n, at));
    if (!secret) continue;
    // `self.mac == other.mac` in a PartialEq impl: field-wise equality of a data type.
    if (/^self\./.test(left.text) && /^other\./.test(right.text)) continue;
    // A password checked against its confirmation field at sign-up compares two inputs of the same user.
    // Names of values only: `header.strip_prefix("Bearer ")` says nothing about a prefix being compared.
    if ([left, right].some((n) => words(n.text.replace(/\.\s*\w+\s*\(/g, '(').replace(/"[^"]*"/g, '').replace(/[^\w]+/g, '_')).some((x) => CMP_EXCLUDE.has(x)))) continue;
    // (`password != password2`, `pwd == pwd_again`: the two fields of a sign-up form.)
    if (confirmationPair(left.text, right.text)) continue;
    ctx.report(span(at), `\`${quote(ctx.model, at)}\` compares secret bytes with \`${op}\`, which stops at the first differing byte; the timing tells an attacker how much of a forged tag, key or hash is right. Use \`subtle::ConstantTimeEq\` (\`a.ct_eq(b).into()\`), \`Mac::verify_slice\`, or \`ring::constant_time::verify_slices_are_equal\` — and for passwords, a password hash's \`verify_password\`.`);
  }
}

/** unchecked-slice-length: `data[..12]`/`split_at(12)` on input whose length was never checked, before decryption. */
/** A fixed-size array type, behind a reference or not: `[u8; 12]`, `&'a mut [u32; 4]`, `[[u8; 4]; 4]`. */
const FIXED_ARRAY = /^\s*&?\s*(?:'\w+\s+)?(?:mut\s+)?\[.*;[^\]]*\]\s*$/s;

export function uncheckedSliceLength(ctx: CheckContext): void {
  const { model } = ctx;
  // One finding per input and function: at the slice that feeds the decryption or nonce directly, if any.
  // (An input is the buffer the bytes were first cut from: a piece of it decoded or cut again —
  // `let (n, rest) = data.split_at(k); let nonce = decode(n)?; &nonce[..24]` — is the same input,
  // reported once, at the cut nearest the buffer itself.)
  const chosen = new Map<string, { at: Node; name: string; bound: Node; direct: boolean; steps: number }>();
  const consider = (at: Node, receiver: Node | null, bound: Node | null | undefined) => {
    if (!receiver || receiver.type !== 'identifier' || !bound) return;
    if (!isFixedBound(ctx, bound)) return;
    const fn = model.enclosingFunction(at.startIndex);
    if (!fn) return;
    const name = receiver.text;
    const feeds = feedsDecryption(ctx, fn, at, name);
    if (!feeds || lengthContract(ctx, fn, name, at)) return;
    // A fixed-size array (`[u8; 32]`, `&[u32; 4]`, or a named type, often an alias of one) cannot
    // be short; slices (of any element, behind a lifetime or not: `&'a [u16]`) and Vecs can.
    const type = fn.paramTypes.get(name);
    if (type !== undefined && (FIXED_ARRAY.test(type) || !/\[[^\[\];]*\]|Vec\s*<|Bytes|impl\s|dyn\s/.test(type))) return;
    // A local fixed-size buffer (`let mut bytes = [0u8; 12]`) cannot be short, and writing into a
    // slice of one (`bytes[4..].copy_from_slice(..)`) cuts nothing off any input.
    if (isFixedLocal(ctx, name, receiver.startIndex) || writesInto(at)) return;
    const before = model.source.text.slice(fn.start, at.startIndex);
    // A check of the input itself, or of the buffer it was cut from (`let body = &frame[2..]` after `frame.len()`).
    const checked = [name, ...slicedParents(ctx, receiver)].some((n) => new RegExp(`\\b${escapeRe(n)}\\s*\\.\\s*(len|get|is_empty|split_at_checked|split_first_chunk|first_chunk)\\s*\\(`).test(before));
    if (checked) return;
    // The same range written into before (`read_exact(&mut buffer[..12])`): a short buffer panicked there already.
    if (new RegExp(`&\\s*mut\\s+${escapeRe(name)}\\s*\\[\\s*(?:0\\s*)?\\.\\.\\s*${escapeRe(bound.text)}\\s*\\]`).test(before)) return;
    const { root, steps } = inputRoot(ctx, receiver);
    const key = `${fn.start}:${root}`;
    const direct = feeds === 'direct';
    const prev = chosen.get(key);
    if (!prev || steps < prev.steps || (steps === prev.steps && direct && !prev.direct)) chosen.set(key, { at, name, bound, direct, steps });
  };
  for (const idx of model.indexes) {
    const value = idx.namedChild(0);
    const range = idx.namedChild(1);
    if (range?.type !== 'range_expression') continue;
    const parts = range.namedChildren.filter((c): c is Node => !!c);
    // `data[..12]`, `data[12..]`, and `data[START..END]` (the end is what the input must reach).
    if (parts.length === 1) consider(idx, value, parts[0]);
    else if (parts.length === 2) consider(idx, value, parts[1]);
  }
  for (const call of model.calls) {
    const name = calleeName(call);
    // `v.drain(24..)` / `v.drain(..24)` panics like `split_at` when `v` is shorter.
    if (name === 'drain') {
      const r = argumentsOf(call)[0];
      const parts = r?.type === 'range_expression' ? r.namedChildren.filter((c): c is Node => !!c) : [];
      if (parts.length === 1) consider(call, receiverOf(call), parts[0]);
      continue;
    }
    // `v.split_off(12)` (Vec, BytesMut) and `b.split_to(12)` (Bytes) panic like `split_at` when `v` is shorter.
    if (!/^(split_at|split_at_mut|split_off|split_to)$/.test(name)) continue;
    consider(call, receiverOf(call), argumentsOf(call)[0]);
  }
  decodedNonces(ctx);
  for (const { at, name, bound } of chosen.values()) {
    ctx.report(span(at), `\`${quote(model, at)}\` cuts the nonce or tag off \`${name}\` without checking its length first: an input shorter than ${bound.text} bytes panics (a remote crash for anyone who can send one). Check \`${name}.len()\` first, or use \`split_at_checked\` / \`get(..)\`.`);
  }
}

/**
 * A constructor that turns the leading bytes of its one parameter into a value and decrypts
 * nothing (`fn from_bytes(data: &[u8]) -> Self { let mut n = [0u8; N]; n.clone_from_slice(&data[..N]);
 * Self(n) }`): the length is its contract, as it is `Nonce::from_slice`'s. Where bytes of the wrong
 * length can reach it is where a caller cuts them from its input, and that cut is reported there.
 */
function lengthContract(ctx: CheckContext, fn: FnInfo, name: string, at: Node): boolean {
  if (fn.params.size !== 1 || !fn.params.has(name) || at.type !== 'index_expression') return false;
  if (!/^(Self|\[u8;\w+\])$/.test(fn.node.childForFieldName('return_type')?.text.replace(/\s+/g, '') ?? '')) return false;
  if (!/^\.\.\s*[^.=\s]/.test(at.namedChild(1)?.text ?? '')) return false;
  return !ctx.model.calls.some((c) => c.startIndex >= fn.start && c.endIndex <= fn.end && isDecryptCall(c, ctx.resolver));
}

/** A decode of text into bytes: `hex::decode(s)`, `base64::decode(s)`, `engine.decode(s)`, `BASE64_STANDARD.decode(s)`. */
const DECODE_CALL = /^(?:[\w:]*\s*::\s*)?decode(?:_config|_to_vec)?$/;

/**
 * `Nonce::from_slice(&nonce_bytes)` where `nonce_bytes` was decoded from text (hex, base64) in this
 * function and its length never checked: `from_slice` panics unless the bytes are exactly the
 * nonce's size, so a crafted or corrupted input crashes the reader, like a cut without a check.
 */
function decodedNonces(ctx: CheckContext): void {
  const { model, values } = ctx;
  for (const call of model.calls) {
    if (calleeName(call) !== 'from_slice' || receiverOf(call)) continue;
    const path = (call.childForFieldName('function')?.text ?? '').replace(/\s+/g, '');
    if (!/(^|::)(X?Nonce|Tag)(::<[^>]*>)?::from_slice$/.test(path)) continue;
    let arg: Node | null = argumentsOf(call)[0] ?? null;
    while (arg && (arg.type === 'reference_expression' || (arg.type === 'call_expression' && /^(as_slice|as_ref)$/.test(calleeName(arg)) && receiverOf(arg)))) arg = arg.type === 'reference_expression' ? arg.childForFieldName('value') : receiverOf(arg);
    if (arg?.type !== 'identifier') continue;
    const b = values.lookup(arg.text, arg.startIndex);
    if (b?.kind !== 'let' || !b.info.value) continue;
    // The value as decoded: `decode(..)?`, `.unwrap()`/`.expect(..)`, or the `Ok(x) => x` arm of a match on it.
    let v: Node | null = b.info.value;
    for (let i = 0; v && i < 4; i++) {
      if (v.type === 'try_expression') v = v.namedChild(0);
      else if (v.type === 'call_expression' && /^(unwrap|expect|unwrap_or_default|unwrap_or|unwrap_or_else|map_err|ok|context|with_context)$/.test(calleeName(v)) && receiverOf(v)) v = receiverOf(v);
      else if (v.type === 'match_expression') v = v.childForFieldName('value');
      else break;
    }
    if (v?.type !== 'call_expression' || !DECODE_CALL.test(calleeName(v))) continue;
    const fn = model.enclosingFunction(call.startIndex);
    if (!fn) continue;
    const between = model.source.text.slice(b.info.start, call.startIndex);
    if (new RegExp(`\\b${escapeRe(arg.text)}\\s*\\.\\s*(len|is_empty|try_into)\\s*\\(`).test(between)) continue;
    // The text's length checked before it is decoded (`if s.nonce.len() != 48 { return Err(..) }`: 48 hex digits are 24 bytes).
    const text = (argumentsOf(v)[0]?.text ?? receiverOf(v)?.text ?? '').replace(/^[&*\s]+/, '').replace(/\.(clone|as_str|as_bytes|trim)\(\)$/, '').replace(/\s+/g, '');
    const before = model.source.text.slice(fn.start, b.info.start).replace(/\s+/g, '');
    if (text && /^[\w.]+$/.test(text) && before.includes(`${text}.len()`)) continue;
    ctx.report(span(call), `\`${quote(model, call)}\` takes the nonce decoded from text (\`${quote(model, v, 40)}\`) without checking its length: \`from_slice\` panics unless it is exactly the nonce's size, so a crafted or corrupted input crashes the program. Check \`${arg.text}.len()\` first (or convert with \`try_into()\` and return an error).`);
  }
}

/** The buffer a local was cut or decoded from, a few `let`s up (`data` for `nonce` above; the local's own name if none), and how many `let`s up. */
function inputRoot(ctx: CheckContext, id: Node): { root: string; steps: number } {
  let name = id.text;
  let at = id.startIndex;
  let steps = 0;
  // (Parsers cut a header field by field, `let (f, rest) = rest.split_at(n)`: a dozen steps is plenty.)
  for (let i = 0; i < 12; i++) {
    const b = ctx.values.lookup(name, at);
    const from = b?.kind === 'let' && b.info.value ? pieceOf(b.info.value) : null;
    if (b?.kind !== 'let' || !from) break;
    name = from.text;
    at = b.info.start;
    steps++;
  }
  return { root: name, steps };
}

/** The identifier a value is a piece of: `x` in `x.split_at(4)`, `&x[4..]`, `decode(x)?`, `x.to_vec()`. */
function pieceOf(value: Node): Node | null {
  let v: Node | null = value;
  for (let i = 0; v && i < 6; i++) {
    if (v.type === 'identifier') return v;
    if (v.type === 'try_expression' || v.type === 'parenthesized_expression') v = v.namedChild(0);
    else if (v.type === 'reference_expression') v = v.childForFieldName('value');
    else if (v.type === 'index_expression' && v.namedChild(1)?.type === 'range_expression') v = v.namedChild(0);
    else if (v.type === 'call_expression') {
      const recv = receiverOf(v);
      if (recv) v = /^(split_at|split_at_mut|to_vec|to_owned|clone|as_slice|as_ref)$/.test(calleeName(v)) ? recv : null;
      else v = argumentsOf(v).length === 1 ? argumentsOf(v)[0] : null;
    } else return null;
  }
  return null;
}

/** `let mut nonce = filecontent.clone()` with `filecontent` a parameter: the local is the input itself. */
function isInputCopy(ctx: CheckContext, at: Node, name: string): boolean {
  const b = ctx.values.lookup(name, at.startIndex);
  if (b?.kind === 'param') return true;
  if (b?.kind !== 'let') return false;
  const m = /^[&\s]*([a-z_]\w*)\s*\.\s*(clone|to_vec|to_owned)\(\)$/.exec(b.info.value?.text ?? '');
  return !!m && ctx.values.lookup(m[1], b.info.start)?.kind === 'param';
}

/** The file imports a crypto crate, or its crate depends on one (a crypto library's own modules). */
function cryptoCode(ctx: CheckContext): boolean {
  const modules = ctx.models.cryptoModules();
  return ctx.resolver.imports(modules) || !!ctx.crate?.dependencies.some((d) => modules.includes(d.replace(/-/g, '_')));
}

/** The buffers a local is a slice of: `frame` for `let body = &frame[2..]` (and so on, a few steps up). */
function slicedParents(ctx: CheckContext, id: Node): string[] {
  const out: string[] = [];
  let cur: Node | null = id;
  for (let i = 0; i < 3 && cur?.type === 'identifier'; i++) {
    const b = ctx.values.lookup(cur.text, cur.startIndex);
    let v = b?.kind === 'let' && b.info.simple ? b.info.value : null;
    if (v?.type === 'reference_expression') v = v.childForFieldName('value');
    if (v?.type !== 'index_expression' || v.namedChild(1)?.type !== 'range_expression') break;
    cur = v.namedChild(0);
    if (cur?.type === 'identifier') out.push(cur.text);
  }
  return out;
}

function isFixedLocal(ctx: CheckContext, name: string, at: number): boolean {
  const b = ctx.values.lookup(name, at);
  if (b?.kind !== 'let') return false;
  // `let mut data; … data = vec![0; n];`: declared first, allocated by an assignment before the use.
  if (!b.info.value) {
    return ctx.model.assigns.some((a) => a.startIndex > b.info.start && a.startIndex < at && a.childForFieldName('left')?.text === name && /^(vec\s*!\s*\[[^;\]]+;[^\]]+\]|\[[^;\]]+;[^\]]+\])$/.test(a.childForFieldName('right')?.text ?? ''));
  }
  const type = b.info.node.childForFieldName('type')?.text ?? '';
  const value = b.info.value;
  if (value?.type === 'array_expression' || FIXED_ARRAY.test(type)) return true;
  // `vec![0u8; 4096]`, `vec![0; NONCE_LEN + n]`: a buffer this code allocated, not input (what is read into it is counted apart).
  if (value?.type === 'macro_invocation' && /^vec\s*!\s*\[[^;\]]+;[^\]]+\]$/.test(value.text)) return true;
  // `n.to_be_bytes()` is an array; the first half of `data.split_at(16)` has 16 bytes.
  if (value?.type === 'call_expression' && /^to_(be|le|ne)_bytes$/.test(calleeName(value))) return true;
  // A digest has the hash's fixed length (`Sha256::digest(..)`, `hasher.finalize()`), also converted
  // (`Sha256::digest(k).into()`, `.to_vec()`): the conversions keep its length.
  let made: Node | null = value;
  while (made?.type === 'call_expression' && /^(into|clone|to_owned|to_vec|as_slice|as_ref)$/.test(calleeName(made)) && receiverOf(made)) made = receiverOf(made);
  if (made?.type === 'call_expression' && /^(digest|finalize|finalize_fixed|finalize_reset)$/.test(calleeName(made))) return true;
  const pattern = b.info.node.childForFieldName('pattern');
  return !!value && value.type === 'call_expression' && /^split_at(_mut)?$/.test(calleeName(value)) && pattern?.type === 'tuple_pattern' && pattern.namedChild(0)?.text === name;
}

/**
 * A length known when the code is written: a literal, a const, arithmetic or a call over them
 * (`rs_encoded_size(NONCE_SIZE)`), or a local bound to one (`let start = SALT_LEN * 2; data[start..start + 24]`).
 */
function isFixedBound(ctx: CheckContext, n: Node, depth = 0): boolean {
  const t = n.text.replace(/\s+/g, '');
  if (n.type === 'integer_literal' || /^([A-Za-z_]\w*::)*[A-Z][A-Z0-9_]*$/.test(t)) return true;
  const fixedLocal = (id: Node): boolean => {
    if (depth > 3) return false;
    const b = ctx.values.lookup(id.text, id.startIndex);
    return b?.kind === 'let' && !!b.info.value && b.info.simple && !b.info.node.children.some((c) => c?.type === 'mutable_specifier') && isFixedBound(ctx, b.info.value, depth + 1);
  };
  if (n.type === 'identifier') return fixedLocal(n);
  if (n.type === 'binary_expression' || n.type === 'parenthesized_expression' || n.type === 'call_expression') {
    const ids = n.descendantsOfType('identifier').filter((x): x is Node => !!x);
    const fn = n.type === 'call_expression' ? calleeName(n) : '';
    const fixedIds = ids.every((x) => x.text === fn || /^[A-Z][A-Z0-9_]*$/.test(x.text) || /^(usize|u32|u64)$/.test(x.text) || x.text.endsWith('_len') || x.text.endsWith('_size') || fixedLocal(x));
    return fixedIds && (/[A-Z][A-Z0-9_]{2,}|\b\d+\b/.test(t) || ids.some((x) => fixedLocal(x)));
  }
  return false;
}

/** `x[a..].copy_from_slice(..)`: the slice is written to, not read from. */
function writesInto(slice: Node): boolean {
  const field = slice.parent;
  const call = field?.type === 'field_expression' ? field.parent : null;
  if (call?.type === 'call_expression' && /^(copy_from_slice|clone_from_slice|fill|copy_within|fill_bytes)$/.test(calleeName(call))) return true;
  // `reader.read_exact(&mut buffer[..12])`, `rng.fill_bytes(&mut nonce[..12])`: the slice is where bytes are written.
  const ref = slice.parent;
  const args = ref?.type === 'reference_expression' && /^&\s*mut\b/.test(ref.text) ? ref.parent : null;
  const reader = args?.type === 'arguments' ? args.parent : null;
  return reader?.type === 'call_expression' && /^(read|read_exact|read_buf|fill_bytes|try_fill_bytes|fill|getrandom|recv|recv_from|peek)$/.test(calleeName(reader));
}

const NONCE_INPUTS = /^(from_slice|clone_from_slice|assume_unique_for_key|try_assume_unique_for_key|try_from|from|from_bytes)$/;

/** Whether a slice feeds a decryption or a nonce: `direct`ly (inside its arguments, or through the `let` it is bound to) or by a `mention` of the sliced input. */
function feedsDecryption(ctx: CheckContext, fn: { start: number; end: number }, slice: Node, name: string): 'direct' | 'mention' | false {
  const bound: string[] = [];
  let up: Node | null = slice.parent;
  while (up && up.type !== 'let_declaration' && /expression|arguments|reference/.test(up.type)) up = up.parent;
  if (up?.type === 'let_declaration') {
    const pattern = up.childForFieldName('pattern');
    if (pattern) bound.push(...pattern.descendantsOfType('identifier').map((i) => i?.text ?? ''), pattern.text);
  }
  const re = (names: string[]) => (names.length ? new RegExp(`\\b(${names.map(escapeRe).join('|')})\\b`) : undefined);
  const viaLet = re(bound.filter(Boolean));
  const mentions = re([name]);
  let found: 'mention' | false = false;
  for (const call of ctx.model.calls) {
    if (call.startIndex < fn.start || call.endIndex > fn.end) continue;
    if (!isDecryptCall(call, ctx.resolver) && !(NONCE_INPUTS.test(calleeName(call)) && /Nonce|nonce/.test(call.text))) continue;
    const args = call.childForFieldName('arguments');
    if (!args) continue;
    if ((args.startIndex <= slice.startIndex && slice.endIndex <= args.endIndex) || viaLet?.test(args.text)) return 'direct';
    if (mentions?.test(args.text)) found = 'mention';
  }
  // `let cipher_nonce = info[a..b].to_vec()` in crypto code: the nonce of a message read back.
  if (!found && [...bound, ...(isInputCopy(ctx, slice, name) ? [name] : [])].some((b) => /(^|_)(nonce|iv)(_|$)/i.test(b)) && cryptoCode(ctx)) return 'direct';
  return found;
}
