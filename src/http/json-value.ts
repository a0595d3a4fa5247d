import { z } from 'zod';

/**
 * Any JSON value. Registered under an id so the OpenAPI document names it once
 * in `components.schemas` and its recursion is a `$ref` there.
 */
export const JsonValue = z.json();
z.globalRegistry.add(JsonValue, { id: 'JsonValue', description: 'Any JSON value.' });
