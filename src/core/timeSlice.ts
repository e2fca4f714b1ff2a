// Cooperative time slicing for long jobs on the extension host's one thread: call the returned
// function after each unit of work; it yields to the event loop only once `budgetMs` have passed, so
// hovers and commands wait at most about that long behind a background build.
export type Pause = () => Promise<void>;

export function timeSlicer(budgetMs = 8, yieldToLoop: () => Promise<void> = () => new Promise((r) => setImmediate(r))): Pause {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await yieldToLoop();
    sliceStart = performance.now();
  };
}

/** Yields to the event loop once: what is waiting (a hover, a command) runs before the next step. */
export function nextTurn(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}
