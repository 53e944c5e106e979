import type { BankInput } from 'defence-learning/schema';

export declare const bank: BankInput;
