-- The app node that owns a job: only its worker sends and follows it, to the printer its own settings name for the
-- job's purpose (or the stand's printer the job records). Printer addresses such as ipp://localhost:631 mean a
-- different printer on every node, so a job must never be sent or followed by another node. Empty: a job from
-- before nodes were told apart; the first node to start adopts it.
alter table print_job add column node varchar(100);
-- Staff may cancel a job that is at its printer from any node's screen; the owner's worker cancels it there.
alter table print_job add column cancel_asked boolean default false not null;
create index print_job_node on print_job (node, state);
