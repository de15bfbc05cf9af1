/**
 * One collection, `dataset`, with one entry: the whole dataset as `readDataset` verified it. There
 * is no other road from `data/` to a page.
 */
import { defineCollection } from 'astro:content';
import { datasetLoader } from './lib/dataset/contentLoader';

export const collections = { dataset: defineCollection({ loader: datasetLoader() }) };
