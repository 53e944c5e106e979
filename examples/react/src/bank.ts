import type { BankInput } from 'defence-learning/schema';

import bankJson from '../../bank.json';

/**
 * The bank every example passes to its quiz as a property. TypeScript types a JSON import loosely
 * (`type` is a string, not the literal 'true-false'), hence the assertion; the quiz validates it anyway.
 */
export const bank = bankJson as BankInput;
