import { propose } from './builders';
import { given, history } from './given';

describe('given/when/then', () => {
  it('fails when an error is expected but decide returns events', () => {
    expect(() => given([]).when(propose()).then('TRANSFER_ALREADY_EXISTS')).toThrow(
      /Expected DomainError TRANSFER_ALREADY_EXISTS, but ProposeTransfer produced TransferProposed, StageOpened/,
    );
  });

  it('fails when another error code is thrown', () => {
    expect(() => given(history(propose())).when(propose()).then('TASK_NOT_OPEN')).toThrow();
  });

  it('fails when events are expected but decide throws', () => {
    expect(() => given(history(propose())).when(propose()).then([])).toThrow(/already exists/);
  });

  it('is not a promise', () => {
    const step = given([]).when(propose());
    expect(() => step.then((() => undefined) as unknown as [])).toThrow(/not a promise/);
  });
});
