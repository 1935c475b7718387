-- Organisers set up their own events: a name in each language (name stays the Finnish, default one), the time zone
-- the event's days are counted in, the regions its forms offer (in order, comma-separated), archiving, and the mark
-- of the sample event a fresh install starts with, so that it can be told apart and removed in one action.
alter table stand_event add column name_sv varchar(200);
alter table stand_event add column name_en varchar(200);
alter table stand_event add column time_zone varchar(60) default 'Europe/Helsinki' not null;
alter table stand_event add column regions varchar(1000) default 'ITA_UUSIMAA,KESKI_UUSIMAA,LANSI_UUSIMAA,VANTAA_KERAVA,HELSINKI,VARSINAIS_SUOMI,SATAKUNTA,KANTA_HAME,PIRKANMAA,PAIJAT_HAME,KYMENLAAKSO,ETELA_KARJALA,ETELA_SAVO,POHJOIS_SAVO,POHJOIS_KARJALA,KESKI_SUOMI,ETELA_POHJANMAA,POHJANMAA,KESKI_POHJANMAA,POHJOIS_POHJANMAA,KAINUU,LAPPI,NATIONAL,ABROAD' not null;
alter table stand_event add column archived boolean default false not null;
alter table stand_event add column sample boolean default false not null;
-- Before this version only the sample event's start-up code made events, and it named its event "sample".
update stand_event set sample = true where slug = 'sample';

-- A hidden theme is no longer offered to visitors; the slips that have it keep its label.
alter table event_theme add column hidden boolean default false not null;
