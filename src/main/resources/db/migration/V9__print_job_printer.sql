-- The printer a job goes to when it was asked for at a stand with a printer of its own for the job's purpose (an
-- IPP address). Empty: the printer the settings file names for the purpose, as every job before stands had.
alter table print_job add column printer varchar(300);
