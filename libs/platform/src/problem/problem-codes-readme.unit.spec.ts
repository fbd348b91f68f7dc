import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES, type ProblemCodeRow } from './problem-codes';

const README = join(__dirname, '..', '..', '..', '..', 'README.md');
const BEGIN = '<!-- problem codes: begin -->';
const END = '<!-- problem codes: end -->';

/** README's "Errors" table as PROBLEM_CODES gives it, sorted by status then code. */
export function problemCodesMarkdown(): string {
  const rows = Object.entries(PROBLEM_CODES as Record<string, ProblemCodeRow>)
    .map(([key, row]) => ({ code: row.code ?? key, ...row }))
    .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
  return [
    '| code | status | arti (id) | meaning (en) |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| \`${row.code}\` | ${row.status} | ${row.id} | ${row.en} |`),
  ].join('\n');
}

/** The table's cells, whatever padding a formatter gave its columns. */
function cells(table: string): string[][] {
  return table.split('\n').map((line) =>
    line
      .split('|')
      .map((cell) => cell.trim())
      .map((cell) => (/^-+$/.test(cell) ? '---' : cell)),
  );
}

describe("README's table of errors", () => {
  it('is the table the HTTP edge answers with', () => {
    const readme = readFileSync(README, 'utf8');
    const section = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    expect(cells(section)).toEqual(cells(problemCodesMarkdown()));
  });
});
