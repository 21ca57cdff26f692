// Failed logins per name: after `limit` failures the name is blocked for `windowMs` (in memory, per process).
export class Throttle {
  private readonly fails = new Map<string, { n: number; until: number }>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  blocked(key: string, now = Date.now()): boolean {
    const f = this.fails.get(key);
    return !!f && f.n >= this.limit && f.until > now;
  }

  fail(key: string, now = Date.now()): void {
    const f = this.fails.get(key);
    const fresh = !f || f.until <= now;
    this.fails.set(key, { n: fresh ? 1 : f!.n + 1, until: now + this.windowMs });
    if (this.fails.size > 10_000) this.fails.clear(); // bounded memory under a name-spraying attack
  }

  reset(key: string): void {
    this.fails.delete(key);
  }
}

/** Calls per user in a sliding window (model quota): `take` answers false when the user is over the limit. */
export class RateLimit {
  private readonly calls = new Map<string, number[]>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  take(key: string, now = Date.now()): boolean {
    const recent = (this.calls.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.calls.set(key, recent);
      return false;
    }
    recent.push(now);
    this.calls.set(key, recent);
    return true;
  }
}
