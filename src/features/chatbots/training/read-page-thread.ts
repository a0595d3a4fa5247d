// A thread of PageReaders: reads each fetched page it is sent (see readPage).
import type { FetchedPage } from '../../../providers/crawler/crawler.js';
import { servePoolTasks } from '../../../lib/worker-pool-thread.js';
import { readPage } from './page-reader.js';

servePoolTasks((message) => readPage(message as FetchedPage));
