package fi.pyykkinaru.privacy;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What becomes of each text column's content when personal data is purged or erased, and why. Read by
 * {@link PersonalDataColumnsTest} (every column is here) and {@link PurgeLeavesNoTraceTest} (the data agrees).
 */
final class PersonalDataColumns {

    enum Treatment {
        /** Forgotten by the retention purge and by an erasure on request. */
        ERASED,
        /** Found and forgotten on request; the retention purge keeps it, for the reason given. */
        ON_REQUEST,
        /** May hold personal data and stays, for the reason given. */
        KEPT,
        /** Cannot hold personal data, for the reason given. */
        NOT_PERSONAL
    }

    /** The kind is the {@link PersonalData#kind} that forgets the column (erased and on request only). */
    record Verdict(Treatment treatment, @Nullable String kind, String reason) {
    }

    private static final String PRACTICE = "the practice or answer a visitor pegged for everyone to see: what the"
            + " clothesline is for";
    private static final String BODY = "the organisation behind a practice, a body rather than a person";
    private static final String CATALOGUE = "copied from the network's public catalogue of practices";
    private static final String PROGRAMME = "the published programme";
    private static final String CALL_RECORD = "the planning group's record of what was offered and chosen";
    private static final String STAFF = "a staff member's username: the organisers' own people, kept with their"
            + " account";
    private static final String ORGANISERS = "written by the organisers for everyone to read";
    private static final String CODE = "a code, key or state from a fixed set";
    private static final String CATEGORY = "a category from a fixed list (region, organisation type); small groups"
            + " are shown as fewer than the minimum";
    private static final String STAND = "the stand's name";
    private static final String HASH = "a hash or keyed hash that names no one";

