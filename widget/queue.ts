// The cleanup queue's own file: only the advanced settings page needs it, so the card panel's
// script.js (loaded on every card a manager opens) does not carry it. The build makes it a lazily
// loaded file beside script.js that shares script.js's React (widget/queueLoader.ts loads it).
import { mountCleanupQueue } from '../src/queue/ui/mount';

const cleanupQueue = { mountCleanupQueue };
export type CleanupQueueModule = typeof cleanupQueue;
export default cleanupQueue;
