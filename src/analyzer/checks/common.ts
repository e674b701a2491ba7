import type { Node } from 'web-tree-sitter';
import { argumentsOf, calleeName, receiverOf } from '../apis.ts';
import type { FileModel, Span } from '../model.ts';
import { type Values, tailExpression } from '../values.ts';
import type { CheckContext } from '../check-context.ts';

/** Source text for a message, on one line and cut to a readable length. */
export function quote(model: FileModel, at: Span | Node, max = 60): string {
  const s = 'startIndex' in at ? { start: at.startIndex, end: at.endIndex } : at;
  const text = model.text(s).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export { words } from '../names.ts';


export interface CipherInfo {
  label: string;
  misuseResistant: boolean;
  /** The modelled type the call was resolved to (`ChaCha20Poly1305`, `LessSafeKey`), when it was. */
  type?: string;
}

/**
 * Which cipher an encryption call uses: the receiver's type in the models (through `let`, fields,
 * parameters and `use … as` aliases), openssl's cipher argument, the type of a path call
 * (`ChaCha20::new`); else the text around it (the receiver's constructor, the file's imports).
 */
export function cipherOf(ctx: CheckContext, call: Node): CipherInfo {
  const { model, values, resolver } = ctx;
  const recv = receiverOf(call);
  const typed = recv ? resolver.typeOf(recv) : resolver.shape(call).path?.selfType;
  const t = ctx.models.type(typed);
  if (t && t.primitive !== 'key' && t.primitive !== 'nonce') return { label: t.algorithm, misuseResistant: !!t.misuseResistant, type: t.name };
  const text = cipherText(model, values, call);
  return { label: cipherLabel(text), misuseResistant: /Siv/.test(text) };
}

function cipherText(model: FileModel, values: Values, call: Node): string {
  const recv = receiverOf(call);
  // openssl::symm::encrypt(cipher, key, iv, data): the cipher is the first argument.
  const first = recv ? undefined : argumentsOf(call)[0];
  if (first && /Cipher::|cipher/.test(first.text)) {
    if (first.type === 'identifier') {
      const b = values.lookup(first.text, first.startIndex);
      if (b?.kind === 'let' && b.info.value) return b.info.value.text;
    }
    return first.text;
  }
  if (recv?.type === 'identifier') {
    const b = values.lookup(recv.text, recv.startIndex);
    if (b?.kind === 'let' && b.info.value) return b.info.value.text;
    if (b?.kind === 'param') return b.fn.paramTypes.get(recv.text) ?? '';
  }
  if (recv?.type === 'field_expression') {
    const field = recv.childForFieldName('field')?.text ?? '';
    const init = model.fieldInits.get(field)?.[0];
    if (init) return init.text;
  }
  return model.uses.map((u) => u.text).join('\n');
}

export function cipherLabel(text: string): string {
  const openssl = /Cipher::(aes|des|bf|chacha20|sm4|camellia|aria)_?(\d+)?_?(\w+)?\(\)/.exec(text);
  if (openssl) return [openssl[1] === 'bf' ? 'Blowfish' : openssl[1].toUpperCase().replace('CHACHA20', 'ChaCha20'), openssl[2], openssl[3]?.toUpperCase().replace('POLY1305', 'Poly1305')].filter(Boolean).join('-');
  if (/GcmSiv/.test(text)) return 'AES-GCM-SIV';
  if (/XChaCha20Poly1305/.test(text)) return 'XChaCha20-Poly1305';
  if (/ChaCha20Poly1305|CHACHA20_POLY1305/.test(text)) return 'ChaCha20-Poly1305';
  if (/Gcm|AES_\d+_GCM|aes_\d+_gcm/.test(text)) return 'AES-GCM';
  return 'the cipher';
}

/** Whether the lowest common ancestor of two nodes is a branch, so at most one of them runs. */
export function inDifferentBranches(a: Node, b: Node): boolean {
  const ancestors = new Set<number>();
  for (let n: Node | null = a; n; n = n.parent) ancestors.add(n.id);
  let n: Node | null = b;
  while (n && !ancestors.has(n.id)) n = n.parent;
  return !!n && /^(if_expression|else_clause|match_block|match_expression)$/.test(n.type);
}

/**
 * A question several rules ask of the same file (`keySinks`, `comparisons`), answered once per
 * file model: the checks of one file share its model, values and resolver.
 */
export function oncePerFile<T>(compute: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  const memo = new WeakMap<object, T>();
  return (ctx) => {
    if (memo.has(ctx.model)) return memo.get(ctx.model) as T;
    const value = compute(ctx);
    memo.set(ctx.model, value);
    return value;
  };
}

// Calls a value passes through on its way to where it is kept: iterator adaptors and conversions
// (`(0..32).map(|_| fastrand::alphanumeric()).collect()`, `hex::encode(x)`, `String::from(x)`).
const PASS_THROUGH = /^(map|flat_map|filter_map|from_fn|repeat_with|from|encode|encode_upper|to_string|from_utf8|from_utf8_lossy|collect|push|push_str|extend)$/;

/**
 * The name a value is kept under: the `let` it is bound to, the variable or field it is assigned to
 * (`user.session_token = …` → `session_token`), the struct field it initializes, or — for a
 * function's tail or `return` value — the function's name. Followed through method chains,
 * closures handed to iterator adaptors, `?`, references and casts; undefined where the value goes
 * anywhere else (an argument of another call, a condition).
 */
export function destinationOf(expr: Node): string | undefined {
  let n: Node = expr;
  for (let i = 0; i < 16; i++) {
    const p = n.parent;
    if (!p) return undefined;
    switch (p.type) {
      case 'let_declaration': {
        if (p.childForFieldName('value')?.id !== n.id) return undefined;
        const pattern = p.childForFieldName('pattern');
        return pattern?.type === 'identifier' ? pattern.text : pattern?.descendantsOfType('identifier')[0]?.text;
      }
      case 'assignment_expression':
      case 'compound_assignment_expr': {
        if (p.childForFieldName('right')?.id !== n.id) return undefined;
        const left = p.childForFieldName('left');
        return left?.type === 'field_expression' ? left.childForFieldName('field')?.text : left?.type === 'identifier' ? left.text : undefined;
      }
      case 'field_initializer':
        return p.childForFieldName('field')?.text;
      case 'return_expression':
        return enclosingFnName(p);
      case 'block': {
        // A block's tail expression is the block's value: a function's, or a closure's or an `if`'s (go on).
        if (tailExpression(p)?.id !== n.id) return undefined;
        if (p.parent?.type === 'function_item') return p.parent.childForFieldName('name')?.text;
        break;
      }
      case 'arguments': {
        const call = p.parent;
        if (call?.type !== 'call_expression' || !PASS_THROUGH.test(calleeName(call))) return undefined;
        break;
      }
      case 'call_expression':
        // The callee's receiver (a method chain), never the callee's name itself.
        if (p.childForFieldName('function')?.id === n.id && n.type !== 'field_expression') return undefined;
        break;
      case 'field_expression':
        if (p.childForFieldName('value')?.id !== n.id) return undefined;
        break;
      case 'closure_expression':
      case 'try_expression':
      case 'reference_expression':
      case 'type_cast_expression':
      case 'parenthesized_expression':
      case 'expression_statement':
      case 'if_expression':
      case 'else_clause':
      case 'generic_function':
        break;
      default:
        return undefined;
    }
    n = p;
  }
  return undefined;
}

function enclosingFnName(n: Node): string | undefined {
  for (let p: Node | null = n.parent; p; p = p.parent) {
    if (p.type === 'closure_expression') return undefined;
    if (p.type === 'function_item') return p.childForFieldName('name')?.text;
  }
  return undefined;
}

/**
 * The calls of the function around `at`, before it, that are given `&mut name` (or `&mut name[..]`, `&mut name.field`)
 * and so write into it: `bcrypt(.., &mut out)`, `cipher.decrypt(&mut buf[..], data)`.
 */
export function callsWritingInto(ctx: CheckContext, name: string, at: number): Node[] {
  const fn = ctx.model.enclosingFunction(at);
  if (!fn) return [];
  const into = (a: Node) => {
    if (a.type !== 'reference_expression' || !a.children.some((c) => c?.type === 'mutable_specifier')) return false;
    const v = a.childForFieldName('value');
    // (`&mut msg.body`: a field written is the struct written, for what prints or hashes it whole.)
    return v?.text === name || ((v?.type === 'index_expression' || v?.type === 'field_expression') && v.namedChild(0)?.text === name);
  };
  return ctx.model.calls.filter((c) => c.startIndex >= fn.start && c.endIndex <= at && argumentsOf(c).some(into));
}
