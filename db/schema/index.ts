// The schema index: the one barrel file, so drizzle and drizzle-kit see every table.
export * from "./audit";
export * from "./auth";
export * from "./campaigns";
export * from "./consent";
export * from "./directory";
export * from "./email";
export * from "./enums";
export * from "./findings";
export * from "./letters";
export * from "./organisation";
export * from "./signatures";
export * from "./supporters";
export * from "./tallies";
export * from "./writer-links";
export * from "./campaign-mutes";
export * from "./campaign-findings";
export * from "./campaign-milestones";
