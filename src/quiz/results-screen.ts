/**
 * What `<defence-quiz>` shows only once there is a result or a past attempt: the results below the score
 * line (verdict, topics, review), the score history (scores, chart, mastery) and their styles. The element
 * imports this module on demand (results-loader.ts), so a page pays for none of it before the first question.
 */
import { summaryStyles } from './quiz-summary.styles.js';
import { scoreHistoryStyles } from './score-history.styles.js';

export { summaryDetails } from './quiz-summary.js';
export { scoreHistory } from './score-history.js';

export const resultsStyles = [summaryStyles, scoreHistoryStyles];
