/**
 * Lints source texts as if they were files of the repository, with its ESLint configuration:
 * reads `[{ filePath, code }]` as JSON on stdin, writes each text's messages as JSON on stdout.
 * A separate process because the configuration is an ES module, which jest's runtime cannot load.
 */
import { ESLint } from 'eslint';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
