// npm run eval [-- --verbose] [-- --without-model] [-- --set DIR]: precision, recall, F1 and
// false-alarm rate on test/fixtures/tone. The sentence model was trained on these very items, so its
// part of the figures is optimistic: `npm run train` prints its cross-validated figures;
// --without-model leaves it out (the phrase and structural rules alone). --set scores the .jsonl
// files of another folder instead, e.g. test/fixtures/blind (sets nothing was tuned or trained on).
import { evaluate, loadItems } from './eval-lib';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const withoutModel = process.argv.includes('--without-model');
const setAt = process.argv.indexOf('--set');
const set = setAt >= 0 ? process.argv[setAt + 1] : undefined;
if (setAt >= 0 && !set) {
  console.error('--set needs a folder of .jsonl files');
  process.exit(2);
}
const report = evaluate(set ? loadItems(set) : loadItems(), { withoutModel });
if (set) console.log(`(set: ${set})`);
if (withoutModel) console.log('(without the sentence model)');

console.log(`items ${report.items} (ok ${report.ok}, flag ${report.flag})\n`);
console.log('category                 items   tp  fp  fn  precision  recall      F1');
for (const c of report.perCategory) {
  console.log(`${c.category.padEnd(24)} ${String(c.items).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}   ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`);
}
console.log(`\noverall (item level)  precision ${pct(report.precision)}  recall ${pct(report.recall)}  F1 ${pct(report.f1)}  false alarms on ok ${pct(report.falseAlarmRate)}`);
if (verbose) {
  console.log('\nfalse alarms:');
  for (const f of report.falseAlarms) console.log(`  ${f.item.id} [${f.got.join(',')}] ${f.item.text}`);
  console.log('\nmisses:');
  for (const m of report.misses) console.log(`  ${m.item.id} (${m.item.category}) ${m.item.text}`);
  console.log('\nflagged under another category:');
  for (const w of report.wrongCategory) console.log(`  ${w.item.id} (${w.item.category} → ${w.got.join(',')}) ${w.item.text}`);
}
