-- The audit log says how each action ended (done, refused, failed), and its targets hold ids only: erasure of a
-- person's data (privacy) relies on the log naming nobody, so the words earlier versions wrote after an id go.
alter table audit_entry add column outcome varchar(10) default 'done' not null;
create index audit_entry_actor on audit_entry (actor);

-- "slip 12: <title>", "voice 3: <practice>": the id stays, the title (a visitor's words) goes.
update audit_entry set target = substring(target from 1 for position(': ' in target) - 1)
    where (action like 'slip.%' or action like 'voice.%') and position(': ' in target) > 0;
-- "<token> <session title>: <counts>": the session's token is its id.
update audit_entry set target = substring(target from 1 for position(' ' in target) - 1)
    where action = 'attendance.session' and position(' ' in target) > 0;
-- A pitch's title and a jury member's name held no id at all.
update audit_entry set target = '' where action in ('call.pitch.add', 'call.jury.add', 'call.jury.new-link', 'call.jury.remove');
-- "event <slug> ← <uploaded file's name>": a file's name can name a person.
update audit_entry set target = substring(target from 1 for position(' ← ' in target) - 1)
    where action = 'setup.import' and position(' ← ' in target) > 0;
