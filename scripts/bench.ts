/**
 * `npm run bench`: times, in one run and on the same ~100k-word Markdown corpus (job-search letters
 * with lists, quotes, code, links and a few tone problems, built deterministically):
 *
 *   remark-parse alone · Poise's full `analyze` · alex (markdown) · write-good
 *
 * Each is warmed up, then measured round-robin (so a burst of load on a shared machine hits all of
 * them alike); the median of the runs is compared. Budgets: Poise ≤ 2× remark-parse; alex ≥ 10×
 * slower than Poise; write-good slower than Poise. Exits 1 when a budget is missed.
 *
 * Also prints where Poise's time goes (parse with GFM + front matter, prose extraction, each rule,
 * the rest), so a missed budget points at its cause.
 *
 * Usage: node --import tsx scripts/bench.ts [--runs N] [--alex-runs N] [--words N]
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdown as alexMarkdown } from 'alex';
import { analyze, RULES, defaultOptions } from '../src/core/index';
import { parseMarkdown } from '../src/core/parse';
import { extractProse } from '../src/core/prose';
import { rng } from './lib/rng';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

// A full collection before each timed pass, so no tool pays for the previous one's garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'alex-runs': { type: 'string', default: '5' }, words: { type: 'string', default: '100000' } },
});
const RUNS = Math.max(5, Number(args.runs));
const ALEX_RUNS = Math.max(5, Number(args['alex-runs']));
const TARGET_WORDS = Number(args.words);

// ---------------------------------------------------------------------------------------------
// Corpus: deterministic (seeded PRNG), varied letters.

const rand = rng(20240601);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const NAMES = ['Dana', 'Priya', 'Marcus', 'Sofia', 'Kenji', 'Amara', 'Lukas', 'Chloé', 'Tomás', 'Ifeoma', 'Wei', 'Olu', 'Hannah', 'Rafael', 'Aoife', 'Yusuf'];
const COMPANIES = ['Northwind', 'Acme Analytics', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Stark Logistics', 'Vandelay Imports', 'Blue Harbor', 'Kestrel Labs'];
const ROLES = ['Data Analyst', 'Backend Engineer', 'Product Designer', 'QA Lead', 'Site Reliability Engineer', 'Account Manager', 'Technical Writer', 'Nurse Manager', 'Marketing Coordinator', 'Financial Analyst'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'November'];
const TECH = ['AWS', 'SQL', 'Kubernetes', 'Figma', 'Salesforce', 'Python', 'Tableau', 'React', 'Excel', 'SAP'];
const TOPICS = ['the onboarding plan', 'the team’s roadmap', 'the migration project', 'the new analytics platform', 'customer research', 'the on-call rotation', 'the hiring plan', 'the launch in Berlin', 'quarterly planning', 'the design system'];
const ADJS = ['thoughtful', 'fair', 'interesting', 'well organised', 'friendly', 'clear', 'engaging', 'helpful'];
const TEAMS = ['platform', 'growth', 'payments', 'research', 'support', 'data', 'design', 'finance'];
/**
 * Sentence templates with slots, so that, as in real mail, sentences rarely repeat word for word
 * (a corpus of a few sentences repeated would flatter any cache).
 */
