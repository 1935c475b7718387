-- How many followed each session, on site and remotely, as staff counted them: the answers divided by these are the
-- response rate the events report ("29 answers from 13 on site and 16 remote"). Null is "not counted", not zero.
create table session_attendance (
    session_id  bigint  primary key references programme_session (id),
    on_site     integer,
    remote      integer,
    entered_at  timestamp with time zone not null,
    version     integer not null
);

-- The event's visitors as organisers estimate them ("105 answers from about 300 visitors").
create table event_visitors (
    event_id    bigint  primary key references stand_event (id),
    visitors    integer not null,
    entered_at  timestamp with time zone not null,
    version     integer not null
);
