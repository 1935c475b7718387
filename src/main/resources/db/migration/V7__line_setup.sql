-- A line's help text under its prompt; a closed line (accepting = false) stays on the wall but takes no new slips;
-- a themed question line also asks for the event's themes.
alter table clothesline add column help_fi varchar(500);
alter table clothesline add column help_sv varchar(500);
alter table clothesline add column help_en varchar(500);
alter table clothesline add column accepting boolean default true not null;
alter table clothesline add column themed boolean default false not null;
