import { builtinFile } from '../content/builtin-content.js';
import { BUILTIN_BANKS } from '../content/builtin-ids.js';
import { ContentLoader, parseJson } from '../content/content-loader.js';
import type { Messages } from '../messages/messages.js';
import { withBankDefaults } from '../schema/bank-defaults.js';
import type { Bank } from '../schema/bank-schema.js';
import type { Validated } from '../schema/validation-issues.js';

/** Where a quiz's bank comes from, in the order the element looks: data, inline JSON, src, bank. */
export type BankSource =
  { kind: 'data'; data: unknown } | { kind: 'inline'; json: string } | { kind: 'src'; url: URL } | { kind: 'builtin'; id: string } | { kind: 'none' };

export interface LoadedBank {
  bank: Bank;
  /** The IRI that names this bank in xAPI statements. */
  activityId: string;
}

/** The package's own banks, validated at build time: only their defaults are filled in, so a quiz over one loads no zod. */
const trustedBanks = new ContentLoader(withBankDefaults);
let authorBanks: Promise<ContentLoader<Bank>> | undefined;
/** Every other bank is validated in full, with the schema loaded when the first of them is asked for. */
const checkedBanks = () =>
  (authorBanks ??= Promise.all([import('../schema/validate-bank.js'), import('../schema/readable-path.js')]).then(
    ([{ validateBank }, { withReadablePaths }]) => new ContentLoader(withReadablePaths(validateBank)),
  ));

async function validBank(source: BankSource, msg: Messages['quiz'], signal: AbortSignal): Promise<Validated<Bank>> {
  const banks = source.kind === 'none' || source.kind === 'builtin' ? trustedBanks : await checkedBanks();
  switch (source.kind) {
    case 'data':
      return banks.check(source.data);
    case 'inline': {
      const parsed = parseJson(source.json, '<script type="application/json">', () => msg.inlineNotJson);
      return parsed.ok ? banks.check(parsed.value) : parsed;
    }
    case 'src':
      return banks.load(source.url, 'src', msg, signal);
    case 'builtin': {
      const file = builtinFile('bank', source.id);
      if (!file) return { ok: false, problem: 'setup', issues: [{ path: 'bank', message: msg.unknownBank(source.id, BUILTIN_BANKS.join(', ')) }] };
      return (file.trusted ? trustedBanks : await checkedBanks()).loadBuiltin(file, 'bank', msg, signal);
    }
    case 'none':
      return { ok: false, problem: 'setup', issues: [{ path: '(element)', message: msg.noBank }] };
  }
}

/** The IRI that names a bank in xAPI statements when no URL does (one given as data, inline or built in). */
const bankActivityId = (bankId: string) => `urn:defence-learning:bank:${encodeURIComponent(bankId)}`;

/** The bank a quiz asks for, fetched (once per URL on the page), parsed and validated; every failure comes back as issues. */
export async function loadBank(source: BankSource, msg: Messages['quiz'], signal: AbortSignal): Promise<Validated<LoadedBank>> {
  const checked = await validBank(source, msg, signal);
  if (!checked.ok) return checked;
  const bank = checked.value;
  const activityId = source.kind === 'src' ? source.url.href : bankActivityId(bank.id);
  return { ok: true, value: { bank, activityId } };
}
