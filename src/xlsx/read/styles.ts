import { attributes, tags } from './xml';

/** Built-in number formats by id (ECMA-376 18.8.30), the Japanese locale's for the locale-dependent ones. */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  27: '[$-411]ge.m.d', 28: '[$-411]ggge"年"m"月"d"日"', 29: '[$-411]ggge"年"m"月"d"日"', 30: 'm/d/yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"', 34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: '[$-411]ge.m.d',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: '[$-411]ge.m.d', 51: '[$-411]ggge"年"m"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: '[$-411]ggge"年"m"月"d"日"', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"', 57: '[$-411]ge.m.d', 58: '[$-411]ggge"年"m"月"d"日"',
};

/** styles.xml → the number format of each cell style index (cellXfs order). */
export function readCellFormats(xml: string | null): string[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const out: string[] = [];
  let inXfs = false;
  for (const t of tags(xml)) {
    if (t.name === 'numFmt' && !t.close) {
      const a = attributes(t.attrs);
      custom.set(Number(a.numFmtId), a.formatCode ?? 'General');
    } else if (t.name === 'cellXfs') {
      inXfs = !t.close && !t.empty;
    } else if (inXfs && t.name === 'xf' && !t.close) {
      const id = Number(attributes(t.attrs).numFmtId ?? 0);
      out.push(custom.get(id) ?? BUILTIN[id] ?? 'General');
    }
  }
  return out;
}
