/** Lets the worker's other messages (reads waiting) in before long work goes on. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
