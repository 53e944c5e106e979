/** The worksheet's strings, apart from the main table (messages.ts) while other work changes it; the integrator may fold them in. */
export const worksheetEn = {
  name: 'Name',
  date: 'Date',
  answerKey: 'Answer key',
  trueFalse: 'True / False',
  orderHint: 'Number the items in the right order.',
  matchHint: 'Write the letter of the matching answer.',
  answerLine: 'Answer',
};

export type WorksheetMessages = typeof worksheetEn;

const tables: Record<string, WorksheetMessages> = { en: worksheetEn };

export function worksheetMessagesFor(lang: string | null | undefined): WorksheetMessages {
  return tables[(lang ?? '').toLowerCase().split('-')[0]] ?? worksheetEn;
}
