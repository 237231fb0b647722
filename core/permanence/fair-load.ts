import type { Person, PersonId } from '../organisation/organisation.js';

/**
 * Duties a person holds, weighed by their regime: a person at 4/5 carries 4/5 of a full-timer's
 * duties, so their load is duties ÷ share. Compared by cross-multiplying, never with floats,
 * so that two loads that are equal compare equal and the tie-break decides, the same on every
 * machine.
 */
export class DutyLoads {
  private readonly counts = new Map<PersonId, number>();

  constructor(private readonly people: ReadonlyMap<PersonId, Pick<Person, 'regime'>>) {}

  count(personId: PersonId): number {
    return this.counts.get(personId) ?? 0;
  }

  add(personId: PersonId): void {
    this.counts.set(personId, this.count(personId) + 1);
  }

  remove(personId: PersonId): void {
    this.counts.set(personId, this.count(personId) - 1);
  }

  /**
   * True when moving one duty from `heavy` to `light` evens their loads out:
   * (light + ½) ÷ share(light) < (heavy − ½) ÷ share(heavy), in whole numbers.
   */
  clearlyLighter(light: PersonId, heavy: PersonId): boolean {
    const rl = this.regime(light);
    const rh = this.regime(heavy);
    return (
      (2 * this.count(light) + 1) * rl.denominator * rh.numerator <
      (2 * this.count(heavy) - 1) * rh.denominator * rl.numerator
    );
  }

  private regime(personId: PersonId): Pick<Person['regime'], 'numerator' | 'denominator'> {
    return this.people.get(personId)?.regime ?? { numerator: 1, denominator: 1 };
  }

  /** duties × denominator ÷ numerator, as a number: for reports and tests only. */
  load(personId: PersonId): number {
    const regime = this.regime(personId);
    return (this.count(personId) * regime.denominator) / regime.numerator;
  }

  /** Negative when `a` carries less than `b`: lower load first, then fewer duties, then person id. */
  compare(a: PersonId, b: PersonId): number {
    const ra = this.regime(a);
    const rb = this.regime(b);
    const byLoad =
      this.count(a) * ra.denominator * rb.numerator - this.count(b) * rb.denominator * ra.numerator;
    if (byLoad !== 0) return byLoad;
    const byCount = this.count(a) - this.count(b);
    if (byCount !== 0) return byCount;
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
