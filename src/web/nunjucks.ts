// The one place that knows where the Frontend templates live and what filters and globals every
// template may use. Pages extend views/layout.njk, which extends govuk/template.njk.
import { join } from 'node:path';
import type { ConfigureOptions, Environment } from 'nunjucks';
import * as labels from '../domain/labels.js';
import { paths } from './paths.js';
import { ukDate, ukDateTime, ukTime, type DateLike } from './uk-dates.js';

export const serviceName = 'Stickability';

/** Our views first, so a page name never resolves to a Frontend file by accident. */
export function templatePaths(root: string): string[] {
  return [
    join(root, 'src', 'web', 'views'),
    join(root, 'node_modules', 'govuk-frontend', 'dist'),
    join(root, 'node_modules', '@ministryofjustice', 'frontend'),
  ];
}

export const nunjucksOptions: ConfigureOptions = {
  autoescape: true,
  trimBlocks: true,
  lstripBlocks: true,
};

export function configureNunjucks(env: Environment): Environment {
  env.addGlobal('serviceName', serviceName);
  env.addGlobal('paths', paths);
  env.addGlobal('labels', labels);
  env.addFilter('ukDate', lenient(ukDate));
  env.addFilter('ukDateTime', lenient(ukDateTime));
  env.addFilter('ukTime', lenient(ukTime));
  return env;
}

/**
 * A date that cannot be read is shown as written rather than failing the whole page: a worker reading a
 * chronology needs the rest of it (the services validate dates on the way in).
 */
function lenient(format: (value: DateLike) => string) {
  return (value: unknown): unknown => {
    if (value === null || value === undefined || value === '') return '';
    if (typeof value !== 'string' && !(value instanceof Date)) return value;
    try {
      return format(value);
    } catch {
      return value;
    }
  };
}
