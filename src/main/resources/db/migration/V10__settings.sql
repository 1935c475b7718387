-- Settings organisers change in the console rather than in a file on the server: one row per setting they have set
-- (a missing row means the setting's default). The first is the address phones use (kiosk's PublicAddress).
create table setting (
    name          varchar(100)  not null primary key,
    setting_value varchar(2000) not null,
    changed_at    timestamp with time zone not null
);
