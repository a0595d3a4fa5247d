import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated contract lives, relative to the repository's root. */
export const SDK_FILES = {
  document: 'packages/sdk/openapi.json',
  types: 'packages/sdk/src/generated/openapi.ts',
} as const;

const HEADER = `/**
 * Generated from packages/sdk/openapi.json by \`npm run generate\`: do not edit.
 * The server's OpenAPI document as TypeScript types, used by the SDK, the
 * dashboard and the widget.
 */

`;

/** The committed files for an OpenAPI document: the document itself and its TypeScript types. */
export async function sdkFiles(doc: Record<string, unknown>): Promise<Record<keyof typeof SDK_FILES, string>> {
  const ast = await openapiTS(doc as never, { alphabetize: false, rootTypes: false });
  return {
    document: `${JSON.stringify(doc, null, 2)}\n`,
    types: HEADER + astToString(ast),
  };
}
