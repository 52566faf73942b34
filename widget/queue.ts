// The cleanup queue's own file, queue.js: only the advanced settings page needs it, so the card
// panel's script.js (loaded on every card a manager opens) does not carry it. Built as a second
// anonymous AMD module; script.js loads it from the widget's folder (widget/queueLoader.ts).
import { mountCleanupQueue } from '../src/queue/ui/mount';

const cleanupQueue = { mountCleanupQueue };
export type CleanupQueueModule = typeof cleanupQueue;
export default cleanupQueue;
