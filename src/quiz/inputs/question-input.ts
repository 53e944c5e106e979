import { clozeInput } from './cloze-input.js';
import { multipleInput, singleInput, trueFalseInput } from './choice-input.js';
import type { AnyInputContext, InputContext } from './input-context.js';
import { matchInput } from './match-input.js';
import { orderInput } from './order-input.js';
import { numericInput, textInput } from './typed-input.js';

/** The controls for a question of any type. */
export function questionInput(ctx: AnyInputContext) {
  switch (ctx.question.type) {
    case 'single':
      return singleInput(ctx as InputContext<'single'>);
    case 'multiple':
      return multipleInput(ctx as InputContext<'multiple'>);
    case 'true-false':
      return trueFalseInput(ctx as InputContext<'true-false'>);
    case 'numeric':
      return numericInput(ctx as InputContext<'numeric'>);
    case 'text':
      return textInput(ctx as InputContext<'text'>);
    case 'order':
      return orderInput(ctx as InputContext<'order'>);
    case 'match':
      return matchInput(ctx as InputContext<'match'>);
    case 'cloze':
      return clozeInput(ctx as InputContext<'cloze'>);
  }
}
