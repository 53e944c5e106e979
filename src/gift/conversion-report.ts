/** One thing a conversion could not carry over as it was, named by the question it concerns. */
export interface ConversionNote {
  /** The question's id or title, or its position ("question 3") when it has neither. */
  question: string;
  /** `skipped`: the question is not in the output; `changed`: it is, with something lost or adapted. */
  kind: 'skipped' | 'changed';
  message: string;
}

export interface Converted<T> {
  value: T;
  notes: ConversionNote[];
}

/** One line per note, for a terminal: `skipped  Q7: an essay has no answer to grade`. */
export function formatNotes(notes: ConversionNote[]): string {
  return notes.map((n) => `${n.kind.padEnd(7)}  ${n.question}: ${n.message}`).join('\n');
}
