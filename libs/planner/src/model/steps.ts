/**
 * Long pure computations are written as generators that pause (`yield`) every few hundred records,
 * so that a caller on a server's event loop can let other requests through between the pieces while
 * a test runs them straight through. Either way the result is the same.
 */
export type Steps<T> = Generator<void, T, void>;

/** Records handled between two pauses. */
export const STEP_RECORDS = 500;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, handing the event loop back (setImmediate) whenever a slice of `sliceMs` has passed. */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  now: () => number = () => performance.now(),
  sliceMs = 8,
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = now();
    }
  }
}
