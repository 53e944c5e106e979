/**
 * Every string the elements show or announce. English, here, is built in and is the reference: every
 * other language is a module in locales/ typed against it (see README.md in this folder), loaded
 * when an element first needs it; a string a table lacks is shown in English.
 */
import type { CardMessages } from './card-messages.js';
import { languageTag, primaryLanguage } from './lang.js';
import { mergeTables, tableFor, tablesVersion } from './registry.js';
import { tipEn } from './tip-messages.js';

export { langOf } from './lang.js';

const en = {
  tip: tipEn,
  quiz: {
    loading: 'Loading quiz…',
    errorTitle: 'This quiz could not be loaded',
    errorHelp: 'For the page author: fix these problems in the question bank.',
    fetchErrorTitle: 'The question bank could not be fetched',
    fetchErrorHelp: 'For the page author: check the address of the bank and that the server is reachable.',
    setupErrorTitle: 'This quiz is not set up',
    setupErrorHelp: 'For the page author: check the attributes of <defence-quiz>.',
    pathQuestion: (n: number) => `question ${n}`,
    pathItem: (n: number) => `item ${n}`,
    noQuestions: 'No question in this bank matches the chosen tags.',
    notFound: (url: string, status: number) => `Could not fetch ${url} (HTTP ${status}).`,
    notJson: (url: string) => `${url} is not valid JSON:`,
    inlineNotJson: 'The inline bank is not valid JSON:',
    unknownBank: (id: string, known: string) => `Unknown bank "${id}"; the built-in banks are ${known}.`,
    network: (url: string) => `Could not fetch ${url}: the network request failed.`,
    noBank: 'No question bank given: set the bank, src or data of <defence-quiz>, or put the bank in a <script type="application/json"> child.',
    start: 'Start',
    questionCount: (n: number) => `${n} question${n === 1 ? '' : 's'}`,
    modePractice: 'Practice: check each answer as you go.',
    modeExam: 'Exam: answers are marked at the end.',
    passMarkInfo: (percent: number) => `Pass mark: ${percent}%.`,
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    points: (n: number) => `${n} point${n === 1 ? '' : 's'}`,
    check: 'Check',
    next: 'Next question',
    previous: 'Previous question',
    finish: 'See results',
    answerFirst: 'Answer the question first.',
    checkUnavailable: 'Your answer could not be checked: part of the quiz did not load. Check the connection and try again.',
    enterNumber: 'Enter a number, such as 42 or 2.5.',
    correct: 'Correct.',
    correctSpelled: (spelling: string) => `Correct — spelled ${spelling}.`,
    incorrect: 'Not quite.',
    partly: (score: number, max: number) => `Partly right: ${score} of ${max} point${max === 1 ? '' : 's'}.`,
    rightPlace: 'in the right place',
    belongsAt: (position: number) => `belongs in place ${position}`,
    yourChoice: 'your choice',
    rightAnswer: 'right answer',
    trueLabel: 'True',
    falseLabel: 'False',
    numberLabel: 'Your answer (a number)',
    textLabel: 'Your answer',
    moveUp: (item: string) => `Move “${item}” up`,
    moveDown: (item: string) => `Move “${item}” down`,
    moved: (item: string, position: number, total: number) => `“${item}” is now at position ${position} of ${total}.`,
    choosePlaceholder: 'Choose…',
    chosenTwice: (rows: string) => `Also chosen for ${rows}: each answer belongs to one row.`,
    blankLabel: (n: number, total: number) => `Blank ${n} of ${total}`,
    explanation: 'Why',
    source: 'Source',
    sourceLine: (title: string, publisher: string, date: string) => `${title}, ${publisher}, ${date}`,
    summaryTitle: 'Your results',
    score: (score: number, max: number, percent: number) => `${score} of ${max} points (${percent}%)`,
    passed: 'Passed',
    failed: (percent: number) => `Not passed yet: ${percent}% is needed.`,
    byTag: 'By topic',
    tag: 'Topic',
    scoreColumn: 'Score',
    review: 'Review',
    yourAnswer: 'Your answer',
    theAnswer: 'The answer',
    noAnswer: '(no answer)',
    retryMissed: 'Retry the ones I missed',
    startAgain: 'Start again',
    resultsUnavailable: 'The review and score history could not be loaded. Check the connection, then reload the page.',
    allRight: 'Every answer was right.',
    unanswered: (n: number) => `${n} question${n === 1 ? '' : 's'} unanswered — finish anyway?`,
    finishAnyway: 'Finish anyway',
    showOnlyMissed: 'Show only the ones I missed',
  },
  progress: {
    notSaved: 'Progress is not being saved on this device.',
    unreadableKept: 'Some progress saved for this quiz could not be read (it may come from a newer version) and is kept as it is.',
    resumed: 'Welcome back: you are where you left off.',
    startOver: 'Start over',
    title: 'Your progress',
    lastScore: (percent: number, score: number, max: number) => `Last score: ${percent}% (${score} of ${max} points)`,
    bestScore: (percent: number, score: number, max: number) => `Best score: ${percent}% (${score} of ${max} points)`,
    chartCaption: (n: number) => (n === 1 ? 'Score of your attempt' : `Scores of your last ${n} attempts`),
    attemptColumn: 'Attempt',
    dateColumn: 'Finished',
    scoreColumn: 'Score',
    attemptNumber: (n: number) => `Attempt ${n}`,
    percent: (percent: number) => `${percent}%`,
    masteryTitle: 'Mastery by topic',
    mastery: (right: number, total: number) => `${right} of ${total} last answered right`,
    reset: 'Reset my progress',
    resetQuestion: 'Delete all the progress saved for this quiz on this device? This cannot be undone.',
    resetConfirm: 'Delete my progress',
    resetCancel: 'Cancel',
    resetDone: 'Your progress for this quiz was deleted.',
    resetNotStored: 'Your progress is cleared for this visit, but this device would not delete its saved copy.',
    download: 'Download my progress (JSON)',
    importLabel: 'Import progress from a file',
    imported: (added: number, updated: number) => `Progress imported: ${added} attempt${added === 1 ? '' : 's'} added, ${updated} updated.`,
    importedNothingNew: 'Progress imported: this file holds nothing newer than what is here.',
    importedNotStored: 'It is kept for this visit only: this device is not saving progress.',
    importKept: (n: number) =>
      `${n} saved record${n === 1 ? '' : 's'} that could not be read ${n === 1 ? 'was' : 'were'} kept as ${n === 1 ? 'it was' : 'they were'}.`,
    importRefused: 'This file was not imported, and nothing was changed:',
    importUnreadable: 'The file could not be read.',
  },
  /** A quiz as printed: the worksheet and its answer key. */
  worksheet: {
    name: 'Name',
    date: 'Date',
    answerKey: 'Answer key',
    trueFalse: 'True / False',
    orderHint: 'Number the items in the right order.',
    matchHint: 'Write the letter of the matching answer.',
    answerLine: 'Answer',
  },
};

/** Every string of every element, the type each language's table satisfies; `card` is card-messages.ts's. */
export type Messages = typeof en & { card: CardMessages };

/** What `messagesFor` gives: every section but `card`, which `<fact-card>` reads through `cardMessagesFor`. */
export type PageMessages = typeof en;

const cache = new Map<string, PageMessages>();
let cachedVersion = -1;

/**
 * The table for a BCP 47 tag ("fr-BE" uses "fr"; "en_US" is read as "en-US"), English where the
 * language has no table or lacks a string. Asking for a built-in language starts loading it: until
 * it arrives this gives English, and elements with a LocaleController render again when it does.
 */
export function messagesFor(lang: string | null | undefined): PageMessages {
  if (cachedVersion !== tablesVersion()) {
    cache.clear();
    cachedVersion = tablesVersion();
  }
  const language = primaryLanguage(languageTag(lang));
  let messages = cache.get(language);
  if (!messages) {
    const english = mergeTables(en, tableFor('en'));
    messages = language === 'en' ? english : mergeTables(english, tableFor(language));
    // tableFor may have just started a load, which bumps the version when it lands, not now.
    cache.set(language, messages);
  }
  return messages;
}
