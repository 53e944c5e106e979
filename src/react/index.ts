/**
 * `defence-learning/react`: the three elements as React components, made with `@lit/react`, with
 * typed props and their events as `onX` callbacks. Importing this module registers the elements.
 *
 * ```tsx
 * import { DefenceQuiz } from 'defence-learning/react';
 * <DefenceQuiz data={bank} passMark={70} onQuizComplete={(e) => save(e.detail.scaled)} />
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';

import { AcronymTip as AcronymTipElement } from '../acronym-tip/index.js';
import { type CardFlipEvent, type CardRatedEvent, FactCard as FactCardElement } from '../fact-card/index.js';
import { DefenceQuiz as DefenceQuizElement, type QuizAnswerEvent, type QuizCompleteEvent, type QuizErrorEvent, type QuizStartEvent } from '../quiz/index.js';

export const DefenceQuiz = createComponent({
  tagName: 'defence-quiz',
  elementClass: DefenceQuizElement,
  react: React,
  events: {
    onQuizStart: 'quiz-start' as EventName<QuizStartEvent>,
    onQuizAnswer: 'quiz-answer' as EventName<QuizAnswerEvent>,
    onQuizComplete: 'quiz-complete' as EventName<QuizCompleteEvent>,
    onQuizError: 'quiz-error' as EventName<QuizErrorEvent>,
  },
  displayName: 'DefenceQuiz',
});

export const FactCard = createComponent({
  tagName: 'fact-card',
  elementClass: FactCardElement,
  react: React,
  events: {
    onCardFlip: 'card-flip' as EventName<CardFlipEvent>,
    onCardRated: 'card-rated' as EventName<CardRatedEvent>,
  },
  displayName: 'FactCard',
});

export const AcronymTip = createComponent({
  tagName: 'acronym-tip',
  elementClass: AcronymTipElement,
  react: React,
  displayName: 'AcronymTip',
});
