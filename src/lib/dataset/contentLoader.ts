/**
 * The Astro content loader for the whole dataset: it calls `readDataset`, so `astro dev` and
 * `astro build` render only data the verifier has passed, and a broken record stops them with the
 * same lines `npm run verify:data` prints.
 */
import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { formatProblem, type Problem } from '../verify/problems';
import { dataDirectory, readDataset } from './readDataset';

/** The id of the one entry the `dataset` collection holds. */
export const DATASET_ENTRY = 'current';

/**
 * The problems as Astro prints a user's error: the same lines as `verify:data`, and no stack trace
 * (Astro prints one only when the error has a stack).
 */
function dataProblems(problems: readonly Problem[]): AstroError {
  const error = new AstroError(
    `The data does not pass verification:\n${problems.map(formatProblem).join('\n')}`,
    `${problems.length} problem(s). Mend them and run \`npm run verify:data\`.`,
  );
  error.stack = '';
  return error;
}

export function datasetLoader(): Loader {
  return {
    name: 'cyber-norms-dataset',
    load: ({ store, logger, watcher }) => {
      const reload = () => {
        const result = readDataset();
        if (!result.dataset) throw dataProblems(result.problems);
        store.clear();
        // The store keeps plain data; the one entry is the whole verified dataset.
        store.set({ id: DATASET_ENTRY, data: { ...result.dataset } });
      };
      reload();
      // In `astro dev`, any change under data/ reads and verifies the whole dataset again.
      const dir = resolve(dataDirectory());
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        try {
          reload();
          logger.info('data/ changed: read and verified again');
        } catch (error) {
          // Keep the last good dataset, and say why the new one was refused.
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
      return Promise.resolve();
    },
  };
}
