-- The hidden event the phones' warm-up votes in while the server starts (session.phone.PhoneWarmUp). Listed here, not
-- marked by a name or slug an organiser could also type: an event in this table is never shown, never current, and
-- is removed with everything in it when the warm-up ends, or at the next start if the server stopped during it.
create table warm_up_event (
    event_id  bigint  primary key references stand_event (id)
);
