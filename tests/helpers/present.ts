/**
 * The item at `index` of a list the test has just rendered or built, or a failure that says which is missing:
 * the test's next steps need it, and a list too short is what the test should report.
 */
export function nth<T>(list: ArrayLike<T>, index: number, what = 'item'): T {
  if (index >= list.length || index < -list.length) throw new Error(`expected ${what} ${index} in a list of ${list.length}`);
  return list[index < 0 ? list.length + index : index] as T;
}
