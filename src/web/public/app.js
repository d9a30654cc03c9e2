// Progressive enhancement only: every page works without this file. Loaded as a module, so browsers
// too old for GOV.UK Frontend's JavaScript skip it and keep the plain pages.
import { initAll as initGovukFrontend } from '/vendor/govuk/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '/vendor/moj/moj-frontend.min.js';

initGovukFrontend();
initMojFrontend();