const POLITE = [
  'Thank you for letting me know about your decision on {day}, and for the time you and the {team} team spent with me.',
  'I enjoyed learning about the {role} role and the work {company} is doing with {tech} and {tech2}.',
  'I am disappointed, of course, but I understand and I respect the decision about the {role} position.',
  'If you have a moment before {day}, I would welcome any feedback on my interviews that could help me grow.',
  'I would be glad to stay in touch with you and {name}, and I hope our paths cross again.',
  'Please keep me in mind for future openings on the {team} team that match my background in {tech} and QA.',
  'Unfortunately I have decided to withdraw my application, as I accepted another offer on {day}.',
  'I appreciated the conversation with {name} about {topic} for next year.',
  'Thanks again for a {adj} process; the take-home exercise on {topic} was a fair problem.',
  'I am happy to confirm my start date of {day}, {month} {n}, and I have signed the offer letter.',
  'Before I accept, I would like to discuss the base salary, which is about {n} percent below the range we talked about.',
  'Sorry for the slow reply: I was travelling until {day}.',
  'Could you share a rough timeline for the next steps on the {role} role, so that I can plan my other interviews?',
  'My portfolio is linked below, and I am glad to walk through the {topic} case study in more detail.',
  'I have attached the {n} references you asked for, with their phone numbers and email addresses.',
  'It was a pleasure to meet {name} and {name2} on {day}; the discussion about {topic} was {adj}.',
  'I led a team of {n} people on {topic} at my last job, mostly in {tech}.',
  'I can be available for a call on {day} at {n}:30, or any time on {day2} afternoon.',
  'I have shared the notes from our call with {name}, as you suggested.',
  'Congratulations to the {team} team on the launch in {month}; I read about it in the newsletter.',
];
const PROBLEMS = [
  'Per my last email, I am still waiting for an answer about the {role} role.',
  'This is REALLY UNFAIR and I expect a better explanation by {day}!!',
  'I just wanted to maybe ask if perhaps you might possibly reconsider?',
  'I still believe I was the best candidate for the {role} role.',
  'Your recruiter {name} wasted my time, frankly.',
  'I really need this job, please, I will do anything.',
  'Thanks for nothing.',
  'Sorry, sorry again, and sorry for bothering you on a {day}.',
];
const SLOTS: Record<string, () => string> = {
  role: () => pick(ROLES),
  company: () => pick(COMPANIES),
  name: () => pick(NAMES),
  name2: () => pick(NAMES),
  day: () => pick(DAYS),
  day2: () => pick(DAYS),
  month: () => pick(MONTHS),
  tech: () => pick(TECH),
  tech2: () => pick(TECH),
  topic: () => pick(TOPICS),
  adj: () => pick(ADJS),
  team: () => pick(TEAMS),
  n: () => String(2 + Math.floor(rand() * 28)),
};
const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => SLOTS[k]!());
const paragraph = (n: number) => Array.from({ length: n }, () => fill(pick(POLITE))).join(' ');

function letter(i: number): string {
  const name = pick(NAMES);
  const company = pick(COMPANIES);
  const parts: string[] = [];
  if (rand() < 0.4) parts.push(`---\nkind: ${pick(['rejection-reply', 'thank-you', 'follow-up', 'offer-negotiation'])}\nto: ${name}\ncompany: ${company}\n---`);
  parts.push(`Hi ${name},`);
  parts.push(paragraph(3 + Math.floor(rand() * 3)));
  if (rand() < 0.5) parts.push(['A few things I would like to mention:', '', ...Array.from({ length: 3 }, () => `- ${fill(pick(POLITE))}`)].join('\n'));
  if (rand() < 0.3) parts.push(`You can see the project on [my GitHub](https://github.com/example/${company.toLowerCase().replace(/\W+/g, '-')}) or at <https://example.com/portfolio>.`);
  if (rand() < 0.25) parts.push('```sql\nSELECT candidate, SCORE FROM INTERVIEWS WHERE ROLE = \'QA\';\n```');
  if (rand() < 0.25) parts.push('The `DEPLOY_ENV` flag and the **staging** cluster were set up in my first week.');
  parts.push(paragraph(2 + Math.floor(rand() * 3)));
  if (i % 7 === 0) parts.push(`${paragraph(1)} ${fill(pick(PROBLEMS))}`);
  parts.push(`Best regards,\nSam`);
  if (rand() < 0.35) parts.push(`On Tue, Mar ${1 + (i % 28)}, 2024 at 10:${10 + (i % 50)} AM ${name} <${name.toLowerCase()}@example.com> wrote:\n\n> ${paragraph(2)}\n>\n> ${paragraph(1)}`);
  else if (rand() < 0.3) parts.push(`> ${paragraph(2)}`);
  return parts.join('\n\n') + '\n';
}

const countWords = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
const letters: string[] = [];
let words = 0;
while (words < TARGET_WORDS) {
  const l = letter(letters.length);
  letters.push(l);
  words += countWords(l);
}
const chars = letters.reduce((n, l) => n + l.length, 0);

// ---------------------------------------------------------------------------------------------
// Timing.

const remark = unified().use(remarkParse);
const tools: Record<string, { run: (text: string) => unknown; runs: number }> = {
  'remark-parse': { run: (t) => remark.parse(t), runs: RUNS },
  'poise parser': { run: (t) => parseMarkdown(t), runs: RUNS },
  poise: { run: (t) => analyze(t), runs: RUNS },
  'write-good': { run: (t) => writeGood(t), runs: RUNS },
  alex: { run: (t) => alexMarkdown(t), runs: ALEX_RUNS },
};

