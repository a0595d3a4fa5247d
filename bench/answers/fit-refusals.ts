// npx tsx bench/answers/fit-refusals.ts DUMP [--write] — the refusal model
// fitted offline on a `bench:answers --dump` file: each question's ranking is
// rebuilt from its snapshot (snapshot.ts), answerabilityFeatures() reads it as
// the chatbot would, the model is fitted on the development half and judged on
// the held-out half, beside the committed model on the same rankings. Feature
// work needs no retraining of the chatbots; --write writes the fitted model.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isArithmetic } from '../../src/features/chatbots/answer/arithmetic.js';
import { smallTalk } from '../../src/features/chatbots/answer/small-talk.js';
import { ANSWERABILITY_MODEL } from '../../src/features/chatbots/search/answerability-model.js';
import { answerabilityFeatures } from '../../src/features/chatbots/search/answerability.js';
import { decisionRates, fitModel, writeModel, type Example, type Model } from './fit.js';
import { rankingFromSnapshot, type Snapshot } from './snapshot.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean', default: false }, engine: { type: 'string', default: 'sqlite' } },
});
if (!positionals[0]) throw new Error('usage: fit-refusals.ts DUMP [--write] [--engine sqlite|postgres]');

interface Line {
  engine: string;
  site: string;
  split: 'dev' | 'test';
  question: string;
  answerable: boolean;
  answered: boolean;
  ranking: Snapshot;
}

// What the chat decides before the model: small talk is answered, arithmetic refused.
type Asked = Example & { line: Line; fixed: boolean | null };
const asked: Asked[] = fs
  .readFileSync(positionals[0], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((text) => JSON.parse(text) as Line)
  .filter((line) => line.engine === values.engine)
  .map((line) => ({
    line,
    answerable: line.answerable,
    features: answerabilityFeatures(rankingFromSnapshot(line.ranking)),
    fixed: smallTalk(line.question) ? true : isArithmetic(line.question) ? false : null,
  }));

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const modelled = (list: Asked[]) => list.filter((a) => a.fixed === null);

/** Answered and refused shares as the chat would give them with this model. */
function rates(model: Model, list: Asked[]): { answered: number; refused: number; n: number } {
  const byModel = modelled(list);
  const fixed = list.filter((a) => a.fixed !== null);
  const model_ = decisionRates(model, byModel);
  const pos = byModel.filter((a) => a.answerable).length;
  const neg = byModel.length - pos;
  const fixedPos = fixed.filter((a) => a.answerable);
  const fixedNeg = fixed.filter((a) => !a.answerable);
  return {
    answered: (model_.answered * pos + fixedPos.filter((a) => a.fixed).length) / (pos + fixedPos.length || 1),
    refused: (model_.refused * neg + fixedNeg.filter((a) => !a.fixed).length) / (neg + fixedNeg.length || 1),
    n: list.length,
  };
}

const dev = asked.filter((a) => a.line.split === 'dev');
const fitted = fitModel(dev);
const committed = ANSWERABILITY_MODEL as Model;
console.log(`fitted on ${dev.length} development questions: ${JSON.stringify(fitted)}`);
console.log('group, half              | committed answered / refused | fitted answered / refused');
const groupOf = (site: string) =>
  site.startsWith('company.') ? 'company' : site.startsWith('company-small.') ? 'small company' : 'documentation';
for (const group of ['documentation', 'company', 'small company'] as const)
  for (const split of ['dev', 'test', 'all'] as const) {
    const list = asked.filter((a) => groupOf(a.line.site) === group && (split === 'all' || a.line.split === split));
    if (list.length === 0) continue;
    const before = rates(committed, list);
    const after = rates(fitted, list);
    console.log(
      `${`${group}, ${split}`.padEnd(24)} | ${pct(before.answered).padStart(8)} / ${pct(before.refused).padStart(8)}    | ${pct(after.answered).padStart(8)} / ${pct(after.refused).padStart(8)}`,
    );
  }
// The held-out half per language: the goal is every language.
const languages = [...new Set(asked.map((a) => a.line.site.split('.').pop()!))].sort();
const perLanguage = languages.map((language) => {
  const list = asked.filter((a) => a.line.split === 'test' && a.line.site.endsWith(`.${language}`));
  const before = rates(committed, list);
  const after = rates(fitted, list);
  return `${language} ${pct(before.answered)}/${pct(before.refused)} → ${pct(after.answered)}/${pct(after.refused)}`;
});
console.log(`held-out per language (committed → fitted): ${perLanguage.join('; ')}`);
if (values.write) {
  writeModel(
    fitted,
    `${dev.length} development questions (${dev.filter((e) => e.answerable).length} answerable), ${values.engine}`,
  );
  console.log('written');
}
