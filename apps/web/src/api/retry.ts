import { ApiProblem } from './problem';

/**
 * A 503 is passing (a read model still catching up with a write just made, the database or Redis
 * coming back): asked again, with TanStack Query's growing delay, it answers. Any other problem
 * the server stated stays as it is; a network failure is tried twice more.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiProblem) return error.status === 503 && failures < 6;
  return failures < 2;
}
