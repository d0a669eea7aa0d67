import { eraYear, parseFiscalYear, type Era } from '../text/years';

/**
 * A header row's years read as a run, not label by label. Sheets write bare years (「30年度 │ 元年度 │
 * 2年度」) and leave the era to the reader; across an era change the sheet's majority era is wrong
 * for some of them (令和 majority turns 30年度 into 2048). A run of years in a header increases, so:
 *
 * - a bare year after a known one takes the era that makes it the smallest year after it, within
 *   five years (30年度 = H30 = 2018, then 元年度 → R1 = 2019, 2年度 → R2 = 2020); with none that
 *   close, the era that makes it the nearest year before, within five years (a row written newest first:
 *   28年度 │ 27年度 = H28, H27; 2019 │ 30年度 = 2019, H30 = 2018), and else the era of the year before;
 * - the first bare year takes the era that lets the whole run increase with the fewest breaks,
 *   the sheet's own era first on a tie (so 27 │ 28 │ 29 on a 平成 sheet stays H27 …).
 *
 * Labels written with an era or as Western years keep their year. Returns one year or null per label.
 */
export function yearRun(labels: string[], contextEra: Era | null, bare = false): (number | null)[] {
  const parsed = labels.map((l) => parseFiscalYear(l, { contextEra, bare }));
  if (!parsed.some((p) => p?.form === 'bare')) return parsed.map((p) => p?.year ?? null);
  const numberOf = (i: number) => parsed[i]!.year - eraYear(parsed[i]!.era!, 0);
  const eras: Era[] = Array.from(new Set<Era>([...(contextEra ? [contextEra] : []), 'H', 'R', 'S']));
  let best: { years: (number | null)[]; breaks: number } | null = null;
  for (const first of eras) {
    const years: (number | null)[] = [];
    let last = -Infinity;
    let lastEra: Era = first;
    let breaks = 0;
    let started = false;
    for (let i = 0; i < parsed.length; i++) {
      const p = parsed[i];
      if (!p) {
        years.push(null);
        continue;
      }
      let y = p.year;
      if (p.form === 'bare') {
        const n = numberOf(i);
        if (!started || last === -Infinity) y = eraYear(first, n);
        else {
          const candidates = (['S', 'H', 'R'] as Era[]).map((e) => ({ e, y: eraYear(e, n) }));
          const after = candidates.filter((c) => c.y > last && c.y - last <= 5).sort((a, b) => a.y - b.y);
          // Newest first across an era change (2019 │ 30年度, R2 │ 元年度): the era that puts it nearest before.
          const before = candidates.filter((c) => c.y <= last && last - c.y <= 5).sort((a, b) => b.y - a.y);
          const chosen = after[0] ?? before[0];
          y = chosen ? chosen.y : eraYear(lastEra, n);
          lastEra = chosen ? chosen.e : lastEra;
        }
        if (!started) lastEra = first;
      } else if (p.era) lastEra = p.era;
      else if (p.form === 'western') lastEra = p.year >= 2019 ? 'R' : p.year >= 1989 ? 'H' : 'S';
      if (y <= last) breaks++;
      last = Math.max(last, y);
      started = true;
      years.push(y);
    }
    if (!best || breaks < best.breaks) best = { years, breaks };
  }
  return best!.years;
}
