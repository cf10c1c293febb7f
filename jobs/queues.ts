// Transitional: the queue list now lives in db/queue/.
export * from "@/db/queue/queues";
