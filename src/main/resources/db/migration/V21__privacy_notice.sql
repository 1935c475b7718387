-- The privacy notice (GDPR art. 13) visitors read at the stand and on their phones, as organisers word it for their
-- event: the controller, the contact for questions and requests, and the purposes in each language. No row, or a
-- blank field: the app's translated default, which is true of every event. Retention is the event's own.
create table privacy_notice (
    event_id     bigint         primary key references stand_event (id),
    controller   varchar(800),
    contact      varchar(800),
    purposes_fi  varchar(8000),
    purposes_sv  varchar(8000),
    purposes_en  varchar(8000),
    version      integer        not null
);
