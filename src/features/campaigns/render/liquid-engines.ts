import { Liquid, type LiquidOptions, type TagToken } from 'liquidjs';

// Campaign templates are written by workspace users and rendered once per
// recipient, so the engines are locked down: no file access, no prototype
// lookups, a misspelt filter is an error rather than silent output, and
// Liquid's own limits stop most runaway templates early (the time limit is set
// per render to the sandbox's; the sandbox thread's watchdog and heap limit
// stop the rest, see ../sandbox/). A missing variable renders empty so
// `{{ first_name | default: "there" }}` works for every contact.
const SHARED_OPTIONS: LiquidOptions = {
  strictFilters: true,
  strictVariables: false,
  ownPropertyOnly: true,
  // An empty in-memory file system: even a partial that slipped past the
  // disabled tags below could not read from disk.
  templates: {},
  parseLimit: 2_000_000,
  renderLimit: 1_000,
  memoryLimit: 20_000_000,
};

// Partials would make a template depend on files of the server; a template
// naming one is refused when it is parsed, with its position.
const FILE_TAGS = ['include', 'render', 'layout'] as const;

function createEngine(options: LiquidOptions): Liquid {
  const engine = new Liquid({ ...SHARED_OPTIONS, ...options });
  for (const name of FILE_TAGS) {
    engine.registerTag(name, {
      parse(token: TagToken) {
        throw new Error(`the ${token.name} tag is not available: a campaign template cannot load other templates`);
      },
      render() {},
    });
  }
  return engine;
}

// Module-level because the configuration is fixed (nothing per deployment)
// and an engine holds no state between renders.

/** Renders the HTML part: every output is HTML-escaped unless it ends in `| raw` or an escape filter. */
export const htmlEngine = createEngine({ outputEscape: 'escape' });
// Templates written for engines without automatic escaping end outputs in
// `| escape`; escaping again would turn `a&b` in an href into `a&amp;amp;b`.
// A raw filter's result is not escaped again.
for (const name of ['escape', 'escape_once', 'xml_escape'] as const) {
  const handler = htmlEngine.filters[name];
  if (typeof handler !== 'function') throw new Error(`LiquidJS has no ${name} filter function`);
  htmlEngine.registerFilter(name, { handler, raw: true });
}

/** Renders the subject and the text part, which are plain text and never escaped. */
export const textEngine = createEngine({});
