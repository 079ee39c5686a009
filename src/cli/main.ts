import { readFileSync } from 'node:fs';
import { analyze } from '../core/index';

/** `poise check FILE…`: prints each message as `file:line:col  severity  reason  ruleId`. */
function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command !== 'check' || files.length === 0) {
    process.stderr.write('usage: poise check FILE…\n');
    return 2;
  }
  let exit = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`poise: cannot read ${file}: ${(e as Error).message}\n`);
      exit = 2;
      continue;
    }
    for (const m of analyze(text).messages) {
      process.stdout.write(`${file}:${m.line}:${m.column}  ${m.severity}  ${m.reason}  ${m.ruleId}\n`);
      if (m.severity !== 'info' && exit === 0) exit = 1;
    }
  }
  return exit;
}

process.exitCode = main(process.argv.slice(2));
