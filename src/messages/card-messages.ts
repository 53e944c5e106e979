/**
 * The strings of `<fact-card>`, apart from the main table (as tip-messages.ts is) so that a page showing only a quiz
 * does not carry them. Other languages come with their table (locales/<lang>.ts), as its `card` section.
 */
import { sectionFor } from './registry.js';

export const cardEn = {
  loading: 'Loading cards…',
  errorTitle: 'These cards could not be loaded',
  errorHelp: 'For the page author: fix these problems in the deck.',
  fetchErrorTitle: 'The deck could not be fetched',
  fetchErrorHelp: 'For the page author: check the address of the deck and that the server is reachable.',
  setupErrorTitle: 'This card is not set up',
  setupErrorHelp: 'For the page author: check the attributes of <fact-card>.',
  pathCard: (n: number) => `card ${n}`,
  pathItem: (n: number) => `item ${n}`,
  notFound: (url: string, status: number) => `Could not fetch ${url} (HTTP ${status}).`,
  notJson: (url: string) => `${url} is not valid JSON.`,
  network: (url: string) => `Could not fetch ${url}: the network request failed.`,
  noCard: 'No card given: set the front and back attributes or slots of <fact-card>, or its deck (or src) attribute.',
  badDeckName: (name: string) => `"${name}" is not a URL.`,
  unknownDeck: (id: string, known: string) => `Unknown deck "${id}"; the built-in decks are ${known}.`,
  unknownCard: (card: string, deck: string) => `The deck "${deck}" has no card with the id "${card}".`,
  schedulerFailed: 'The review scheduler could not be loaded. Check the connection and reload the page.',
  front: 'Question',
  back: 'Answer',
  flipHint: 'Select the card to turn it over.',
  answerAnnouncement: (back: string) => `Answer: ${back}`,
  source: 'Source',
  sourceLine: (title: string, publisher: string, date: string) => `${title}, ${publisher}, ${date}`,
  showQuote: 'Quotation',
  newCount: 'New',
  learningCount: 'Learning',
  dueCount: 'Due',
  cardsToday: 'Cards left today',
  showAnswer: 'Show answer',
  rateLegend: 'How well did you remember it?',
  ratings: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
  intervalShort: {
    min: (n: string) => `${n} min`,
    h: (n: string) => `${n} h`,
    d: (n: string) => `${n} d`,
    mo: (n: string) => `${n} mo`,
    y: (n: string) => `${n} y`,
  },
  intervalLong: {
    min: (n: string) => `next in ${n} minute${n === '1' ? '' : 's'}`,
    h: (n: string) => `next in ${n} hour${n === '1' ? '' : 's'}`,
    d: (n: string) => `next in ${n} day${n === '1' ? '' : 's'}`,
    mo: (n: string) => `next in ${n} month${n === '1' ? '' : 's'}`,
    y: (n: string) => `next in ${n} year${n === '1' ? '' : 's'}`,
  },
  inSessionShort: 'this session',
  inSessionLong: 'comes back in this session',
  keyboardHelp: 'Keys, while the deck has focus: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.',
  doneTitle: 'Done for today.',
  nextDueToday: (time: string) => `The next card is due today at ${time}.`,
  nextDueLater: (dateTime: string) => `The next card is due on ${dateTime}.`,
  nextDueTomorrow: (time: string) => `The next card is due tomorrow at ${time}.`,
  newCardsTomorrow: (date: string) => `New cards tomorrow, ${date}.`,
  nothingScheduled: 'No card is scheduled: this deck introduces no new cards per day.',
  notSaving: 'Progress is not being saved on this device.',
};

export type CardMessages = typeof cardEn;

/** The card strings for a BCP 47 tag, English while its table loads or where it lacks a string. */
export function cardMessagesFor(lang: string | null | undefined): CardMessages {
  return sectionFor('card', cardEn, lang);
}
