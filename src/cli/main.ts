import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fg from 'fast-glob';
import { version } from '../../package.json';
import { analyze, formatConfigProblem, mergeOptions, type AnalyzeResult, type PoiseOptions, type ValidatedOptions } from '../core/index';
import { loadPoiserc, PoisercLoader } from '../node/poiserc';
import { json } from './reporters/json';
import { sarif } from './reporters/sarif';
import { stylish } from './reporters/stylish';
import type { FileReport, Reporter } from './reporters/types';

/**
 * `poise check [--format stylish|json|sarif] [--config FILE] [--max-warnings N] [--quiet] [FILES|GLOBS|-]`
 *
 * Exit codes: 0 no errors and warnings ≤ --max-warnings; 1 otherwise; 2 a usage error or an
 * unreadable file (the other files are still analysed and printed).
 */

const HELP = `Usage: poise check [options] [FILES|GLOBS|DIRS|-]

Check Markdown drafts for tone, unfilled placeholders and the reply checklist.

Arguments:
  FILES        Markdown files; a folder means its **/*.md and **/*.markdown
  GLOBS        patterns such as "letters/**/*.md" (expanded by poise, no shell needed)
  -            read the text from standard input

Options:
  -f, --format <name>      stylish (default), json or sarif
  -c, --config <file>      use this options file instead of the nearest .poiserc.json
  --max-warnings <n>       exit 1 when there are more than n warnings (default: no limit)
  -q, --quiet              report errors only
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean (no errors, warnings within --max-warnings), 1 problems, 2 usage error or
unreadable file.
`;

const REPORTERS: Record<string, Reporter> = { stylish, json, sarif };

export interface Io {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): string;
}

class UsageError extends Error {}

function useColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** Expands the command-line arguments to files, in order, without duplicates. */
async function expand(args: string[], io: Io, fail: (msg: string) => void): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = p === '-' ? '-' : resolve(io.cwd, p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(resolve(io.cwd, arg));
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(arg);
      continue;
    }
    const pattern = stat?.isDirectory() ? `${arg.replace(/[\\/]+$/, '')}/**/*.{md,markdown}` : fg.isDynamicPattern(arg) ? arg : null;
    if (pattern === null) {
      // Not a file, folder or pattern: reading it reports why (exit 2) and the rest goes on.
      add(arg);
      continue;
    }
    const matches = await fg.glob(pattern, { cwd: io.cwd, absolute: isAbsolute(arg), ignore: ['**/node_modules/**'], onlyFiles: true });
    if (!matches.length) fail(`no files match ${JSON.stringify(arg)}`);
    for (const m of matches.sort()) add(m);
  }
  return out;
}

export async function run(io: Io): Promise<number> {
  let values: { format?: string; config?: string; 'max-warnings'?: string; quiet?: boolean; help?: boolean; version?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: io.argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (e) {
    io.stderr.write(`poise: ${(e as Error).message.split('\n')[0]!.split('. To specify')[0]!.replace(/\.$/, '')} (see poise --help)\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  try {
    const [command, ...args] = positionals;
    if (command === undefined) throw new UsageError('missing command: poise check [FILES|GLOBS|-]');
    if (command !== 'check') throw new UsageError(`unknown command ${JSON.stringify(command)}: poise check [FILES|GLOBS|-]`);
    if (args.length === 0) throw new UsageError('no files given: poise check [FILES|GLOBS|-] ("-" reads standard input)');
    const format = values.format ?? 'stylish';
    const reporter = REPORTERS[format];
    if (!reporter) throw new UsageError(`unknown format ${JSON.stringify(format)}: use stylish, json or sarif`);
    let maxWarnings = Infinity;
    if (values['max-warnings'] !== undefined) {
      const raw = values['max-warnings'];
      if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number ≥ 0, not ${JSON.stringify(raw)}`);
      maxWarnings = Number(raw);
    }

    let exit = 0;
    const fail = (msg: string) => {
      io.stderr.write(`poise: ${msg}\n`);
      exit = 2;
    };
    const reportProblems = (problems: ValidatedOptions['problems'], prefix?: string) => {
      for (const p of problems) {
        let source = prefix ? `${prefix} (${p.source})` : p.source;
        if (isAbsolute(source)) {
          const rel = relative(io.cwd, source);
          if (rel && !rel.startsWith('..') && !isAbsolute(rel)) source = rel;
        }
        io.stderr.write(`poise: ${formatConfigProblem({ ...p, source })}\n`);
      }
    };

    // Options: an explicit --config replaces the search for .poiserc.json.
    let fixed: Partial<PoiseOptions> | null = null;
    if (values.config !== undefined) {
      const path = resolve(io.cwd, values.config);
      try {
        if (!statSync(path).isFile()) throw new Error('not a file');
      } catch {
        throw new UsageError(`cannot read --config ${values.config}`);
      }
      const loaded = loadPoiserc(path, values.config);
      reportProblems(loaded.problems);
      fixed = loaded.options;
    }
    const loader = new PoisercLoader();
    const optionsFor = (dir: string): Partial<PoiseOptions> => {
      if (fixed) return fixed;
      const rc = loader.forDirectory(dir);
      if (!rc) return {};
      if (rc.first) reportProblems(rc.result.problems);
      return rc.result.options;
    };

    const files = await expand(args, io, fail);
    const reports: FileReport[] = [];
    for (const path of files) {
      let text: string;
      try {
        text = path === '-' ? io.readStdin() : readFileSync(resolve(io.cwd, path), 'utf8');
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder' : (err.code ?? err.message);
        fail(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
        continue;
      }
      const dir = path === '-' ? io.cwd : dirname(resolve(io.cwd, path));
      const result: AnalyzeResult = analyze(text, { options: mergeOptions(optionsFor(dir)) });
      reportProblems(result.configProblems, path === '-' ? '<stdin>' : path);
      reports.push({ path, result });
    }

    let errors = 0;
    let warnings = 0;
    for (const { result } of reports) {
      for (const m of result.messages) {
        if (m.severity === 'error') errors++;
        else if (m.severity === 'warning') warnings++;
      }
    }
    const shown = values.quiet
      ? reports.map((r) => ({ ...r, result: { ...r.result, messages: r.result.messages.filter((m) => m.severity === 'error') } }))
      : reports;
    io.stdout.write(reporter(shown, { color: useColor(io), cwd: io.cwd, version }));
    if (exit === 0 && (errors > 0 || warnings > maxWarnings)) {
      if (errors === 0 && Number.isFinite(maxWarnings)) io.stderr.write(`poise: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
      exit = 1;
    }
    return exit;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`poise: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0, 'utf8'),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`poise: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
