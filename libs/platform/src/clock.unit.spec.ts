import { atInstant, backdatable, ManualClock } from './clock';

describe('a backdatable clock', () => {
  const base = new ManualClock(new Date('2026-12-02T03:00:00Z'));
  const clock = backdatable(base);

  it('reads its own clock outside atInstant', () => {
    expect(clock.now()).toEqual(new Date('2026-12-02T03:00:00Z'));
  });

  it('reads the set-back instant inside atInstant, across awaits, and only there', async () => {
    const seen = await atInstant(new Date('2025-12-15T02:00:00Z'), async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return clock.now();
    });
    expect(seen).toEqual(new Date('2025-12-15T02:00:00Z'));
    expect(clock.now()).toEqual(new Date('2026-12-02T03:00:00Z'));
  });

  it('leaves work running beside it on its own clock', async () => {
    const inside = atInstant(new Date('2025-12-15T02:00:00Z'), async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return clock.now();
    });
    const beside = (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return clock.now();
    })();
    expect(await beside).toEqual(new Date('2026-12-02T03:00:00Z'));
    expect(await inside).toEqual(new Date('2025-12-15T02:00:00Z'));
  });
});
