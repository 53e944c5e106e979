import { builtinContentUrl } from '../content/builtin-content-url.js';
import { loadJson, parseJson, type Loaded } from '../content/load-json.js';
import type { Messages } from '../messages/messages.js';
import type { Bank } from '../schema/bank-schema.js';
import { validateBank } from '../schema/validate-bank.js';
import type { Validated } from '../schema/validation-issues.js';

/** Where a quiz's bank comes from, in the order the element looks: data, inline JSON, src, bank. */
export type BankSource =
  | { kind: 'data'; data: unknown }
  | { kind: 'inline'; json: string }
  | { kind: 'src'; url: URL }
  | { kind: 'builtin'; id: string }
  | { kind: 'none' };

export interface LoadedBank {
  bank: Bank;
  /** The IRI that names this bank in xAPI statements. */
  activityId: string;
}

async function rawBank(source: BankSource, msg: Messages['quiz'], signal: AbortSignal): Promise<Loaded> {
  switch (source.kind) {
    case 'data':
      return { ok: true, value: source.data };
    case 'inline':
      return parseJson(source.json, '<script type="application/json">', () => msg.inlineNotJson);
    case 'src':
      return loadJson(source.url, 'src', msg, signal);
    case 'builtin':
      if (!/^[a-z0-9][a-z0-9-]*$/.test(source.id)) return { ok: false, issues: [{ path: 'bank', message: msg.badBankId(source.id) }] };
      return loadJson(builtinContentUrl(`${source.id}.json`), 'bank', msg, signal);
    case 'none':
      return { ok: false, issues: [{ path: '(element)', message: msg.noBank }] };
  }
}

export async function loadBank(source: BankSource, msg: Messages['quiz'], signal: AbortSignal): Promise<Validated<LoadedBank>> {
  const raw = await rawBank(source, msg, signal);
  if (!raw.ok) return raw;
  const checked = validateBank(raw.value);
  if (!checked.ok) return checked;
  const bank = checked.value;
  const activityId = source.kind === 'src' ? source.url.href : `urn:defence-learning:bank:${encodeURIComponent(bank.id)}`;
  return { ok: true, value: { bank, activityId } };
}
