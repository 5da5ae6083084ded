/**
 * Domain errors. Every error says which parameter, which value and which rule, so that the
 * Excel adapters (#VALUE! / #N/A), the CLI (exit 2) and the task pane (message at the field)
 * can all show the same sentence.
 */
export type DomainErrorKind = 'invalid' | 'notAvailable';

/** What a message is made of: a code of the message catalogue (messages.ts) and its parameters, so a
 *  host can say the same thing in the user's language. The English text is always `message`. */
export interface MessageParts {
  code: string;
  params: Record<string, unknown>;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  /** The parameter key the error is about, when there is one. */
  readonly key?: string;
  readonly value?: unknown;
  /** The message's parts, when it comes from the catalogue; absent: only the English text exists. */
  readonly parts?: MessageParts;
  constructor(kind: DomainErrorKind, message: string, key?: string, value?: unknown, parts?: MessageParts) {
    // A domain error is a message about input, not a bug: its stack trace says nothing useful, and
    // capturing one costs ~10 us, which dominated sweeps where many values have no break-even.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = kind === 'invalid' ? 'ParameterError' : 'NotAvailableError';
    this.kind = kind;
    this.key = key;
    this.value = value;
    this.parts = parts;
  }
}

/** Bad input: maps to #VALUE! in Excel and exit status 2 in the CLI. */
export class ParameterError extends DomainError {
  constructor(message: string, key?: string, value?: unknown, parts?: MessageParts) {
    super('invalid', message, key, value, parts);
  }
}

/** A result that does not exist (no break-even, no ratio without costs): maps to #N/A. */
export class NotAvailableError extends DomainError {
  constructor(message: string, key?: string, parts?: MessageParts) {
    super('notAvailable', message, key, undefined, parts);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Shows a user-supplied value inside a message without ever printing "[object Object]". */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'nothing';
  // String() gives 'NaN', 'Infinity' and '-Infinity' as they are.
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (Array.isArray(v)) return `[${v.map(showValue).join(', ')}]`;
  if (v instanceof Error) return `an error value (${v.message || v.name})`;
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
