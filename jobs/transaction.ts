// Transitional: the unit of work now lives in db/transaction.ts (verbs use server/context.ts).
export { queueSender, runInTransaction as transaction, type Enqueue, type EnqueueMany, type UnitOfWork as TransactionContext } from "@/db/transaction";
