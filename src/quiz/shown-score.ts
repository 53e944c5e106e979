/**
 * Points as people read them: to tenths ("6.9 of 11", not "6.88 of 11"), in the feedback, the summary and the
 * history alike. Only what is shown is rounded: the events and the xAPI statement keep the exact sums.
 */
export const shownPoints = (points: number): number => Math.round(points * 10) / 10;

/** Whether a grade earned some points but not all: shown in its own colour, neither right nor wrong. */
export const isPartial = (grade: { correct: boolean; score: number }): boolean => !grade.correct && grade.score > 0;
