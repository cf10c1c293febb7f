// Transitional: the queue client now lives in db/queue/.
export * from "@/db/queue/boss";
