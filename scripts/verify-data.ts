/**
 * `npm run verify:data`: reads and verifies the whole dataset through `readDataset` (the same road
 * the build takes) and prints one line per problem and nothing else, so the output can be read as
 * a list (or counted with `wc -l`). Exits 1 when there is any problem.
 */
import { readDataset, type DatasetResult } from '../src/lib/dataset/readDataset';
import { formatProblem } from '../src/lib/verify/problems';

let result: DatasetResult;
try {
  result = readDataset();
} catch (error) {
  // The reader reports every data problem as a line; reaching here is a bug in the verifier.
  console.error(`verify:data: the verifier failed: ${String(error)}`);
  process.exit(2);
}
const { dataset: data, problems } = result;
if (!data) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const quotes = data.agreements.reduce(
  (sum, a) =>
    sum +
    a.commentary.length +
    a.additionalNorms.length +
    a.norms.reduce((n, c) => n + c.evidence.length, 0),
  0,
);
const documentQuotes = data.documents.reduce(
  (sum, d) => sum + d.norms.reduce((n, c) => n + c.evidence.length, 0),
  0,
);
console.log(
  `verify:data: ok — ${data.norms.length} norms, ${data.agreements.length} agreements, ` +
    `${data.agreements.length * data.norms.length} cells, ${quotes} passages checked verbatim, ` +
    `${data.documents.length} editor-coded documents (${documentQuotes} quotes), ` +
    (data.timeline ? `${data.timeline.entries.length} timeline entries, ` : '') +
    `${data.sources.length} sources, dataset ${data.meta.version}.`,
);
