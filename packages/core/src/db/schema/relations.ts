import { relations } from 'drizzle-orm';
import { crawlRuns } from './crawl.ts';
import { programs, provenance } from './programs.ts';
import { snapshots } from './snapshots.ts';
import { sources } from './sources.ts';
import { checkpoints, evaluations, trainingRuns } from './training.ts';

// All relations in one place (drizzle-orm 0.45 relational query API, `db.query.<table>`).
export const sourcesRelations = relations(sources, ({ many }) => ({ provenance: many(provenance), crawlRuns: many(crawlRuns) }));
export const programsRelations = relations(programs, ({ many }) => ({ provenance: many(provenance) }));
export const provenanceRelations = relations(provenance, ({ one }) => ({
  program: one(programs, { fields: [provenance.programId], references: [programs.id] }),
  source: one(sources, { fields: [provenance.sourceId], references: [sources.id] }),
}));
export const crawlRunsRelations = relations(crawlRuns, ({ one }) => ({
  source: one(sources, { fields: [crawlRuns.sourceId], references: [sources.id] }),
}));
export const snapshotsRelations = relations(snapshots, ({ many }) => ({ runs: many(trainingRuns) }));
export const trainingRunsRelations = relations(trainingRuns, ({ one, many }) => ({
  snapshot: one(snapshots, { fields: [trainingRuns.snapshotId], references: [snapshots.id] }),
  checkpoints: many(checkpoints),
}));
export const checkpointsRelations = relations(checkpoints, ({ one, many }) => ({
  run: one(trainingRuns, { fields: [checkpoints.runId], references: [trainingRuns.id] }),
  snapshot: one(snapshots, { fields: [checkpoints.snapshotId], references: [snapshots.id] }),
  evaluations: many(evaluations),
}));
export const evaluationsRelations = relations(evaluations, ({ one }) => ({
  checkpoint: one(checkpoints, { fields: [evaluations.checkpointId], references: [checkpoints.id] }),
  run: one(trainingRuns, { fields: [evaluations.runId], references: [trainingRuns.id] }),
}));
