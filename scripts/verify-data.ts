/**
 * `npm run verify:data`: checks every YAML record strictly (syntax, schema, uniqueness, the 11 cells
 * of each agreement, the counting rule, quotes verbatim in their sources, dates and counts) and prints
 * one line per problem. Exits 1 when there is any problem. Runs before every build.
 */
import { formatProblem } from '../src/lib/verify/problems';
import { verifyData } from '../src/lib/verify/verifyData';
import { readDataFiles } from './lib/data-files';

const { data, problems } = verifyData(readDataFiles());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nverify:data: ${problems.length} problem(s) found.`);
  process.exit(1);
}
if (data) {
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
      `${data.sources.length} sources, dataset ${data.dataset.version}.`,
  );
}