/**
 * CPU time (user + system) of this process, in ms: on a shared machine, wall-clock time mostly
 * measures the neighbours; CPU time measures the work. Wall time is printed alongside.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function timeOnce(run: (text: string) => unknown, sample: readonly string[] = letters): { cpu: number; wall: number } {
  gc();
  const w0 = performance.now();
  const c0 = cpuMs();
  for (const l of sample) run(l);
  return { cpu: cpuMs() - c0, wall: performance.now() - w0 };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

const started = performance.now();
console.log(`Poise bench: ${letters.length} letters, ${words.toLocaleString('en-US')} words, ${(chars / 1024).toFixed(0)} KiB (seeded, deterministic)`);
console.log(`Node ${process.version}; ${RUNS} measured passes each (alex ${ALEX_RUNS}) after a warm-up, round-robin.`);
console.log('"poise parser" = Poise\'s parseMarkdown: its scan builds the everyday chunks, remark-parse + gfm + front matter parse the rest (for information).\n');

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
const wall: Record<string, number[]> = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
// Warm-up: every tool once over a fifth of the corpus (enough for the JIT; alex is slow).
const warm = letters.slice(0, Math.ceil(letters.length / 5));
for (const tool of Object.values(tools)) timeOnce(tool.run, warm);
const rounds = Math.max(...Object.values(tools).map((t) => t.runs));
for (let r = 0; r < rounds; r++) {
  for (const [name, tool] of Object.entries(tools)) {
    if (r >= tool.runs) continue;
    const t = timeOnce(tool.run);
    samples[name]!.push(t.cpu);
    wall[name]!.push(t.wall);
  }
}
const med = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) as Record<string, number>;
console.log('CPU time per pass over the corpus (median), then wall time (median) and every CPU sample:');
for (const [name, v] of Object.entries(samples)) {
  console.log(`${name.padEnd(14)} ${fmt(med[name]!)} cpu  ${fmt(median(wall[name]!))} wall  (${(words / (med[name]! / 1000) / 1000).toFixed(0)}k words/s; runs: ${v.map((x) => x.toFixed(0)).join(', ')})`);
}

// Where Poise's time goes (median of 3 passes over half the corpus, to keep the run short).
const stages: Record<string, number[]> = { 'parse (scan + remark-parse for the rest)': [], 'prose extraction': [], ...Object.fromEntries(RULES.map((r) => [`rule ${r.id}`, []])), 'rest (suppressions, kind, checklist, stats)': [] };
for (let r = 0; r < 3; r++) {
  gc();
  const acc: Record<string, number> = Object.fromEntries(Object.keys(stages).map((k) => [k, 0]));
  let total = 0;
  for (const text of letters.slice(0, letters.length >> 1)) {
    const t0 = cpuMs();
    const tree = parseMarkdown(text);
    const t1 = cpuMs();
    const doc = extractProse(text, tree, { skipQuotes: true });
    const t2 = cpuMs();
    acc['parse (scan + remark-parse for the rest)']! += t1 - t0;
    acc['prose extraction']! += t2 - t1;
    const options = defaultOptions(); // one object per document, as analyze passes it (rules may cache per run)
    for (const rule of RULES) {
      const s = cpuMs();
      rule.check({ doc, options, report: () => {} });
      acc[`rule ${rule.id}`]! += cpuMs() - s;
    }
    const t3 = cpuMs();
    analyze(text);
    total += cpuMs() - t3;
  }
  const known = Object.entries(acc).reduce((n, [k, v]) => (k.startsWith('rest') ? n : n + v), 0);
  acc['rest (suppressions, kind, checklist, stats)'] = Math.max(0, total - known);
  for (const [k, v] of Object.entries(acc)) stages[k]!.push(v);
}
console.log('\nWhere Poise spends its CPU time, over half the corpus (medians; "rest" = full analyze minus the parts above):');
for (const [k, v] of Object.entries(stages)) console.log(`  ${k.padEnd(46)} ${fmt(median(v))}`);

// Budgets.
const checks: Array<[string, number, string, boolean]> = [
  ['Poise / remark-parse', med.poise! / med['remark-parse']!, '≤ 2×', med.poise! / med['remark-parse']! <= 2],
  ['alex / Poise', med.alex! / med.poise!, '≥ 10×', med.alex! / med.poise! >= 10],
  ['write-good / Poise', med['write-good']! / med.poise!, '> 1×', med['write-good']! / med.poise! > 1],
];
console.log('');
let failed = false;
for (const [label, ratio, budget, ok] of checks) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(22)} ${ratio.toFixed(2).padStart(6)}×   (budget ${budget})`);
  if (!ok) failed = true;
}
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failed) {
  console.error('poise bench: a performance budget was missed (see FAIL above).');
  process.exitCode = 1;
}
