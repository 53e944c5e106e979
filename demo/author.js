// The authoring page's script (served with a strict CSP: no inline script, no innerHTML; every text is set as text).
// Reads the bank as JSON or GIFT, lists its problems by path, shows it in the quiz and offers it as a download.
import { bankToGift, convertGift, validateBank } from '../dist/authoring.js';

const SMALLEST_BANK = {
  id: 'my-quiz',
  title: 'My quiz',
  questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }],
};
const SMALLEST_GIFT = `$CATEGORY: $course$/my-quiz

::q1::The EU has 27 member states. {T}
`;
const HINTS = {
  json: 'JSON: only id, title and each question’s id, type, prompt and answer are required (see the README’s “Write a question bank”).',
  gift: 'GIFT, as Moodle exports it: multiple choice, true/false, short answer, numerical, matching and missing word; essays and descriptions are skipped.',
};
const DELAY_MS = 300;

const text = document.querySelector('#bank-text');
const hint = document.querySelector('#format-hint');
const count = document.querySelector('#problem-count');
const list = document.querySelector('#problems');
const quiz = document.querySelector('#preview');
const download = document.querySelector('#download');
const downloadNote = document.querySelector('#download-note');
const converted = document.querySelector('#converted');
const convertedJson = document.querySelector('#converted-json');
const conversionNotes = document.querySelector('#conversion-notes');
const formats = [...document.querySelectorAll('input[name="format"]')];

const format = () => formats.find((input) => input.checked)?.value ?? 'json';
let downloadUrl = '';
let lastShown = '';

/** `questions[2].answer` → "question 3": the bank's paths count from 0, people from 1. */
const questionNumber = (path) => {
  const match = /^questions\[(\d+)\]/.exec(path);
  return match ? `question ${Number(match[1]) + 1}` : '';
};

/** The text as a bank, or the problems that stop it being one: `{ bank?, valid?, problems, notes }`. */
function read(source, kind) {
  if (kind === 'gift') {
    const result = convertGift(source);
    if (!result.ok) return { problems: [{ path: `line ${result.line}, column ${result.column}`, message: `not valid GIFT: ${result.message}` }], notes: [] };
    return { ...checked(result.bank), notes: result.notes };
  }
  let input;
  try {
    input = JSON.parse(source);
  } catch (error) {
    return { problems: [{ path: '(the text)', message: `not valid JSON: ${error.message}` }], notes: [] };
  }
  return { ...checked(input), notes: [] };
}

function checked(input) {
  const result = validateBank(input);
  // `bank` is the author's own text, as downloaded and shown; `valid` the bank with the schema's defaults filled in.
  return result.ok ? { bank: input, valid: result.value, problems: [] } : { problems: result.issues };
}

function item(children) {
  const li = document.createElement('li');
  li.append(...children);
  return li;
}

function code(textContent) {
  const el = document.createElement('code');
  el.textContent = textContent;
  return el;
}

function showProblems(problems) {
  list.replaceChildren(
    ...problems.map(({ path, message }) => {
      const where = questionNumber(path);
      return item([code(path || '(the bank)'), `: ${message}`, ...(where ? [` (${where})`] : [])]);
    }),
  );
  count.classList.toggle('ok', problems.length === 0);
  count.textContent =
    problems.length === 0
      ? 'No problems: the quiz shows this bank.'
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; the quiz shows the last valid bank.`;
}

function showConversion(kind, bank, notes) {
  converted.hidden = kind !== 'gift';
  if (kind !== 'gift') return;
  convertedJson.textContent = bank ? JSON.stringify(bank, null, 2) : '';
  conversionNotes.replaceChildren(...notes.map((note) => item([`${note.kind} `, code(note.question), `: ${note.message}`])));
}

function offerDownload(bank) {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = '';
  if (!bank) {
    download.removeAttribute('href');
    downloadNote.textContent = 'Fix the problems to download the bank.';
    return;
  }
  downloadUrl = URL.createObjectURL(new Blob([`${JSON.stringify(bank, null, 2)}\n`], { type: 'application/json' }));
  download.href = downloadUrl;
  download.download = `${typeof bank.id === 'string' && /^[\w.-]+$/.test(bank.id) ? bank.id : 'my-quiz'}.json`;
  downloadNote.textContent = '';
}

function update() {
  const kind = format();
  const { bank, problems, notes } = read(text.value, kind);
  showProblems(problems);
  showConversion(kind, bank, notes);
  offerDownload(bank);
  if (!bank) return;
  // The quiz starts again only when the bank changed, not on every key that leaves it the same.
  const shown = JSON.stringify(bank);
  if (shown === lastShown) return;
  lastShown = shown;
  quiz.data = bank;
}

let timer = 0;
text.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, DELAY_MS);
});

// Switching the format converts a valid bank into the other format; text that is not one stays as it is.
for (const input of formats) {
  input.addEventListener('change', () => {
    const kind = format();
    hint.textContent = HINTS[kind];
    const { bank, valid } = read(text.value, kind === 'gift' ? 'json' : 'gift');
    if (bank) text.value = kind === 'gift' ? bankToGift(valid).value : `${JSON.stringify(bank, null, 2)}\n`;
    else if (!text.value.trim()) text.value = kind === 'gift' ? SMALLEST_GIFT : `${JSON.stringify(SMALLEST_BANK, null, 2)}\n`;
    clearTimeout(timer);
    update();
  });
}

hint.textContent = HINTS[format()];
text.value = format() === 'gift' ? SMALLEST_GIFT : `${JSON.stringify(SMALLEST_BANK, null, 2)}\n`;
update();