    static final Map<String, Verdict> ALL = Map.ofEntries(
            // Clothesline
            erased("slip.reporter_name", "SLIP"), erased("slip.reporter_email", "SLIP"),
            erased("slip.owner_contact", "SLIP"),
            onRequest("slip.title", "SLIP_TEXT", PRACTICE), onRequest("slip.body", "SLIP_TEXT", PRACTICE),
            kept("slip.organisation", BODY),
            notPersonal("slip.ownership", CODE), notPersonal("slip.region", CATEGORY), notPersonal("slip.stand", STAND),
            notPersonal("slip.status", CODE), notPersonal("slip_theme.theme_code", CODE),
            erased("slip_voice.comment", "VOICE"), notPersonal("slip_voice.stand", STAND),
            notPersonal("slip_voice.status", CODE),
            kept("catalogue_entry.title", CATALOGUE), kept("catalogue_entry.summary", CATALOGUE),
            kept("catalogue_entry.organisation", CATALOGUE), notPersonal("catalogue_entry.url", CATALOGUE),
            notPersonal("catalogue_entry.image_url", CATALOGUE), notPersonal("catalogue_entry.region", CATEGORY),
            notPersonal("catalogue_entry.themes", CODE),
            notPersonal("clothesline.code", CODE), notPersonal("clothesline.kind", CODE),
            notPersonal("clothesline.prompt_fi", ORGANISERS), notPersonal("clothesline.prompt_sv", ORGANISERS),
            notPersonal("clothesline.prompt_en", ORGANISERS), notPersonal("clothesline.help_fi", ORGANISERS),
            notPersonal("clothesline.help_sv", ORGANISERS), notPersonal("clothesline.help_en", ORGANISERS),
            // Harvest
            erased("report.contact", "REPORT"), erased("report.received_text", "REPORT"),
            erased("report.declined_reason", "REPORT"),
            onRequest("report.title", "REPORT_TEXT", PRACTICE + "; the production team publishes one a week, for months"),
            onRequest("report.body", "REPORT_TEXT", PRACTICE + "; the production team publishes one a week, for months"),
            kept("report.organisation", BODY), notPersonal("report.contact_language", CODE),
            notPersonal("report.published_url", "the public address of the publication"),
            notPersonal("report.status", CODE),
            erased("production_member.email", "TEAM"),
            onRequest("production_member.name", "TEAM", "the reports' follow-up, for months after the event, shows who"
                    + " follows each up; the team are the organisers' own people"),
            kept("brief_summary.text", "the organisers' own summary for decision-makers, written for publication"),
            notPersonal("brief_summary.theme_code", CODE),
            // Registration and badges
            erased("registration.name", "REGISTRATION"), erased("registration.organisation", "REGISTRATION"),
            erased("registration.email", "REGISTRATION"),
            notPersonal("registration.badge_code", "a random code that names no one once the name is gone; it keeps"
                    + " the badge's feedback counted once"),
            notPersonal("registration.organisation_type", CATEGORY), notPersonal("registration.region", CATEGORY),
            notPersonal("registration.languages", CODE), notPersonal("registration.source", CODE),
            onRequest("print_job.title", "SLIP_TEXT", "a badge's job, titled with the name, leaves the queue with the"
                    + " purge (REGISTRATION); a slip receipt's, titled with the slip's headline, stays as the slip does"
                    + " and goes when that headline is erased"),
            notPersonal("print_job.subject", "the kind and id of what is printed (registration:12), no names"),
            notPersonal("print_job.kind", CODE), notPersonal("print_job.media", CODE),
            notPersonal("print_job.printer", "a print queue's name"),
            notPersonal("print_job.node", "an app node's host name"), notPersonal("print_job.purpose", CODE),
            notPersonal("print_job.state", CODE), notPersonal("print_job.last_error", "the printer's own error message"),
            notPersonal("warm_up_event.run", "a random code naming one server start's phone warm-up"),
            // Programme, feedback and questions
            erased("programme_session.responsible_email", "SESSION"),
            onRequest("programme_session.responsible_name", "SESSION", "the published programme names who is"
                    + " responsible for each session"),
            kept("programme_session.title", PROGRAMME), kept("programme_session.description", PROGRAMME),
            kept("programme_session.organisation", PROGRAMME), notPersonal("programme_session.room", PROGRAMME),
            notPersonal("programme_session.token", CODE), notPersonal("programme_session.origin", CODE),
            notPersonal("programme_session.language", CODE),
            erased("feedback_answer.comment", "FEEDBACK"),
            notPersonal("feedback_answer.id", "a random id"), notPersonal("feedback_answer.channel", CODE),
            notPersonal("feedback_answer.region", CATEGORY), notPersonal("feedback_answer.organisation_type", CATEGORY),
            notPersonal("feedback_answer.attendance", CODE), notPersonal("feedback_tally.channel", CODE),
            notPersonal("feedback_voter.voter_hash", HASH), notPersonal("feedback_voter.answer_id", "a random id"),
            erased("session_question.body", "QUESTION"), notPersonal("session_question.asker_hash", HASH),
            notPersonal("session_question.status", CODE), notPersonal("question_vote.voter_hash", HASH),
            notPersonal("question_moderation.policy", CODE),
            // The event's own evaluation
            erased("closing_answer.answer_text", "CLOSING"),
            notPersonal("closing_answer.submission", "a random id that groups one visitor's answers"),
            notPersonal("closing_answer.channel", CODE), notPersonal("closing_respondent.respondent_hash", HASH),
            notPersonal("closing_respondent.submission", "a random id that groups one visitor's answers"),
            notPersonal("closing_question.kind", CODE), notPersonal("closing_question.text_fi", ORGANISERS),
            notPersonal("closing_question.text_sv", ORGANISERS), notPersonal("closing_question.text_en", ORGANISERS),
            notPersonal("closing_question.options_fi", ORGANISERS), notPersonal("closing_question.options_sv", ORGANISERS),
            notPersonal("closing_question.options_en", ORGANISERS),
            notPersonal("event_goal.goal_text", ORGANISERS), notPersonal("event_goal.status", CODE),
            notPersonal("event_goal.status_comment", ORGANISERS), notPersonal("event_goal.figures", ORGANISERS),
            // Open call
            erased("proposal.responsible_name", "PROPOSAL"), erased("proposal.responsible_organisation", "PROPOSAL"),
            erased("proposal.responsible_email", "PROPOSAL"), erased("proposal.responsible_phone", "PROPOSAL"),
            kept("proposal.title", CALL_RECORD), kept("proposal.decision_message", CALL_RECORD),
            kept("proposal.marketing_text", CALL_RECORD), kept("proposal_answer.answer_text", CALL_RECORD
                    + "; the responsible person's contacts are kept apart, in proposal.responsible_*"),
            kept("proposal_review.review_comment", CALL_RECORD),
            kept("proposal_review.reviewer", "a juror's name: the organisers' invited reviewers, " + CALL_RECORD),
            kept("jury_member.name", "a juror's name: the organisers' invited reviewers, " + CALL_RECORD),
            kept("proposal_task.task_text", "the organisers' own to-do notes for a chosen session"),
            notPersonal("proposal.status", CODE), notPersonal("proposal.language", CODE),
            notPersonal("proposal.token_hash", HASH), notPersonal("proposal.submission_key", "a random id"),
            notPersonal("proposal_answer.question_key", CODE), notPersonal("review_score.criterion_key", CODE),
            notPersonal("jury_member.token_hash", HASH),
            notPersonal("open_call.kind", CODE), notPersonal("open_call.intro_fi", ORGANISERS),
            notPersonal("open_call.intro_sv", ORGANISERS), notPersonal("open_call.intro_en", ORGANISERS),
            notPersonal("open_call.terms_fi", ORGANISERS), notPersonal("open_call.terms_sv", ORGANISERS),
            notPersonal("open_call.terms_en", ORGANISERS), notPersonal("open_call.chosen_message_fi", ORGANISERS),
            notPersonal("open_call.chosen_message_sv", ORGANISERS), notPersonal("open_call.chosen_message_en", ORGANISERS),
            notPersonal("open_call.declined_message_fi", ORGANISERS),
            notPersonal("open_call.declined_message_sv", ORGANISERS),
            notPersonal("open_call.declined_message_en", ORGANISERS),
            notPersonal("call_question.kind", CODE), notPersonal("call_question.question_key", CODE),
            notPersonal("call_question.label_fi", ORGANISERS), notPersonal("call_question.label_sv", ORGANISERS),
            notPersonal("call_question.label_en", ORGANISERS), notPersonal("call_question.options_fi", ORGANISERS),
            notPersonal("call_question.options_sv", ORGANISERS), notPersonal("call_question.options_en", ORGANISERS),
            notPersonal("call_criterion.criterion_key", CODE), notPersonal("call_criterion.label_fi", ORGANISERS),
            notPersonal("call_criterion.label_sv", ORGANISERS), notPersonal("call_criterion.label_en", ORGANISERS),
            // Staff, audit and set-up
            kept("app_user.username", STAFF), notPersonal("app_user.password_hash", HASH),
            notPersonal("app_user.roles", CODE),
            kept("audit_entry.actor", STAFF + "; who handled personal data must stay provable after it is gone"),
            notPersonal("audit_entry.action", CODE),
            notPersonal("audit_entry.outcome", CODE),
            notPersonal("audit_entry.target", "ids and counts only, never names (the audit log records targets by id;"
                    + " PurgeLeavesNoTraceTest searches it)"),
            kept("setup_link.username", STAFF), kept("setup_link.created_by", STAFF),
            notPersonal("setup_link.roles", CODE), notPersonal("setup_link.token_hash", HASH),
            kept("screen.paired_by", STAFF), notPersonal("screen.language", CODE),
            notPersonal("screen.pairing_code", CODE), notPersonal("screen.token_hash", HASH),
            kept("privacy_notice.controller", "the controller named in the published notice, public by law (art. 13)"),
            kept("privacy_notice.contact", "the published contact for privacy questions, public by law (art. 13)"),
            notPersonal("privacy_notice.purposes_fi", ORGANISERS), notPersonal("privacy_notice.purposes_sv", ORGANISERS),
            notPersonal("privacy_notice.purposes_en", ORGANISERS),
            notPersonal("server_secret.name", CODE), notPersonal("server_secret.secret", "a key, not data about anyone"),
            notPersonal("setting.name", CODE), notPersonal("setting.setting_value", "the stand's settings"),
            notPersonal("stand.name", STAND), notPersonal("stand.lines", CODE), notPersonal("stand.languages", CODE),
            notPersonal("stand.attract_fi", ORGANISERS), notPersonal("stand.attract_sv", ORGANISERS),
            notPersonal("stand.attract_en", ORGANISERS), notPersonal("stand.badge_printer", "a print queue's name"),
            notPersonal("stand.receipt_printer", "a print queue's name"),
            notPersonal("stand.a4_printer", "a print queue's name"),
            notPersonal("stand_slot.network_name", "the organisation of the network whose stand slot it is"),
            notPersonal("stand_slot.line_code", CODE),
            notPersonal("stand_event.slug", CODE), notPersonal("stand_event.name", ORGANISERS),
            notPersonal("stand_event.name_sv", ORGANISERS), notPersonal("stand_event.name_en", ORGANISERS),
            notPersonal("stand_event.venue", ORGANISERS), notPersonal("stand_event.languages", CODE),
            notPersonal("stand_event.moderation", CODE), notPersonal("stand_event.time_zone", CODE),
            notPersonal("stand_event.regions", CODE),
            notPersonal("event_theme.code", CODE), notPersonal("event_theme.label_fi", ORGANISERS),
            notPersonal("event_theme.label_sv", ORGANISERS), notPersonal("event_theme.label_en", ORGANISERS)
    );

    private PersonalDataColumns() {
    }

    private static Map.Entry<String, Verdict> erased(String column, String kind) {
        return Map.entry(column, new Verdict(Treatment.ERASED, kind, "purged and erased"));
    }

    private static Map.Entry<String, Verdict> onRequest(String column, String kind, String whyThePurgeKeepsIt) {
        return Map.entry(column, new Verdict(Treatment.ON_REQUEST, kind, whyThePurgeKeepsIt));
    }

    private static Map.Entry<String, Verdict> kept(String column, String why) {
        return Map.entry(column, new Verdict(Treatment.KEPT, null, why));
    }

    private static Map.Entry<String, Verdict> notPersonal(String column, String why) {
        return Map.entry(column, new Verdict(Treatment.NOT_PERSONAL, null, why));
    }
}
