package fi.pyykkinaru.harvest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reported practice on its way to publication: its text (typos mended here, not on the slip), the reported
 * party's contact, who in the production team follows it up, and where it is. It remembers every slip it was
 * made of, also after duplicates are merged into it.
 */
@Table("report")
public record Report(
        @Id @Nullable Long id,
        long eventId,
        String title,
        @Nullable String body,
        @Nullable String organisation,
        @Nullable String contact,
        String contactLanguage,
        ReportStatus status,
        @Nullable Long assigneeId,
        @Nullable String receivedText,
        @Nullable LocalDate scheduledFor,
        @Nullable String publishedUrl,
        @Nullable LocalDate publishedOn,
        @Nullable String declinedReason,
        boolean hidden,
        Instant statusChangedAt,
        @MappedCollection(idColumn = "report_id") Set<ReportSlip> slips,
        @Version int version) {

    public Report {
        slips = Set.copyOf(slips);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Report is not saved");
        }
        return id;
    }

    /** Overdue: it has sat in its step longer than the step allows, or its publishing date has passed. */
    public boolean overdue(Instant now, LocalDate today) {
        if (hidden || status.finished()) {
            return false;
        }
        if (status == ReportStatus.SCHEDULED) {
            return scheduledFor != null && scheduledFor.isBefore(today);
        }
        return status.expectedWithin() != null && statusChangedAt.plus(status.expectedWithin()).isBefore(now);
    }

    Report with(ReportStatus newStatus, Instant now) {
        return new Report(id, eventId, title, body, organisation, contact, contactLanguage, newStatus, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden,
                newStatus == status ? statusChangedAt : now, slips, version);
    }

    Report withAssignee(@Nullable Long member) {
        return new Report(id, eventId, title, body, organisation, contact, contactLanguage, status, member,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden, statusChangedAt, slips, version);
    }

    Report withText(String newTitle, @Nullable String newBody, @Nullable String newOrganisation, @Nullable String newContact,
            String language) {
        return new Report(id, eventId, newTitle, newBody, newOrganisation, newContact, language, status, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden, statusChangedAt, slips, version);
    }

    Report withFollowUp(@Nullable String text, @Nullable LocalDate scheduled, @Nullable String url,
            @Nullable LocalDate published, @Nullable String reason) {
        return new Report(id, eventId, title, body, organisation, contact, contactLanguage, status, assigneeId, text,
                scheduled, url, published, reason, hidden, statusChangedAt, slips, version);
    }

    Report withHidden(boolean hide) {
        return new Report(id, eventId, title, body, organisation, contact, contactLanguage, status, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hide, statusChangedAt, slips, version);
    }

    Report withSlips(Set<ReportSlip> all) {
        Set<ReportSlip> merged = new HashSet<>(all);
        return new Report(id, eventId, title, body, organisation, contact, contactLanguage, status, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden, statusChangedAt, merged, version);
    }

    /**
     * The reported party's contact and the text they sent (published by now, at its address, or declined) go, and
     * so does the reason to decline, which speaks of them; the report and its follow-up stay.
     */
    Report withoutPersonalData() {
        return new Report(id, eventId, title, body, organisation, null, contactLanguage, status, assigneeId,
                null, scheduledFor, publishedUrl, publishedOn, null, hidden, statusChangedAt, slips, version);
    }

    /** Published or declined: the promise to the reported party is that their contact goes then. */
    Report withoutContact() {
        return new Report(id, eventId, title, body, organisation, null, contactLanguage, status, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden, statusChangedAt, slips, version);
    }

    /** The report's text named a person who asked to be forgotten: the headline becomes a dash, the text goes. */
    Report withoutText(String erasedTitle) {
        return new Report(id, eventId, erasedTitle, null, organisation, contact, contactLanguage, status, assigneeId,
                receivedText, scheduledFor, publishedUrl, publishedOn, declinedReason, hidden, statusChangedAt, slips, version);
    }
}
