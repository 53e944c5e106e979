/**
 * Every string the elements show or announce, keyed by language so that translating is adding a
 * table here. English is the only table for now; any other language falls back to it.
 */
const en = {
  quiz: {
    loading: 'Loading quiz…',
    errorTitle: 'This quiz could not be loaded',
    errorHelp: 'For the page author: fix these problems in the question bank.',
    noQuestions: 'No question in this bank matches the chosen tags.',
    notFound: (url: string, status: number) => `Could not fetch ${url} (HTTP ${status}).`,
    notJson: (url: string) => `${url} is not valid JSON:`,
    inlineNotJson: 'The inline bank is not valid JSON:',
    badBankId: (id: string) => `"${id}" is not a built-in bank id (lower-case letters, digits and "-").`,
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
    enterNumber: 'Enter a number, such as 42 or 2.5.',
    correct: 'Correct.',
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
    allRight: 'Every answer was right.',
  },
  progress: {
    notSaved: 'Progress is not being saved on this device.',
    unreadableKept: 'Some progress saved for this quiz could not be read (it may come from a newer version) and is kept as it is.',
    resumed: 'Welcome back: you are where you left off.',
    startOver: 'Start over',
    title: 'Your progress',
    noAttempts: 'No finished attempt yet.',
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
    importKept: (n: number) => `${n} saved record${n === 1 ? '' : 's'} that could not be read ${n === 1 ? 'was' : 'were'} kept as ${n === 1 ? 'it was' : 'they were'}.`,
    importRefused: 'This file was not imported, and nothing was changed:',
    importUnreadable: 'The file could not be read.',
  },
};

export type Messages = typeof en;

const tables: Record<string, Messages> = { en };

/** The table for a BCP 47 tag ("en-GB" uses "en"), English when there is none. */
export function messagesFor(lang: string | null | undefined): Messages {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  return tables[primary] ?? en;
}

/** The language in force at an element: its closest `lang` attribute, else the document's. */
export function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}
