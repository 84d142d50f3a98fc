/** A worker of citation-workers.ts: formats each item it is sent in every style. */
import { formatCitations } from './format-citations.ts';
import { answerRequests } from '../pipeline/worker-pool.ts';

answerRequests(formatCitations);
