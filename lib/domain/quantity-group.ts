// Figure conflicts among the claims of one quantity key, found from their intervals instead of by
// comparing every pair. Two figures of one key can conflict only when one's interval lies wholly below
// the other's, so each member's candidates are the members whose upper end is below its lower end
// (taken lowest first) and those whose lower end is above its upper end (highest first): the farthest,
// and so the widest conflicts, come first. Whether a candidate is a conflict is then the same rule as
// ever (figure-conflicts.ts for the values, same-quantity.ts for the subject).
//
// A member's severity is the greatest over its conflicts. A sweep stops as soon as no candidate left on
// that side can weigh more than the best found: below, the gap only shrinks as the sweep goes on and a
// spread is at most the gap over the member's own value; above, the same holds once the candidates'
// values are bounded by their lower ends (`ratio`). So the usual cost is a few comparisons per member,
// and at worst (every candidate about another subject) all of its candidates.
import { comparableFigure, severityOfSpread, spreadBetween, toCommonUnit, type ComparableFigure, type FigureValue } from "./figure-conflicts";
import { describeSubject, isSameSubject, type Subject } from "./same-quantity";

export interface QuantityMember {
  id: string;
  statement: string;
  claimDate: Date | null;
  figure: FigureValue & { counted: string | null };
  /** The interval as stored (intervalInCommonUnit), when it has been computed; else it is computed here. */
  interval?: { low: number; high: number } | null;
}

export interface Partner {
  id: string;
  spread: number;
}

interface Prepared {
  member: QuantityMember;
  figure: ComparableFigure;
  subject?: Subject;
}

export class QuantityGroup {
  private readonly byId = new Map<string, Prepared>();
  /** Ascending upper end: the members below a value, farthest first. */
  private readonly byHigh: Prepared[];
  /** Descending lower end: the members above a value, farthest first. */
  private readonly byLow: Prepared[];
  /** The least |value| / lower end over members with a positive lower end (at most 1), for the bound above. */
  private readonly ratio: number;

  constructor(members: readonly QuantityMember[]) {
    for (const member of members) this.byId.set(member.id, { member, figure: comparableOf(member) });
    const all = [...this.byId.values()];
    this.byHigh = [...all].sort((a, b) => a.figure.high - b.figure.high || compareIds(a, b));
    this.byLow = [...all].sort((a, b) => b.figure.low - a.figure.low || compareIds(a, b));
    let ratio = 1;
    for (const p of all) if (p.figure.low > 0) ratio = Math.min(ratio, Math.abs(p.figure.value) / p.figure.low);
    this.ratio = ratio;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The member's interval in the common unit, as stored. */
  intervalOf(id: string): { low: number; high: number } | null {
    const p = this.byId.get(id);
    return p ? { low: p.figure.low, high: p.figure.high } : null;
  }

  /** The spread of two members' conflict, or null when they do not conflict. */
  spread(aId: string, bId: string): number | null {
    const a = this.byId.get(aId);
    const b = this.byId.get(bId);
    return a && b ? this.compare(a, b) : null;
  }

  /**
   * The member's severity (severityOfSpread of its widest conflict), null when it conflicts with none.
   * With `enough`, stops once a conflict weighs that much (a caller checking that a severity still holds).
   */
  severityOf(id: string, enough = Infinity): number | null {
    const x = this.byId.get(id);
    if (!x) return null;
    let best = 0;
    const own = Math.abs(x.figure.value);
    for (const m of this.byHigh) {
      if (!(m.figure.high < x.figure.low)) break;
      if (best > 0 && severityOfSpread((x.figure.low - m.figure.high) / own) <= best) break;
      const spread = this.compare(x, m);
      if (spread !== null) best = Math.max(best, severityOfSpread(spread));
      if (best >= enough) return best;
    }
    for (const m of this.byLow) {
      if (!(m.figure.low > x.figure.high)) break;
      if (best > 0 && severityOfSpread(this.boundAbove(x, m.figure.low)) <= best) break;
      const spread = this.compare(x, m);
      if (spread !== null) best = Math.max(best, severityOfSpread(spread));
      if (best >= enough) return best;
    }
    return best > 0 ? best : null;
  }

  /**
   * The members the member conflicts with, widest first. With `limit`, only the farthest candidates on
   * each side are compared (a page's worth), and `more` says whether others may conflict too.
   */
  partnersOf(id: string, limit = Infinity): { partners: Partner[]; more: boolean } {
    const x = this.byId.get(id);
    if (!x) return { partners: [], more: false };
    const found: Partner[] = [];
    let more = false;
    const sweep = (sorted: Prepared[], isCandidate: (m: Prepared) => boolean) => {
      let taken = 0;
      for (const m of sorted) {
        if (!isCandidate(m)) break;
        const spread = this.compare(x, m);
        if (spread === null) continue;
        if (taken === limit) {
          more = true;
          break;
        }
        found.push({ id: m.member.id, spread });
        taken += 1;
      }
    };
    sweep(this.byHigh, (m) => m.figure.high < x.figure.low);
    sweep(this.byLow, (m) => m.figure.low > x.figure.high);
    found.sort((a, b) => b.spread - a.spread || (a.id < b.id ? -1 : 1));
    if (found.length > limit) more = true;
    return { partners: found.slice(0, limit), more };
  }

  private compare(a: Prepared, b: Prepared): number | null {
    if (a === b) return null;
    const spread = spreadBetween(a.figure, b.figure);
    if (!(spread > 0)) return null;
    return isSameSubject(this.subjectOf(a), this.subjectOf(b)) ? spread : null;
  }

  private subjectOf(p: Prepared): Subject {
    p.subject ??= describeSubject({ statement: p.member.statement, counted: p.member.figure.counted, unit: p.member.figure.unit, claimDate: p.member.claimDate });
    return p.subject;
  }

  /**
   * The most a candidate above x whose lower end is at most `low` can spread: its gap is at most
   * low − x.high and its value at least ratio × its lower end. Only bounded when x's upper end is positive.
   */
  private boundAbove(x: Prepared, low: number): number {
    if (!(x.figure.high > 0)) return Infinity;
    return (low - x.figure.high) / Math.max(Math.abs(x.figure.value), this.ratio * low);
  }
}

function comparableOf(member: QuantityMember): ComparableFigure {
  if (!member.interval) return comparableFigure(member.figure);
  const common = toCommonUnit(member.figure);
  return { unit: common.unit, value: common.value, low: member.interval.low, high: member.interval.high };
}

function compareIds(a: Prepared, b: Prepared): number {
  return a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0;
}
