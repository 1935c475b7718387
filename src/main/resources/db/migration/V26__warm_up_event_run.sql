-- Which start's warm-up opened the hidden event, and when (the database's clock, one for every node). A warm-up
-- removes its own rounds, and any hidden event opened over a minute ago, which a stopped server left behind; never
-- the rounds of another node's warm-up still running against the same database.
alter table warm_up_event add column run varchar(32) default '' not null;
alter table warm_up_event add column opened_at timestamp with time zone default current_timestamp not null;
