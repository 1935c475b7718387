package fi.pyykkinaru.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.pyykkinaru.PyykkinaruTest;
import fi.pyykkinaru.TestEvents;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.event.ModerationPolicy;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A pitch call's jury: private links shown once, scores one per member per pitch, checked before they are kept. */
@PyykkinaruTest
class JuryTest {

    @Autowired Calls calls;
    @Autowired Events events;
    @Autowired Jury jury;
    @Autowired Pitches pitches;
    @Autowired JuryScores scores;

    @Test
    void a_members_link_opens_only_their_membership_and_a_new_link_replaces_the_old() {
        Call call = pitchCall();
        Jury.NewLink maija = jury.add(call, "  Maija Meikäläinen ");

        assertThat(maija.member().name()).isEqualTo("Maija Meikäläinen");
        assertThat(maija.member().tokenHash()).isNotEqualTo(maija.secret()).isEqualTo(PrivateLinks.hash(maija.secret()));
        assertThat(jury.byLink(maija.secret())).map(JuryMember::id).contains(maija.member().id());
        assertThat(jury.byLink("not-a-secret")).isEmpty();

        Jury.NewLink again = jury.newLink(maija.member().requireId());

        assertThat(again.secret()).isNotEqualTo(maija.secret());
        assertThat(jury.byLink(maija.secret())).as("the lost link").isEmpty();
        assertThat(jury.byLink(again.secret())).map(JuryMember::id).contains(maija.member().id());
    }

    @Test
    void only_a_pitch_call_has_a_jury_and_a_member_has_a_name() {
        Event event = TestEvents.create(events, ModerationPolicy.PUBLISH);
        Call sessions = calls.open(event, CallKind.SESSIONS);
        Call pitch = calls.open(event, CallKind.PITCH);

        assertThatThrownBy(() -> jury.add(sessions, "Maija")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jury.add(pitch, "   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jury.add(pitch, "x".repeat(Jury.MAX_NAME + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pitch_added_by_staff_is_submitted_with_a_private_link_and_drafts_are_not_scored() {
        Call call = pitchCall();

        Pitches.AddedPitch added = pitches.add(call, new PitchDraft(" Kylätaksi ", "Pekka Pitchaaja", "Kyläyhdistys",
                "pekka@example.fi", "sv"));

        assertThat(added.pitch().status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(added.pitch().title()).isEqualTo("Kylätaksi");
        assertThat(added.pitch().language()).isEqualTo("sv");
        assertThat(added.pitch().tokenHash()).isEqualTo(PrivateLinks.hash(added.secret()));
        assertThat(PrivateLinks.isWellFormed(added.secret())).isTrue();
        assertThat(pitches.of(call.requireId())).extracting(Proposal::id).containsExactly(added.pitch().id());
    }

    @Test
    void a_pitch_needs_its_title_and_pitcher_and_a_real_email_if_any() {
        assertThat(new PitchDraft(" ", "", "", "ei-osoite", "fi").problems()).containsExactly(
                Map.entry("title", "call.jury.pitch.title.missing"), Map.entry("name", "call.jury.pitch.name.missing"),
                Map.entry("email", "call.jury.pitch.email.invalid"));
        assertThat(new PitchDraft("Pitch", "Pekka", "", "", "fi").problems()).isEmpty();
        assertThat(new PitchDraft("x".repeat(Proposal.MAX_TITLE + 1), "Pekka", "", "", "fi").problems())
                .containsOnlyKeys("title");
    }

    @Test
    void every_criterion_needs_a_whole_score_of_one_to_five_and_the_comment_has_a_limit() {
        Call call = pitchCall();
        String[] keys = call.criteria().stream().map(Criterion::key).toArray(String[]::new);

        JuryScoreDraft typed = new JuryScoreDraft(Map.of(keys[0], "5", keys[1], "6", keys[2], "x"), "a".repeat(4001));

        assertThat(typed.problems(call)).containsEntry(keys[1], "call.jury.score.invalid")
                .containsEntry(keys[2], "call.jury.score.invalid").containsEntry(keys[3], "call.jury.score.missing")
                .containsEntry(JuryScoreDraft.COMMENT, "call.jury.comment.too-long").doesNotContainKey(keys[0]);
        assertThat(all(call, "0").problems(call)).hasSize(keys.length);
        assertThat(all(call, "1").problems(call)).isEmpty();
    }

    @Test
    void a_members_second_save_replaces_their_first_and_others_scores_stay_their_own() {
        Call call = pitchCall();
        Proposal pitch = pitches.add(call, new PitchDraft("Pitch", "Pekka", "", "", "fi")).pitch();
        JuryMember maija = jury.add(call, "Maija").member();
        JuryMember matti = jury.add(call, "Matti").member();

        scores.save(call, maija, pitch, all(call, "2"));
        Review changed = scores.save(call, maija, pitch, new JuryScoreDraft(all(call, "5").scores(), " Selkeä! "));
        scores.save(call, matti, pitch, all(call, "3"));

        assertThat(scores.ofPitch(pitch.requireId())).hasSize(2);
        Review own = scores.ofMember(maija, java.util.List.of(pitch)).get(pitch.requireId());
        assertThat(own.id()).isEqualTo(changed.id());
        assertThat(own.scores().values()).extracting(ReviewScore::score).containsOnly(5);
        assertThat(own.comment()).isEqualTo("Selkeä!");
        assertThat(own.reviewer()).isEqualTo(Review.juryReviewer(maija.requireId()));
        assertThat(jury.scoredCounts(call.requireId())).containsEntry(maija.requireId(), 1)
                .containsEntry(matti.requireId(), 1);
    }

    @Test
    void a_member_scores_only_the_pitches_of_their_own_call_and_only_with_every_criterion() {
        Call call = pitchCall();
        Call other = pitchCall();
        Proposal elsewhere = pitches.add(other, new PitchDraft("Muualla", "Pekka", "", "", "fi")).pitch();
        Proposal pitch = pitches.add(call, new PitchDraft("Täällä", "Pekka", "", "", "fi")).pitch();
        JuryMember maija = jury.add(call, "Maija").member();

        assertThatThrownBy(() -> scores.save(call, maija, elsewhere, all(call, "3")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scores.save(call, maija, pitch, new JuryScoreDraft(Map.of(), "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(scores.ofPitch(pitch.requireId())).isEmpty();
    }

    private Call pitchCall() {
        return calls.open(TestEvents.create(events, ModerationPolicy.PUBLISH), CallKind.PITCH);
    }

    static JuryScoreDraft all(Call call, String score) {
        return new JuryScoreDraft(call.criteria().stream().collect(Collectors.toMap(Criterion::key, c -> score)), "");
    }
}
