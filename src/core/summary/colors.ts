/** Grade colours by position on the scale (best first): Excel's own good / neutral / bad palette. */
export const GRADE_FILLS: { fill: string; font: string; bar: string }[] = [
  { fill: 'C6EFCE', font: '006100', bar: '70AD47' },
  { fill: 'DDEBF7', font: '1F4E78', bar: '5B9BD5' },
  { fill: 'FFEB9C', font: '9C5700', bar: 'FFC000' },
  { fill: 'FFC7CE', font: '9C0006', bar: 'E0443E' },
  { fill: 'E7E6E6', font: '3A3838', bar: 'A5A5A5' },
];

export function gradeColor(index: number): { fill: string; font: string; bar: string } {
  return GRADE_FILLS[Math.min(index, GRADE_FILLS.length - 1)];
}

/**
 * Series colours of the grade chart, one per policy: Office's chart palette, which stays
 * distinguishable next to each other and on a grey printer.
 */
export const POLICY_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '255E91', '43682B'];

export function policyColor(index: number): string {
  return POLICY_COLORS[index % POLICY_COLORS.length];
}
