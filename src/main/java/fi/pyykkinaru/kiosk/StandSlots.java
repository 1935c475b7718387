package fi.pyykkinaru.kiosk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takeover slots of stands. A change publishes {@link StandChanged}, so that the stand's screens redraw at once
 * (a slot starting or ending on its own is the screens' own clock's business).
 */
@Service
public class StandSlots {

    private final StandSlotRepository repository;
    private final ApplicationEventPublisher publisher;

    StandSlots(StandSlotRepository repository, ApplicationEventPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    @Transactional
    public StandSlot save(StandSlot slot) {
        StandSlot saved = repository.save(slot);
        publisher.publishEvent(new StandChanged(saved.eventId(), saved.standId()));
        return saved;
    }

    @Transactional
    public void remove(long slotId) {
        repository.findById(slotId).ifPresent(slot -> {
            repository.delete(slot);
            publisher.publishEvent(new StandChanged(slot.eventId(), slot.standId()));
        });
    }

    @Transactional(readOnly = true)
    public Optional<StandSlot> find(long slotId) {
        return repository.findById(slotId);
    }

    @Transactional(readOnly = true)
    public List<StandSlot> ofStand(long standId) {
        return repository.findByStandIdOrderByStartsAt(standId);
    }

    @Transactional(readOnly = true)
    public List<StandSlot> ofEvent(long eventId) {
        return repository.findByEventIdOrderByStartsAt(eventId);
    }

    /** The slot running on the stand now, if any. */
    @Transactional(readOnly = true)
    public Optional<StandSlot> runningAt(long standId, Instant now) {
        return ofStand(standId).stream().filter(slot -> slot.runsAt(now)).findFirst();
    }
}
