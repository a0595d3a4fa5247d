/** The list envelope every list operation answers with. */
export interface Page<T> {
  data: T[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

/** How a list is walked past its first page. */
export type Paging = 'page' | 'starting_after';

/**
 * A list call. Awaited, it gives the first page as the server sent it;
 * iterated with `for await`, it gives every item of every page, fetching the
 * next page while `has_more` says there is one. Nothing is sent until it is
 * awaited or iterated; each iteration walks the list anew.
 */
export class ListRequest<Item, Body extends Page<Item> = Page<Item>> implements PromiseLike<Body>, AsyncIterable<Item> {
  #first: Promise<Body> | undefined;

  constructor(
    private readonly fetchPage: (query: Record<string, unknown>) => Promise<Body>,
    private readonly query: Record<string, unknown>,
    private readonly paging: Paging,
  ) {}

  // biome-ignore lint/suspicious/noThenProperty: a list is awaited for its first page by design.
  then<A = Body, B = never>(
    onFulfilled?: ((page: Body) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#first ??= this.fetchPage(this.query);
    return this.#first.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Body | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Body> {
    return this.then().finally(onFinally);
  }

  /** Every page in turn, from the one the query names. */
  async *pages(): AsyncGenerator<Body, void, undefined> {
    let query = this.query;
    for (;;) {
      const page = await this.fetchPage(query);
      yield page;
      const last = page.data.at(-1) as { id?: unknown } | undefined;
      if (!page.has_more || last === undefined) return;
      if (this.paging === 'starting_after' && typeof last.id === 'string') {
        // The cursor replaces the offset: the next page is what follows the last item seen.
        const { page: _page, ...rest } = query;
        query = { ...rest, starting_after: last.id };
      } else {
        query = { ...query, page: page.page + 1 };
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }
}
