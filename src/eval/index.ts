export { evaluateFixtures, formatEvalReport, loadFixtures, type EvalReport, type Fixture } from './fixtures.js';
export { scoreExtraction, prf, type Scores, type PRF } from './score.js';
