import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { toProblem } from './to-problem';
import { unavailableService } from './unavailable';

const pgError = (code: string, message: string): DatabaseError =>
  Object.assign(new DatabaseError(message, message.length, 'error'), { code });

describe('errors of a service out of reach', () => {
  it.each([
    ['an administrator ending the connection', pgError('57P01', 'terminating connection due to administrator command')],
    ['the server starting up', pgError('57P03', 'the database system is starting up')],
    ['a connection failure', pgError('08006', 'connection failure')],
    ['a connection that broke mid-query', new Error('Connection terminated unexpectedly')],
    ['a client left unusable', new Error('Client has encountered a connection error and is not queryable')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'a refused connection on every address',
      Object.assign(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], ''), {
        code: 'ECONNREFUSED',
      }),
    ],
    [
      'a TypeORM query on a terminated connection',
      new QueryFailedError('SELECT 1', [], pgError('57P01', 'terminating connection due to administrator command')),
    ],
  ])('%s: the database', (_, error) => {
    expect(unavailableService(error)).toBe('database');
    expect(toProblem(error)).toMatchObject({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      detail: expect.stringMatching(/^Basis data .* \/ The database /),
    });
  });

  it.each([
    ['a command while Redis is away', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a connection closed under a command', new Error('Connection is closed.')],
  ])('%s: Redis', (_, error) => {
    expect(toProblem(error)).toMatchObject({ status: 503, code: 'REDIS_UNAVAILABLE' });
  });

  it('leaves the errors of a request alone', () => {
    expect(unavailableService(pgError('23505', 'duplicate key value violates unique constraint'))).toBeNull();
    expect(unavailableService(new Error('something else'))).toBeNull();
    expect(unavailableService('Connection terminated')).toBeNull();
    expect(toProblem(new Error('something else'))).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
  });
});
