package fi.pyykkinaru.call;

import fi.pyykkinaru.privacy.Match;
import fi.pyykkinaru.privacy.PersonalData;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals' personal data: the responsible person's name, organisation, e-mail and phone. The proposal, its
 * answers and its reviews stay, as the planning group's record of what was offered and chosen.
 */
@Component
class ProposalPersonalData implements PersonalData {

    private static final String HOLDING = "(responsible_name is not null or responsible_organisation is not null"
            + " or responsible_email is not null or responsible_phone is not null)";

    private final ProposalRepository proposals;
    private final JdbcClient jdbc;

    ProposalPersonalData(ProposalRepository proposals, JdbcClient jdbc) {
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "PROPOSAL";
    }

    @Override
    @Transactional
    public int purge(long eventId) {
        List<Proposal> holding = proposals.findAllById(idsHolding(eventId));
        holding.forEach(proposal -> proposals.save(withoutContact(proposal)));
        return holding.size();
    }

    @Override
    @Transactional(readOnly = true)
    public int holding(long eventId) {
        return idsHolding(eventId).size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> find(String needle) {
        List<Long> ids = jdbc.sql("select id from proposal where lower(responsible_name) like :p"
                        + " or lower(responsible_email) like :p or lower(responsible_phone) like :p order by id")
                .param("p", PersonalData.contains(needle)).query((rs, row) -> rs.getLong(1)).list();
        return proposals.findAllById(ids).stream()
                .map(p -> new Match(kind(), p.requireId(), p.title() == null ? "" : p.title())).toList();
    }

    @Override
    @Transactional
    public void erase(String ref) {
        proposals.findById(Long.parseLong(ref)).ifPresent(proposal -> proposals.save(withoutContact(proposal)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> handOver(String ref) {
        return proposals.findById(Long.parseLong(ref)).map(p -> {
            Map<String, Object> fields = PersonalData.fields("title", p.title(), "responsible_name",
                    p.responsibleName(), "responsible_organisation", p.responsibleOrganisation(), "responsible_email",
                    p.responsibleEmail(), "responsible_phone", p.responsiblePhone(), "status", p.status(),
                    "language", p.language(), "decision_message", p.decisionMessage(), "decided_at", p.decidedAt(),
                    "marketing_text", p.marketingText(), "created_at", p.createdAt(), "submitted_at", p.submittedAt());
            p.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(a -> fields.put("answer_" + a.getKey(), a.getValue().text()));
            return fields;
        }).orElse(Map.of());
    }

    private List<Long> idsHolding(long eventId) {
        return jdbc.sql("select id from proposal where event_id = ? and " + HOLDING + " order by id")
                .param(eventId).query((rs, row) -> rs.getLong(1)).list();
    }

    private static Proposal withoutContact(Proposal p) {
        return new Proposal(p.id(), p.callId(), p.eventId(), p.tokenHash(), p.submissionKey(), p.status(),
                p.language(), p.title(), null, null, null, null, p.answers(), p.decisionMessage(), p.decidedAt(),
                p.sessionId(), p.slotId(), p.tasks(), p.marketingText(), p.marketingApproved(), p.createdAt(),
                p.submittedAt(), p.updatedAt(), p.version());
    }
}
