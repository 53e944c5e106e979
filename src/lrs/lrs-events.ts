/** The LRS kept refusing or could not be reached, after every retry; the statements stay queued on the device. */
export interface QuizLrsErrorDetail {
  /** The HTTP status of the last try; 0 when the LRS could not be reached. */
  status: number;
  message: string;
  /** Statements still waiting to be sent. */
  queued: number;
}

export class QuizLrsErrorEvent extends Event {
  constructor(readonly detail: QuizLrsErrorDetail) {
    super('quiz-lrs-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-lrs-error': QuizLrsErrorEvent;
  }
}
